"""No article lost, none published twice: the pipeline under kills, restarts and poison.

Run from the repository root::

    python -m tests.faults.harness --articles 10000 --kills 20 --redis-restarts 2

It starts its own ``redis-server`` (append-only file, ``appendfsync always``) on
a free port and the four services as processes against it (SQLite, fault
injection on: 2% of events fail twice before they succeed, and articles under
a poison uri prefix always fail). Concurrent newsroom clients post the
articles, their updates and withdrawals, retrying with the same
``Idempotency-Key`` as a real client would. Meanwhile a random service is
SIGKILLed and restarted every few seconds, Redis is SIGKILLed and restarted,
and malformed entries are appended to the streams. A consumer group of its
own reads the published stream, as a downstream site would.

When the load stops it waits until every consumer group has nothing pending
and nothing unread and every outbox is empty, then checks the published
stream against what ingest acknowledged (``tests/faults/audit.py``). The last
line is the summary; the exit status is 1 if anything was lost, unexpected,
published twice or out of order, if a dead letter is not poison (or poison is
missing from them), if a request never got an answer, or if the pipeline did
not drain.
"""

import argparse
import asyncio
import contextlib
import json
import random
import secrets
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import redis.asyncio
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError, ResponseError

from inkstream.contracts.streams import Stream, StreamNames
from inkstream.local import SERVICES, LocalStack, free_port, stack_environment
from tests.bench.pipeline import summarise_logs
from tests.faults.audit import (
    DeadLetterAudit,
    DeadLetterRecord,
    Publication,
    PublicationAudit,
    audit_dead_letters,
    audit_publications,
)
from tests.faults.redis_server import RedisServer
from tests.faults.workload import (
    ArticleText,
    Backlog,
    Newsroom,
    OperationQueue,
    Outcome,
    plan_articles,
    planned_operations,
)

SUMMARY_KEYS = (
    "attempted",
    "acknowledged",
    "published",
    "lost",
    "unexpected",
    "duplicates",
    "out_of_order",
    "dead_lettered",
    "kills",
    "redis_restarts",
    "drain_s",
)
AUDITOR_GROUP = "faults-auditor"
AUDITOR_CONSUMER = "auditor"
POISON_SEGMENT = "poison:"
GARBAGE_MARKER = "faults-garbage"
LIVE_EVENT_TYPES = {"ArticlePublished", "ArticleUpdated"}
SERVICE_GROUP_STREAMS = (Stream.INGESTED, Stream.ENRICHED, Stream.RELATED)
FAULT_SPAN = 0.9
MIN_FAULT_GAP_S = 1.5
WITHDRAWAL_PATIENCE_S = 120.0
DRAIN_CHECK_S = 0.5


