"""Idf-weighted cosine of keyword, entity and topic vectors."""

import pytest

from inkstream_recommendation.sparse import SparseSpace


def test_shared_rare_features_count_more_than_shared_common_ones() -> None:
    space = SparseSpace()
    for filler in range(20):
        space.add({"government": 1.0, f"filler{filler}": 1.0})
    query = space.add({"government": 1.0, "euroclear": 1.0})
    rare = space.add({"euroclear": 1.0, "other": 1.0})
    common = space.add({"government": 1.0, "other": 1.0})

    rare_score, common_score = space.similarities(query, [rare, common])

    assert rare_score > common_score > 0


def test_identical_vectors_score_one_and_disjoint_or_empty_ones_zero() -> None:
    space = SparseSpace()
    first = space.add({"loan": 2.0, "ukraine": 1.0})
    same = space.add({"loan": 2.0, "ukraine": 1.0})
    other = space.add({"wembley": 1.0})
    empty = space.add({})

    assert space.similarities(first, [same, other, empty]).tolist() == pytest.approx([1, 0, 0])


def test_removing_a_document_takes_it_out_of_the_frequencies() -> None:
    space = SparseSpace()
    vector = space.add({"euroclear": 1.0})
    space.add({"euroclear": 1.0})

    space.remove(vector)

    assert space.document_frequency("euroclear") == 1
    assert space.documents == 1


def test_the_strongest_features_weigh_frequency_by_rarity() -> None:
    space = SparseSpace()
    for _ in range(10):
        space.add({"said": 1.0})

    kept = space.strongest({"said": 2.0, "stoltenberg": 1.5, "kharkiv": 1.0}, limit=2)

    assert kept == {"stoltenberg": 1.5, "kharkiv": 1.0}


def test_unusable_weights_are_dropped() -> None:
    space = SparseSpace()
    vector = space.add({"loan": 1.0, "zero": 0.0, "negative": -1.0, "nan": float("nan")})

    assert len(vector) == 1
