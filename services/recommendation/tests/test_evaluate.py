"""The evaluation command: the semantic index beats TF-IDF on the bundled story clusters."""

import pytest

from inkstream_recommendation.embedding import WordLlamaEmbedder
from inkstream_recommendation.evaluate import bundled_articles, compare, main, news_section


def test_semantic_lists_beat_the_tfidf_baseline_on_the_bundled_set(
    embedder: WordLlamaEmbedder,
) -> None:
    articles = bundled_articles()

    comparison = compare("bundled", articles, embedder)

    assert comparison.baseline.queries == len(articles)
    assert comparison.semantic.precision > comparison.baseline.precision
    assert comparison.semantic.story_recall is not None
    assert comparison.baseline.story_recall is not None
    assert comparison.semantic.story_recall >= comparison.baseline.story_recall


def test_the_command_prints_both_scores_and_succeeds_when_the_baseline_is_beaten(
    embedder: WordLlamaEmbedder, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["--corpus", "bundled"], embedder_factory=lambda: embedder)

    printed = capsys.readouterr().out
    assert status == 0
    assert "TF-IDF baseline   precision@4" in printed
    assert "semantic (index)  precision@4" in printed


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
