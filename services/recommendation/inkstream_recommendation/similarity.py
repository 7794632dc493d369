"""TF-IDF cosine similarity between articles, over plain in-memory data.

Documents are stored as sublinear term frequencies (``dict[str, float]``), which is
what the service persists per article; idf is derived from the live document
frequencies at query time, so the index can be rebuilt by re-adding stored rows.

Every add or remove changes N and some dfs, hence every document's tf-idf norm. Norms
are therefore recomputed lazily for the whole corpus in one vectorised pass (numpy)
instead of per candidate in Python, which would dominate query time.
"""

from __future__ import annotations

import heapq
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

import numpy as np
import numpy.typing as npt

MIN_TOKEN_LENGTH = 3
QUERY_TERM_LIMIT = 40
SCORE_DECIMALS = 6
_COMPACTION_MIN_DEAD_ENTRIES = 4096

_Scalar = TypeVar("_Scalar", bound=np.generic)

_STOP_WORD_TEXT = """
about above across after again against all almost along already also although always among
and another any anyone anything are aren't around because been before being below between
both but can can't cannot could couldn't did didn't does doesn't doing don't down during each
either else even ever every few for from further had hadn't has hasn't have haven't having
her here hers herself him himself his how however into isn't its itself just least less let
many may might more most much must near neither never nor not now off once one only onto
other others our ours ourselves out over own per rather said same say says she should
shouldn't since some such than that the their theirs them themselves then there these they
this those though through thus too toward towards under until upon very was wasn't way well
were weren't what when where whether which while who whom whose why will with within without
won't would wouldn't yet you your yours yourself yourselves
"""
STOP_WORDS: frozenset[str] = frozenset(_STOP_WORD_TEXT.split())

_WORD_PATTERN = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def tokenize(text: str) -> list[str]:
    """Lowercase word tokens of ``text`` without stop words, short tokens or numbers."""
    normalized = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).lower()
    tokens: list[str] = []
    for word in _WORD_PATTERN.findall(normalized):
        token = word.removesuffix("'s")
        if len(token) < MIN_TOKEN_LENGTH or token in STOP_WORDS or token.isnumeric():
            continue
        tokens.append(token)
    return tokens


def term_frequencies(text: str) -> dict[str, float]:
    """Sublinear term frequencies (``1 + log(count)``) of the tokens of ``text``."""
    counts = Counter(tokenize(text))
    return {term: 1.0 + math.log(count) for term, count in counts.items()}


@dataclass(frozen=True, slots=True)
class Match:
    """A document similar to a query, with its cosine similarity in ``[0, 1]``."""

    uri: str
    score: float


@dataclass(frozen=True, slots=True)
class _Document:
    terms: dict[str, float]
    published_at: datetime


class TfidfIndex:
    """Incremental in-memory TF-IDF index of articles keyed by uri."""

    def __init__(self) -> None:
        self._documents: dict[str, _Document] = {}
        self._postings: dict[str, set[str]] = {}
        self._norm_table = _NormTable()
        self._norms: npt.NDArray[np.float64] | None = None

    def __contains__(self, uri: object) -> bool:
        return uri in self._documents

    def __len__(self) -> int:
        return len(self._documents)

    def add(self, uri: str, terms: Mapping[str, float], published_at: datetime) -> None:
        """Index ``terms`` under ``uri``, replacing whatever ``uri`` had before.

        Only positive, finite weights are kept.
        """
        if published_at.tzinfo is None or published_at.utcoffset() is None:
            raise ValueError("published_at must be timezone-aware")
        if uri in self._documents:
            self.remove(uri)
        document = _Document(_positive_weights(terms), published_at)
        self._documents[uri] = document
        for term in document.terms:
            self._postings.setdefault(term, set()).add(uri)
        self._norm_table.add(uri, document.terms)
        self._norms = None

    def remove(self, uri: str) -> None:
        """Drop ``uri`` from the index; unknown uris are ignored."""
        document = self._documents.pop(uri, None)
        if document is None:
            return
        for term in document.terms:
            holders = self._postings[term]
            holders.discard(uri)
            if not holders:
                del self._postings[term]
        self._norm_table.remove(uri)
        if self._norm_table.needs_compaction():
            self._norm_table = _NormTable()
            for live_uri, live_document in self._documents.items():
                self._norm_table.add(live_uri, live_document.terms)
        self._norms = None

    def document_frequency(self, term: str) -> int:
        """Number of indexed documents containing ``term``."""
        return len(self._postings.get(term, ()))

    def idf(self, term: str) -> float:
        """Smoothed inverse document frequency: ``log((1 + N) / (1 + df)) + 1``."""
        return math.log((1 + len(self._documents)) / (1 + self.document_frequency(term))) + 1.0

    def related(self, uri: str, limit: int = 4, min_score: float = 0.05) -> list[Match]:
        """Documents most similar to the indexed document ``uri``, never itself.

        Raises ``KeyError`` if ``uri`` is not indexed.
        """
        document = self._documents[uri]
        return self.similar_to_terms(document.terms, limit, exclude={uri}, min_score=min_score)

    def similar_to_terms(
        self,
        terms: Mapping[str, float],
        limit: int = 4,
        exclude: AbstractSet[str] = frozenset(),
        min_score: float = 0.05,
    ) -> list[Match]:
        """Documents most similar to a term-frequency vector, best first.

        Ties go to the newer document, then the smaller uri.
        """
        if limit <= 0:
            return []
        query = self._weigh(terms)
        query_norm = _euclidean_norm(query.values())
        if query_norm == 0.0:
            return []
        query_terms = heapq.nsmallest(
            QUERY_TERM_LIMIT, query.items(), key=lambda item: (-item[1], item[0])
        )
        dot_products: dict[str, float] = {}
        for term, query_weight in query_terms:
            holders = self._postings.get(term)
            if not holders:
                continue
            idf = self.idf(term)
            for candidate in holders:
                if candidate in exclude:
                    continue
                tf = self._documents[candidate].terms[term]
                dot_products[candidate] = dot_products.get(candidate, 0.0) + (
                    query_weight * tf * idf
                )
        if self._norms is None:
            self._norms = self._norm_table.norms(len(self._documents))
        norms = self._norms
        matches: list[tuple[float, float, str]] = []
        for candidate, dot_product in dot_products.items():
            candidate_norm = float(norms[self._norm_table.slot(candidate)])
            score = round(dot_product / (query_norm * candidate_norm), SCORE_DECIMALS)
            if score >= min_score:
                published = self._documents[candidate].published_at.timestamp()
                matches.append((-score, -published, candidate))
        best = heapq.nsmallest(limit, matches)
        return [Match(uri, -negated_score) for negated_score, _, uri in best]

    def weighted(self, uri: str) -> dict[str, float]:
        """The tf-idf vector of the indexed document ``uri``, as the index weighs it now."""
        return self._weigh(self._documents[uri].terms)

    def _weigh(self, terms: Mapping[str, float]) -> dict[str, float]:
        return {term: tf * self.idf(term) for term, tf in _positive_weights(terms).items()}


