"""The resources of a running service, made in its lifespan."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from fastapi import Request
from redis.asyncio import Redis

from inkstream.contracts.streams import StreamNames
from inkstream.runtime.outbox import OutboxRelay
from inkstream.runtime.settings import ServiceSettings
from inkstream.runtime.storage import Database
from inkstream.runtime.unit_of_work import UnitOfWork


@dataclass
class ServiceContext:
    settings: ServiceSettings
    database: Database
    redis: Redis
    relay: OutboxRelay
    streams: StreamNames
    broker: Any = None
    resources: dict[str, Any] = field(default_factory=dict)

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """A transaction for an HTTP request; the caller commits."""
        with self.database.session(immediate=True) as session:
            uow = UnitOfWork(session=session, streams=self.streams)
            yield uow
        self.relay.wake()


def get_context(request: Request) -> ServiceContext:
    """FastAPI dependency: the running service's resources."""
    context: ServiceContext = request.app.state.context
    return context
