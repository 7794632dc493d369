"""Enrichment's quality on the labelled sets, with the real models: the targets hold.

The held-out set is for measuring, not tuning: when a change fails here, look for the
cause in the development set's errors (``python -m inkstream_enrichment.evaluate --set
development --errors``).
"""

import pytest

from inkstream_enrichment.evaluate import ENTITY_F1_TARGET, TOPIC_ACCURACY_TARGET
from inkstream_enrichment.evaluation import (
    DEVELOPMENT,
    HELD_OUT,
    LabelledArticle,
    Scores,
    load_labelled_articles,
    load_language_articles,
    score,
)
from inkstream_enrichment.pipeline import enrich_batch, load_models


@pytest.fixture(scope="module")
def scores_by_set() -> dict[str, Scores]:
    articles = load_labelled_articles()
    enrichments = enrich_batch(load_models(), [article.as_input() for article in articles])

    def of(subset: str) -> Scores:
        chosen = [
            (article, enrichment)
            for article, enrichment in zip(articles, enrichments, strict=True)
            if article.subset == subset
        ]
        return score([a for a, _ in chosen], [e for _, e in chosen])

    return {DEVELOPMENT: of(DEVELOPMENT), HELD_OUT: of(HELD_OUT)}


def test_both_sets_are_labelled_for_entities_and_topics() -> None:
    articles: list[LabelledArticle] = load_labelled_articles()
    held_out = [article for article in articles if article.subset == HELD_OUT]

    assert len(held_out) >= 40
    assert all(article.entities and article.topics for article in held_out)
    covered = {topic for article in articles for topic in article.topics}
    assert {f"medtop:{number:02d}000000" for number in range(1, 18)} <= covered


@pytest.mark.parametrize("subset", [DEVELOPMENT, HELD_OUT])
def test_entity_f1_and_topic_accuracy_reach_their_targets(
    scores_by_set: dict[str, Scores], subset: str
) -> None:
    scores = scores_by_set[subset]

    assert scores.entities_overall.f1 >= ENTITY_F1_TARGET
    assert scores.topic_accuracy >= TOPIC_ACCURACY_TARGET


LANGUAGE_ENTITY_F1_FLOOR = 0.6
LANGUAGE_TOPIC_ACCURACY_FLOOR = 0.85


@pytest.fixture(scope="module")
def scores_by_language() -> dict[tuple[str, str], Scores]:
    articles = load_language_articles()
    enrichments = enrich_batch(load_models(), [article.as_input() for article in articles])
    grouped: dict[tuple[str, str], list[int]] = {}
    for index, article in enumerate(articles):
        grouped.setdefault((article.language, article.subset), []).append(index)
    return {
        key: score([articles[i] for i in indices], [enrichments[i] for i in indices])
        for key, indices in grouped.items()
    }


@pytest.mark.parametrize("language", ["de", "nb", "sv", "fr", "es"])
def test_every_language_has_labelled_development_and_held_out_sets(language: str) -> None:
    articles = [a for a in load_language_articles() if a.language == language]

    assert {a.subset for a in articles} == {DEVELOPMENT, HELD_OUT}
    assert all(article.entities and article.topics for article in articles)


@pytest.mark.parametrize("language", ["de", "nb", "sv", "fr", "es"])
def test_no_language_falls_below_its_measured_floor_on_unseen_news(
    scores_by_language: dict[tuple[str, str], Scores], language: str
) -> None:
    """A regression guard at the level reached (README), below the goals still open."""
    scores = scores_by_language[(language, HELD_OUT)]

    assert scores.entities_overall.f1 >= LANGUAGE_ENTITY_F1_FLOOR
    assert scores.topic_accuracy >= LANGUAGE_TOPIC_ACCURACY_FLOOR
