"""The handler over a real database: lists, freshness, withdrawals and versions."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from inkstream.contracts.events import (
    ArticleEnriched,
    ArticleRelated,
    ArticleWithdrawn,
    Event,
    RelatedArticlesChanged,
    Topic,
)
from inkstream.runtime.storage import Database, as_utc
from inkstream_recommendation.ranking import RECENT_ON_TOPIC
from inkstream_recommendation.tables import ArticleProfileRow

if TYPE_CHECKING:
    from conftest import MakeArticle, Recommendation

SEED_URI = "urn:inkstream:demo:nato-strike-inside-russia"
G7_LOAN = "urn:inkstream:demo:g7-ukraine-loan-frozen-assets"
ENVIRONMENT = Topic(
    qcode="medtop:06000000",
    name="environment",
    uri="http://cv.iptc.org/newscodes/mediatopic/06000000",
    confidence=0.9,
)


def withdrawn(uri: str) -> ArticleWithdrawn:
    return ArticleWithdrawn.first(article_uri=uri, article_version=2, reason="killed")


def related_of(events: list[Event], uri: str) -> list[str]:
    [event] = [e for e in events if isinstance(e, ArticleRelated) and e.article_uri == uri]
    return [item.uri for item in event.related]


def test_the_seed_lists_its_own_story_first_and_the_g7_loan_above_unrelated_stories(
    recommendation: Recommendation, demo_batch: list[ArticleEnriched], story_of: dict[str, str]
) -> None:
    recommendation.handle(*demo_batch)
    story = story_of

    related = recommendation.keeper.related.related_to(SEED_URI, 4)

    assert [story[item.uri] for item in related[:3]] == ["nato-ukraine"] * 3
    assert story[related[3].uri] == "g7-ukraine-loan"
    assert all(item.uri != SEED_URI and item.score > 0 and item.reason for item in related)


def test_articles_of_one_batch_see_each_other(
    recommendation: Recommendation, demo_batch: list[ArticleEnriched], story_of: dict[str, str]
) -> None:
    events = recommendation.handle(*demo_batch)

    last = demo_batch[-1].article_uri
    assert {story_of[uri] for uri in related_of(events, last)[:2]} == {"chip-export-rules"}


def test_a_new_article_refreshes_the_lists_it_enters_and_no_others(
    recommendation: Recommendation, demo_batch: list[ArticleEnriched]
) -> None:
    first, *rest = demo_batch
    recommendation.handle(first, *rest[:3])

    emitted = recommendation.handle(rest[3])

    changed = [e for e in emitted if isinstance(e, RelatedArticlesChanged)]
    assert 0 < len(changed) <= 4
    for change in changed:
        assert rest[3].article_uri in [item.uri for item in change.related]
        assert change.article_version == 1


def test_a_withdrawn_article_leaves_the_index_and_the_lists_that_showed_it(
    recommendation: Recommendation,
    recommendation_database: Database,
    demo_batch: list[ArticleEnriched],
) -> None:
    recommendation.handle(*demo_batch)

    emitted = recommendation.handle(withdrawn(G7_LOAN))

    assert isinstance(emitted[0], ArticleWithdrawn)
    changed = [e for e in emitted[1:] if isinstance(e, RelatedArticlesChanged)]
    assert changed
    assert all(G7_LOAN not in [item.uri for item in e.related] for e in changed)
    assert G7_LOAN not in recommendation.keeper.related
    with recommendation_database.session() as session:
        row = session.get(ArticleProfileRow, G7_LOAN)
        assert row is not None
        assert row.withdrawn


def test_a_new_version_replaces_the_article_in_the_index(
    recommendation: Recommendation, demo_batch: list[ArticleEnriched], make_article: MakeArticle
) -> None:
    recommendation.handle(*demo_batch)
    moved = make_article(
        G7_LOAN,
        "Bayern Munich Sign a Striker Before the Champions League Final",
        "<p>Bayern Munich signed a striker for the Champions League final against Real Madrid "
        "in Budapest; the club's coach praised his goals and his header.</p>",
        version=2,
    )

    recommendation.handle(moved)

    seed_list = [item.uri for item in recommendation.keeper.related.related_to(SEED_URI, 4)]
    assert G7_LOAN not in seed_list
    final = "urn:inkstream:demo:ucl-final-report"
    assert G7_LOAN in [item.uri for item in recommendation.keeper.related.related_to(final, 4)]


def test_without_a_similar_article_recent_ones_on_the_same_topic_are_listed(
    recommendation: Recommendation, make_article: MakeArticle
) -> None:
    recommendation.handle(
        make_article(
            "urn:test:storm",
            "Storm closes ferry routes",
            "<p>Gales shut ferries.</p>",
            topics=[ENVIRONMENT],
        )
    )

    emitted = recommendation.handle(
        make_article(
            "urn:test:budget",
            "Council budget approved",
            "<p>The council voted.</p>",
            topics=[ENVIRONMENT],
        )
    )

    [event] = [e for e in emitted if isinstance(e, ArticleRelated)]
    assert [(item.uri, item.reason) for item in event.related] == [
        ("urn:test:storm", RECENT_ON_TOPIC)
    ]


def test_an_embargoed_article_counts_as_published_when_its_embargo_lifts(
    recommendation: Recommendation, make_article: MakeArticle
) -> None:
    held = make_article("urn:test:held", "Results held until noon", "<p>Profits rose.</p>")
    lifts = held.article.firstcreated + timedelta(hours=6)  # type: ignore[operator]
    held = held.model_copy(update={"article": held.article.model_copy(update={"embargoed": lifts})})

    recommendation.handle(held)

    with recommendation.database.session() as session:
        row = session.get(ArticleProfileRow, "urn:test:held")
    assert row is not None
    assert as_utc(row.published_at) == lifts
