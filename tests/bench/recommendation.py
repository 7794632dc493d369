"""Speed of the recommendation index at 10k and 100k articles.

Run from the repository root::

    python -m tests.bench.recommendation              # 10,000 and 100,000 articles
    python -m tests.bench.recommendation --sizes 20000 --queries 500

Each size is measured in its own process (so memory figures do not mix): it makes
synthetic articles (unit vectors with story and topic structure like real
embeddings, 40 keywords, a few entities and topics, a year of publication times),
puts them into the service's ``RelatedArticles`` one at a time as the handler does
(embedding excluded), then asks for the "More like this" of random articles,
saves the ANN index to disk and loads it back. Targets on the 2-core machine:
related query p99 under 10 ms at 100k articles, inserts above 1,000 articles/s.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import numpy.typing as npt

from inkstream_recommendation.embedding import WORDLLAMA_DIMENSIONS, unit_rows
from inkstream_recommendation.related import ArticleCard, ArticleProfile, RelatedArticles
from inkstream_recommendation.vectors import VectorIndex

DEFAULT_SIZES = (10_000, 100_000)
DEFAULT_QUERIES = 1_000
LIMIT = 4
SEED = 20240614
TOPICS = 17
STORY_SIZE = 8
TOPIC_SPREAD = 1.0
STORY_SPREAD = 0.6
SHARED_DIRECTION_WEIGHT = 0.3
VOCABULARY = 50_000
ENTITY_NAMES = 20_000
KEYWORDS_PER_ARTICLE = 40
FIRST_PUBLISHED = datetime(2024, 1, 1, tzinfo=UTC)
P99_TARGET_MS = 10.0
INSERT_TARGET_PER_S = 1_000.0

SUMMARY_KEYS = (
    "articles",
    "insert_per_s",
    "insert_cpu_per_s",
    "query_p50_ms",
    "query_p99_ms",
    "query_cpu_p50_ms",
    "query_cpu_p99_ms",
    "ann_p50_ms",
    "ann_p99_ms",
    "memory_mib",
    "ann_memory_mib",
    "save_s",
    "load_s",
)


@dataclass(frozen=True)
class Measurement:
    articles: int
    insert_per_s: float
    insert_cpu_per_s: float
    query_p50_ms: float
    query_p99_ms: float
    query_cpu_p50_ms: float
    query_cpu_p99_ms: float
    ann_p50_ms: float
    ann_p99_ms: float
    memory_mib: float
    ann_memory_mib: float
    save_s: float
    load_s: float

    def line(self) -> str:
        return (
            f"{self.articles:>7} articles  insert {self.insert_per_s:>5.0f}/s "
            f"(cpu {self.insert_cpu_per_s:.0f}/s)  "
            f"related p50 {self.query_p50_ms:.2f} ms p99 {self.query_p99_ms:.2f} ms "
            f"(cpu p50 {self.query_cpu_p50_ms:.2f} p99 {self.query_cpu_p99_ms:.2f}; "
            f"ANN alone p50 {self.ann_p50_ms:.2f} p99 {self.ann_p99_ms:.2f})  "
            f"memory {self.memory_mib:.0f} MiB (ANN {self.ann_memory_mib:.0f})  "
            f"save {self.save_s:.2f} s load {self.load_s:.2f} s"
        )


def synthetic_vectors(count: int, rng: np.random.Generator) -> npt.NDArray[np.float32]:
    """Unit vectors grouped in stories within topics, all leaning one common way."""
    dimensions = WORDLLAMA_DIMENSIONS
    topics = unit_rows(rng.standard_normal((TOPICS, dimensions)).astype(np.float32))
    stories = max(1, count // STORY_SIZE)
    story_centres = unit_rows(
        topics[rng.integers(0, TOPICS, stories)]
        + TOPIC_SPREAD
        * rng.standard_normal((stories, dimensions)).astype(np.float32)
        / np.sqrt(dimensions)
    )
    shared = unit_rows(rng.standard_normal((1, dimensions)).astype(np.float32))[0]
    vectors = (
        story_centres[rng.integers(0, stories, count)]
        + STORY_SPREAD
        * rng.standard_normal((count, dimensions)).astype(np.float32)
        / np.sqrt(dimensions)
        + SHARED_DIRECTION_WEIGHT * shared
    )
    return unit_rows(vectors.astype(np.float32))


@dataclass(frozen=True)
class SyntheticCorpus:
    """Synthetic articles as compact arrays; ``profile(i)`` makes the i-th on demand."""

    vectors: npt.NDArray[np.float32]
    terms: npt.NDArray[np.int64]
    entities: npt.NDArray[np.int64]
    topics: npt.NDArray[np.int64]
    minutes: npt.NDArray[np.int64]

    @classmethod
    def make(cls, count: int, seed: int = SEED) -> SyntheticCorpus:
        rng = np.random.default_rng(seed)
        return cls(
            vectors=synthetic_vectors(count, rng),
            terms=rng.zipf(1.3, (count, KEYWORDS_PER_ARTICLE)) % VOCABULARY,
            entities=rng.zipf(1.5, (count, 5)) % ENTITY_NAMES,
            topics=rng.integers(0, TOPICS, (count, 2)),
            minutes=np.sort(rng.integers(0, 365 * 24 * 60, count)),
        )

    def __len__(self) -> int:
        return len(self.vectors)

    def uri(self, index: int) -> str:
        return f"urn:bench:article:{index}"

    def profile(self, index: int) -> ArticleProfile:
        return ArticleProfile(
            uri=self.uri(index),
            key=index + 1,
            card=ArticleCard(
                headline=f"Synthetic headline number {index} about story {index // STORY_SIZE}",
                excerpt="A synthetic excerpt of about the length of a real one. " * 3,
                slug=f"synthetic-headline-{index}",
            ),
            published_at=FIRST_PUBLISHED + timedelta(minutes=int(self.minutes[index])),
            terms={
                f"term{term}": 1.0 + float(position % 3)
                for position, term in enumerate(self.terms[index])
            },
            entities={f"entity{entity}": 0.8 for entity in self.entities[index]},
            topics={f"medtop:{topic:02d}000000": 0.9 for topic in self.topics[index]},
            vector=self.vectors[index],
        )


def resident_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def percentile_ms(seconds: Sequence[float], percent: float) -> float:
    return float(np.percentile(np.asarray(seconds) * 1000, percent))


def measure(articles: int, queries: int = DEFAULT_QUERIES, seed: int = SEED) -> Measurement:
    """Build an index of ``articles`` synthetic articles and time it.

    Each article is made just before it is put, so the memory figure is what the
    index keeps, not the test data.
    """
    corpus = SyntheticCorpus.make(articles, seed)
    gc.collect()
    before = resident_mib()
    related = RelatedArticles(WORDLLAMA_DIMENSIONS)
    started, started_cpu = time.perf_counter(), time.process_time()
    for index in range(articles):
        related.put([corpus.profile(index)])
    insert_seconds = time.perf_counter() - started
    insert_cpu_seconds = time.process_time() - started_cpu
    gc.collect()
    memory = resident_mib() - before

    rng = np.random.default_rng(seed + 1)
    asked = [int(index) for index in rng.integers(0, articles, queries)]
    related_seconds, related_cpu_seconds = [], []
    for index in asked:
        started, started_cpu = time.perf_counter(), time.process_time()
        related.related_to(corpus.uri(index), LIMIT)
        related_seconds.append(time.perf_counter() - started)
        related_cpu_seconds.append(time.process_time() - started_cpu)
    ann_seconds = []
    for index in asked:
        started = time.perf_counter()
        related.vector_index.nearest(corpus.vectors[index], related.candidate_pool)
        ann_seconds.append(time.perf_counter() - started)

    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "vectors.usearch"
        started = time.perf_counter()
        related.vector_index.save(path)
        save_seconds = time.perf_counter() - started
        started = time.perf_counter()
        VectorIndex.load(path, WORDLLAMA_DIMENSIONS)
        load_seconds = time.perf_counter() - started

    return Measurement(
        articles=articles,
        insert_per_s=articles / insert_seconds,
        insert_cpu_per_s=articles / insert_cpu_seconds,
        query_p50_ms=percentile_ms(related_seconds, 50),
        query_p99_ms=percentile_ms(related_seconds, 99),
        query_cpu_p50_ms=percentile_ms(related_cpu_seconds, 50),
        query_cpu_p99_ms=percentile_ms(related_cpu_seconds, 99),
        ann_p50_ms=percentile_ms(ann_seconds, 50),
        ann_p99_ms=percentile_ms(ann_seconds, 99),
        memory_mib=memory,
        ann_memory_mib=related.vector_index.memory_bytes() / 2**20,
        save_s=save_seconds,
        load_s=load_seconds,
    )


def measure_apart(articles: int, queries: int) -> Measurement:
    """``measure`` in a fresh process, so each size's memory is its own."""
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.bench.recommendation",
            "--one",
            str(articles),
            "--queries",
            str(queries),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return Measurement(**json.loads(completed.stdout.strip().splitlines()[-1]))


