"""Enrichment throughput through the running service, beside the models' own speed.

Run from the repository root::

    python -m tests.bench.enrichment --articles 300

Part one enriches N synthetic 500-word articles with the enrichment engine in this
process (the same models and worker processes the service uses, no Redis, no database):
the most the models can do here. Part two starts the enrichment service alone (SQLite,
a fresh stream prefix), appends the same articles to its stream as ``ArticleIngested``
events and times the first append to the last ``ArticleEnriched``. The ratio of the two
is the service's own overhead; the memory is the service process and its workers at
their peak. Timings are reported, never asserted.
"""

import argparse
import asyncio
import json
import os
import secrets
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import redis
import redis.asyncio

from inkstream.contracts.ninjs_formats import parse_submission
from inkstream.contracts.streams import Stream, StreamNames
from inkstream.local import LocalStack, delete_prefixed_keys, free_port, stack_environment
from inkstream_enrichment.analysis import AnalysisInput
from inkstream_enrichment.config import default_workers
from inkstream_enrichment.engine import EnrichmentEngine
from tests.bench.pipeline import DEFAULT_REDIS_URL, generate_articles, ingested_event_fields

DEFAULT_ARTICLE_COUNT = 300
SERVICE = "enrichment"
BATCH_SIZE = 100
WARM_UP_ARTICLES = 8
PAGE_SIZE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
SUMMARY_KEYS = (
    "articles",
    "raw_articles_per_s",
    "service_articles_per_s",
    "ratio",
    "rss_mb",
    "service_cpu_ms_per_article",
)


@dataclass(frozen=True)
class EnrichmentBenchmark:
    articles: int
    words_per_article: float
    workers: int
    raw_s: float
    service_s: float
    enriched: int
    rss_kb: int
    rss_main_kb: int
    service_cpu_s: float = 0.0
    load_average: float = 0.0

    @property
    def service_cpu_ms_per_article(self) -> float:
        return self.service_cpu_s * 1000 / self.enriched if self.enriched else 0.0

    @property
    def cpu_bound_articles_per_s(self) -> float:
        """What the service would do with every core to itself, from its CPU time per article."""
        per_article = self.service_cpu_ms_per_article / 1000
        return (os.cpu_count() or 1) / per_article if per_article > 0 else 0.0

    @property
    def raw_articles_per_s(self) -> float:
        return self.articles / self.raw_s if self.raw_s > 0 else 0.0

    @property
    def service_articles_per_s(self) -> float:
        return self.enriched / self.service_s if self.service_s > 0 else 0.0

    @property
    def ratio(self) -> float:
        raw = self.raw_articles_per_s
        return self.service_articles_per_s / raw if raw > 0 else 0.0

    def summary(self) -> dict[str, float | int]:
        return {
            "articles": self.articles,
            "raw_articles_per_s": round(self.raw_articles_per_s, 1),
            "service_articles_per_s": round(self.service_articles_per_s, 1),
            "ratio": round(self.ratio, 3),
            "rss_mb": round(self.rss_kb / 1024),
            "service_cpu_ms_per_article": round(self.service_cpu_ms_per_article, 1),
        }


def analysis_inputs(articles: Sequence[Mapping[str, str]]) -> list[AnalysisInput]:
    """The articles as the service's handler hands them to the engine."""
    inputs = []
    for article in articles:
        document = parse_submission(article).document
        bodies = document.bodies or []
        headlines = document.headlines or []
        inputs.append(
            AnalysisInput(
                headline=headlines[0].value if headlines else "",
                body_html=bodies[0].value if bodies else "",
                uri=document.uri,
                language_hint=document.language,
            )
        )
    return inputs


def measure_raw(inputs: Sequence[AnalysisInput], workers: int) -> float:
    """Seconds the engine alone takes for ``inputs`` in service-sized batches."""
    engine = EnrichmentEngine(workers=workers)
    engine.start()
    try:
        engine.enrich(inputs[:WARM_UP_ARTICLES])
        started = time.perf_counter()
        for start in range(0, len(inputs), BATCH_SIZE):
            engine.enrich(inputs[start : start + BATCH_SIZE])
        return time.perf_counter() - started
    finally:
        engine.close()


