"""The ANN index: add, replace, remove, nearest, save and load."""

from pathlib import Path

import numpy as np
import pytest

from inkstream_recommendation.embedding import unit_rows
from inkstream_recommendation.vectors import VectorIndex

DIMENSIONS = 16


def random_unit(count: int, seed: int = 1) -> np.ndarray:
    return unit_rows(
        np.random.default_rng(seed).standard_normal((count, DIMENSIONS)).astype(np.float32)
    )


def test_nearest_finds_the_vector_itself_first_with_cosine_one() -> None:
    vectors = random_unit(50)
    index = VectorIndex(DIMENSIONS)
    index.add(list(range(50)), vectors)

    keys, similarities = index.nearest(vectors[7], 3)

    assert keys[0] == 7
    assert similarities[0] == pytest.approx(1.0, abs=1e-3)
    assert list(similarities) == sorted(similarities, reverse=True)


def test_adding_a_key_again_replaces_its_vector() -> None:
    vectors = random_unit(3)
    index = VectorIndex(DIMENSIONS)
    index.add([1], vectors[:1])

    index.add([1], vectors[1:2])

    assert len(index) == 1
    assert np.allclose(index.vectors([1])[0], vectors[1], atol=1e-3)


def test_removed_keys_are_never_found() -> None:
    vectors = random_unit(20)
    index = VectorIndex(DIMENSIONS)
    index.add(list(range(20)), vectors)

    index.remove([3, 99])

    assert 3 not in index
    assert 3 not in index.nearest(vectors[3], 20)[0]


def test_a_saved_index_loads_with_the_same_answers(tmp_path: Path) -> None:
    vectors = random_unit(100)
    index = VectorIndex(DIMENSIONS)
    index.add(list(range(100)), vectors)
    path = tmp_path / "vectors.usearch"

    index.save(path)
    loaded = VectorIndex.load(path, DIMENSIONS)

    assert len(loaded) == 100
    assert list(loaded.nearest(vectors[5], 5)[0]) == list(index.nearest(vectors[5], 5)[0])
    assert not path.with_name(path.name + ".partial").exists()


def test_a_file_of_other_dimensions_or_garbage_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "vectors.usearch"
    VectorIndex(DIMENSIONS).save(path)
    garbage = tmp_path / "garbage.usearch"
    garbage.write_bytes(b"not an index")

    with pytest.raises(ValueError, match="dimensions"):
        VectorIndex.load(path, DIMENSIONS * 2)
    with pytest.raises(ValueError, match="not a readable index"):
        VectorIndex.load(garbage, DIMENSIONS)
