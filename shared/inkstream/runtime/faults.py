"""Failures injected on purpose, for the fault harness (``tests/faults``).

Nothing here runs unless ``INKSTREAM_ENVIRONMENT=test`` and one of the
``INKSTREAM_FAULT_*`` settings is given (settings refuse them elsewhere):

- ``INKSTREAM_FAULT_FAILURE_RATE``: that share of events (chosen by event id)
  make the handler fail on their first ``INJECTED_FAILURES_PER_EVENT``
  attempts in each process, then succeed: a handler that fails intermittently;
- ``INKSTREAM_FAULT_POISON_URI_PREFIX``: events about an article whose uri
  starts with it always fail: poison, which must end in the dead letters.
"""

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from inkstream.contracts.events import Event
from inkstream.runtime.handlers import EventHandler
from inkstream.runtime.unit_of_work import UnitOfWork

INJECTED_FAILURES_PER_EVENT = 2
_RATE_RESOLUTION = 1_000_000


class InjectedFailure(RuntimeError):
    """A failure the fault harness asked for; a later attempt succeeds."""


class InjectedPoison(ValueError):
    """An event the fault harness marked as one no handler accepts."""


@dataclass(frozen=True, slots=True)
class FaultInjection:
    failure_rate: float = 0.0
    poison_uri_prefix: str = ""

    @property
    def active(self) -> bool:
        return self.failure_rate > 0 or bool(self.poison_uri_prefix)

    def chooses(self, event_id: str) -> bool:
        """Whether ``event_id`` is one of the events that fail for a while (stable)."""
        digest = hashlib.blake2b(event_id.encode(), digest_size=8).digest()
        return int.from_bytes(digest) % _RATE_RESOLUTION < self.failure_rate * _RATE_RESOLUTION


class FaultInjectingHandler(EventHandler):
    """Wraps a service's handler and makes it fail as ``faults`` says."""

    def __init__(self, inner: EventHandler, faults: FaultInjection) -> None:
        self.inner = inner
        self.faults = faults
        self._failures_left: dict[str, int] = {}

    def prepare(self, events: Sequence[Event]) -> Mapping[str, Any]:
        return self.inner.prepare(events)

    def handle(self, uow: UnitOfWork, event: Event, prepared: Any = None) -> None:
        prefix = self.faults.poison_uri_prefix
        if prefix and event.article_uri.startswith(prefix):
            raise InjectedPoison(f"{event.article_uri} is poison (fault injection)")
        if self.faults.chooses(event.event_id):
            left = self._failures_left.setdefault(event.event_id, INJECTED_FAILURES_PER_EVENT)
            if left > 0:
                self._failures_left[event.event_id] = left - 1
                raise InjectedFailure(f"injected failure of {event.event_id}, {left} left")
        self.inner.handle(uow, event, prepared)
