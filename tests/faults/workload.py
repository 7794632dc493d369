"""The newsroom side of the harness: articles, their updates and withdrawals, and
clients that retry the way a real newsroom system does.

Each article is a small script: create it; then, for some, one or two updates
sent at once by different clients (so ingest decides their order); then, for
some of those already live, a withdrawal. A request that fails on the network
or with a 5xx is retried with the same ``Idempotency-Key`` until ingest answers;
only a 202 counts as acknowledged.
"""

import asyncio
import contextlib
import random
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import quote

import httpx

from tests.faults.audit import Acknowledgement

OperationKind = Literal["create", "update", "withdraw"]
SYLLABLES = (
    "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "be", "da", "fi", "go", "ha", "ju",
    "ke", "la", "mo", "nu", "pa", "re", "si", "to", "ul", "ve", "wa", "xi", "yo", "zu",
)  # fmt: skip
VOCABULARY_SIZE = 20_000
TOPIC_WORDS = 300
RETRY_BACKOFF_S = (0.05, 0.1, 0.2, 0.4, 0.8)
REQUEST_TIMEOUT_S = 30.0


def vocabulary(rng: random.Random, size: int = VOCABULARY_SIZE) -> list[str]:
    """Made-up words: many distinct terms keep the similarity index's postings short."""
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


@dataclass
class ArticleScript:
    """What the newsroom will do with one article."""

    number: int
    uri: str
    updates: int = 0
    withdraw: bool = False
    poison: bool = False
    acknowledged_updates: int = 0


@dataclass(frozen=True)
class Operation:
    kind: OperationKind
    article: ArticleScript
    sequence: int = 0

    @property
    def idempotency_key(self) -> str:
        return f"faults-{self.article.number}-{self.kind}-{self.sequence}"


@dataclass(frozen=True)
class PlannedRequest:
    method: str
    path: str
    body: dict[str, str] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    params: dict[str, str] = field(default_factory=dict)


@dataclass
class Outcome:
    """How one operation ended."""

    operation: Operation
    acknowledgement: Acknowledgement | None = None
    attempts: int = 0
    rejected: str | None = None


def plan_articles(
    count: int,
    rng: random.Random,
    uri_prefix: str,
    poison_uri_prefix: str,
    update_share: float = 0.2,
    withdraw_share: float = 0.05,
    poison_count: int = 0,
) -> list[ArticleScript]:
    """``count`` articles (some updated, some withdrawn) and ``poison_count`` poison ones."""
    scripts = [
        ArticleScript(
            number=number,
            uri=f"{uri_prefix}{number}",
            updates=rng.choice((1, 2)) if rng.random() < update_share else 0,
            withdraw=rng.random() < withdraw_share,
        )
        for number in range(count)
    ]
    poison = [
        ArticleScript(number=count + number, uri=f"{poison_uri_prefix}{number}", poison=True)
        for number in range(poison_count)
    ]
    mixed = scripts + poison
    rng.shuffle(mixed)
    return mixed


def planned_operations(scripts: list[ArticleScript]) -> int:
    return sum(1 + script.updates + int(script.withdraw) for script in scripts)


