"""What a handler gets: the transaction, and a way to emit events in it."""

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlmodel import Session

from inkstream.contracts.events import Event
from inkstream.contracts.streams import Stream, StreamNames
from inkstream.runtime.storage import ArticleVersionSeen, OutboxEntry


@dataclass
class UnitOfWork:
    """One transaction: state changes, the inbox record and the outbox together."""

    session: Session
    streams: StreamNames
    consumer_group: str = "http"
    _after_commit: list[Callable[[], None]] = field(default_factory=list)

    def emit(self, stream: Stream, event: Event) -> None:
        """Queue ``event`` for ``stream``; it is relayed only if the transaction commits."""
        self.session.add(
            OutboxEntry(
                stream_key=self.streams.key(stream),
                event_id=event.event_id,
                event_type=event.event_type,
                payload=event.model_dump_json(),
            )
        )

    def after_commit(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the transaction has committed (in-memory caches)."""
        self._after_commit.append(callback)

    def claim_version(self, article_uri: str, version: int) -> bool:
        """Record ``version`` as the newest seen; False if a newer one was.

        The same version again passes: a redelivered event is stopped by the inbox
        (same event id), so a new event for the same version is deliberate
        reprocessing, such as re-enrichment after a model upgrade.
        """
        seen = self.session.get(
            ArticleVersionSeen, (self.consumer_group, article_uri), with_for_update=True
        )
        if seen is None:
            self.session.add(
                ArticleVersionSeen(
                    consumer_group=self.consumer_group, article_uri=article_uri, version=version
                )
            )
            return True
        if version < seen.version:
            return False
        seen.version = version
        self.session.add(seen)
        return True

    def commit(self) -> None:
        self.session.commit()
        callbacks, self._after_commit = self._after_commit, []
        for callback in callbacks:
            callback()