@dataclass(frozen=True)
class FaultConfig:
    articles: int = 10_000
    kills: int = 20
    redis_restarts: int = 2
    clients: int = 8
    max_backlog: int = 150
    seed: int = 20260501
    failure_rate: float = 0.02
    poison_articles: int | None = None
    garbage_entries: int | None = None
    update_share: float = 0.2
    withdraw_share: float = 0.05
    appendfsync: str = "always"
    drain_timeout_s: float = 900.0
    keep_workspace: bool = False

    @property
    def poison_count(self) -> int:
        return (
            self.poison_articles
            if self.poison_articles is not None
            else max(3, self.articles // 500)
        )

    @property
    def garbage_count(self) -> int:
        return (
            self.garbage_entries
            if self.garbage_entries is not None
            else max(3, self.articles // 1000)
        )


@dataclass
class FaultReport:
    config: FaultConfig
    attempted: int
    publications: PublicationAudit
    dead_letters: DeadLetterAudit
    kills: int
    redis_restarts: int
    drain_s: float
    drained: bool
    unresolved: list[str]
    crash_restarts: list[str]
    kills_by_service: dict[str, int]
    withdrawals_dropped: int
    posting_s: float
    total_s: float
    stream_lengths: dict[str, int]
    poison_acknowledged: int
    garbage_appended: int
    phases: str = ""
    log_lines: list[str] = field(default_factory=list)
    workspace: Path | None = None

    @property
    def passed(self) -> bool:
        return (
            self.drained
            and self.publications.failures == 0
            and self.dead_letters.failures == 0
            and not self.unresolved
        )

    def summary(self) -> dict[str, int | float]:
        return {
            "attempted": self.attempted,
            "acknowledged": self.publications.acknowledged,
            "published": self.publications.published,
            "lost": self.publications.lost,
            "unexpected": self.publications.unexpected,
            "duplicates": self.publications.duplicates,
            "out_of_order": self.publications.out_of_order,
            "dead_lettered": self.dead_letters.dead_lettered,
            "kills": self.kills,
            "redis_restarts": self.redis_restarts,
            "drain_s": round(self.drain_s, 1),
        }


def summary_line(summary: dict[str, int | float]) -> str:
    return " ".join(f"{key}={summary[key]}" for key in SUMMARY_KEYS)


def format_report(report: FaultReport) -> str:
    publications, dead = report.publications, report.dead_letters
    config = report.config
    lines = [
        f"articles={config.articles} clients={config.clients} seed={config.seed} "
        f"appendfsync={config.appendfsync} failure_rate={config.failure_rate}",
        f"posting {report.posting_s:.1f}s, whole run {report.total_s:.1f}s, "
        f"drained={report.drained}; {report.phases}",
        f"superseded={publications.superseded} (acknowledged versions skipped because a newer "
        "version of the same article was published)",
        f"poison: {report.poison_acknowledged} poison articles acknowledged, "
        f"{report.garbage_appended} malformed entries appended; dead letters not poison="
        f"{dead.not_poison}, poison not dead-lettered={dead.poison_missing}, "
        f"repeated dead letters={dead.repeated}",
        f"withdrawals dropped (article never live)={report.withdrawals_dropped}",
        "kills by service: "
        + ", ".join(f"{name}={count}" for name, count in sorted(report.kills_by_service.items())),
        f"unexpected service exits restarted by the harness={len(report.crash_restarts)}"
        + (f" {report.crash_restarts[:10]}" if report.crash_restarts else ""),
        "stream lengths after the drain (trimmed): "
        + ", ".join(f"{key}={length}" for key, length in report.stream_lengths.items()),
    ]
    if report.unresolved:
        lines.append(
            f"UNRESOLVED operations {len(report.unresolved)}, e.g. {report.unresolved[:5]}"
        )
    for kind, examples in {**publications.examples, **dead.examples}.items():
        lines.append(f"{kind}: {examples}")
    if not report.passed:
        lines.append("Service log messages:")
        lines.extend(f"  {line}" for line in report.log_lines)
    if report.workspace is not None:
        lines.append(f"workspace (logs, databases, Redis AOF) kept in {report.workspace}")
    return "\n".join(lines)


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


class Auditor:
    """A downstream site: its own consumer group on the published stream."""

    def __init__(
        self,
        client: redis.asyncio.Redis,
        stream_key: str,
        queue: OperationQueue,
        backlog: Backlog,
    ) -> None:
        self.client = client
        self.stream_key = stream_key
        self.queue = queue
        self.backlog = backlog
        self.publications: dict[str, Publication] = {}
        self.unreadable: list[str] = []
        self.group_lost = 0

    async def create_group(self) -> None:
        with contextlib.suppress(ResponseError):
            await self.client.xgroup_create(self.stream_key, AUDITOR_GROUP, id="0", mkstream=True)

    async def run(self, stop: asyncio.Event) -> None:
        cursor = "0"
        while not stop.is_set():
            try:
                response = await self.client.xreadgroup(
                    AUDITOR_GROUP,
                    AUDITOR_CONSUMER,
                    {self.stream_key: cursor},
                    count=1000,
                    block=200,
                )
            except ResponseError as error:
                if "NOGROUP" not in str(error):
                    raise
                self.group_lost += 1
                await self.create_group()
                cursor = "0"
                continue
            except (RedisConnectionError, OSError):
                await asyncio.sleep(0.2)
                cursor = "0"
                continue
            entries = [entry for _, stream_entries in response for entry in stream_entries]
            if not entries:
                cursor = ">" if cursor == "0" else "0"
                continue
            for entry_id, fields in entries:
                self._note(_text(entry_id), fields)
            with contextlib.suppress(RedisError, OSError):
                await self.client.xack(
                    self.stream_key, AUDITOR_GROUP, *[entry_id for entry_id, _ in entries]
                )

    def _note(self, entry_id: str, fields: dict[bytes, bytes]) -> None:
        if entry_id in self.publications:
            return
        try:
            event = json.loads(fields[b"event"])
            publication = Publication(
                entry_id=entry_id,
                uri=event["article_uri"],
                version=int(event["article_version"]),
                event_type=event["event_type"],
                event_id=event["event_id"],
            )
        except (KeyError, ValueError, TypeError):
            self.unreadable.append(entry_id)
            return
        self.publications[entry_id] = publication
        self.backlog.published(publication.uri, publication.version)
        if publication.event_type in LIVE_EVENT_TYPES:
            self.queue.published(publication.uri)


@dataclass
class Chaos:
    """Kills services and crashes Redis at points spread over the load."""

    stack: LocalStack
    redis_server: RedisServer
    client: redis.asyncio.Redis
    streams: StreamNames
    rng: random.Random
    config: FaultConfig
    kills: int = 0
    kills_by_service: Counter[str] = field(default_factory=Counter)
    redis_restarts: int = 0
    restarting: set[str] = field(default_factory=set)
    injected: list[tuple[str, str]] = field(default_factory=list)
    crash_restarts: list[str] = field(default_factory=list)

    def schedule(self) -> list[tuple[float, str]]:
        config = self.config
        points = [((i + 0.5) / config.kills * FAULT_SPAN, "kill") for i in range(config.kills)]
        points += [
            ((j + 1) / (config.redis_restarts + 1) * FAULT_SPAN, "redis")
            for j in range(config.redis_restarts)
        ]
        points += [
            ((k + 0.25) / config.garbage_count * FAULT_SPAN, "garbage")
            for k in range(config.garbage_count)
        ]
        return sorted(points)

    async def run(self, progress: Callable[[], float], load_done: Callable[[], bool]) -> None:
        last_fault = 0.0
        for share, fault in self.schedule():
            while progress() < share and not load_done():  # noqa: ASYNC110  the clients' count moves
                await asyncio.sleep(0.1)
            if fault == "garbage":
                await self.append_garbage()
                continue
            await asyncio.sleep(max(0.0, last_fault + MIN_FAULT_GAP_S - time.monotonic()))
            if fault == "kill":
                await self.kill_a_service()
            else:
                await self.restart_redis()
            last_fault = time.monotonic()

    async def kill_a_service(self) -> None:
        service = self.rng.choice(SERVICES)
        self.restarting.add(service)
        try:
            self.stack.kill(service)
            self.kills += 1
            self.kills_by_service[service] += 1
            await asyncio.sleep(self.rng.uniform(0.0, 0.5))
            self.stack.start([service])
        finally:
            self.restarting.discard(service)

    async def restart_redis(self) -> None:
        """SIGKILL Redis; with appendfsync always it must lose nothing it acknowledged."""
        self.redis_server.crash()
        self.redis_restarts += 1
        await asyncio.sleep(self.rng.uniform(0.5, 2.0))
        await asyncio.to_thread(self.redis_server.start)

    async def append_garbage(self) -> None:
        """A malformed entry: not JSON, no event at all, or a schema from the future."""
        number = len(self.injected)
        stream = SERVICE_GROUP_STREAMS[number % len(SERVICE_GROUP_STREAMS)]
        kind = number // len(SERVICE_GROUP_STREAMS) % 3
        poison_uri = f"{self.streams.prefix}:{POISON_SEGMENT}schema-{number}"
        fields: dict[str, str] = [
            {"type": "ArticleIngested", "event": f"{GARBAGE_MARKER} {number}: {{not json"},
            {"type": "ArticleIngested", GARBAGE_MARKER: str(number)},
            {
                "type": "ArticleWithdrawn",
                "event": json.dumps(
                    {
                        "event_type": "ArticleWithdrawn",
                        "event_id": uuid.uuid4().hex,
                        "schema_version": 99,
                        "occurred_at": "2026-01-01T00:00:00+00:00",
                        "article_uri": poison_uri,
                        "article_version": 1,
                        "correlation_id": GARBAGE_MARKER,
                    }
                ),
            },
        ][kind]
        key = self.streams.key(stream)
        with contextlib.suppress(RedisError, OSError):
            entry_id = await self.client.xadd(key, fields)  # type: ignore[arg-type]
            self.injected.append((key, _text(entry_id)))

    async def supervise(self, stop: asyncio.Event) -> None:
        """Restart a service that exited without being killed (a crash at startup, say)."""
        while not stop.is_set():
            for service, alive in self.stack.alive().items():
                if not alive and service not in self.restarting:
                    code = self.stack.processes[service].returncode
                    self.crash_restarts.append(f"{service}:{code}")
                    self.stack.start([service])
            await asyncio.sleep(0.5)


def _outbox_rows(data_dir: Path) -> int:
    rows = 0
    for service in SERVICES:
        path = data_dir / f"{service}.db"
        if not path.exists():
            continue
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)) as db:
            try:
                rows += int(db.execute("SELECT COUNT(*) FROM outbox").fetchone()[0])
            except sqlite3.OperationalError:
                return -1
    return rows