class ArticleText:
    """Short articles about a few hundred topics, so that related articles exist."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.words = vocabulary(rng)

    def _sentence(self, topic: list[str]) -> str:
        chosen = [
            self.rng.choice(topic) if self.rng.random() < 0.6 else self.rng.choice(self.words)
            for _ in range(self.rng.randint(6, 12))
        ]
        return " ".join(chosen).capitalize() + "."

    def article(self, script: ArticleScript, revision: int) -> dict[str, str]:
        start = (script.number * 7919) % (len(self.words) - TOPIC_WORDS)
        topic = self.words[start : start + TOPIC_WORDS]
        headline = " ".join(self.rng.choice(topic) for _ in range(6)).capitalize()
        paragraphs = [
            "<p>" + " ".join(self._sentence(topic) for _ in range(3)) + "</p>" for _ in range(3)
        ]
        suffix = f" (revision {revision})" if revision else ""
        return {"headline": f"{headline}{suffix}", "body": "".join(paragraphs)}


class OperationQueue:
    """Operations ready to send; follow-ups jump the queue so updates race each other."""

    def __init__(self, scripts: list[ArticleScript]) -> None:
        self._ready: deque[Operation] = deque(Operation("create", script) for script in scripts)
        self._awaiting_publication: dict[str, ArticleScript] = {}
        self._live: set[str] = set()
        self._in_progress = 0
        self._changed = asyncio.Event()

    def _notify(self) -> None:
        self._changed.set()

    async def take(self) -> Operation | None:
        """The next operation, or None when there is nothing left to do."""
        while True:
            if self._ready:
                self._in_progress += 1
                return self._ready.popleft()
            if self._in_progress == 0 and not self._awaiting_publication:
                return None
            self._changed.clear()
            await self._changed.wait()

    def done(self, outcome: Outcome) -> None:
        """Queue what follows an acknowledged operation."""
        self._in_progress -= 1
        operation, script = outcome.operation, outcome.operation.article
        if outcome.acknowledgement is not None:
            if operation.kind == "create":
                for sequence in range(script.updates, 0, -1):
                    self._ready.appendleft(Operation("update", script, sequence))
            elif operation.kind == "update":
                script.acknowledged_updates += 1
            follow_ups_done = operation.kind != "withdraw" and (
                script.acknowledged_updates == script.updates
            )
            if follow_ups_done and script.withdraw:
                self._awaiting_publication[script.uri] = script
                if script.uri in self._live:
                    self.published(script.uri)
        self._notify()

    def published(self, uri: str) -> None:
        """An article went live: a withdrawal waiting for that may go now."""
        self._live.add(uri)
        script = self._awaiting_publication.pop(uri, None)
        if script is not None:
            self._ready.appendleft(Operation("withdraw", script))
            self._notify()

    def give_up_waiting(self) -> int:
        """Drop the withdrawals still waiting for their article to go live."""
        dropped = len(self._awaiting_publication)
        self._awaiting_publication.clear()
        self._notify()
        return dropped

    @property
    def idle(self) -> bool:
        return not self._ready and self._in_progress == 0

    @property
    def awaiting_publication(self) -> int:
        return len(self._awaiting_publication)


class Backlog:
    """Articles whose newest acknowledged version is not published yet.

    The clients wait while too many are, so the load (and the faults spread
    over it) keeps pace with the pipeline instead of running minutes ahead.
    """

    def __init__(self, limit: int, stall_s: float = 300.0) -> None:
        self.limit = limit
        self.stall_s = stall_s
        self._acknowledged: dict[str, int] = {}
        self._published: dict[str, int] = {}
        self._behind: set[str] = set()
        self._changed = asyncio.Event()

    def __len__(self) -> int:
        return len(self._behind)

    def acknowledged(self, uri: str, version: int) -> None:
        self._acknowledged[uri] = max(version, self._acknowledged.get(uri, 0))
        self._update(uri)

    def published(self, uri: str, version: int) -> None:
        self._published[uri] = max(version, self._published.get(uri, 0))
        self._update(uri)

    def _update(self, uri: str) -> None:
        if self._published.get(uri, 0) >= self._acknowledged.get(uri, 0):
            self._behind.discard(uri)
            self._changed.set()
        else:
            self._behind.add(uri)

    async def admit(self) -> None:
        """Wait until the backlog is under its limit (or the pipeline has stalled)."""
        deadline = time.monotonic() + self.stall_s
        while len(self._behind) >= self.limit and time.monotonic() < deadline:
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), timeout=1.0)


@dataclass
class Newsroom:
    """Concurrent clients posting the planned operations to ingest."""

    ingest_url: str
    api_key: str
    text: ArticleText
    queue: OperationQueue
    clients: int = 8
    operation_timeout_s: float = 600.0
    outcomes: list[Outcome] = field(default_factory=list)
    backlog: Backlog | None = None

    async def run(self) -> None:
        headers = {"Authorization": f"Bearer {self.api_key}"}
        async with httpx.AsyncClient(
            base_url=self.ingest_url, headers=headers, timeout=REQUEST_TIMEOUT_S
        ) as client:
            await asyncio.gather(*(self._client_loop(client) for _ in range(self.clients)))

    async def _client_loop(self, client: httpx.AsyncClient) -> None:
        while (operation := await self.queue.take()) is not None:
            if self.backlog is not None:
                await self.backlog.admit()
            outcome = await self._perform(client, operation)
            self.outcomes.append(outcome)
            ack = outcome.acknowledgement
            if self.backlog is not None and ack is not None and not operation.article.poison:
                self.backlog.acknowledged(ack.uri, ack.version)
            self.queue.done(outcome)

    def _request(self, operation: Operation) -> "PlannedRequest":
        """The request for ``operation``, built once: a retry sends the same body."""
        script = operation.article
        path = f"/v1/articles/{quote(script.uri, safe='')}"
        headers = {"Idempotency-Key": operation.idempotency_key}
        if operation.kind == "create":
            body = {"uri": script.uri, **self.text.article(script, 0)}
            return PlannedRequest("POST", "/v1/articles", body, headers)
        if operation.kind == "update":
            return PlannedRequest(
                "PUT", path, self.text.article(script, operation.sequence), headers
            )
        return PlannedRequest("DELETE", path, params={"reason": "fault harness"}, headers=headers)

    async def _perform(self, client: httpx.AsyncClient, operation: Operation) -> Outcome:
        outcome = Outcome(operation)
        request = self._request(operation)
        deadline = time.monotonic() + self.operation_timeout_s
        while time.monotonic() < deadline:
            outcome.attempts += 1
            try:
                response = await client.request(
                    request.method,
                    request.path,
                    json=request.body,
                    headers=request.headers,
                    params=request.params,
                )
            except httpx.TransportError:
                await self._back_off(outcome.attempts)
                continue
            if response.status_code == 202:
                version = int(response.json()["version"])
                outcome.acknowledgement = Acknowledgement(
                    operation.article.uri, version, withdrawal=operation.kind == "withdraw"
                )
                return outcome
            if response.status_code >= 500:
                await self._back_off(outcome.attempts)
                continue
            outcome.rejected = f"{response.status_code} {response.text[:200]}"
            return outcome
        outcome.rejected = f"no answer within {self.operation_timeout_s}s"
        return outcome

    @staticmethod
    async def _back_off(attempt: int) -> None:
        await asyncio.sleep(RETRY_BACKOFF_S[min(attempt, len(RETRY_BACKOFF_S)) - 1])