class _NormTable:
    """Squared term frequencies of all (document, term) pairs in flat, growable arrays.

    Removed documents leave dead entries behind until the owner rebuilds the table.
    """

    def __init__(self) -> None:
        self._term_ids: dict[str, int] = {}
        self._slots: dict[str, tuple[int, int, int]] = {}
        self._slot_count = 0
        self._entry_count = 0
        self._dead_entry_count = 0
        self._entry_term = np.zeros(1024, dtype=np.int32)
        self._entry_slot = np.zeros(1024, dtype=np.int32)
        self._entry_squared_tf = np.zeros(1024, dtype=np.float64)
        self._entry_alive = np.zeros(1024, dtype=np.bool_)

    def add(self, uri: str, terms: Mapping[str, float]) -> None:
        start = self._entry_count
        end = start + len(terms)
        self._reserve(end)
        term_ids = [self._term_ids.setdefault(term, len(self._term_ids)) for term in terms]
        self._entry_term[start:end] = term_ids
        self._entry_slot[start:end] = self._slot_count
        self._entry_squared_tf[start:end] = [tf * tf for tf in terms.values()]
        self._entry_alive[start:end] = True
        self._slots[uri] = (self._slot_count, start, end)
        self._slot_count += 1
        self._entry_count = end

    def remove(self, uri: str) -> None:
        _, start, end = self._slots.pop(uri)
        self._entry_alive[start:end] = False
        self._entry_squared_tf[start:end] = 0.0
        self._dead_entry_count += end - start

    def needs_compaction(self) -> bool:
        live_entry_count = self._entry_count - self._dead_entry_count
        return self._dead_entry_count > max(live_entry_count, _COMPACTION_MIN_DEAD_ENTRIES)

    def slot(self, uri: str) -> int:
        return self._slots[uri][0]

    def norms(self, document_count: int) -> npt.NDArray[np.float64]:
        """Tf-idf vector norm of every slot, using the live document frequencies."""
        used = slice(0, self._entry_count)
        term_of_entry = self._entry_term[used]
        document_frequency = np.bincount(
            term_of_entry[self._entry_alive[used]], minlength=len(self._term_ids)
        )
        idf = np.log((1 + document_count) / (1 + document_frequency)) + 1.0
        squared_weights = self._entry_squared_tf[used] * idf[term_of_entry] ** 2
        squared_norms = np.bincount(
            self._entry_slot[used], weights=squared_weights, minlength=self._slot_count
        )
        return np.sqrt(squared_norms)

    def _reserve(self, entry_count: int) -> None:
        capacity = len(self._entry_term)
        if entry_count <= capacity:
            return
        while capacity < entry_count:
            capacity *= 2
        self._entry_term = _grown(self._entry_term, capacity)
        self._entry_slot = _grown(self._entry_slot, capacity)
        self._entry_squared_tf = _grown(self._entry_squared_tf, capacity)
        self._entry_alive = _grown(self._entry_alive, capacity)


def _positive_weights(terms: Mapping[str, float]) -> dict[str, float]:
    """Copy of ``terms`` keeping only positive, finite weights."""
    return {
        term: float(weight)
        for term, weight in terms.items()
        if weight > 0 and math.isfinite(weight)
    }


def _grown(array: npt.NDArray[_Scalar], capacity: int) -> npt.NDArray[_Scalar]:
    grown = np.zeros(capacity, dtype=array.dtype)
    grown[: len(array)] = array
    return grown


def sparse_cosine(first: Mapping[str, float], second: Mapping[str, float]) -> float:
    """The cosine of two sparse vectors."""
    dot = sum(weight * second.get(term, 0.0) for term, weight in first.items())
    norms = _euclidean_norm(first.values()) * _euclidean_norm(second.values())
    return dot / norms if norms else 0.0


def _euclidean_norm(weights: Iterable[float]) -> float:
    return math.sqrt(sum(weight * weight for weight in weights))
