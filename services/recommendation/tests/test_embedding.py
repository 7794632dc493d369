"""The packaged embedding model: offline, unit vectors, closer for closer meaning."""

import numpy as np

from inkstream_recommendation.embedding import WORDLLAMA_DIMENSIONS, WordLlamaEmbedder


def test_texts_become_unit_vectors_of_the_model_dimensions(embedder: WordLlamaEmbedder) -> None:
    vectors = embedder.embed(["Harbour reopens after storm", "Ferries run hourly again"])

    assert vectors.shape == (2, WORDLLAMA_DIMENSIONS)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert embedder.embed([]).shape == (0, WORDLLAMA_DIMENSIONS)


def test_a_paraphrase_is_closer_than_a_text_sharing_only_a_word(
    embedder: WordLlamaEmbedder,
) -> None:
    army, paraphrase, rail = embedder.embed(
        [
            "Ukraine may strike military targets inside Russia with Western missiles.",
            "Kyiv is allowed to hit Russian bases using weapons supplied by NATO allies.",
            "Train drivers strike again, halting most long-distance rail services.",
        ]
    )

    assert float(army @ paraphrase) > float(army @ rail)
