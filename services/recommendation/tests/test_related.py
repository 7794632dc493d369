"""Choosing and refreshing "More like this" lists."""

from inkstream.contracts.events import RelatedArticle
from inkstream_recommendation.related import merge_related


def item(uri: str, score: float) -> RelatedArticle:
    return RelatedArticle(uri=uri, headline=uri, slug=uri, score=score, reason="similar-text")


def test_a_closer_newcomer_takes_its_place_by_score() -> None:
    current = [item("a", 0.9), item("b", 0.5), item("c", 0.3)]
    merged = merge_related(current, item("new", 0.6), limit=3)
    assert [i.uri for i in merged] == ["a", "new", "b"]


def test_a_weaker_newcomer_leaves_a_full_list_unchanged() -> None:
    current = [item("a", 0.9), item("b", 0.5)]
    assert merge_related(current, item("new", 0.1), limit=2) == current


def test_a_newcomer_already_listed_is_not_listed_twice() -> None:
    merged = merge_related([item("a", 0.9), item("b", 0.5)], item("b", 0.7), limit=4)
    assert [i.uri for i in merged] == ["a", "b"]
