"""The shape of a stream handler."""

from collections.abc import Mapping, Sequence
from typing import Any

from inkstream.contracts.events import Event
from inkstream.runtime.unit_of_work import UnitOfWork


class EventHandler:
    """Turns one event into state changes and emitted events.

    ``handle`` runs inside the batch's transaction: no network calls there.
    ``prepare`` sees the whole batch first, outside the transaction, for work
    that is faster in bulk (running a model over all texts at once); what it
    returns for an event id reaches ``handle`` as ``prepared``.
    """

    def prepare(self, events: Sequence[Event]) -> Mapping[str, Any]:
        """Precompute for a batch, keyed by event id; the default does nothing."""
        return {}

    def handle(self, uow: UnitOfWork, event: Event, prepared: Any = None) -> None:
        raise NotImplementedError
