"""The embargo clock: publishes held versions when their time comes.

Held versions live in the database, so a restart or a crash loses none: the
next run releases whatever fell due meanwhile. A release is one transaction
with its announcements in the outbox, like any handled event.
"""

import asyncio
from datetime import datetime

import structlog

from inkstream.contracts.events import utc_now
from inkstream.runtime.context import ServiceContext
from inkstream.runtime.unit_of_work import UnitOfWork
from inkstream_publishing.handlers import PublishArticle
from inkstream_publishing.publication import next_release_at

log = structlog.get_logger(__name__)

MIN_WAIT_S = 0.05
CLOCK = "embargo-clock"


class EmbargoClock:
    """Releases due embargoes, then sleeps until the next one or ``interval_s``."""

    def __init__(self, context: ServiceContext, handler: PublishArticle, interval_s: float) -> None:
        self.context = context
        self.handler = handler
        self.interval_s = interval_s

    def release_due(self, now: datetime | None = None) -> int:
        """Publish every version whose embargo has passed by ``now``; returns how many."""
        context = self.context
        with context.database.session() as session:
            uow = UnitOfWork(session=session, streams=context.streams, consumer_group=CLOCK)
            released = self.handler.release_due_embargoes(uow, now)
            uow.commit()
        if released:
            # Only then: waking the relay on every idle tick would be needless work.
            context.relay.wake()
            log.info("embargoes released", articles=released)
        return released

    def seconds_until_next(self, now: datetime | None = None) -> float:
        with self.context.database.session() as session:
            due = next_release_at(session)
        if due is None:
            return self.interval_s
        wait = (due - (now or utc_now())).total_seconds()
        return min(max(wait, MIN_WAIT_S), self.interval_s)

    async def run(self) -> None:
        """Release due embargoes until cancelled; a failed round is retried on the next tick."""
        while True:
            wait = self.interval_s
            try:
                await asyncio.to_thread(self.release_due)
                wait = await asyncio.to_thread(self.seconds_until_next)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("releasing embargoes failed; retrying")
            await asyncio.sleep(wait)
