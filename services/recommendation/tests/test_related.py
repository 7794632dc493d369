"""The live index: what it finds for an article, and what it never lists."""

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from inkstream_recommendation.embedding import unit_rows
from inkstream_recommendation.ranking import RECENT_ON_TOPIC, SelectionRules, Weights
from inkstream_recommendation.related import ArticleCard, ArticleProfile, RelatedArticles

DIMENSIONS = 8
NOW = datetime(2024, 6, 14, 8, 0, tzinfo=UTC)
POLITICS = "medtop:11000000"
SPORT = "medtop:15000000"


def direction(*weights: float) -> np.ndarray:
    padded = np.zeros(DIMENSIONS, dtype=np.float32)
    padded[: len(weights)] = weights
    return unit_rows(padded[None, :])[0]


def profile(
    uri: str,
    vector: np.ndarray | None,
    *,
    terms: dict[str, float] | None = None,
    topics: dict[str, float] | None = None,
    entities: dict[str, float] | None = None,
    age_days: float = 0.0,
) -> ArticleProfile:
    return ArticleProfile(
        uri=uri,
        key=abs(hash(uri)) % (1 << 62),
        card=ArticleCard(headline=uri.upper(), excerpt=f"about {uri}", slug=uri),
        published_at=NOW - timedelta(days=age_days),
        terms=terms or {uri: 1.0},
        entities=entities or {},
        topics=topics or {},
        vector=vector,
    )


def index_of(*profiles: ArticleProfile, min_score: float = 0.2) -> RelatedArticles:
    related = RelatedArticles(DIMENSIONS, Weights(recency=0.3), SelectionRules(min_score=min_score))
    related.put(list(profiles))
    return related


def uris(related: RelatedArticles, uri: str, limit: int = 4) -> list[str]:
    return [item.uri for item in related.related_to(uri, limit)]


def test_the_closest_in_meaning_come_first_with_scores_reasons_and_cards() -> None:
    related = index_of(
        profile("seed", direction(1, 1)),
        profile("close", direction(1, 1, 1)),
        profile("nearer", direction(1, 1, 0.6)),
        profile("far", direction(0, 0, 0, 1)),
    )

    items = related.related_to("seed", 4)

    assert [item.uri for item in items] == ["nearer", "close"]
    assert items[0].headline == "NEARER"
    assert items[0].excerpt == "about nearer"
    assert items[0].score >= items[1].score > 0
    assert items[0].reason


def test_an_article_is_never_related_to_itself_nor_listed_after_removal() -> None:
    related = index_of(profile("seed", direction(1, 1)), profile("twin", direction(1, 1, 0.6)))

    assert uris(related, "seed") == ["twin"]
    related.remove(["twin"])

    assert uris(related, "seed") == []
    assert "twin" not in related


def test_an_older_article_ranks_below_an_equally_similar_newer_one() -> None:
    related = index_of(
        profile("seed", direction(1, 1)),
        profile("old", direction(1, 1, 0, 0.6), age_days=60),
        profile("new", direction(1, 1, 0.62)),
    )

    assert uris(related, "seed") == ["new", "old"]


def test_shared_entities_lift_a_candidate_above_one_without() -> None:
    related = index_of(
        profile("seed", direction(1, 1), entities={"stoltenberg": 1.0}),
        profile("plain", direction(1, 1, 0, 0.6), entities={"someone else": 1.0}),
        profile("named", direction(1, 1, 0.7), entities={"stoltenberg": 1.0}),
    )

    items = related.related_to("seed", 4)

    assert [item.uri for item in items] == ["named", "plain"]


def test_a_new_version_replaces_the_old_one() -> None:
    related = index_of(profile("seed", direction(1, 1)), profile("story", direction(1, 1, 0.6)))
    assert uris(related, "seed") == ["story"]

    related.put([profile("story", direction(0, 0, 1))])

    assert len(related) == 2
    assert uris(related, "seed") == []


def test_without_similar_articles_recent_ones_on_the_same_topic_fill_the_list() -> None:
    related = index_of(
        profile("seed", direction(1), topics={SPORT: 0.9}),
        profile("older-sport", direction(0, 1), topics={SPORT: 0.8}, age_days=3),
        profile("newer-sport", direction(0, 0, 1), topics={SPORT: 0.8}, age_days=1),
        profile("politics", direction(0, 0, 0, 1), topics={POLITICS: 0.9}),
    )

    items = related.related_to("seed", 4)

    assert [item.uri for item in items] == ["newer-sport", "older-sport"]
    assert {item.reason for item in items} == {RECENT_ON_TOPIC}
    assert all(item.score > 0 for item in items)


def test_an_article_without_a_vector_still_gets_recent_articles_on_its_topic() -> None:
    related = index_of(
        profile("seed", np.zeros(DIMENSIONS, dtype=np.float32), topics={SPORT: 1.0}),
        profile("sport", direction(1), topics={SPORT: 1.0}),
    )

    assert uris(related, "seed") == ["sport"]


def test_an_article_under_embargo_is_listed_only_for_lists_shown_once_it_is_public() -> None:
    related = index_of(
        profile("seed", direction(1, 1), topics={POLITICS: 1.0}),
        profile("public", direction(1, 1, 0.5), topics={POLITICS: 1.0}),
        profile("embargoed", direction(1, 1, 0.4), topics={POLITICS: 1.0}, age_days=-0.5),
        profile("embargoed-on-topic", None, topics={POLITICS: 1.0}, age_days=-0.2),
    )

    assert set(uris(related, "seed")) == {"public", "embargoed", "embargoed-on-topic"}
    assert [item.uri for item in related.related_to("seed", 4, public_at=NOW)] == ["public"]


def test_an_unknown_article_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        index_of(profile("seed", direction(1))).related_to("missing", 4)


def test_neighbours_are_the_nearest_others_in_meaning() -> None:
    related = index_of(
        profile("seed", direction(1)),
        profile("near", direction(1, 0.1)),
        profile("far", direction(0, 1)),
    )

    assert related.neighbours("seed", 1) == ["near"]
