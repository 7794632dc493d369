"""The approximate-nearest-neighbour index of article embeddings (usearch HNSW, cosine).

usearch was chosen by measurement against hnswlib and faiss-cpu (README, "Related
articles"): it removes vectors (faiss's HNSW cannot), installs as a wheel
(hnswlib compiles), and kept the best recall at the same graph settings.
Vectors are stored as float16: half the memory, and cosine ranks the same.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
from usearch.index import Index

CONNECTIVITY = 16
EXPANSION_ADD = 64
EXPANSION_SEARCH = 96

Keys = npt.NDArray[np.uint64]
Vectors = npt.NDArray[np.float32]


class VectorIndex:
    """Unit vectors keyed by integer; ``nearest`` answers cosine similarity."""

    def __init__(self, dimensions: int, index: Index | None = None) -> None:
        self.dimensions = dimensions
        self._index = index or Index(
            ndim=dimensions,
            metric="cos",
            dtype="f16",
            connectivity=CONNECTIVITY,
            expansion_add=EXPANSION_ADD,
            expansion_search=EXPANSION_SEARCH,
        )

    def __len__(self) -> int:
        return len(self._index)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, int) and key in self._index

    def add(self, keys: Sequence[int], vectors: Vectors, threads: int = 1) -> None:
        """Index ``vectors`` under ``keys``, replacing what those keys held."""
        if not len(keys):
            return
        self.remove(keys)
        self._index.add(
            np.asarray(keys, dtype=np.uint64), np.asarray(vectors, np.float32), threads=threads
        )

    def remove(self, keys: Sequence[int]) -> None:
        present = [key for key in keys if key in self._index]
        if present:
            self._index.remove(np.asarray(present, dtype=np.uint64))

    def nearest(self, vector: Vectors, count: int) -> tuple[Keys, npt.NDArray[np.float32]]:
        """Up to ``count`` keys nearest to ``vector``, best first, with their cosine."""
        if not len(self._index) or count <= 0:
            return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.float32)
        matches = self._index.search(np.asarray(vector, np.float32), count, threads=1)
        similarities = (1.0 - np.asarray(matches.distances, dtype=np.float32)).astype(np.float32)
        return np.asarray(matches.keys, dtype=np.uint64), similarities

    def vectors(self, keys: Sequence[int]) -> Vectors:
        """The stored vectors of ``keys`` (all must be indexed), one row each."""
        if not len(keys):
            return np.zeros((0, self.dimensions), dtype=np.float32)
        stored = self._index.get(np.asarray(keys, dtype=np.uint64), dtype="f32")
        rows = stored if isinstance(stored, tuple) else (stored,)
        if any(row is None for row in rows):
            raise KeyError("a key is not indexed")
        return np.stack([np.asarray(row, dtype=np.float32) for row in rows]).reshape(
            len(keys), self.dimensions
        )

    def stored_keys(self) -> Keys:
        return np.asarray(self._index.keys, dtype=np.uint64)

    def memory_bytes(self) -> int:
        return int(self._index.memory_usage)

    def save(self, path: Path) -> None:
        """Write the index to ``path`` atomically (a reader never sees half a file)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        self._index.save(str(partial))
        with partial.open("rb") as written:
            os.fsync(written.fileno())
        partial.replace(path)

    @classmethod
    def load(cls, path: Path, dimensions: int) -> VectorIndex:
        """The index saved at ``path``; ``ValueError`` if it is not one of ``dimensions``."""
        try:
            restored = Index.restore(str(path))
        except (ValueError, RuntimeError) as error:
            raise ValueError(f"{path} is not a readable index: {error}") from error
        if restored is None or restored.ndim != dimensions:
            raise ValueError(f"{path} holds no index of {dimensions} dimensions")
        # usearch declares these setters apart from their getters, which mypy reads as read-only
        restored.expansion_add = EXPANSION_ADD  # type: ignore[misc]
        restored.expansion_search = EXPANSION_SEARCH  # type: ignore[misc]
        return cls(dimensions, restored)
