"""The rules that choose a list: relevance, recency, duplicates, diversity."""

from dataclasses import replace

import numpy as np
import pytest

from inkstream_recommendation.ranking import (
    SHARED_ENTITIES,
    SIMILAR_MEANING,
    Candidate,
    SelectionRules,
    Signals,
    Weights,
    cluster_cap,
    reason_for,
    recency_factor,
    relevance,
    select_related,
)

RULES = SelectionRules(min_score=0.2)
DAY = 86_400.0


def no_text(first: int, second: int) -> float:
    return 0.0


def candidate(score: float, meaning: float = 0.5, text: float = 0.2) -> Candidate:
    return Candidate(score=score, meaning_to_article=meaning, text_to_article=text)


def test_relevance_is_the_weighted_mean_of_the_signals_both_sides_have() -> None:
    weights = Weights(meaning=0.6, text=0.3, entities=0.1)

    without_entities = relevance(Signals(meaning=0.8, text=0.2), weights)
    with_entities = relevance(Signals(meaning=0.8, text=0.2, entities=1.0), weights)

    assert without_entities == pytest.approx((0.6 * 0.8 + 0.3 * 0.2) / 0.9)
    assert with_entities == pytest.approx(0.6 * 0.8 + 0.3 * 0.2 + 0.1 * 1.0)


def test_the_reason_names_the_signal_that_counted_most() -> None:
    weights = Weights(meaning=0.5, text=0.2, entities=0.3)

    assert reason_for(Signals(meaning=0.9, text=0.1, entities=0.1), weights) == SIMILAR_MEANING
    assert reason_for(Signals(meaning=0.1, text=0.1, entities=0.9), weights) == SHARED_ENTITIES


def test_recency_keeps_newer_articles_whole_and_halves_the_fading_share_per_half_life() -> None:
    weights = Weights(recency=0.2, half_life_days=10)

    assert recency_factor(-5 * DAY, weights) == 1.0
    assert recency_factor(0.0, weights) == 1.0
    assert recency_factor(10 * DAY, weights) == pytest.approx(0.9)
    assert recency_factor(1000 * DAY, weights) == pytest.approx(0.8, abs=1e-6)


@pytest.mark.parametrize(("limit", "cap"), [(1, 1), (2, 1), (3, 2), (4, 3), (8, 6)])
def test_a_story_share_below_one_leaves_room_for_others(limit: int, cap: int) -> None:
    assert cluster_cap(limit, story_share=0.75) == cap


def test_by_default_one_story_may_take_every_slot() -> None:
    assert cluster_cap(4) == 4


def test_the_best_candidates_above_the_minimum_are_chosen_best_first() -> None:
    candidates = [candidate(0.3), candidate(0.9), candidate(0.1), candidate(0.5)]
    unrelated = np.eye(4, dtype=np.float32)

    assert select_related(candidates, 4, RULES, unrelated, no_text) == [1, 3, 0]


def test_a_rewrite_of_a_chosen_story_counts_once() -> None:
    candidates = [candidate(0.9), candidate(0.8), candidate(0.7)]
    meaning = np.array([[1, 0.97, 0.3], [0.97, 1, 0.3], [0.3, 0.3, 1]], dtype=np.float32)

    def text(first: int, second: int) -> float:
        return 0.9 if {first, second} == {0, 1} else 0.1

    assert select_related(candidates, 4, RULES, meaning, text) == [0, 2]


def test_similar_meaning_with_different_words_is_not_a_duplicate() -> None:
    candidates = [candidate(0.9), candidate(0.8)]
    meaning = np.array([[1, 0.96], [0.96, 1]], dtype=np.float32)

    assert select_related(candidates, 4, RULES, meaning, no_text) == [0, 1]


def test_a_rewrite_of_the_article_itself_is_left_out() -> None:
    candidates = [candidate(0.95, meaning=0.99), candidate(0.5)]

    assert select_related(candidates, 4, RULES, np.eye(2, dtype=np.float32), no_text) == [1]


def test_with_a_story_share_one_story_leaves_a_slot_to_another_good_enough() -> None:
    same_story = [candidate(0.9), candidate(0.85), candidate(0.8), candidate(0.75)]
    other_story = candidate(0.3)
    meaning = np.full((5, 5), 0.9, dtype=np.float32)
    meaning[4, :] = meaning[:, 4] = 0.2
    shared = replace(RULES, story_share=0.75)

    chosen = select_related([*same_story, other_story], 4, shared, meaning, no_text)

    assert chosen == [0, 1, 2, 4]


def test_by_default_a_story_fills_the_list_before_another_story() -> None:
    same_story = [candidate(0.9), candidate(0.85), candidate(0.8), candidate(0.75)]
    other_story = candidate(0.3)
    meaning = np.full((5, 5), 0.9, dtype=np.float32)
    meaning[4, :] = meaning[:, 4] = 0.2

    chosen = select_related([*same_story, other_story], 4, RULES, meaning, no_text)

    assert chosen == [0, 1, 2, 3]


def test_a_story_fills_the_slots_nobody_else_deserves() -> None:
    same_story = [candidate(0.9), candidate(0.85), candidate(0.8), candidate(0.75)]
    weak_other = candidate(0.1)
    meaning = np.full((5, 5), 0.9, dtype=np.float32)
    meaning[4, :] = meaning[:, 4] = 0.2

    assert select_related([*same_story, weak_other], 4, RULES, meaning, no_text) == [0, 1, 2, 3]
