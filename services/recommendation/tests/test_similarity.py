import json
import math
from datetime import UTC, datetime, timedelta

import pytest

from inkstream_recommendation.similarity import (
    Match,
    TfidfIndex,
    term_frequencies,
    tokenize,
)

BASE_TIME = datetime(2024, 6, 14, 8, 0, tzinfo=UTC)

STORIES: dict[str, dict[str, str]] = {
    "strikes": {
        "urn:strikes:1": (
            "NATO allies debate letting Ukraine strike military targets inside Russia with "
            "Western missiles. Stoltenberg said Ukraine has the right to strike Russian "
            "launch sites used in the Kharkiv offensive."
        ),
        "urn:strikes:2": (
            "Ukraine used Western missiles to strike targets inside Russia after NATO "
            "allies eased restrictions. Russian launch sites near Kharkiv were hit, "
            "Ukrainian officials said."
        ),
        "urn:strikes:3": (
            "The Kremlin warned NATO that Ukrainian strikes inside Russia with Western "
            "missiles would escalate the war. Moscow said the Kharkiv offensive continues."
        ),
    },
    "loan": {
        "urn:loan:1": (
            "G7 leaders agreed a $50 billion loan for Ukraine backed by profits from frozen "
            "Russian central bank assets, the summit communique said."
        ),
        "urn:loan:2": (
            "The G7 loan to Ukraine will be repaid with windfall profits from frozen "
            "Russian assets held mostly at Euroclear in Belgium. Finance ministers must "
            "settle the loan details."
        ),
        "urn:loan:3": (
            "Euroclear profits on frozen Russian central bank assets rose again; the "
            "windfall will service the G7 loan for Ukraine, the summit leaders agreed."
        ),
    },
    "final": {
        "urn:final:1": (
            "Real Madrid beat Borussia Dortmund in the Champions League final at Wembley. "
            "Carvajal scored a header and Vinícius Júnior sealed the trophy."
        ),
        "urn:final:2": (
            "Dortmund wasted early chances at Wembley before Carvajal headed Real Madrid "
            "ahead; Vinícius Júnior added the second as Madrid lifted a 15th Champions "
            "League trophy."
        ),
    },
    "heatwave": {
        "urn:heatwave:1": (
            "A heatwave in Spain pushed temperatures above forty degrees in Seville and "
            "Córdoba; authorities issued drought warnings for Andalusian farmers."
        ),
    },
}

ARTICLES: dict[str, str] = {uri: text for story in STORIES.values() for uri, text in story.items()}
STORY_OF: dict[str, str] = {uri: name for name, story in STORIES.items() for uri in story}


def published(uri: str) -> datetime:
    return BASE_TIME + timedelta(hours=sorted(ARTICLES).index(uri))


def build_index(uris: list[str] | None = None) -> TfidfIndex:
    index = TfidfIndex()
    for uri in uris if uris is not None else list(ARTICLES):
        index.add(uri, term_frequencies(ARTICLES[uri]), published(uri))
    return index


def test_tokenize_lowercases_and_drops_stop_words_short_tokens_and_numbers() -> None:
    tokens = tokenize("The G7’s 2024 summit: Vinícius Júnior's HEADER, and it's over 1.5 km2!")

    assert tokens == ["summit", "vinícius", "júnior", "header", "km2"]


def test_term_frequencies_are_sublinear_and_json_serialisable() -> None:
    terms = term_frequencies("Loan loan LOAN for Ukraine")

    assert terms == {"loan": pytest.approx(1 + math.log(3)), "ukraine": 1.0}
    assert json.loads(json.dumps(terms)) == terms


@pytest.mark.parametrize("uri", [uri for uri in ARTICLES if len(STORIES[STORY_OF[uri]]) > 1])
def test_related_articles_come_from_the_same_story_first(uri: str) -> None:
    siblings = set(STORIES[STORY_OF[uri]]) - {uri}

    matches = build_index().related(uri, limit=len(ARTICLES), min_score=0.0)

    assert {match.uri for match in matches[: len(siblings)]} == siblings
    assert [match.score for match in matches] == sorted(
        (match.score for match in matches), reverse=True
    )


def test_related_never_returns_the_document_itself() -> None:
    index = build_index()

    for uri in ARTICLES:
        assert uri not in {match.uri for match in index.related(uri, limit=20, min_score=0.0)}