def _descendants(pid: int) -> list[int]:
    found, pending = [], [pid]
    while pending:
        process = pending.pop()
        found.append(process)
        for task in Path(f"/proc/{process}/task").glob("*"):
            try:
                pending += [int(child) for child in (task / "children").read_text().split()]
            except OSError:
                continue
    return found


def process_tree_cpu_s(pid: int) -> float:
    """CPU seconds (user and system) used so far by ``pid`` and its live descendants."""
    total = 0
    for process in _descendants(pid):
        try:
            fields = Path(f"/proc/{process}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / CLOCK_TICKS


def process_tree_rss_kb(pid: int) -> tuple[int, int]:
    """(RSS of ``pid`` and all its descendants, RSS of ``pid`` alone), in KiB, from /proc."""

    def rss(process: int) -> int:
        try:
            fields = Path(f"/proc/{process}/statm").read_text().split()
        except OSError:
            return 0
        return int(fields[1]) * PAGE_SIZE_KB

    def children(process: int) -> list[int]:
        found: list[int] = []
        for task in Path(f"/proc/{process}/task").glob("*"):
            try:
                found += [int(child) for child in (task / "children").read_text().split()]
            except OSError:
                continue
        return found

    total, pending = 0, [pid]
    while pending:
        process = pending.pop()
        total += rss(process)
        pending += children(process)
    return total, rss(pid)


async def _append(client: redis.asyncio.Redis, key: str, entries: Sequence[dict[str, str]]) -> None:
    for start in range(0, len(entries), BATCH_SIZE):
        async with client.pipeline(transaction=False) as pipe:
            for fields in entries[start : start + BATCH_SIZE]:
                pipe.xadd(key, fields)  # type: ignore[arg-type]
            await pipe.execute()


async def _wait_enriched(
    client: redis.asyncio.Redis, key: str, expected: set[str], timeout_s: float
) -> tuple[set[str], float]:
    seen: set[str] = set()
    last_id, last_at = "0-0", time.perf_counter()
    deadline = time.perf_counter() + timeout_s
    while seen < expected and time.perf_counter() < deadline:
        for _, entries in await client.xread({key: last_id}, count=500, block=200):
            for entry_id, fields in entries:
                last_id = entry_id.decode()
                if fields.get(b"type") == b"ArticleEnriched":
                    uri = json.loads(fields[b"event"])["article_uri"]
                    if uri in expected and uri not in seen:
                        seen.add(uri)
                        last_at = time.perf_counter()
    return seen, last_at


async def measure_service(
    articles: Sequence[Mapping[str, str]], redis_url: str, workers: int, timeout_s: float
) -> tuple[float, int, int, int, float]:
    """(seconds, enriched, peak tree RSS KiB, peak main RSS KiB, CPU seconds) via the service."""
    prefix = f"bench-enrich-{uuid.uuid4().hex[:10]}"
    workspace = Path(tempfile.mkdtemp(prefix="inkstream-bench-enrichment-"))
    environment = {
        **stack_environment(prefix, redis_url, workspace / "data", secrets.token_hex(16)),
        "INKSTREAM_LOG_LEVEL": "WARNING",
        "INKSTREAM_ENRICHMENT_WORKERS": str(workers),
    }
    stack = LocalStack(env=environment, ports={SERVICE: free_port()}, log_dir=workspace / "logs")
    client = redis.asyncio.Redis.from_url(redis_url)
    streams = StreamNames(prefix)
    peak = (0, 0)
    try:
        stack.start([SERVICE])
        await asyncio.to_thread(stack.wait_ready, [SERVICE], 180)
        pid = stack.processes[SERVICE].pid
        warm_up = generate_articles(WARM_UP_ARTICLES, seed=7)
        warm_up = [{**article, "uri": f"{article['uri']}-warm-up"} for article in warm_up]
        await _append(
            client, streams.key(Stream.INGESTED), [ingested_event_fields(a) for a in warm_up]
        )
        await _wait_enriched(
            client, streams.key(Stream.ENRICHED), {a["uri"] for a in warm_up}, timeout_s
        )
        entries = [ingested_event_fields(article) for article in articles]
        expected = {article["uri"] for article in articles}

        async def sample_memory() -> None:
            nonlocal peak
            while True:
                total, main = process_tree_rss_kb(pid)
                peak = (max(peak[0], total), max(peak[1], main))
                await asyncio.sleep(0.25)

        sampling = asyncio.create_task(sample_memory())
        cpu_before = process_tree_cpu_s(pid)
        started = time.perf_counter()
        await _append(client, streams.key(Stream.INGESTED), entries)
        seen, finished = await _wait_enriched(
            client, streams.key(Stream.ENRICHED), expected, timeout_s
        )
        cpu_used = process_tree_cpu_s(pid) - cpu_before
        sampling.cancel()
        await asyncio.gather(sampling, return_exceptions=True)
        return finished - started, len(seen), peak[0], peak[1], cpu_used
    finally:
        await asyncio.to_thread(stack.stop)
        await client.aclose()
        sync_client = redis.Redis.from_url(redis_url)
        try:
            delete_prefixed_keys(sync_client, prefix)
        finally:
            sync_client.close()
        shutil.rmtree(workspace, ignore_errors=True)


def run_benchmark(
    article_count: int = DEFAULT_ARTICLE_COUNT,
    redis_url: str = DEFAULT_REDIS_URL,
    workers: int | None = None,
    timeout_s: float = 300.0,
) -> EnrichmentBenchmark:
    chosen_workers = workers or default_workers()
    articles = generate_articles(article_count)
    inputs = analysis_inputs(articles)
    words = sum(len(item.body_html.split()) for item in inputs) / max(1, len(inputs))
    raw_s = measure_raw(inputs, chosen_workers)
    service_s, enriched, rss_kb, rss_main_kb, cpu_s = asyncio.run(
        measure_service(articles, redis_url, chosen_workers, timeout_s)
    )
    return EnrichmentBenchmark(
        articles=article_count,
        words_per_article=words,
        workers=chosen_workers,
        raw_s=raw_s,
        service_s=service_s,
        enriched=enriched,
        rss_kb=rss_kb,
        rss_main_kb=rss_main_kb,
        service_cpu_s=cpu_s,
        load_average=os.getloadavg()[0],
    )


def format_report(report: EnrichmentBenchmark) -> str:
    rows = [
        ("articles (words each, about)", f"{report.articles} ({report.words_per_article:.0f})", ""),
        ("model worker processes", f"{report.workers}", ""),
        ("models alone, same texts, batches of 100", f"{report.raw_articles_per_s:,.1f}", "art/s"),
        (
            "through the running service (stream to stream)",
            f"{report.service_articles_per_s:,.1f}",
            "art/s",
        ),
        ("  enriched / sent", f"{report.enriched} / {report.articles}", ""),
        ("ratio service / models alone", f"{report.ratio:.3f}", ""),
        (
            "service CPU time per article (process and workers)",
            f"{report.service_cpu_ms_per_article:,.1f}",
            "ms",
        ),
        (
            "  so with every core to itself, about",
            f"{report.cpu_bound_articles_per_s:,.1f}",
            "art/s",
        ),
        ("peak RSS, service process and its workers", f"{report.rss_kb / 1024:,.0f}", "MiB"),
        ("peak RSS, service process alone", f"{report.rss_main_kb / 1024:,.0f}", "MiB"),
    ]
    width = max(len(label) for label, _, _ in rows)
    lines = [
        f"Enrichment benchmark; machine has {os.cpu_count()} CPUs, "
        f"load average {report.load_average:.1f} at the end"
    ]
    lines += [f"{label:<{width}}  {value:>14}  {unit}".rstrip() for label, value, unit in rows]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLE_COUNT)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--redis-url", default=DEFAULT_REDIS_URL)
    arguments = parser.parse_args(argv)
    report = run_benchmark(arguments.articles, arguments.redis_url, arguments.workers)
    print(format_report(report))
    print(" ".join(f"{key}={value}" for key, value in report.summary().items()))
    return 0 if report.enriched == report.articles else 1


if __name__ == "__main__":
    sys.exit(main())
