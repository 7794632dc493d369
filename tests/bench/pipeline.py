"""Throughput and latency of the whole pipeline against a raw Redis relay.

Run from the repository root::

    python -m tests.bench.pipeline --articles 500

Part one starts the four services as processes (SQLite, a fresh stream prefix),
posts N synthetic articles to ingest from concurrent clients and waits for each
``ArticlePublished``. Part two relays the same events through four streams with
bare redis-py workers (XREADGROUP, pipelined XADD and XACK, no database): the
most the transport alone can do on this machine. Timings are reported, never
asserted.
"""

import argparse
import asyncio
import html
import itertools
import json
import os
import random
import secrets
import shutil
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

import httpx
import redis
import redis.asyncio
from redis.exceptions import ResponseError

from inkstream.contracts.events import ArticleIngested, utc_now
from inkstream.contracts.ninjs_formats import parse_submission
from inkstream.contracts.streams import Stream, StreamNames
from inkstream.local import (
    SERVICES,
    LocalStack,
    delete_prefixed_keys,
    free_port,
    stack_environment,
)
from inkstream.runtime.wire import entry_fields

DEFAULT_REDIS_URL = os.environ.get("INKSTREAM_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
DEFAULT_ARTICLE_COUNT = 500
DEFAULT_CONCURRENCY = 8
UNLOADED_PROBES = 20
ARTICLE_SEED = 20240501
TARGET_WORDS_PER_ARTICLE = 500
BASELINE_HOPS = 4
BASELINE_BATCH_SIZE = 100
BASELINE_GROUP = "relay"
SUMMARY_KEYS = (
    "articles",
    "inkstream_articles_per_s",
    "p50_ms",
    "p99_ms",
    "unloaded_p50_ms",
    "baseline_msgs_per_s",
    "ratio",
)

SUBJECTS = (
    "The city council",
    "Local farmers",
    "A team of researchers from the university",
    "The regional transport authority",
    "Residents of the old quarter",
    "The national weather service",
    "Hospital managers",
    "The football club",
    "Small business owners",
    "Teachers at the secondary school",
    "The energy regulator",
    "Volunteers from the harbour district",
    "The chamber of commerce",
    "Museum curators",
    "The fire brigade",
    "Parents at the primary school",
)
VERBS = (
    "announced",
    "debated",
    "criticised",
    "welcomed",
    "postponed",
    "approved",
    "questioned",
    "celebrated",
    "investigated",
    "proposed",
    "rejected",
    "defended",
)
OBJECTS = (
    "a new plan for cycle lanes",
    "the budget for next year",
    "changes to the bus timetable",
    "a study of river pollution",
    "the opening of a public library",
    "higher parking fees in the centre",
    "a programme to plant ten thousand trees",
    "the renovation of the central station",
    "a festival of music and street food",
    "new rules for short-term rentals",
    "the merger of two rural clinics",
    "a pilot scheme for free school meals",
    "the expansion of the wind farm",
    "a ban on night flights",
    "repairs to the flood barrier",
    "the closure of the night market",
)
CIRCUMSTANCES = (
    "after months of discussion",
    "despite strong objections",
    "on Tuesday evening",
    "following a public consultation",
    "in a statement released this morning",
    "at a crowded meeting in the town hall",
    "ahead of the winter season",
    "for the second time this year",
    "without warning",
    "under pressure from national ministers",
)
OBSERVATIONS = (
    "the costs have risen sharply since the spring",
    "most residents support the idea in principle",
    "the timetable is far too ambitious",
    "similar projects elsewhere have worked well",
    "the first results will be visible within weeks",
    "nobody has explained where the money will come from",
    "the weather has delayed the work more than once",
    "young families stand to gain the most",
    "older residents feel they were not consulted",
    "the decision could be challenged in court",
)
QUOTES = (
    "We have listened carefully to everyone involved",
    "This is a good day for the whole community",
    "The numbers simply do not add up",
    "We will keep asking questions until we get answers",
    "It is too early to say what the effect will be",
    "People deserve better than another delay",
    "We are proud of what the volunteers achieved",
    "There is still a lot of work ahead of us",
)
FIRST_NAMES = (
    "Anna",
    "Ben",
    "Clara",
    "David",
    "Elena",
    "Farid",
    "Grace",
    "Hugo",
    "Ines",
    "Jonas",
    "Karin",
    "Luis",
    "Maya",
    "Noah",
    "Olga",
    "Pieter",
)
LAST_NAMES = (
    "Andersen",
    "Brooks",
    "Costa",
    "Dubois",
    "Evans",
    "Fischer",
    "Garcia",
    "Hansen",
    "Ivanova",
    "Jensen",
    "Kowalski",
    "Lambert",
    "Moreau",
    "Novak",
    "Okafor",
    "Petersen",
)
ROLES = (
    "a spokesperson for the council",
    "a local shop owner",
    "the head of the residents' association",
    "a professor of economics",
    "the project manager",
    "a member of the opposition",
    "a retired engineer",
    "the director of the hospital",
)
PLACES = (
    "Riverton",
    "Northfield",
    "Eastbrook",
    "Westhaven",
    "Millbridge",
    "Stonecross",
    "Ashford Vale",
    "Harbourside",
    "Kingsmoor",
    "Larkspur",
    "Oakhurst",
    "Fairmont",
)
HEADLINE_PATTERNS = (
    "{place}: {subject} {verb} {object}",
    "{subject} in {place} {verb} {object}",
    "Why {place} is divided over {object}",
    "{place} waits as officials weigh {object}",
)
SENTENCE_PATTERNS = (
    "{subject} {verb} {object} {circumstance}.",
    "According to {name}, {role}, {observation}.",
    '"{quote}," said {name}, {role} in {place}.',
    "The decision affects about {number} people in {place} and the surrounding villages.",
    "Critics argue that {object} will cost more than the {number} euros set aside for it.",
    "{subject} in {place} said {observation}.",
    "A final vote on {object} is expected {circumstance}.",
    "Last year {subject} {verb} a similar proposal, and {observation}.",
)


@dataclass(frozen=True)
class InkstreamResult:
    articles: int
    accepted: int
    published: int
    duplicate_publications: int
    posting_s: float
    end_to_end_s: float
    latencies_ms: list[float]
    unloaded_latencies_ms: list[float] = field(default_factory=list)
    rejected: dict[str, str] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    diagnostics: list[str] = field(default_factory=list)
    service_log: list[str] = field(default_factory=list)
    log_dir: Path | None = None

    @property
    def articles_per_s(self) -> float:
        return self.published / self.end_to_end_s if self.end_to_end_s > 0 else 0.0

    @property
    def posts_per_s(self) -> float:
        return self.accepted / self.posting_s if self.posting_s > 0 else 0.0


@dataclass(frozen=True)
class BaselineResult:
    messages: int
    delivered: int
    elapsed_s: float
    latencies_ms: list[float]

    @property
    def messages_per_s(self) -> float:
        return self.delivered / self.elapsed_s if self.elapsed_s > 0 else 0.0


@dataclass(frozen=True)
class BenchmarkReport:
    inkstream: InkstreamResult
    baseline: BaselineResult

    @property
    def ratio(self) -> float:
        baseline = self.baseline.messages_per_s
        return self.inkstream.articles_per_s / baseline if baseline > 0 else 0.0

    def summary(self) -> dict[str, float | int]:
        return {
            "articles": self.inkstream.articles,
            "inkstream_articles_per_s": round(self.inkstream.articles_per_s, 1),
            "p50_ms": round(percentile(self.inkstream.latencies_ms, 50), 1),
            "p99_ms": round(percentile(self.inkstream.latencies_ms, 99), 1),
            "unloaded_p50_ms": round(percentile(self.inkstream.unloaded_latencies_ms, 50), 1),
            "baseline_msgs_per_s": round(self.baseline.messages_per_s, 1),
            "ratio": round(self.ratio, 4),
        }


def percentile(values: Sequence[float], rank: float) -> float:
    """Nearest-rank percentile; NaN for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(rank / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def _sentence(chooser: random.Random) -> str:
    pattern = chooser.choice(SENTENCE_PATTERNS)
    return pattern.format(
        subject=chooser.choice(SUBJECTS),
        verb=chooser.choice(VERBS),
        object=chooser.choice(OBJECTS),
        circumstance=chooser.choice(CIRCUMSTANCES),
        observation=chooser.choice(OBSERVATIONS),
        quote=chooser.choice(QUOTES),
        name=f"{chooser.choice(FIRST_NAMES)} {chooser.choice(LAST_NAMES)}",
        role=chooser.choice(ROLES),
        place=chooser.choice(PLACES),
        number=f"{chooser.randrange(200, 90_000):,}",
    )


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def generate_articles(count: int, seed: int = ARTICLE_SEED) -> list[dict[str, str]]:
    """``count`` distinct English articles of about 500 words, in minimal JSON."""
    chooser = random.Random(seed)
    articles = []
    for number in range(count):
        headline = chooser.choice(HEADLINE_PATTERNS).format(
            place=chooser.choice(PLACES),
            subject=chooser.choice(SUBJECTS),
            verb=chooser.choice(VERBS),
            object=chooser.choice(OBJECTS),
        )
        paragraphs: list[str] = []
        words = 0
        while words < TARGET_WORDS_PER_ARTICLE:
            sentences = [_sentence(chooser) for _ in range(chooser.randint(3, 6))]
            paragraph = " ".join(sentences)
            words += len(paragraph.split())
            paragraphs.append(f"<p>{html.escape(paragraph, quote=False)}</p>")
        articles.append(
            {
                "uri": f"urn:inkstream:bench:{number}",
                "headline": f"{_capitalised(headline)} ({number})",
                "body": "".join(paragraphs),
            }
        )
    return articles


def language_articles(count: int, language: str) -> list[dict[str, str]]:
    """``count`` articles in ``language``: the news written for its evaluation sets, in turn,
    each posted under its own uri and with its language tag."""
    folder = files("inkstream_enrichment.evaluation").joinpath("languages")
    written = [
        item
        for entry in sorted(folder.iterdir(), key=lambda path: path.name)
        if entry.name.startswith(f"{language}_") and entry.name.endswith(".json")
        for item in json.loads(entry.read_text(encoding="utf-8"))
    ]
    if not written:
        raise SystemExit(f"no articles in {language!r} to post")
    return [
        {
            "uri": f"urn:inkstream:bench:{language}:{number}",
            "headline": f"{item['headline']} ({number})",
            "body": "".join(
                f"<p>{html.escape(paragraph, quote=False)}</p>" for paragraph in item["paragraphs"]
            ),
            "language": language,
        }
        for number, item in zip(range(count), itertools.cycle(written), strict=False)
    ]


def ingested_event_fields(article: Mapping[str, str]) -> dict[str, str]:
    """The stream entry ingest would write for ``article``: an ``ArticleIngested``."""
    now = utc_now()
    document = parse_submission(article).document.model_copy(
        update={"version": "1", "versioncreated": now, "firstcreated": now, "pubstatus": "usable"}
    )
    event = ArticleIngested.first(
        article_uri=document.uri,
        article_version=1,
        article=document,
        source_format="minimal",
        client_id="bench",
    )
    return entry_fields(event)


def discard_keys(redis_url: str, prefix: str) -> None:
    client = redis.Redis.from_url(redis_url)
    try:
        delete_prefixed_keys(client, prefix)
    finally:
        client.close()


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


class PublicationWatcher:
    """Reads the published stream and notes when each article first appears."""

    def __init__(self, client: redis.asyncio.Redis, stream_key: str, expected: set[str]) -> None:
        self.client = client
        self.stream_key = stream_key
        self.expected = expected
        self.published_at: dict[str, float] = {}
        self.duplicates = 0
        self.last_progress = time.perf_counter()
        self.all_published = asyncio.Event()

    async def run(self) -> None:
        last_id = "0-0"
        while not self.all_published.is_set():
            response = await self.client.xread({self.stream_key: last_id}, count=500, block=200)
            arrived = time.perf_counter()
            for _, entries in response:
                for entry_id, fields in entries:
                    last_id = _text(entry_id)
                    self._note(fields, arrived)

    def _note(self, fields: Mapping[bytes, bytes], arrived: float) -> None:
        if _text(fields.get(b"type", b"")) != "ArticlePublished":
            return
        uri = json.loads(fields[b"event"])["article_uri"]
        if uri not in self.expected:
            return
        if uri in self.published_at:
            self.duplicates += 1
            return
        self.published_at[uri] = arrived
        self.last_progress = arrived
        if len(self.published_at) == len(self.expected):
            self.all_published.set()


async def post_articles(
    ingest_url: str,
    api_key: str,
    articles: Sequence[Mapping[str, str]],
    concurrency: int,
) -> tuple[dict[str, float], dict[str, str], float, float]:
    """POST every article; returns accepted times, rejections, and the posting window."""
    pending: asyncio.Queue[Mapping[str, str]] = asyncio.Queue()
    for article in articles:
        pending.put_nowait(article)
    accepted_at: dict[str, float] = {}
    rejected: dict[str, str] = {}
    headers = {"Authorization": f"Bearer {api_key}"}

    async def client_loop() -> None:
        async with httpx.AsyncClient(base_url=ingest_url, headers=headers, timeout=60) as client:
            while not pending.empty():
                article = pending.get_nowait()
                try:
                    response = await client.post("/v1/articles", json=article)
                except httpx.HTTPError as error:
                    rejected[article["uri"]] = repr(error)
                    continue
                if response.status_code == 202:
                    accepted_at[article["uri"]] = time.perf_counter()
                else:
                    rejected[article["uri"]] = f"{response.status_code} {response.text[:200]}"

    started = time.perf_counter()
    await asyncio.gather(*(client_loop() for _ in range(concurrency)))
    return accepted_at, rejected, started, time.perf_counter()


async def measure_unloaded_latency(
    ingest_url: str,
    api_key: str,
    client: redis.asyncio.Redis,
    published_stream: str,
    articles: Sequence[Mapping[str, str]],
) -> list[float]:
    """Post articles one at a time into an idle pipeline; ms from POST to ArticlePublished."""
    latencies: list[float] = []
    headers = {"Authorization": f"Bearer {api_key}"}
    async with httpx.AsyncClient(base_url=ingest_url, headers=headers, timeout=60) as http:
        for article in articles:
            info = await client.xinfo_stream(published_stream)
            last_id = _text(info["last-generated-id"])
            started = time.perf_counter()
            response = await http.post("/v1/articles", json=article)
            response.raise_for_status()
            deadline = started + 30
            published = False
            while not published and time.perf_counter() < deadline:
                for _, entries in await client.xread({published_stream: last_id}, block=200):
                    for entry_id, fields in entries:
                        last_id = _text(entry_id)
                        event = json.loads(fields[b"event"])
                        published = published or event["article_uri"] == article["uri"]
            if published:
                latencies.append((time.perf_counter() - started) * 1000)
    return latencies


async def describe_pipeline_state(client: redis.asyncio.Redis, prefix: str) -> list[str]:
    """Where undelivered articles sit: stream lengths, group backlogs, dead letters."""
    names = StreamNames(prefix)
    lines: list[str] = []
    for stream in Stream:
        key = names.key(stream)
        length = await client.xlen(key)
        lines.append(f"stream {key}: {length} entries")
        try:
            groups = await client.xinfo_groups(key)
        except ResponseError:
            groups = []
        for group in groups:
            name = _text(group["name"])
            summary = await client.xpending(key, name)
            lines.append(
                f"  group {name}: pending={group['pending']} lag={group.get('lag')} "
                f"last_delivered={_text(group['last-delivered-id'])} "
                f"xpending={summary['pending']} "
                f"consumers={[(_text(c['name']), c['pending']) for c in summary['consumers']]}"
            )
    for service in SERVICES:
        dead_letters = await client.xlen(names.dead_letters(service))
        if dead_letters:
            lines.append(f"dead letters {names.dead_letters(service)}: {dead_letters}")
    return lines


def summarise_logs(log_dir: Path) -> list[str]:
    """The most frequent messages of each service log (WARNING and above in a benchmark)."""
    lines: list[str] = []
    for log_file in sorted(log_dir.glob("*.log")):
        messages: Counter[str] = Counter()
        unstructured: list[str] = []
        for raw in log_file.read_text(errors="replace").splitlines():
            try:
                record = json.loads(raw)
            except json.JSONDecodeError:
                if raw.strip():
                    unstructured.append(raw.strip())
                continue
            error = f" ({str(record['error'])[:160]})" if "error" in record else ""
            messages[f"{record.get('level', '?')}: {record.get('event', '?')}{error}"] += 1
        if not messages and not unstructured:
            continue
        lines.append(f"{log_file.name}: {sum(messages.values())} structured lines")
        lines.extend(f"  {count}x {message}" for message, count in messages.most_common(8))
        lines.extend(f"  raw: {text[:200]}" for text in unstructured[:5])
    return lines


async def run_inkstream(
    articles: Sequence[Mapping[str, str]],
    redis_url: str = DEFAULT_REDIS_URL,
    concurrency: int = DEFAULT_CONCURRENCY,
    stall_timeout_s: float = 90.0,
) -> InkstreamResult:
    """Post ``articles`` to a fresh local stack and time each one to ``ArticlePublished``.

    Gives up once nothing has been published for ``stall_timeout_s`` after the
    last POST; the log directory is kept (and named in the result) if any
    article went missing.
    """
    prefix = f"bench-{uuid.uuid4().hex[:10]}"
    workspace = Path(tempfile.mkdtemp(prefix="inkstream-bench-"))
    log_dir = workspace / "logs"
    api_key = secrets.token_hex(16)
    stack = LocalStack(
        env={
            **stack_environment(prefix, redis_url, workspace / "data", api_key),
            "INKSTREAM_LOG_LEVEL": "WARNING",
        },
        ports={service: free_port() for service in SERVICES},
        log_dir=log_dir,
    )
    client = redis.asyncio.Redis.from_url(redis_url)
    keep_workspace = False
    try:
        stack.start()
        await asyncio.to_thread(stack.wait_ready)
        expected = {article["uri"] for article in articles}
        watcher = PublicationWatcher(client, StreamNames(prefix).key(Stream.PUBLISHED), expected)
        watching = asyncio.create_task(watcher.run())
        accepted_at, rejected, first_post, last_post = await post_articles(
            stack.url("ingest"), api_key, articles, concurrency
        )
        for uri in rejected:
            expected.discard(uri)
        if len(watcher.published_at) >= len(expected):
            watcher.all_published.set()
        while not watcher.all_published.is_set():
            quiet_since = max(watcher.last_progress, last_post)
            if time.perf_counter() - quiet_since > stall_timeout_s or watching.done():
                break
            await asyncio.sleep(0.25)
        watcher.all_published.set()
        await watching
        missing = sorted(expected - watcher.published_at.keys())
        diagnostics: list[str] = []
        if missing or rejected:
            keep_workspace = True
            dead = [service for service, alive in stack.alive().items() if not alive]
            if dead:
                diagnostics.append(f"exited services: {dead}")
            diagnostics.extend(await describe_pipeline_state(client, prefix))
        probes = [
            {**article, "uri": f"{article['uri']}-probe"}
            for article in generate_articles(UNLOADED_PROBES, seed=ARTICLE_SEED + 1)
        ]
        unloaded = await measure_unloaded_latency(
            stack.url("ingest"),
            api_key,
            client,
            StreamNames(prefix).key(Stream.PUBLISHED),
            probes,
        )
        latencies = [
            (watcher.published_at[uri] - accepted_at[uri]) * 1000
            for uri in watcher.published_at
            if uri in accepted_at
        ]
        await asyncio.to_thread(stack.stop)
        last_published = max(watcher.published_at.values(), default=first_post)
        return InkstreamResult(
            articles=len(articles),
            accepted=len(accepted_at),
            published=len(watcher.published_at),
            duplicate_publications=watcher.duplicates,
            posting_s=last_post - first_post,
            end_to_end_s=last_published - first_post,
            latencies_ms=latencies,
            unloaded_latencies_ms=unloaded,
            rejected=rejected,
            missing=missing,
            diagnostics=diagnostics,
            service_log=summarise_logs(log_dir),
            log_dir=log_dir if keep_workspace else None,
        )
    except BaseException as error:
        keep_workspace = True
        error.add_note(f"service logs kept in {log_dir}")
        raise
    finally:
        await asyncio.to_thread(stack.stop)
        try:
            await asyncio.to_thread(discard_keys, redis_url, prefix)
        finally:
            await client.aclose()
        if not keep_workspace:
            shutil.rmtree(workspace, ignore_errors=True)


async def _relay_hop(
    redis_url: str, source: str, target: str, consumer: str, stop: asyncio.Event
) -> None:
    client = redis.asyncio.Redis.from_url(redis_url)
    try:
        while not stop.is_set():
            response = await client.xreadgroup(
                BASELINE_GROUP, consumer, {source: ">"}, count=BASELINE_BATCH_SIZE, block=100
            )
            for _, entries in response:
                if not entries:
                    continue
                async with client.pipeline(transaction=False) as pipe:
                    for _, fields in entries:
                        pipe.xadd(target, fields)
                    pipe.xack(source, BASELINE_GROUP, *[entry_id for entry_id, _ in entries])
                    await pipe.execute()
    finally:
        await client.aclose()


async def run_baseline(
    payloads: Sequence[Mapping[str, str]],
    redis_url: str = DEFAULT_REDIS_URL,
    timeout_s: float = 120.0,
) -> BaselineResult:
    """Relay ``payloads`` through four streams with bare redis-py workers, no database."""
    prefix = f"bench-baseline-{uuid.uuid4().hex[:10]}"
    hops = [f"{prefix}:hop:{number}" for number in range(BASELINE_HOPS + 1)]
    client = redis.asyncio.Redis.from_url(redis_url)
    workers: list[asyncio.Task[None]] = []
    stop = asyncio.Event()
    try:
        for source in hops[:-1]:
            await client.xgroup_create(source, BASELINE_GROUP, id="0", mkstream=True)
        workers = [
            asyncio.create_task(_relay_hop(redis_url, source, target, f"hop-{number}", stop))
            for number, (source, target) in enumerate(itertools.pairwise(hops))
        ]
        sent_at: dict[str, float] = {}
        arrived_at: dict[str, float] = {}

        async def collect() -> None:
            last_id = "0-0"
            while len(arrived_at) < len(payloads) and not stop.is_set():
                response = await client.xread({hops[-1]: last_id}, count=1000, block=200)
                arrived = time.perf_counter()
                for _, entries in response:
                    for entry_id, fields in entries:
                        last_id = _text(entry_id)
                        arrived_at.setdefault(_text(fields[b"seq"]), arrived)

        collecting = asyncio.create_task(collect())
        started = time.perf_counter()
        for start in range(0, len(payloads), BASELINE_BATCH_SIZE):
            async with client.pipeline(transaction=False) as pipe:
                for sequence in range(start, min(start + BASELINE_BATCH_SIZE, len(payloads))):
                    pipe.xadd(hops[0], {**payloads[sequence], "seq": str(sequence)})
                await pipe.execute()
            injected = time.perf_counter()
            for sequence in range(start, min(start + BASELINE_BATCH_SIZE, len(payloads))):
                sent_at[str(sequence)] = injected
        await asyncio.wait({collecting}, timeout=timeout_s)
        stop.set()
        await collecting
        finished = max(arrived_at.values(), default=started)
        return BaselineResult(
            messages=len(payloads),
            delivered=len(arrived_at),
            elapsed_s=finished - started,
            latencies_ms=[(arrived_at[seq] - sent_at[seq]) * 1000 for seq in arrived_at],
        )
    finally:
        stop.set()
        await asyncio.gather(*workers, return_exceptions=True)
        try:
            await asyncio.to_thread(discard_keys, redis_url, prefix)
        finally:
            await client.aclose()


async def run_benchmark(
    article_count: int = DEFAULT_ARTICLE_COUNT,
    redis_url: str = DEFAULT_REDIS_URL,
    concurrency: int = DEFAULT_CONCURRENCY,
    stall_timeout_s: float = 90.0,
    language: str = "en",
) -> BenchmarkReport:
    articles = (
        generate_articles(article_count)
        if language == "en"
        else language_articles(article_count, language)
    )
    inkstream = await run_inkstream(articles, redis_url, concurrency, stall_timeout_s)
    payloads = [ingested_event_fields(article) for article in articles]
    baseline = await run_baseline(payloads, redis_url)
    return BenchmarkReport(inkstream=inkstream, baseline=baseline)


def format_report(report: BenchmarkReport) -> str:
    inkstream, baseline = report.inkstream, report.baseline
    payload_bytes = len(json.dumps(generate_articles(1)[0]))
    rows = [
        ("Inkstream end to end (4 services, SQLite)", "", ""),
        (
            "  articles posted / accepted / published",
            f"{inkstream.articles} / {inkstream.accepted} / {inkstream.published}",
            "",
        ),
        ("  throughput, first POST to last published", f"{inkstream.articles_per_s:,.1f}", "art/s"),
        ("  ingest POST rate", f"{inkstream.posts_per_s:,.1f}", "req/s"),
        *(
            (f"  ingest-to-published latency p{rank}", f"{value:,.0f}", "ms")
            for rank in (50, 95, 99)
            for value in [percentile(inkstream.latencies_ms, rank)]
        ),
        ("  duplicate ArticlePublished seen", f"{inkstream.duplicate_publications}", ""),
        *(
            (f"  one article at a time, POST to published p{rank}", f"{value:,.0f}", "ms")
            for rank in (50, 99)
            for value in [percentile(inkstream.unloaded_latencies_ms, rank)]
        ),
        ("Baseline: raw redis-py relay, 4 hops", "", ""),
        ("  messages sent / delivered", f"{baseline.messages} / {baseline.delivered}", ""),
        ("  throughput", f"{baseline.messages_per_s:,.1f}", "msg/s"),
        ("  latency through 4 hops p50", f"{percentile(baseline.latencies_ms, 50):,.1f}", "ms"),
        ("  latency through 4 hops p99", f"{percentile(baseline.latencies_ms, 99):,.1f}", "ms"),
        ("Ratio Inkstream / baseline throughput", f"{report.ratio:.4f}", ""),
    ]
    width = max(len(label) for label, _, _ in rows)
    lines = [f"Article JSON ~{payload_bytes:,} bytes; machine has {os.cpu_count()} CPUs"]
    lines += [f"{label:<{width}}  {value:>14}  {unit}".rstrip() for label, value, unit in rows]
    if inkstream.rejected:
        lines.append(f"REJECTED {len(inkstream.rejected)} articles, e.g.:")
        lines += [f"  {uri}: {why}" for uri, why in list(inkstream.rejected.items())[:5]]
    if inkstream.missing:
        lines.append(
            f"MISSING {len(inkstream.missing)} articles never published, e.g. "
            f"{inkstream.missing[:5]}"
        )
    if inkstream.diagnostics:
        lines.append("Pipeline state when the benchmark gave up:")
        lines += [f"  {line}" for line in inkstream.diagnostics]
    if inkstream.service_log:
        lines.append("Service log messages (WARNING and above):")
        lines += [f"  {line}" for line in inkstream.service_log]
    if inkstream.log_dir is not None:
        lines.append(f"Service logs kept in {inkstream.log_dir}")
    return "\n".join(lines)


def summary_line(summary: Mapping[str, float | int]) -> str:
    return " ".join(f"{key}={value}" for key, value in summary.items())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLE_COUNT)
    parser.add_argument("--concurrency", type=int, default=DEFAULT_CONCURRENCY)
    parser.add_argument("--redis-url", default=DEFAULT_REDIS_URL)
    parser.add_argument("--stall-timeout", type=float, default=90.0)
    parser.add_argument(
        "--language",
        default="en",
        help="en: synthetic 500-word articles; de, nb, sv, fr, es: the news written for that "
        "language's evaluation sets (about 200 words each)",
    )
    arguments = parser.parse_args(argv)
    report = asyncio.run(
        run_benchmark(
            arguments.articles,
            arguments.redis_url,
            arguments.concurrency,
            arguments.stall_timeout,
            arguments.language,
        )
    )
    print(f"language={arguments.language}")
    print(format_report(report))
    print(summary_line(report.summary()))
    return 1 if report.inkstream.missing or report.inkstream.rejected else 0


if __name__ == "__main__":
    sys.exit(main())
