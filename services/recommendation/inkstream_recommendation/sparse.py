"""Idf-weighted cosine similarity between small sparse vectors: keywords, entities, topics.

Each article keeps a few dozen weighted features (terms, entity names, topic codes).
A ``SparseSpace`` interns the feature names as integer ids and counts in how many
live articles each appears, so the inverse document frequency is current without
touching the stored articles; similarities against a handful of candidates are
computed in a few vectorised numpy operations.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

_INITIAL_CAPACITY = 1024


@dataclass(frozen=True, slots=True)
class SparseVector:
    """Feature ids (ascending) and their weights."""

    ids: npt.NDArray[np.int32]
    weights: npt.NDArray[np.float32]

    def __len__(self) -> int:
        return len(self.ids)


EMPTY = SparseVector(np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32))


class SparseSpace:
    """Feature ids and document frequencies of the live articles."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self._frequencies = np.zeros(_INITIAL_CAPACITY, dtype=np.int32)
        self.documents = 0

    def __len__(self) -> int:
        return len(self._ids)

    def document_frequency(self, feature: str) -> int:
        feature_id = self._ids.get(feature)
        return 0 if feature_id is None else int(self._frequencies[feature_id])

    def strongest(self, features: Mapping[str, float], limit: int) -> dict[str, float]:
        """The ``limit`` features with the highest weight x idf now, ties by name."""
        positive = {name: weight for name, weight in features.items() if _usable(weight)}
        if len(positive) <= limit:
            return positive
        chosen = heapq.nsmallest(
            limit,
            positive.items(),
            key=lambda item: (-item[1] * self._idf_of_name(item[0]), item[0]),
        )
        return dict(chosen)

    def add(self, features: Mapping[str, float]) -> SparseVector:
        """Intern ``features``, count them as one more document, and return its vector."""
        self.documents += 1
        usable = [(name, weight) for name, weight in features.items() if _usable(weight)]
        if not usable:
            return EMPTY
        known = self._ids
        ids = np.fromiter(
            (known[name] if name in known else self._intern(name) for name, _ in usable),
            np.int32,
            len(usable),
        )
        weights = np.fromiter((weight for _, weight in usable), np.float32, len(usable))
        order = np.argsort(ids)
        vector = SparseVector(ids[order], weights[order])
        self._frequencies[vector.ids] += 1
        return vector

    def remove(self, vector: SparseVector) -> None:
        """Stop counting a document added before."""
        self._frequencies[vector.ids] -= 1
        self.documents -= 1

    def vector_of(self, features: Mapping[str, float]) -> SparseVector:
        """The vector of features not (necessarily) indexed; unknown names are dropped."""
        pairs = sorted(
            (self._ids[name], float(weight))
            for name, weight in features.items()
            if name in self._ids and _usable(weight)
        )
        return SparseVector(
            np.array([feature_id for feature_id, _ in pairs], dtype=np.int32),
            np.array([weight for _, weight in pairs], dtype=np.float32),
        )

    def similarities(
        self, query: SparseVector, candidates: Sequence[SparseVector]
    ) -> npt.NDArray[np.float64]:
        """Cosine of the idf-weighted ``query`` with each candidate; 0 where either is empty."""
        result = np.zeros(len(candidates), dtype=np.float64)
        if not len(query) or not candidates:
            return result
        query_weights = query.weights * self._idf(query.ids)
        query_norm = float(np.linalg.norm(query_weights))
        if query_norm == 0.0:
            return result
        lengths = np.array([len(candidate) for candidate in candidates], dtype=np.int64)
        if not lengths.sum():
            return result
        ids = np.concatenate([candidate.ids for candidate in candidates])
        idf = self._idf(ids)
        weights = np.concatenate([candidate.weights for candidate in candidates]) * idf
        owners = np.repeat(np.arange(len(candidates)), lengths)
        squared_norms = np.bincount(owners, weights=weights * weights, minlength=len(candidates))
        positions = np.minimum(np.searchsorted(query.ids, ids), len(query.ids) - 1)
        shared = query.ids[positions] == ids
        dots = np.bincount(
            owners[shared],
            weights=weights[shared] * query_weights[positions[shared]],
            minlength=len(candidates),
        )
        norms = np.sqrt(squared_norms) * query_norm
        np.divide(dots, norms, out=result, where=norms > 0)
        return np.clip(result, 0.0, 1.0)

    def similarity(self, first: SparseVector, second: SparseVector) -> float:
        return float(self.similarities(first, [second])[0])

    def _intern(self, name: str) -> int:
        feature_id = self._ids.get(name)
        if feature_id is None:
            feature_id = len(self._ids)
            self._ids[name] = feature_id
            if feature_id >= len(self._frequencies):
                grown = np.zeros(len(self._frequencies) * 2, dtype=np.int32)
                grown[: len(self._frequencies)] = self._frequencies
                self._frequencies = grown
        return feature_id

    def _idf(self, ids: npt.NDArray[np.int32]) -> npt.NDArray[np.float32]:
        frequencies = self._frequencies[ids].astype(np.float32)
        idf: npt.NDArray[np.float32] = (
            np.log((1.0 + self.documents) / (1.0 + frequencies)) + 1.0
        ).astype(np.float32)
        return idf

    def _idf_of_name(self, name: str) -> float:
        return math.log((1 + self.documents) / (1 + self.document_frequency(name))) + 1.0


def _usable(weight: float) -> bool:
    return weight > 0 and math.isfinite(weight)
