"""How an event sits in a stream entry: plain JSON any Redis client can read.

An entry has two fields: ``type`` (the event type, for filtering without
parsing) and ``event`` (the event as a JSON object).
"""

from collections.abc import Mapping
from typing import Any

from faststream.redis.parser.message import MessageFormat

from inkstream.contracts.events import Event

TYPE_FIELD = "type"
EVENT_FIELD = "event"


class WireFormatError(ValueError):
    """A stream entry that is not an Inkstream event."""


def entry_fields(event: Event) -> dict[str, str]:
    return {TYPE_FIELD: event.event_type, EVENT_FIELD: event.model_dump_json()}


def event_payload(fields: Mapping[Any, Any]) -> bytes:
    """The JSON of the event in an entry's fields (bytes or str keys)."""
    raw = fields.get(EVENT_FIELD.encode(), fields.get(EVENT_FIELD))
    if raw is None:
        raise WireFormatError(f"stream entry has no {EVENT_FIELD!r} field")
    return raw if isinstance(raw, bytes) else str(raw).encode()


class PlainJSONEntryFormat(MessageFormat):
    """Lets FastStream subscribers read Inkstream's plain JSON entries.

    Events are written by the outbox relay, never through FastStream's
    publisher, so only parsing is needed.
    """

    @classmethod
    async def encode(cls, **_: Any) -> bytes:
        raise NotImplementedError("Inkstream events are published by the outbox relay")

    @classmethod
    def parse(cls, data: Any) -> tuple[bytes, dict[str, Any]]:
        if isinstance(data, Mapping):
            try:
                return event_payload(data), {}
            except WireFormatError:
                return b"null", {}
        return data if isinstance(data, bytes) else str(data).encode(), {}
