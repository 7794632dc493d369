"""The outbox relay: moves committed events from the database to their streams.

Each event is appended by a script that first sets a marker key, so a relay
that crashes after appending and before deleting the row does not append the
same event twice when it (or another replica) retries.
"""

import asyncio
import contextlib
from collections.abc import Sequence

import structlog
from redis.asyncio import Redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from sqlalchemy import delete
from sqlmodel import col, select

from inkstream.contracts.streams import StreamNames
from inkstream.runtime.metrics import OUTBOX_RELAYED
from inkstream.runtime.storage import Database, OutboxEntry
from inkstream.runtime.wire import EVENT_FIELD, TYPE_FIELD

log = structlog.get_logger(__name__)

PUBLISH_ONCE = f"""
if redis.call('SET', KEYS[2], '1', 'NX', 'EX', ARGV[3]) then
  return redis.call('XADD', KEYS[1], '*', '{TYPE_FIELD}', ARGV[1], '{EVENT_FIELD}', ARGV[2])
end
return false
"""

MARKER_TTL_S = 7 * 24 * 3600


class OutboxRelay:
    """Drains a service's outbox table into Redis, oldest first."""

    def __init__(
        self,
        database: Database,
        redis: Redis,
        streams: StreamNames,
        service: str,
        batch_size: int = 500,
        poll_interval_s: float = 1.0,
    ) -> None:
        self.database = database
        self.redis = redis
        self.streams = streams
        self.service = service
        self.batch_size = batch_size
        self.poll_interval_s = poll_interval_s
        self._publish_once = redis.register_script(PUBLISH_ONCE)
        self._wake = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None

    def wake(self) -> None:
        """Ask the relay to drain now; safe to call from any thread."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            self._wake.set()
        else:
            loop.call_soon_threadsafe(self._wake.set)

    async def run(self) -> None:
        """Drain whenever woken, and at least every poll interval, until cancelled."""
        self._loop = asyncio.get_running_loop()
        while True:
            try:
                await self.drain()
            except asyncio.CancelledError:
                raise
            except (RedisConnectionError, RedisTimeoutError) as error:
                log.warning("redis unavailable; the outbox relay will retry", error=repr(error))
                await asyncio.sleep(self.poll_interval_s)
            except Exception:
                log.exception("outbox relay failed; retrying")
                await asyncio.sleep(self.poll_interval_s)
            # asyncio.timeout, not wait_for: on Python 3.11 wait_for can swallow the
            # cancellation that stops the relay when a wake-up lands at the same moment.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.poll_interval_s):
                    await self._wake.wait()
            self._wake.clear()

    async def drain(self) -> int:
        """Relay everything pending; returns how many events were relayed."""
        relayed = 0
        while True:
            rows = await asyncio.to_thread(self._oldest_rows)
            if not rows:
                return relayed
            await self._publish(rows)
            await asyncio.to_thread(self._delete_rows, [row.id for row in rows if row.id])
            relayed += len(rows)
            OUTBOX_RELAYED.labels(self.service).inc(len(rows))

    async def _publish(self, rows: Sequence[OutboxEntry]) -> None:
        async with self.redis.pipeline(transaction=False) as pipe:
            for row in rows:
                await self._publish_once(
                    keys=[
                        row.stream_key,
                        self.streams.publish_marker(row.stream_key, row.event_id),
                    ],
                    args=[row.event_type, row.payload, MARKER_TTL_S],
                    client=pipe,
                )
            await pipe.execute()

    def _oldest_rows(self) -> list[OutboxEntry]:
        with self.database.session() as session:
            statement = select(OutboxEntry).order_by(col(OutboxEntry.id)).limit(self.batch_size)
            return list(session.exec(statement))

    def _delete_rows(self, ids: list[int]) -> None:
        with self.database.session() as session:
            session.exec(delete(OutboxEntry).where(col(OutboxEntry.id).in_(ids)))
            session.commit()