async def _streams_settled(client: redis.asyncio.Redis, streams: StreamNames) -> tuple[bool, str]:
    """Whether every group on every article stream has read and acknowledged everything."""
    heads = []
    for stream in Stream:
        key = streams.key(stream)
        if not await client.exists(key):
            continue
        info = await client.xinfo_stream(key)
        head = _text(info["last-generated-id"])
        heads.append(f"{key}@{head}")
        for group in await client.xinfo_groups(key):
            if int(group["pending"]) or _text(group["last-delivered-id"]) != head:
                return False, ""
    return True, " ".join(heads)


async def wait_until_drained(
    client: redis.asyncio.Redis,
    streams: StreamNames,
    data_dir: Path,
    stack: LocalStack,
    timeout_s: float,
) -> bool:
    """Twice in a row, the same stream heads, nothing pending or unread, no outbox rows."""
    deadline = time.monotonic() + timeout_s
    previous = None
    while time.monotonic() < deadline:
        try:
            outbox = await asyncio.to_thread(_outbox_rows, data_dir)
            settled, heads = await _streams_settled(client, streams)
        except (RedisError, OSError, sqlite3.Error):
            settled, heads, outbox = False, "", -1
        if settled and outbox == 0 and all(stack.alive().values()):
            if heads == previous:
                return True
            previous = heads
        else:
            previous = None
        await asyncio.sleep(DRAIN_CHECK_S)
    return False


