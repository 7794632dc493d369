"""Stories: one news event across languages and days, on a real database and real models."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import quote

import numpy as np
from fastapi.testclient import TestClient

from inkstream.contracts.events import (
    SAME_STORY,
    ArticleRelated,
    ArticleWithdrawn,
    Entity,
    Event,
)
from inkstream.runtime.app import create_app
from inkstream_recommendation.config import RecommendationSettings
from inkstream_recommendation.service import definition
from inkstream_recommendation.stories import StoryIndex, StoryRules, story_id_for
from inkstream_recommendation.story_store import StoryKeeper

if TYPE_CHECKING:
    from conftest import MakeArticle, Recommendation

FIRST_PUBLISHED = datetime(2024, 6, 10, 6, 0, tzinfo=UTC)


QUAKE_EN = (
    "urn:test:quake:en",
    "Strong earthquake shakes Crete, damaging homes in Heraklion",
    "A magnitude 6.1 earthquake struck off the Greek island of Crete on Tuesday morning, "
    "damaging old houses in Heraklion and sending residents into the streets. The Greek "
    "civil protection agency said two people were slightly injured.",
)
QUAKE_DE = (
    "urn:test:quake:de",
    "Starkes Erdbeben erschüttert Kreta - Schäden in Heraklion",
    "Ein Erdbeben der Stärke 6,1 hat am Dienstagmorgen die griechische Insel Kreta "
    "erschüttert. In Heraklion wurden alte Häuser beschädigt, viele Bewohner liefen auf die "
    "Straßen. Der griechische Zivilschutz meldete zwei Leichtverletzte.",
)
BUDGET_SV = (
    "urn:test:budget:sv",
    "Regeringen sänker skatten för pensionärer i vårbudgeten",
    "Regeringen presenterade på onsdagen sin vårbudget med sänkt skatt för pensionärer och "
    "mer pengar till polisen. Finansministern sade att ekonomin återhämtar sig snabbare än "
    "väntat.",
)
CRETE = Entity(name="Kreta", kind="place", relevance=0.9, confidence=0.9)


def unit(*values: float) -> np.ndarray:
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def test_an_article_joins_the_story_of_the_closest_article_within_the_window() -> None:
    index = StoryIndex(2, StoryRules(threshold=0.9, window_days=2))
    first = index.assign("a", unit(1, 0), [], 0.0, "en", "A")
    close = index.assign("b", unit(1, 0.1), [], 3600.0, "de", "B")
    apart = index.assign("c", unit(0, 1), [], 7200.0, "sv", "C")
    late = index.assign("d", unit(1, 0), [], 5 * 86_400.0, "en", "D")

    assert first.story_id == story_id_for("a")
    assert close.story_id == first.story_id
    assert apart.story_id == story_id_for("c")
    assert late.story_id == story_id_for("d")
    assert [member.uri for member in index.story(first.story_id)] == ["a", "b"]


def test_shared_names_raise_the_similarity_to_the_threshold() -> None:
    rules = StoryRules(threshold=0.9, entity_weight=0.1)
    with_names, without_names = StoryIndex(2, rules), StoryIndex(2, rules)
    for index in (with_names, without_names):
        index.assign("a", unit(1, 0), ["oslo", "equinor"], 0.0, "nb", "A")

    joined = with_names.assign("b", unit(1, 0.5), ["oslo", "equinor"], 60.0, "en", "B")
    alone = without_names.assign("c", unit(1, 0.5), [], 60.0, "en", "C")

    assert joined.story_id == story_id_for("a")
    assert alone.story_id == story_id_for("c")


def test_a_new_version_keeps_its_story_and_a_removed_article_leaves_it() -> None:
    index = StoryIndex(2, StoryRules(threshold=0.9))
    story = index.assign("a", unit(1, 0), [], 0.0, "en", "A").story_id
    index.assign("b", unit(1, 0.05), [], 60.0, "de", "B")

    again = index.assign("b", unit(0, 1), [], 60.0, "de", "B, corrected")
    index.remove(["a"])

    assert again.story_id == story
    assert [member.uri for member in index.story(story)] == ["b"]


def _handle_quake_reports(recommendation: Recommendation, make_article: MakeArticle) -> list[Event]:
    english = make_article(*QUAKE_EN, entities=[CRETE], language="en")
    german = make_article(
        *QUAKE_DE,
        published=FIRST_PUBLISHED + timedelta(hours=2),
        entities=[CRETE],
        language="de",
    )
    budget = make_article(*BUDGET_SV, published=FIRST_PUBLISHED + timedelta(hours=3), language="sv")
    first = recommendation.handle(english)
    return first + recommendation.handle(german, budget)


def test_reports_of_one_event_in_two_languages_share_a_story_and_list_each_other(
    recommendation: Recommendation, make_article: MakeArticle
) -> None:
    events = _handle_quake_reports(recommendation, make_article)

    related = {e.article_uri: e for e in events if isinstance(e, ArticleRelated)}
    english, german, budget = (related[uri] for uri in (QUAKE_EN[0], QUAKE_DE[0], BUDGET_SV[0]))
    assert english.story_id == german.story_id == story_id_for(QUAKE_EN[0])
    assert budget.story_id == story_id_for(BUDGET_SV[0])
    coverage = [item for item in german.related if item.reason == SAME_STORY]
    assert [(item.uri, item.language) for item in coverage] == [(QUAKE_EN[0], "en")]
    assert all(item.language == "de" for item in german.related if item.reason != SAME_STORY)
    changed = [e for e in events if e.event_type == "RelatedArticlesChanged"]
    assert [(e.article_uri, e.story_id) for e in changed] == [(QUAKE_EN[0], english.story_id)]


def test_a_withdrawn_report_leaves_its_story_and_the_other_pages_coverage(
    recommendation: Recommendation, make_article: MakeArticle
) -> None:
    _handle_quake_reports(recommendation, make_article)

    events = recommendation.handle(
        ArticleWithdrawn.first(article_uri=QUAKE_DE[0], article_version=2, reason="killed")
    )

    changed = [e for e in events if e.event_type == "RelatedArticlesChanged"]
    assert [e.article_uri for e in changed] == [QUAKE_EN[0]]
    assert recommendation.stories.mates(QUAKE_EN[0]) == []


def test_stories_are_read_back_from_the_database_after_a_restart(
    recommendation: Recommendation, make_article: MakeArticle
) -> None:
    _handle_quake_reports(recommendation, make_article)

    reopened = StoryKeeper.open(
        recommendation.database,
        recommendation.handler.story_embedder,  # type: ignore[arg-type]
    )

    assert [mate.uri for mate in reopened.mates(QUAKE_EN[0])] == [QUAKE_DE[0]]


def test_the_story_and_any_language_related_are_served(
    recommendation: Recommendation, make_article: MakeArticle, settings: RecommendationSettings
) -> None:
    _handle_quake_reports(recommendation, make_article)
    story = story_id_for(QUAKE_EN[0])

    with TestClient(create_app(definition, settings)) as client:
        listed = client.get(f"/v1/stories/{story}")
        missing = client.get("/v1/stories/story-0000000000000000")
        same = client.get(f"/v1/articles/{quote(QUAKE_EN[0], safe='')}/related")
        anywhere = client.get(f"/v1/articles/{quote(QUAKE_EN[0], safe='')}/related?language=any")

    assert listed.status_code == 200
    body = listed.json()
    assert [(a["uri"], a["language"]) for a in body["articles"]] == [
        (QUAKE_EN[0], "en"),
        (QUAKE_DE[0], "de"),
    ]
    assert body["languages"] == ["de", "en"]
    assert missing.status_code == 404
    assert same.json()["story_id"] == story
    assert [item["uri"] for item in same.json()["coverage"]] == [QUAKE_DE[0]]
    assert all(item["language"] == "en" for item in same.json()["related"])
    first = anywhere.json()["related"][0]
    assert (first["uri"], first["reason"]) == (QUAKE_DE[0], SAME_STORY)


def test_memory_forgets_articles_no_new_article_can_join() -> None:
    index = StoryIndex(2, StoryRules(window_days=1, kept_windows=2))
    index.assign("old", unit(1, 0), [], 0.0, "en", "Old")
    index.assign("recent", unit(0, 1), [], 1.5 * 86_400.0, "en", "Recent")

    index.assign("new", unit(1, 1), [], 3 * 86_400.0, "en", "New")

    assert "old" not in index
    assert "recent" in index
