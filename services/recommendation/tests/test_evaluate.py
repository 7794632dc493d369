"""The evaluation command: the service beside TF-IDF, embedding-only and its previous version."""

from datetime import UTC, datetime

import pytest

from inkstream_recommendation.embedding import WordLlamaEmbedder
from inkstream_recommendation.evaluate import (
    BASELINES,
    SERVICE,
    Comparison,
    EvaluationArticle,
    compare,
    development_articles,
    enrichment_tags,
    held_out_articles,
    main,
    news_section,
    score,
)

WHEN = datetime(2025, 5, 1, tzinfo=UTC)


def _article(uri: str, story: str, topic: str) -> EvaluationArticle:
    return EvaluationArticle(uri, uri, "", story, topic, WHEN)


def test_story_precision_ndcg_and_topic_precision_follow_their_definitions() -> None:
    articles = [
        _article("a1", "a", "t"),
        _article("a2", "a", "t"),
        _article("b1", "b", "t"),
        _article("c1", "c", "u"),
    ]
    lists = {"a1": ["b1", "a2"], "a2": ["a1"], "b1": ["c1"], "c1": ["a1"]}

    scores = score(articles, lists, limit=2)

    # only a1 and a2 have a story mate: a1 ranks it second (0 of k=1), a2 first (1 of 1)
    assert scores.story_precision == pytest.approx(0.5)
    # a1: gains (1, 2) against the best (2, 1); a2: (2, 0) against (2, 1); b1: (0) of (1, 1)
    best = 2 + 1 / 1.584962500721156
    expected_ndcg = ((1 + 2 / 1.584962500721156) / best + 2 / best + 0.0) / 3
    assert scores.ndcg == pytest.approx(expected_ndcg)
    # c1 has nobody on its topic, so three articles count; a1 and b1 fill one slot in two
    assert scores.topic_precision == pytest.approx((1.0 + 0.5 + 0.0) / 3)


@pytest.fixture(scope="module")
def comparisons(embedder: WordLlamaEmbedder) -> dict[str, Comparison]:
    """Every system on the development and held-out sets, with enrichment's tags, once."""
    return {
        name: compare(name, articles(), embedder, tag_finder=enrichment_tags)
        for name, articles in (
            ("development", development_articles),
            ("held-out", held_out_articles),
        )
    }


@pytest.mark.parametrize("name", ["development", "held-out"])
def test_the_service_is_at_or_above_tfidf_and_embedding_only(
    comparisons: dict[str, Comparison], name: str
) -> None:
    comparison = comparisons[name]

    assert set(comparison.scores) == {*BASELINES, SERVICE}
    assert comparison.shortfalls() == []


def test_held_out_story_clusters_reach_the_precision_target(
    comparisons: dict[str, Comparison],
) -> None:
    story_precision = comparisons["held-out"].scores[SERVICE].story_precision

    assert story_precision is not None
    assert story_precision >= 0.95


def test_the_command_prints_every_system_and_succeeds_when_no_baseline_is_better(
    embedder: WordLlamaEmbedder, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["--set", "development", "--no-enrichment"], embedder_factory=lambda: embedder)

    printed = capsys.readouterr().out
    for system in (*BASELINES, SERVICE):
        assert system in printed
    assert "story P@k" in printed
    assert "nDCG@k" in printed
    assert status == (1 if "BELOW" in printed else 0)


@pytest.mark.parametrize(
    ("url", "section"),
    [
        ("http://tass.com/politics/931283", "politics"),
        ("http://abcnews.go.com/International/wireStory/iran-45316889", "world"),
        ("https://www.rte.ie/news/courts/2017/0307/857963-court/", "crime"),
        ("http://www.bbc.co.uk/sport/football/39193254", "sport"),
        ("http://www.huffingtonpost.com/2017/02/07/some-story", None),
    ],
)
def test_news_sections_come_from_the_url(url: str, section: str | None) -> None:
    assert news_section(url) == section
