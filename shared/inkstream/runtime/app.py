"""The one app factory: every service is a ``ServiceDefinition`` run by it.

It builds, in the lifespan and from settings, the service's database (with the
inbox, outbox and version tables), the Redis client, the outbox relay, one
``StreamConsumer`` per consumed stream (a FastStream batch subscriber for fresh
entries plus a reclaimer for stalled ones), and the health, readiness and
metrics endpoints.
"""

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, cast

import structlog
import uvicorn
from fastapi import APIRouter, FastAPI
from faststream import AckPolicy
from faststream.redis import RedisBroker, StreamSub
from faststream.redis.annotations import RedisBatchStreamMessage
from redis.asyncio import Redis
from redis.exceptions import BusyLoadingError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from sqlmodel import SQLModel

from inkstream.contracts.events import Event
from inkstream.contracts.streams import Stream
from inkstream.runtime.consumer import ConsumerTuning, PendingEntry, StreamConsumer
from inkstream.runtime.context import ServiceContext
from inkstream.runtime.faults import FaultInjectingHandler
from inkstream.runtime.handlers import EventHandler
from inkstream.runtime.health import health_router
from inkstream.runtime.logging import configure_logging
from inkstream.runtime.outbox import OutboxRelay
from inkstream.runtime.settings import ServiceSettings
from inkstream.runtime.storage import Database
from inkstream.runtime.trimming import StreamTrimmer
from inkstream.runtime.wire import PlainJSONEntryFormat

log = structlog.get_logger(__name__)

ServiceLifespan = Callable[[ServiceContext], AbstractAsyncContextManager[None]]

REDIS_STARTUP_PATIENCE_S = 120.0
REDIS_STARTUP_RETRY_S = 0.5
SUBSCRIBER_CHECK_S = 2.0


@dataclass(frozen=True)
class ConsumerSpec:
    """A stream a service consumes, the events it expects there, and its handler."""

    stream: Stream
    handler_factory: Callable[[ServiceContext], EventHandler]
    event_types: Sequence[type[Event]]
    skip_stale_versions: bool = True


@dataclass(frozen=True)
class EmissionSpec:
    """A stream a service writes to, for the AsyncAPI document."""

    stream: Stream
    event_types: Sequence[type[Event]]


@dataclass(frozen=True)
class ServiceDefinition:
    """Everything that makes one service different from another."""

    name: str
    title: str
    settings_type: type[ServiceSettings]
    tables: Sequence[type[SQLModel]] = ()
    consumers: Sequence[ConsumerSpec] = ()
    emissions: Sequence[EmissionSpec] = ()
    routers: Sequence[APIRouter] = ()
    lifespan: ServiceLifespan | None = None
    description: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def _union_of(event_types: Sequence[type[Event]]) -> Any:
    union: Any = event_types[0]
    for event_type in event_types[1:]:
        union = union | event_type
    return union


def _batch_subscriber(
    spec: ConsumerSpec, deliver: Callable[[Stream, Sequence[PendingEntry]], Any] | None
) -> Callable[..., Any]:
    body_type = list[_union_of(spec.event_types)]  # type: ignore[misc,valid-type]

    async def on_batch(
        body: body_type,  # type: ignore[valid-type]
        message: RedisBatchStreamMessage,
    ) -> None:
        raw = message.raw_message
        entries = [
            PendingEntry(entry_id.decode(), fields)
            for entry_id, fields in zip(raw["message_ids"], raw["data"], strict=True)
        ]
        if deliver is not None:
            await deliver(spec.stream, entries)

    return on_batch


def build_broker(
    definition: ServiceDefinition,
    settings: ServiceSettings,
    deliver: Callable[[Stream, Sequence[PendingEntry]], Any] | None = None,
) -> RedisBroker:
    """The FastStream broker with one batch subscriber per consumed stream.

    Without ``deliver`` the subscribers exist only to describe the streams (the
    AsyncAPI document).
    """
    validation: dict[str, Any] = {}
    if deliver is not None:
        # The consumer runtime validates each event itself, so a poison entry is
        # dead-lettered alone instead of failing its whole batch in FastStream.
        validation["serializer"] = None
    broker = RedisBroker(
        settings.redis_url,
        message_format=PlainJSONEntryFormat,
        graceful_timeout=settings.shutdown_grace_s,
        logger=logging.getLogger("faststream"),
        log_level=logging.DEBUG,
        **validation,
    )
    streams = settings.streams
    for spec in definition.consumers:
        broker.subscriber(
            stream=StreamSub(
                streams.key(spec.stream),
                group=definition.name,
                consumer=settings.consumer_name,
                batch=True,
                max_records=settings.batch_size,
                polling_interval=settings.block_ms,
                last_id=">",
            ),
            ack_policy=AckPolicy.MANUAL,
            title=f"{streams.key(spec.stream)}:{definition.name}",
            description=f"{definition.title} consumes {spec.stream.value} as group "
            f"'{definition.name}'.",
        )(_batch_subscriber(spec, deliver))
    for emission in definition.emissions:
        broker.publisher(
            streams.key(emission.stream),
            title=f"{streams.key(emission.stream)}:{definition.name}:publish",
            description=f"{definition.title} appends to {emission.stream.value}.",
            schema=_union_of(emission.event_types),
        )
    return broker


def _with_faults(handler: EventHandler, settings: ServiceSettings) -> EventHandler:
    """The handler, wrapped in test-only fault injection when the settings ask for it."""
    if not settings.faults.active:
        return handler
    log.warning("fault injection is on", faults=str(settings.faults))
    return FaultInjectingHandler(handler, settings.faults)