def growth_lines(small: Measurement, large: Measurement) -> list[str]:
    factor = large.articles / small.articles
    insert_growth = large.insert_per_s / small.insert_per_s
    return [
        f"growth x{factor:.0f} in articles: insert rate x{insert_growth:.2f}, "
        f"related p50 x{large.query_p50_ms / small.query_p50_ms:.2f}, "
        f"p99 x{large.query_p99_ms / small.query_p99_ms:.2f}, "
        f"memory x{large.memory_mib / max(small.memory_mib, 1e-9):.2f} "
        f"({large.memory_mib * 1024 / large.articles:.1f} KiB per article)",
    ]


def target_lines(largest: Measurement) -> list[str]:
    def verdict(met: bool) -> str:
        return "met" if met else "MISSED"

    query_met = largest.query_p99_ms < P99_TARGET_MS
    query_cpu_met = largest.query_cpu_p99_ms < P99_TARGET_MS
    insert_met = largest.insert_per_s > INSERT_TARGET_PER_S
    insert_cpu_met = largest.insert_cpu_per_s > INSERT_TARGET_PER_S
    return [
        f"targets at {largest.articles} articles: related p99 < {P99_TARGET_MS:.0f} ms "
        f"{verdict(query_met)} (cpu time {verdict(query_cpu_met)}); "
        f"insert > {INSERT_TARGET_PER_S:.0f}/s {verdict(insert_met)} "
        f"(cpu time {verdict(insert_cpu_met)})"
    ]


def main(arguments: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.recommendation")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--queries", type=int, default=DEFAULT_QUERIES)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parsed = parser.parse_args(arguments)
    if parsed.one:
        print(json.dumps(asdict(measure(parsed.one, parsed.queries))))
        return 0
    print(
        f"recommendation index, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} "
        f"(other processes slow the wall-clock figures, not the cpu-time ones), "
        f"{parsed.queries} related queries per size"
    )
    results = []
    for size in sorted(parsed.sizes):
        results.append(measure_apart(size, parsed.queries))
        print(results[-1].line(), flush=True)
    print(f"load average at the end {os.getloadavg()[0]:.1f}")
    if len(results) > 1:
        print("\n".join(growth_lines(results[0], results[-1])))
    print("\n".join(target_lines(results[-1])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