async def read_dead_letters(
    client: redis.asyncio.Redis, streams: StreamNames
) -> list[DeadLetterRecord]:
    found = []
    for service in SERVICES:
        for _, fields in await client.xrange(streams.dead_letters(service)):
            text = {_text(key): _text(value) for key, value in fields.items()}
            found.append(
                DeadLetterRecord(
                    service=service,
                    source_stream=text.get("source_stream", ""),
                    source_id=text.get("source_id", ""),
                    event=text.get("event", ""),
                )
            )
    return found


async def service_groups(client: redis.asyncio.Redis, key: str) -> list[str]:
    groups = [_text(group["name"]) for group in await client.xinfo_groups(key)]
    return [group for group in groups if group != AUDITOR_GROUP]


def _faulty_stack(
    workspace: Path, prefix: str, redis_url: str, api_key: str, config: FaultConfig
) -> LocalStack:
    """The four services with fault injection on and trimming as eager as it gets."""
    environment = stack_environment(prefix, redis_url, workspace / "data", api_key)
    environment.update(
        {
            "INKSTREAM_FAULT_FAILURE_RATE": str(config.failure_rate),
            "INKSTREAM_FAULT_POISON_URI_PREFIX": f"{prefix}:{POISON_SEGMENT}",
            "INKSTREAM_STREAM_RETENTION_S": "0",
            "INKSTREAM_TRIM_INTERVAL_S": "1",
            "INKSTREAM_SHUTDOWN_GRACE_S": "5",
            "INKSTREAM_LOG_LEVEL": "WARNING",
        }
    )
    ports = {service: free_port() for service in SERVICES}
    environment["INKSTREAM_PUBLIC_BASE_URL"] = f"http://127.0.0.1:{ports['publishing']}"
    return LocalStack(
        env=environment, ports=ports, log_dir=workspace / "logs", own_process_groups=True
    )


