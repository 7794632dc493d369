"""The delivery worker: claims due deliveries and sends each one, signed, as its own task.

Each delivery runs under a time limit and a subscription has at most a few in
flight, so a slow or dead endpoint ties up only its own slots while the others
keep going. Database work runs on the worker's own threads, so DNS lookups and
HTTP never wait behind it, nor it behind them.
"""

import asyncio
import random
import ssl
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta
from typing import Final, ParamSpec, TypeVar

import httpx
import structlog
from prometheus_client import Counter as MetricCounter
from prometheus_client import Histogram

from inkstream.contracts.events import utc_now
from inkstream.runtime.context import ServiceContext
from inkstream.runtime.storage import Database
from inkstream_publishing.webhooks.config import WebhookSettings
from inkstream_publishing.webhooks.deliveries import (
    EXCERPT_LIMIT,
    AttemptOutcome,
    ClaimedDelivery,
    claim_due_deliveries,
    record_outcome,
    release_claims,
)
from inkstream_publishing.webhooks.retries import parse_retry_after
from inkstream_publishing.webhooks.signing import signature_headers
from inkstream_publishing.webhooks.targets import (
    ResolvedTarget,
    Resolver,
    TargetRefused,
    resolve_target,
    system_resolver,
)

log = structlog.get_logger(__name__)

WEBHOOKS_RESOURCE: Final = "webhooks"
USER_AGENT: Final = "Inkstream-Webhooks/0.1 (+https://www.standardwebhooks.com)"
DATABASE_THREADS: Final = 4

ATTEMPTS = MetricCounter(
    "inkstream_webhook_attempts_total",
    "Webhook delivery attempts, by outcome (succeeded, retrying, failed, superseded, lost).",
    ["outcome"],
)
ATTEMPT_SECONDS = Histogram(
    "inkstream_webhook_attempt_seconds",
    "Time of one webhook delivery attempt, resolution to response.",
    buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)

P = ParamSpec("P")
T = TypeVar("T")


async def _excerpt(response: httpx.Response) -> str:
    collected = bytearray()
    async for chunk in response.aiter_bytes():
        collected += chunk
        if len(collected) >= EXCERPT_LIMIT:
            break
    return bytes(collected[:EXCERPT_LIMIT]).decode("utf-8", "replace")