async def _retrying_while_redis_is_away(
    attempt: Callable[[], Awaitable[None]], patience_s: float = REDIS_STARTUP_PATIENCE_S
) -> None:
    """Run ``attempt`` until Redis answers it; a service restarted during a Redis restart
    waits for Redis instead of failing to start."""
    deadline = time.monotonic() + patience_s
    while True:
        try:
            await attempt()
            return
        except (RedisConnectionError, RedisTimeoutError, BusyLoadingError) as error:
            if time.monotonic() > deadline:
                raise
            log.warning("redis unavailable at startup; retrying", error=repr(error))
            await asyncio.sleep(REDIS_STARTUP_RETRY_S)


async def _keep_subscribers_running(
    broker: RedisBroker, consumers: Sequence[StreamConsumer]
) -> None:
    """Restart a subscriber FastStream stopped for good.

    FastStream stops a stream subscriber when its group is gone (NOGROUP: Redis
    lost its data, or the stream was deleted). Recreate the groups at id 0 and
    start it again, instead of leaving the service alive but deaf.
    """
    while True:
        await asyncio.sleep(SUBSCRIBER_CHECK_S)
        stopped = [subscriber for subscriber in broker.subscribers if not subscriber.running]
        if not stopped:
            continue
        try:
            for consumer in consumers:
                await consumer.ensure_group()
            for subscriber in stopped:
                log.warning("restarting a stopped stream subscriber", subscriber=str(subscriber))
                await subscriber.start()
        except asyncio.CancelledError:
            raise
        except Exception as error:
            log.warning("could not restart a stream subscriber; retrying", error=repr(error))


def create_app(definition: ServiceDefinition, settings: ServiceSettings | None = None) -> FastAPI:
    """The ASGI app of a service; every resource is made in its lifespan."""
    resolved = settings or definition.settings_type()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        configure_logging(definition.name, resolved.log_level, resolved.log_format)
        database = Database(resolved.database_url, definition.tables)
        await asyncio.to_thread(database.create_tables)
        redis = Redis.from_url(resolved.redis_url)
        streams = resolved.streams
        relay = OutboxRelay(database, redis, streams, definition.name)
        context = ServiceContext(
            settings=resolved, database=database, redis=redis, relay=relay, streams=streams
        )
        app.state.context = context
        tasks: list[asyncio.Task[None]] = []
        async with contextlib.AsyncExitStack() as stack:
            if definition.lifespan is not None:
                await stack.enter_async_context(definition.lifespan(context))
            tasks.append(asyncio.create_task(relay.run(), name="outbox-relay"))
            consumers = {
                spec.stream: StreamConsumer(
                    service=definition.name,
                    stream_key=streams.key(spec.stream),
                    group=definition.name,
                    consumer_name=resolved.consumer_name,
                    handler=_with_faults(spec.handler_factory(context), resolved),
                    database=database,
                    redis=redis,
                    streams=streams,
                    relay=relay,
                    tuning=ConsumerTuning(
                        batch_size=resolved.batch_size,
                        max_deliveries=resolved.max_deliveries,
                        reclaim_idle_ms=resolved.reclaim_idle_ms,
                        reclaim_interval_ms=resolved.reclaim_interval_ms,
                    ),
                    skip_stale_versions=spec.skip_stale_versions,
                )
                for spec in definition.consumers
            }
            for consumer in consumers.values():
                await _retrying_while_redis_is_away(consumer.ensure_group)

            async def deliver(stream: Stream, entries: Sequence[PendingEntry]) -> None:
                await consumers[stream].handle_entries(entries)

            broker = build_broker(definition, resolved, deliver)
            context.broker = broker
            watchdog: asyncio.Task[None] | None = None
            if consumers:
                await broker.start()
                watchdog = asyncio.create_task(
                    _keep_subscribers_running(broker, list(consumers.values())),
                    name="subscriber-watchdog",
                )
                tasks.append(watchdog)
            tasks.extend(
                asyncio.create_task(consumer.reclaim_forever(), name=f"reclaim-{stream}")
                for stream, consumer in consumers.items()
            )
            if definition.emissions:
                trimmer = StreamTrimmer(
                    redis,
                    [streams.key(emission.stream) for emission in definition.emissions],
                    retention_s=resolved.stream_retention_s,
                    interval_s=resolved.trim_interval_s,
                )
                tasks.append(asyncio.create_task(trimmer.run(), name="stream-trimmer"))
            log.info(
                "service started",
                port=resolved.port,
                streams=[streams.key(stream) for stream in consumers],
                database=database.engine.url.render_as_string(hide_password=True),
            )
            try:
                yield
            finally:
                log.info("service stopping")
                if watchdog is not None:
                    watchdog.cancel()
                    await asyncio.gather(watchdog, return_exceptions=True)
                await broker.stop()
                for task in tasks[1:]:
                    task.cancel()
                await asyncio.gather(*tasks[1:], return_exceptions=True)
                with contextlib.suppress(Exception):
                    await relay.drain()
                tasks[0].cancel()
                await asyncio.gather(tasks[0], return_exceptions=True)
        await redis.aclose()
        database.dispose()

    app = FastAPI(
        title=definition.title,
        description=definition.description,
        version="0.1.0",
        lifespan=lifespan,
    )
    app.include_router(health_router)
    for router in definition.routers:
        app.include_router(router)
    return app


def run_service(definition: ServiceDefinition) -> None:
    """Entry point of ``python -m inkstream_<service>``."""
    settings = definition.settings_type()
    configure_logging(definition.name, settings.log_level, settings.log_format)
    uvicorn.run(
        create_app(definition, settings),
        host=settings.host,
        port=settings.port,
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=int(settings.shutdown_grace_s),
    )


def service_context(app: FastAPI) -> ServiceContext:
    return cast(ServiceContext, app.state.context)
