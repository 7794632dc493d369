"""The live index of articles and the choice of their "More like this".

``RelatedArticles`` keeps, per live article, its embedding in the ANN index, its
keyword, entity and topic vectors, its card and its time; ``related_to`` asks the
ANN index for the nearest candidates, scores them on every signal
(``ranking``) and fills what is left with recent articles on the same topic.
Every public method holds one lock: the consumer thread writes while HTTP reads.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

import numpy as np
import numpy.typing as npt

from inkstream.contracts.events import RelatedArticle
from inkstream_recommendation.ranking import (
    RECENT_ON_TOPIC,
    Candidate,
    SelectionRules,
    Weights,
    is_duplicate,
    recency_factor,
    recency_factors,
    relevances,
    select_related,
)
from inkstream_recommendation.sparse import SparseSpace, SparseVector
from inkstream_recommendation.vectors import VectorIndex, Vectors

SCORE_DECIMALS = 4
CANDIDATE_POOL = 48
TOPIC_SCAN_LIMIT = 200
CENTRE_PRIOR = 10


@dataclass(frozen=True, slots=True)
class ArticleCard:
    """What a related item shows of an article."""

    headline: str
    excerpt: str
    slug: str


@dataclass(frozen=True)
class ArticleProfile:
    """What the index keeps of one live article version."""

    uri: str
    key: int
    card: ArticleCard
    published_at: datetime
    terms: Mapping[str, float]
    entities: Mapping[str, float] = field(default_factory=dict)
    topics: Mapping[str, float] = field(default_factory=dict)
    vector: Vectors | None = None
    """Unit embedding; None when the ANN index already holds it (restored from disk)."""
    sequence: int = 0
    language: str | None = None


@dataclass(slots=True)
class _Entry:
    uri: str
    card: ArticleCard
    published: float
    terms: SparseVector
    entities: SparseVector
    topics: SparseVector
    topic_names: tuple[str, ...]
    has_vector: bool
    sequence: int
    language: str | None


class RelatedArticles:
    """The live articles, searchable by meaning, words, entities and topics."""

    def __init__(
        self,
        dimensions: int,
        weights: Weights | None = None,
        rules: SelectionRules | None = None,
        vectors: VectorIndex | None = None,
        candidate_pool: int = CANDIDATE_POOL,
    ) -> None:
        self.dimensions = dimensions
        self.weights = weights or Weights()
        self.rules = rules or SelectionRules()
        self.candidate_pool = candidate_pool
        self._vectors = vectors or VectorIndex(dimensions)
        self._terms = SparseSpace()
        self._entities = SparseSpace()
        self._topics = SparseSpace()
        self._entries: dict[int, _Entry] = {}
        self._keys: dict[str, int] = {}
        self._by_topic: dict[str, list[tuple[float, int]]] = {}
        self._vector_sum = np.zeros(dimensions, dtype=np.float64)
        self._vector_count = 0
        self._lock = threading.RLock()

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, uri: object) -> bool:
        with self._lock:
            return uri in self._keys

    @property
    def vector_index(self) -> VectorIndex:
        return self._vectors

    def key_of(self, uri: str) -> int | None:
        with self._lock:
            return self._keys.get(uri)

    def sequence_of(self, uri: str) -> int | None:
        with self._lock:
            key = self._keys.get(uri)
            return None if key is None else self._entries[key].sequence

    def put(self, profiles: Sequence[ArticleProfile], threads: int = 1) -> None:
        """Index ``profiles``, each replacing what its uri held."""
        with self._lock:
            for profile in profiles:
                replaced_key = self._keys.get(profile.uri, profile.key)
                self._drop(profile.uri, from_vectors=replaced_key != profile.key)
            self._vectors.remove(
                [p.key for p in profiles if p.vector is not None and not np.any(p.vector)]
            )
            with_vectors = [
                (profile.key, profile.vector)
                for profile in profiles
                if profile.vector is not None and np.any(profile.vector)
            ]
            if with_vectors:
                self._vectors.add(
                    [key for key, _ in with_vectors],
                    np.stack([vector for _, vector in with_vectors]),
                    threads=threads,
                )
            restored = [p.key for p in profiles if p.vector is None and p.key in self._vectors]
            # the sum is kept of the vectors as stored (float16), so removals cancel exactly
            for added in (
                [as_stored(vector) for _, vector in with_vectors],
                self._vectors.vectors(restored) if restored else [],
            ):
                if len(added):
                    self._vector_sum += np.sum(added, axis=0, dtype=np.float64)
                    self._vector_count += len(added)
            for profile in profiles:
                self._keep(profile)

    def remove(self, uris: Iterable[str]) -> None:
        """Drop ``uris``; unknown ones are ignored."""
        with self._lock:
            for uri in uris:
                self._drop(uri, from_vectors=True)

    def keywords_of(self, terms: Mapping[str, float], limit: int) -> dict[str, float]:
        """The ``limit`` terms that say most about an article, by frequency x idf now."""
        with self._lock:
            return self._terms.strongest(terms, limit)

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the index still (no writes, no reads) while it is saved."""
        with self._lock:
            yield

    def neighbours(self, uri: str, count: int) -> list[str]:
        """The uris nearest in meaning to ``uri`` (not itself), nearest first."""
        with self._lock:
            key = self._keys.get(uri)
            if key is None or not self._entries[key].has_vector:
                return []
            vector = self._vectors.vectors([key])[0]
            keys, _ = self._vectors.nearest(vector, count + 1)
            return [self._entries[int(k)].uri for k in keys if int(k) != key][:count]

    def related_to(
        self, uri: str, limit: int, public_at: datetime | None = None
    ) -> list[RelatedArticle]:
        """The "More like this" of the live article ``uri``, best first; KeyError if not live.

        Only articles in the article's own language are listed: a page offers its readers
        what they can read (coverage in other languages comes from its story). With
        ``public_at``, articles published after it (held by an embargo) are left out.
        Without it they may be listed: publishing shows a list's items only once public, so
        a list pushed to it now is complete when the embargo lifts.
        """
        with self._lock:
            key = self._keys[uri]
            entry = self._entries[key]
            public_until = public_at.timestamp() if public_at else float("inf")
            chosen, excluded = self._similar(key, entry, limit, public_until)
            if len(chosen) < limit:
                taken = {item.uri for item in chosen}
                chosen += self._recent_on_topic(
                    key, entry, limit - len(chosen), excluded | taken, public_until
                )
            return chosen

    def _similar(
        self, key: int, entry: _Entry, limit: int, public_until: float
    ) -> tuple[list[RelatedArticle], set[str]]:
        """Similar articles chosen by the ranking rules, and the uris ruled out as duplicates."""
        if not entry.has_vector:
            return [], set()
        vector = self._vectors.vectors([key])[0]
        found, _ = self._vectors.nearest(vector, max(self.candidate_pool, limit * 4) + 1)
        keys = [
            int(k)
            for k in found
            if int(k) != key
            and int(k) in self._entries
            and self._entries[int(k)].published <= public_until
            and self._entries[int(k)].language == entry.language
        ]
        if not keys:
            return [], set()
        others = [self._entries[k] for k in keys]
        candidate_vectors = self._vectors.vectors(keys)
        meaning_between = candidate_vectors @ candidate_vectors.T
        raw_meaning = candidate_vectors @ vector
        meaning = centred_cosine(vector, candidate_vectors, self._centre())
        signals = np.column_stack(
            [
                meaning,
                self._terms.similarities(entry.terms, [other.terms for other in others]),
                self._optional(self._entities, entry.entities, [o.entities for o in others]),
                self._optional(self._topics, entry.topics, [o.topics for o in others]),
            ]
        )
        relevance, reasons = relevances(signals, self.weights)
        ages = entry.published - np.array([other.published for other in others])
        scores = relevance * recency_factors(ages, self.weights)
        candidates = [
            Candidate(float(scores[index]), float(raw_meaning[index]), float(signals[index, 1]))
            for index in range(len(others))
        ]
        chosen = select_related(
            candidates,
            limit,
            self.rules,
            meaning_between,
            partial(self._text_between, others),
        )
        excluded = {
            other.uri
            for other, candidate in zip(others, candidates, strict=True)
            if is_duplicate(
                candidate.meaning_to_article, partial(float, candidate.text_to_article), self.rules
            )
        }
        return [
            self._item(others[index], candidates[index].score, reasons[index]) for index in chosen
        ], excluded

    def _recent_on_topic(
        self, key: int, entry: _Entry, count: int, excluded: set[str], public_until: float
    ) -> list[RelatedArticle]:
        """The newest live articles sharing the article's topics, its strongest topic first."""
        picked: dict[int, _Entry] = {}
        for topic in entry.topic_names:
            members = self._by_topic.get(topic, [])
            scanned = 0
            for published, member in reversed(members):
                if len(picked) == count or scanned == TOPIC_SCAN_LIMIT:
                    break
                scanned += 1
                other = self._entries.get(member)
                if (
                    other is None
                    or member == key
                    or member in picked
                    or other.published != published
                    or other.published > public_until
                    or other.language != entry.language
                    or other.uri in excluded
                ):
                    continue
                picked[member] = other
            if len(picked) == count:
                break
        if not picked:
            return []
        others = list(picked.values())
        shared = self._topics.similarities(entry.topics, [other.topics for other in others])
        items = [
            self._item(
                other,
                float(shared[index])
                * recency_factor(entry.published - other.published, self.weights),
                RECENT_ON_TOPIC,
            )
            for index, other in enumerate(others)
        ]
        return sorted((item for item in items if item.score > 0), key=lambda item: -item.score)

    def _centre(self) -> Vectors:
        """The mean article vector, shrunk towards zero while there are few articles."""
        centre: Vectors = (self._vector_sum / (self._vector_count + CENTRE_PRIOR)).astype(
            np.float32
        )
        return centre

    def _text_between(self, others: Sequence[_Entry], first: int, second: int) -> float:
        return self._terms.similarity(others[first].terms, others[second].terms)

    @staticmethod
    def _optional(
        space: SparseSpace, query: SparseVector, candidates: Sequence[SparseVector]
    ) -> npt.NDArray[np.float64]:
        """Similarities where both sides have the features, NaN where either has none."""
        if not len(query):
            return np.full(len(candidates), np.nan)
        values = space.similarities(query, candidates)
        values[[not len(candidate) for candidate in candidates]] = np.nan
        return values

    def item(self, uri: str, score: float, reason: str) -> RelatedArticle | None:
        """The related item of the live article ``uri``; None if it is not live."""
        with self._lock:
            key = self._keys.get(uri)
            return None if key is None else self._item(self._entries[key], score, reason)

    def published_at(self, uri: str) -> float | None:
        with self._lock:
            key = self._keys.get(uri)
            return None if key is None else self._entries[key].published

    @staticmethod
    def _item(entry: _Entry, score: float, reason: str) -> RelatedArticle:
        return RelatedArticle(
            uri=entry.uri,
            headline=entry.card.headline,
            excerpt=entry.card.excerpt,
            slug=entry.card.slug,
            score=round(score, SCORE_DECIMALS),
            reason=reason,
            language=entry.language,
        )

    def _keep(self, profile: ArticleProfile) -> None:
        published = profile.published_at.timestamp()
        topic_names = tuple(sorted(profile.topics, key=lambda name: (-profile.topics[name], name)))
        self._entries[profile.key] = _Entry(
            uri=profile.uri,
            card=profile.card,
            published=published,
            terms=self._terms.add(profile.terms),
            entities=self._entities.add(profile.entities),
            topics=self._topics.add(profile.topics),
            topic_names=topic_names,
            has_vector=profile.key in self._vectors,
            sequence=profile.sequence,
            language=profile.language,
        )
        self._keys[profile.uri] = profile.key
        for topic in topic_names:
            bisect.insort(self._by_topic.setdefault(topic, []), (published, profile.key))

    def _drop(self, uri: str, from_vectors: bool = False) -> None:
        key = self._keys.pop(uri, None)
        if key is None:
            return
        entry = self._entries.pop(key)
        self._terms.remove(entry.terms)
        self._entities.remove(entry.entities)
        self._topics.remove(entry.topics)
        for topic in entry.topic_names:
            members = self._by_topic[topic]
            position = bisect.bisect_left(members, (entry.published, key))
            if position < len(members) and members[position] == (entry.published, key):
                del members[position]
            if not members:
                del self._by_topic[topic]
        if entry.has_vector and key in self._vectors:
            self._vector_sum -= self._vectors.vectors([key])[0]
            self._vector_count -= 1
        if from_vectors:
            self._vectors.remove([key])


def as_stored(vector: Vectors) -> Vectors:
    """``vector`` as the ANN index gives it back (it stores float16)."""
    stored: Vectors = vector.astype(np.float16).astype(np.float32)
    return stored


def centred_cosine(query: Vectors, candidates: Vectors, centre: Vectors) -> Vectors:
    """Cosine after removing what all articles share (static embeddings all lean one way),
    clipped to [0, 1]."""
    shifted_query = query - centre
    shifted = candidates - centre
    norms = np.linalg.norm(shifted, axis=1) * float(np.linalg.norm(shifted_query))
    cosine = np.divide(
        shifted @ shifted_query, norms, out=np.zeros(len(candidates), np.float32), where=norms > 0
    )
    clipped: Vectors = np.clip(cosine, 0.0, 1.0).astype(np.float32)
    return clipped