class DeliveryWorker:
    """Sends due deliveries until stopped; any number of workers may share a database."""

    def __init__(
        self,
        database: Database,
        settings: WebhookSettings,
        name: str,
        *,
        shutdown_grace_s: float = 10.0,
        resolver: Resolver = system_resolver,
        rng: random.Random | None = None,
    ) -> None:
        self.database = database
        self.settings = settings
        self.name = name
        self.shutdown_grace_s = shutdown_grace_s
        self.resolver = resolver
        self.rng = rng or random.Random()
        self._in_flight: dict[int, tuple[asyncio.Task[None], ClaimedDelivery]] = {}
        self._clients: dict[tuple[str, str, int | None], httpx.AsyncClient] = {}
        self._wake = asyncio.Event()
        self._stopping = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._executor = ThreadPoolExecutor(DATABASE_THREADS, thread_name_prefix="webhooks-db")
        self._tls: ssl.SSLContext | bool = (
            ssl.create_default_context(cafile=str(settings.ca_bundle))
            if settings.ca_bundle is not None
            else True
        )

    def wake(self) -> None:
        """Look for due deliveries now rather than at the next poll; safe from any thread."""
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._wake.set)

    async def _in_database(self, work: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        def in_session() -> T:
            return work(*args, **kwargs)

        return await asyncio.get_running_loop().run_in_executor(self._executor, in_session)

    async def run(self) -> None:
        """Claim and send until ``stop``; errors are logged and the loop goes on."""
        self._loop = asyncio.get_running_loop()
        while not self._stopping.is_set():
            self._wake.clear()
            try:
                await self._dispatch()
            except Exception:
                log.exception("webhook dispatch failed; retrying at the next poll")
            waits = [asyncio.ensure_future(self._wake.wait())]
            waits.append(asyncio.ensure_future(self._stopping.wait()))
            _, pending = await asyncio.wait(
                waits, timeout=self.settings.poll_interval_s, return_when=asyncio.FIRST_COMPLETED
            )
            for waiting in pending:
                waiting.cancel()

    def _claim(
        self, limit: int, in_flight: Counter[str], skip: frozenset[int]
    ) -> list[ClaimedDelivery]:
        with self.database.session() as session:
            return claim_due_deliveries(
                session,
                worker=self.name,
                now=utc_now(),
                lease=timedelta(seconds=self.settings.lease_s),
                limit=limit,
                in_flight_by_subscription=in_flight,
                per_subscription_limit=self.settings.per_subscription_concurrency,
                skip=skip,
            )

    async def _dispatch(self) -> None:
        room = self.settings.max_concurrency - len(self._in_flight)
        if room <= 0:
            return
        in_flight = Counter(claimed.subscription_id for _, claimed in self._in_flight.values())
        skip = frozenset(self._in_flight)
        for claimed in await self._in_database(self._claim, room, in_flight, skip):
            task = asyncio.create_task(self._deliver(claimed), name=f"webhook-{claimed.id}")
            self._in_flight[claimed.id] = (task, claimed)

    def _client_for(self, target: ResolvedTarget) -> httpx.AsyncClient:
        # One client per origin: its pooled connections (keyed by the pinned
        # address) then always belong to the same host name and TLS server name.
        origin = (target.url.scheme, target.url.host, target.url.port)
        client = self._clients.get(origin)
        if client is None:
            client = httpx.AsyncClient(
                follow_redirects=False,
                trust_env=False,
                verify=self._tls,
                timeout=httpx.Timeout(
                    self.settings.request_timeout_s, connect=self.settings.connect_timeout_s
                ),
                limits=httpx.Limits(max_connections=self.settings.max_concurrency),
            )
            self._clients[origin] = client
        return client

    async def attempt(self, claimed: ClaimedDelivery) -> AttemptOutcome:
        """One signed POST of the delivery's payload to the checked address of its target."""
        started_at, started = utc_now(), time.monotonic()

        def outcome(
            status_code: int | None = None,
            error: str | None = None,
            retry_after_s: float | None = None,
            response_excerpt: str = "",
        ) -> AttemptOutcome:
            elapsed = time.monotonic() - started
            ATTEMPT_SECONDS.observe(elapsed)
            return AttemptOutcome(
                started_at,
                int(elapsed * 1000),
                status_code=status_code,
                error=error,
                retry_after_s=retry_after_s,
                response_excerpt=response_excerpt,
            )

        try:
            async with asyncio.timeout(self.settings.connect_timeout_s):
                target = await resolve_target(
                    claimed.url,
                    allow_private=self.settings.allow_private_targets,
                    resolver=self.resolver,
                )
        except TargetRefused as refused:
            return outcome(error=f"target refused: {refused}")
        except TimeoutError:
            return outcome(
                error=f"resolving the target took over {self.settings.connect_timeout_s}s"
            )
        headers = {
            "content-type": "application/json",
            "user-agent": USER_AGENT,
            "host": target.host_header,
            **signature_headers(
                claimed.secret, claimed.event_id, int(time.time()), claimed.payload
            ),
        }
        try:
            async with (
                asyncio.timeout(self.settings.request_timeout_s),
                self._client_for(target).stream(
                    "POST",
                    target.pinned_url,
                    content=claimed.payload.encode(),
                    headers=headers,
                    extensions={"sni_hostname": target.url.host},
                ) as response,
            ):
                excerpt = await _excerpt(response)
        except TimeoutError:
            return outcome(error=f"no answer within {self.settings.request_timeout_s}s")
        except httpx.HTTPError as failure:
            return outcome(error=f"{type(failure).__name__}: {failure}".rstrip(": "))
        status_code = response.status_code
        refused_redirect = None
        if response.is_redirect:
            location = response.headers.get("location", "")
            refused_redirect = f"HTTP {status_code}: redirects are not followed (to {location!r})"
        retry_after = None
        if not response.is_success:
            retry_after = parse_retry_after(response.headers.get("retry-after"), utc_now())
        return outcome(
            status_code=status_code,
            error=refused_redirect,
            retry_after_s=retry_after,
            response_excerpt=excerpt,
        )

    def _record(self, claimed: ClaimedDelivery, outcome: AttemptOutcome) -> str:
        with self.database.session() as session:
            status = record_outcome(
                session,
                claimed,
                outcome,
                utc_now(),
                self.settings.retry_policy,
                self.settings.disable_policy,
                self.rng,
            )
        if status is None:
            return "lost"
        return "retrying" if status == "pending" else str(status)

    async def _deliver(self, claimed: ClaimedDelivery) -> None:
        try:
            outcome = await self.attempt(claimed)
            result = await self._in_database(self._record, claimed, outcome)
            ATTEMPTS.labels(result).inc()
            (log.info if outcome.succeeded else log.warning)(
                "webhook attempt",
                delivery=claimed.id,
                subscription=claimed.subscription_id,
                webhook_id=claimed.event_id,
                attempt=claimed.attempts,
                status_code=outcome.status_code,
                error=outcome.error,
                result=result,
                duration_ms=outcome.duration_ms,
            )
        except Exception:
            log.exception(
                "webhook attempt could not be recorded; it is retried when its claim runs out",
                delivery=claimed.id,
            )
        finally:
            self._in_flight.pop(claimed.id, None)
            self._wake.set()

    async def stop(self) -> None:
        """Stop claiming; let attempts in flight finish within the grace, hand back the rest."""
        self._stopping.set()
        tasks = [task for task, _ in self._in_flight.values()]
        if tasks:
            await asyncio.wait(tasks, timeout=self.shutdown_grace_s)
        unfinished = [claimed for _, claimed in self._in_flight.values()]
        for task, _ in self._in_flight.values():
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if unfinished:

            def release() -> None:
                with self.database.session() as session:
                    release_claims(session, unfinished)

            try:
                await self._in_database(release)
            except Exception:
                log.exception("could not hand back unfinished webhook deliveries")
        await asyncio.gather(*(client.aclose() for client in self._clients.values()))
        self._clients.clear()
        self._executor.shutdown(wait=False)
        self._loop = None


@dataclass(frozen=True)
class WebhookRuntime:
    """What the subscriptions API needs from the running service."""

    settings: WebhookSettings
    worker: DeliveryWorker


@asynccontextmanager
async def webhook_delivery_lifespan(
    context: ServiceContext, settings: WebhookSettings | None = None
) -> AsyncIterator[None]:
    """Run the delivery worker for as long as the service runs (a ServiceDefinition lifespan).

    The webhook tables must be among the service's tables. Settings come from
    ``INKSTREAM_WEBHOOKS_*`` unless given.
    """
    resolved = settings or WebhookSettings()
    worker = DeliveryWorker(
        context.database,
        resolved,
        name=context.settings.consumer_name,
        shutdown_grace_s=context.settings.shutdown_grace_s,
    )
    context.resources[WEBHOOKS_RESOURCE] = WebhookRuntime(resolved, worker)
    task = asyncio.create_task(worker.run(), name="webhook-delivery")
    log.info(
        "webhook delivery started",
        allow_private_targets=resolved.allow_private_targets,
        retry_schedule_s=list(resolved.retry_schedule_s),
    )
    try:
        yield
    finally:
        await worker.stop()
        await task
        context.resources.pop(WEBHOOKS_RESOURCE, None)
