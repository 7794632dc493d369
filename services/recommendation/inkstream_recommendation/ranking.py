"""How "More like this" is chosen: scoring candidates and picking a varied list.

Plain functions over plain numbers, so the rules can be read and tested alone:

- relevance mixes meaning (embedding cosine), words (TF-IDF cosine), shared
  entities and shared topics, each weighted, over the signals both articles have;
- a recency preference lowers the score of articles older than the one being read;
- a list never holds two versions or rewrites of one story (near-duplicates), nor a
  rewrite of the article itself;
- with ``story_share`` below 1, one story cluster takes at most that share of the slots
  while other candidates are good enough (diversity); by default a story may fill the
  list, since readers of a story look for its other reports first.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

import numpy as np
import numpy.typing as npt

SIMILAR_MEANING = "similar-meaning"
SIMILAR_TEXT = "similar-text"
SHARED_ENTITIES = "shared-entities"
SHARED_TOPICS = "shared-topics"
RECENT_ON_TOPIC = "recent-on-topic"

SECONDS_PER_DAY = 86_400.0


@dataclass(frozen=True)
class Weights:
    """How much each signal counts, and how strongly newer articles are preferred."""

    meaning: float = 0.8
    text: float = 0.5
    entities: float = 0.25
    topics: float = 0.1
    recency: float = 0.15
    """The share of a score that fades as the candidate gets older than the article."""
    half_life_days: float = 14.0


@dataclass(frozen=True)
class SelectionRules:
    """Thresholds of the list: good enough, duplicate, same story."""

    min_score: float = 0.15
    duplicate_meaning: float = 0.95
    duplicate_text: float = 0.7
    identical_meaning: float = 0.985
    same_story_meaning: float = 0.85
    story_share: float = 1.0
    """The share of the slots one story cluster may take while other good candidates exist."""


SIGNALS = (SIMILAR_MEANING, SIMILAR_TEXT, SHARED_ENTITIES, SHARED_TOPICS)
"""The columns of a signal matrix, in order."""


@dataclass(frozen=True, slots=True)
class Signals:
    """How alike two articles are, per signal, each in [0, 1]; None: a side lacks it."""

    meaning: float
    text: float
    entities: float | None = None
    topics: float | None = None

    def row(self) -> list[float]:
        return [
            self.meaning,
            self.text,
            math.nan if self.entities is None else self.entities,
            math.nan if self.topics is None else self.topics,
        ]


def relevances(
    signals: npt.NDArray[np.float64], weights: Weights
) -> tuple[npt.NDArray[np.float64], list[str]]:
    """Per row of ``signals`` (columns ``SIGNALS``, NaN where a side lacks the signal): the
    weighted mean of the signals both articles have, and the signal that counted most."""
    signal_weights = np.array([weights.meaning, weights.text, weights.entities, weights.topics])
    present = ~np.isnan(signals)
    values = np.where(present, np.clip(np.nan_to_num(signals), 0.0, None), 0.0)
    totals = (present * signal_weights).sum(axis=1, keepdims=True)
    contributions = values * signal_weights / np.where(totals > 0, totals, 1.0)
    strongest = contributions.argmax(axis=1) if len(signals) else np.zeros(0, dtype=np.int64)
    return contributions.sum(axis=1), [SIGNALS[index] for index in strongest]


def relevance(signals: Signals, weights: Weights) -> float:
    """The weighted mean of the signals both articles have."""
    scores, _ = relevances(np.array([signals.row()]), weights)
    return float(scores[0])


def reason_for(signals: Signals, weights: Weights) -> str:
    """The signal that contributed most to the score."""
    _, reasons = relevances(np.array([signals.row()]), weights)
    return reasons[0]


def recency_factors(
    age_seconds: npt.NDArray[np.float64], weights: Weights
) -> npt.NDArray[np.float64]:
    """1 for articles as new as (or newer than) the one read, fading towards ``1 - recency``."""
    age_days = np.maximum(age_seconds, 0.0) / SECONDS_PER_DAY
    fading: npt.NDArray[np.float64] = np.power(0.5, age_days / weights.half_life_days)
    return 1.0 - weights.recency + weights.recency * fading


def recency_factor(age_seconds: float, weights: Weights) -> float:
    return float(recency_factors(np.array([age_seconds]), weights)[0])


def cluster_cap(limit: int, story_share: float = 1.0) -> int:
    """Most slots one story cluster may take while other good candidates exist."""
    return max(1, math.floor(limit * story_share))


def is_duplicate(meaning: float, text: Callable[[], float], rules: SelectionRules) -> bool:
    """Two versions or rewrites of the same story: near-identical in meaning and words."""
    if meaning >= rules.identical_meaning:
        return True
    return meaning >= rules.duplicate_meaning and text() >= rules.duplicate_text


@dataclass(frozen=True, slots=True)
class Candidate:
    """A scored candidate and how close it is to the article being read."""

    score: float
    meaning_to_article: float
    text_to_article: float


def select_related(
    candidates: Sequence[Candidate],
    limit: int,
    rules: SelectionRules,
    meaning_between: npt.NDArray[np.float32],
    text_between: Callable[[int, int], float],
) -> list[int]:
    """Indices of the chosen candidates, best first.

    ``meaning_between[i, j]`` is the embedding cosine of candidates i and j;
    ``text_between(i, j)`` their TF-IDF cosine (asked only for near-identical pairs).
    """
    order = sorted(range(len(candidates)), key=lambda index: -candidates[index].score)
    cap = cluster_cap(limit, rules.story_share)
    chosen: list[int] = []
    deferred: list[int] = []

    def duplicates_a_chosen_one(index: int) -> bool:
        return any(
            is_duplicate(
                float(meaning_between[index, other]), partial(text_between, index, other), rules
            )
            for other in chosen
        )

    for index in order:
        candidate = candidates[index]
        if len(chosen) == limit or candidate.score < rules.min_score:
            break
        if is_duplicate(
            candidate.meaning_to_article, partial(float, candidate.text_to_article), rules
        ) or duplicates_a_chosen_one(index):
            continue
        story_mates = sum(
            1 for other in chosen if meaning_between[index, other] >= rules.same_story_meaning
        )
        if story_mates + 1 > cap:
            deferred.append(index)
            continue
        chosen.append(index)
    for index in deferred:
        if len(chosen) == limit:
            break
        if not duplicates_a_chosen_one(index):
            chosen.append(index)
    return sorted(chosen, key=lambda index: -candidates[index].score)
