"""Stream names: the one place they are spelled."""

from dataclasses import dataclass
from enum import StrEnum


class Stream(StrEnum):
    """The article streams, in pipeline order."""

    INGESTED = "articles:ingested"
    ENRICHED = "articles:enriched"
    RELATED = "articles:related"
    PUBLISHED = "articles:published"


@dataclass(frozen=True, slots=True)
class StreamNames:
    """Redis keys of the streams under one deployment's prefix."""

    prefix: str = "inkstream"

    def key(self, stream: Stream) -> str:
        return f"{self.prefix}:{stream.value}"

    def dead_letters(self, service: str) -> str:
        return f"{self.prefix}:dlq:{service}"

    def publish_marker(self, stream_key: str, event_id: str) -> str:
        """Key remembering that an outbox event reached its stream.

        The braces put the marker in the stream's Redis Cluster hash slot, so the
        publish-once script touches a single slot.
        """
        return f"{{{stream_key}}}:sent:{event_id}"

    def handler_failures(self, stream_key: str, group: str) -> str:
        """Hash counting, per pending entry, how often ``group``'s handler failed on it."""
        return f"{{{stream_key}}}:failures:{group}"

    def all_article_streams(self) -> list[str]:
        return [self.key(stream) for stream in Stream]