async def run_faults(config: FaultConfig) -> FaultReport:
    """One whole run: start everything, load and break it, drain, audit, clean up."""
    started = time.monotonic()
    rng = random.Random(config.seed)
    workspace = Path(tempfile.mkdtemp(prefix="inkstream-faults-"))
    prefix = f"faults-{uuid.uuid4().hex[:8]}"
    streams = StreamNames(prefix)
    poison_uri_prefix = f"{prefix}:{POISON_SEGMENT}"
    api_key = secrets.token_hex(16)
    redis_server = RedisServer(workspace / "redis", appendfsync=config.appendfsync)
    await asyncio.to_thread(redis_server.start)
    data_dir = workspace / "data"
    stack = _faulty_stack(workspace, prefix, redis_server.url, api_key, config)
    client = redis.asyncio.Redis.from_url(redis_server.url)
    chaos_client = redis.asyncio.Redis.from_url(redis_server.url, retry=Retry(NoBackoff(), 0))
    scripts = plan_articles(
        config.articles,
        rng,
        uri_prefix=f"{prefix}:article:",
        poison_uri_prefix=poison_uri_prefix,
        update_share=config.update_share,
        withdraw_share=config.withdraw_share,
        poison_count=config.poison_count,
    )
    planned = planned_operations(scripts)
    queue = OperationQueue(scripts)
    backlog = Backlog(config.max_backlog)
    newsroom = Newsroom(
        stack.url("ingest"),
        api_key,
        ArticleText(rng),
        queue,
        clients=config.clients,
        backlog=backlog,
    )
    auditor = Auditor(client, streams.key(Stream.PUBLISHED), queue, backlog)
    chaos = Chaos(stack, redis_server, chaos_client, streams, rng, config)
    stop = asyncio.Event()
    passed = False
    try:
        await auditor.create_group()
        stack.start()
        await asyncio.to_thread(stack.wait_ready)
        background = [
            asyncio.create_task(auditor.run(stop)),
            asyncio.create_task(chaos.supervise(stop)),
        ]
        posting_started = time.monotonic()
        startup_s = posting_started - started
        posting = asyncio.create_task(newsroom.run())
        faults = asyncio.create_task(
            chaos.run(lambda: len(newsroom.outcomes) / planned, posting.done)
        )
        withdrawals_dropped = await _post_everything(queue, posting)
        posting_s = time.monotonic() - posting_started
        await faults
        load_stopped = time.monotonic()
        drained = await wait_until_drained(client, streams, data_dir, stack, config.drain_timeout_s)
        drain_s = time.monotonic() - load_stopped
        await asyncio.sleep(0.5)
        stop.set()
        await asyncio.gather(*background)
        stream_lengths = {
            stream.value: int(await client.xlen(streams.key(stream))) for stream in Stream
        }
        dead_letters = await read_dead_letters(client, streams)
        injected = {entry: await service_groups(client, entry[0]) for entry in chaos.injected}
        stopping = time.monotonic()
        await asyncio.to_thread(stack.stop)
        shutdown_s = time.monotonic() - stopping
        report = _report(
            config,
            newsroom.outcomes,
            auditor,
            dead_letters,
            injected,
            poison_uri_prefix,
            chaos,
            drain_s=drain_s,
            drained=drained,
            withdrawals_dropped=withdrawals_dropped,
            posting_s=posting_s,
            total_s=time.monotonic() - started,
            phases=f"startup {startup_s:.1f}s, faults done {load_stopped - posting_started:.1f}s "
            f"after the first post, service shutdown {shutdown_s:.1f}s",
            stream_lengths=stream_lengths,
        )
        passed = report.passed
        if not passed:
            report.log_lines = summarise_logs(workspace / "logs")
        if not passed or config.keep_workspace:
            report.workspace = workspace
        return report
    finally:
        stop.set()
        await asyncio.to_thread(stack.stop)
        await client.aclose()
        await chaos_client.aclose()
        await asyncio.to_thread(redis_server.stop)
        if passed and not config.keep_workspace:
            shutil.rmtree(workspace, ignore_errors=True)