def test_min_score_filters_unrelated_articles() -> None:
    index = build_index()

    assert index.related("urn:heatwave:1") == []
    assert all(match.score >= 0.05 for match in index.related("urn:strikes:1", limit=20))
    assert "urn:final:1" not in {match.uri for match in index.related("urn:loan:1", limit=20)}


def test_remove_takes_a_document_out_of_results_and_document_frequencies() -> None:
    index = build_index()
    frequency_before = index.document_frequency("euroclear")

    index.remove("urn:loan:2")

    assert "urn:loan:2" not in index
    assert len(index) == len(ARTICLES) - 1
    assert index.document_frequency("euroclear") == frequency_before - 1
    assert "urn:loan:2" not in {match.uri for match in index.related("urn:loan:1", limit=20)}
    index.remove("urn:loan:2")
    assert len(index) == len(ARTICLES) - 1


def test_adding_an_existing_uri_replaces_its_terms() -> None:
    index = build_index()

    index.add("urn:loan:3", term_frequencies(ARTICLES["urn:final:1"]), published("urn:loan:3"))

    assert len(index) == len(ARTICLES)
    assert index.document_frequency("euroclear") == 1
    assert index.document_frequency("wembley") == 3
    assert {match.uri for match in index.related("urn:loan:3", limit=2)} == {
        "urn:final:1",
        "urn:final:2",
    }
    assert "urn:loan:3" not in {match.uri for match in index.related("urn:loan:1", limit=20)}


def test_ties_go_to_the_newer_article_then_the_smaller_uri() -> None:
    index = TfidfIndex()
    terms = term_frequencies(ARTICLES["urn:final:1"])
    index.add("urn:query", term_frequencies(ARTICLES["urn:final:2"]), BASE_TIME)
    index.add("urn:copy:b", terms, BASE_TIME)
    index.add("urn:copy:a", terms, BASE_TIME)
    index.add("urn:copy:newest", terms, BASE_TIME + timedelta(days=1))

    matches = index.related("urn:query")

    assert [match.uri for match in matches] == ["urn:copy:newest", "urn:copy:a", "urn:copy:b"]
    assert len({match.score for match in matches}) == 1


def test_ranking_does_not_depend_on_insertion_order_or_stored_round_trip() -> None:
    forward = build_index()
    stored_rows = [
        (uri, json.loads(json.dumps(term_frequencies(text))), published(uri).isoformat())
        for uri, text in ARTICLES.items()
    ]
    rebuilt = TfidfIndex()
    for uri, terms, published_at in reversed(stored_rows):
        rebuilt.add(uri, terms, datetime.fromisoformat(published_at))

    for uri in ARTICLES:
        assert forward.related(uri, limit=20, min_score=0.0) == rebuilt.related(
            uri, limit=20, min_score=0.0
        )


def test_similar_to_terms_scores_an_unindexed_text_and_honours_exclude() -> None:
    index = build_index()
    query = term_frequencies("Frozen Russian assets fund a G7 loan for Ukraine")

    matches = index.similar_to_terms(query, limit=2, exclude={"urn:loan:1"})

    assert all(isinstance(match, Match) for match in matches)
    assert {match.uri for match in matches} == {"urn:loan:2", "urn:loan:3"}
    assert all(0.0 < match.score <= 1.0 for match in matches)


def test_unknown_uri_raises_key_error_and_naive_datetime_is_rejected() -> None:
    index = build_index()

    with pytest.raises(KeyError):
        index.related("urn:missing")
    with pytest.raises(ValueError, match="timezone-aware"):
        index.add("urn:naive", {"term": 1.0}, datetime(2024, 6, 14))


def test_heavy_churn_leaves_results_equal_to_a_fresh_index() -> None:
    index = build_index()
    filler_terms = {f"filler{number}": 1.0 for number in range(300)}
    for round_number in range(40):
        index.add(f"urn:filler:{round_number}", filler_terms, BASE_TIME)
        index.add("urn:loan:2", filler_terms, BASE_TIME)
        index.add("urn:loan:2", term_frequencies(ARTICLES["urn:loan:2"]), published("urn:loan:2"))
        index.remove(f"urn:filler:{round_number}")
    fresh = build_index()

    for uri in ARTICLES:
        assert index.related(uri, limit=20, min_score=0.0) == fresh.related(
            uri, limit=20, min_score=0.0
        )
