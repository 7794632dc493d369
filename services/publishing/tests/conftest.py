"""Publishing test fixtures: its database, and article versions as they reach it."""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

import pytest
from sqlmodel import col, select

from inkstream.contracts.events import (
    ArticleRelated,
    Enrichment,
    Event,
    RelatedArticle,
    parse_event,
    utc_now,
)
from inkstream.contracts.ninjs import NinjsDocument
from inkstream.contracts.streams import Stream, StreamNames
from inkstream.runtime.storage import Database, OutboxEntry
from inkstream.runtime.unit_of_work import UnitOfWork
from inkstream_publishing.handlers import PublishArticle
from inkstream_publishing.service import definition

BASE_URL = "https://news.example.org"
TEST_STREAMS = StreamNames("publishing-test")


class MakeVersion(Protocol):
    def __call__(
        self,
        uri: str,
        version: int = 1,
        *,
        headline: str | None = None,
        embargoed: datetime | None = None,
        pubstatus: str = "usable",
        subjects: Sequence[dict[str, Any]] = (),
        related: Sequence[str] = (),
        first_created: datetime | None = None,
    ) -> ArticleRelated: ...


@dataclass
class Publishing:
    """The publishing handler over a real database, as the consumer drives it."""

    database: Database
    handler: PublishArticle

    def handle(self, *events: Event) -> list[Event]:
        """Handle ``events`` in one transaction; returns what was announced."""
        with self.database.session() as session:
            uow = UnitOfWork(session=session, streams=TEST_STREAMS, consumer_group="publishing")
            for event in events:
                self.handler.handle(uow, event)
            uow.commit()
        return self._take_announcements()

    def release_embargoes(self, now: datetime) -> list[Event]:
        with self.database.session() as session:
            uow = UnitOfWork(session=session, streams=TEST_STREAMS)
            self.handler.release_due_embargoes(uow, now)
            uow.commit()
        return self._take_announcements()

    def _take_announcements(self) -> list[Event]:
        with self.database.session() as session:
            rows = session.exec(select(OutboxEntry).order_by(col(OutboxEntry.id))).all()
            for row in rows:
                session.delete(row)
            session.commit()
        assert {row.stream_key for row in rows} <= {TEST_STREAMS.key(Stream.PUBLISHED)}
        return [parse_event(row.payload) for row in rows]


@pytest.fixture
def publishing_database(database_url: str) -> Iterator[Database]:
    database = Database(database_url, definition.tables)
    database.create_tables()
    yield database
    database.dispose()


@pytest.fixture
def publishing(publishing_database: Database) -> Publishing:
    return Publishing(publishing_database, PublishArticle(BASE_URL, related_limit=4))


@pytest.fixture
def make_version() -> MakeVersion:
    """An ``ArticleRelated`` event shaped like the pipeline's: ingested, enriched, related."""
    first_seen: dict[str, datetime] = {}

    def make(
        uri: str,
        version: int = 1,
        *,
        headline: str | None = None,
        embargoed: datetime | None = None,
        pubstatus: str = "usable",
        subjects: Sequence[dict[str, Any]] = (),
        related: Sequence[str] = (),
        first_created: datetime | None = None,
    ) -> ArticleRelated:
        now = utc_now()
        first_seen.setdefault(uri, first_created or now - timedelta(minutes=5))
        name = uri.rsplit(":", 1)[-1]
        title = headline or f"{name.replace('-', ' ').capitalize()} (version {version})"
        excerpt = f"What happened with {name}."
        article: dict[str, Any] = {
            "uri": uri,
            "type": "text",
            "version": str(version),
            "versioncreated": now.isoformat(),
            "firstcreated": first_seen[uri].isoformat(),
            "pubstatus": pubstatus,
            "language": "en",
            "by": "Ada Lund",
            "headlines": [{"role": "main", "contenttype": "text/plain", "value": title}],
            "bodies": [
                {
                    "role": "main",
                    "contenttype": "text/html",
                    "charcount": 120,
                    "wordcount": 20,
                    "value": f"<p>{excerpt}</p><script>alert(1)</script>",
                }
            ],
            "descriptions": [{"role": "summary", "value": excerpt}],
            "inkstream_slug": f"{name}-1a2b3c",
            "inkstream_wordcount": 20,
            "inkstream_readtime_minutes": 1,
            "inkstream_keywords": [name],
        }
        if embargoed is not None:
            article["embargoed"] = embargoed.isoformat()
        if subjects:
            article["subjects"] = list(subjects)
        return ArticleRelated.first(
            article_uri=uri,
            article_version=version,
            article=NinjsDocument.model_validate(article),
            enrichment=Enrichment(slug=f"{name}-1a2b3c", excerpt=excerpt, language="en"),
            related=[
                RelatedArticle(
                    uri=other,
                    headline=other,
                    slug=other,
                    score=1.0 - position / 10,
                    reason="similar-text",
                )
                for position, other in enumerate(related)
            ],
        )

    return make