async def _post_everything(queue: OperationQueue, posting: asyncio.Task[None]) -> int:
    """Wait for the clients; withdrawals whose article never went live are dropped in time."""
    waiting_since: float | None = None
    dropped = 0
    while not posting.done():
        await asyncio.sleep(0.2)
        if queue.idle and queue.awaiting_publication:
            waiting_since = waiting_since or time.monotonic()
            if time.monotonic() - waiting_since > WITHDRAWAL_PATIENCE_S:
                dropped += queue.give_up_waiting()
        else:
            waiting_since = None
    await posting
    return dropped


def _report(
    config: FaultConfig,
    outcomes: Sequence[Outcome],
    auditor: Auditor,
    dead_letters: list[DeadLetterRecord],
    injected: dict[tuple[str, str], list[str]],
    poison_uri_prefix: str,
    chaos: Chaos,
    **figures: Any,
) -> FaultReport:
    regular = [outcome for outcome in outcomes if not outcome.operation.article.poison]
    poison = [outcome for outcome in outcomes if outcome.operation.article.poison]
    acknowledged = [
        outcome.acknowledgement for outcome in regular if outcome.acknowledgement is not None
    ]
    poison_versions = {
        (ack.uri, ack.version): "enrichment"
        for outcome in poison
        if (ack := outcome.acknowledgement) is not None
    }
    unresolved = [
        f"{outcome.operation.kind} {outcome.operation.article.uri}: {outcome.rejected}"
        for outcome in outcomes
        if outcome.acknowledgement is None
    ]
    unresolved += [f"unreadable published entry {entry}" for entry in auditor.unreadable]
    if auditor.group_lost:
        unresolved.append(f"the auditor's consumer group vanished {auditor.group_lost} times")
    return FaultReport(
        config=config,
        attempted=len(regular),
        publications=audit_publications(acknowledged, list(auditor.publications.values())),
        dead_letters=audit_dead_letters(dead_letters, injected, poison_versions, poison_uri_prefix),
        kills=chaos.kills,
        redis_restarts=chaos.redis_restarts,
        unresolved=unresolved,
        crash_restarts=chaos.crash_restarts,
        kills_by_service=dict(chaos.kills_by_service),
        poison_acknowledged=len(poison_versions),
        garbage_appended=len(chaos.injected),
        **figures,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    defaults = FaultConfig()
    parser.add_argument("--articles", type=int, default=defaults.articles)
    parser.add_argument("--kills", type=int, default=defaults.kills)
    parser.add_argument("--redis-restarts", type=int, default=defaults.redis_restarts)
    parser.add_argument("--clients", type=int, default=defaults.clients)
    parser.add_argument(
        "--max-backlog",
        type=int,
        default=defaults.max_backlog,
        help="articles acknowledged but not yet published before the clients wait",
    )
    parser.add_argument("--seed", type=int, default=defaults.seed)
    parser.add_argument("--failure-rate", type=float, default=defaults.failure_rate)
    parser.add_argument("--drain-timeout", type=float, default=defaults.drain_timeout_s)
    parser.add_argument(
        "--appendfsync",
        choices=("always", "everysec"),
        default=defaults.appendfsync,
        help="Redis fsync policy; the no-loss guarantee is stated for always",
    )
    parser.add_argument(
        "--keep-workspace", action="store_true", help="keep logs, databases and the AOF"
    )
    arguments = parser.parse_args(argv)
    config = FaultConfig(
        articles=arguments.articles,
        kills=arguments.kills,
        redis_restarts=arguments.redis_restarts,
        clients=arguments.clients,
        max_backlog=arguments.max_backlog,
        seed=arguments.seed,
        failure_rate=arguments.failure_rate,
        drain_timeout_s=arguments.drain_timeout,
        appendfsync=arguments.appendfsync,
        keep_workspace=arguments.keep_workspace,
    )
    report = asyncio.run(run_faults(config))
    print(format_report(report))
    print(summary_line(report.summary()))
    return 0 if report.passed else 1


if __name__ == "__main__":
    sys.exit(main())
