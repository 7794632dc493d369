"""Re-enrichment: enrich stored articles again (after a model upgrade) and send the results on.

Each stored article's latest version is enriched anew; the result replaces the stored
one and an ``ArticleEnriched`` with a fresh event id goes out through the outbox, in
one transaction per chunk. Downstream services let the same version through again
because the event id is new, so the new tags reach the published document.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

import structlog
from redis.asyncio import Redis

from inkstream.contracts.events import ArticleEnriched
from inkstream.contracts.streams import Stream
from inkstream.runtime.outbox import OutboxRelay
from inkstream.runtime.storage import Database
from inkstream.runtime.unit_of_work import UnitOfWork
from inkstream_enrichment.config import EnrichmentSettings
from inkstream_enrichment.engine import EnrichmentEngine
from inkstream_enrichment.handlers import analysis_input
from inkstream_enrichment.repository import document_of, record_enrichment, stored_articles
from inkstream_enrichment.service import definition
from inkstream_enrichment.tagging import tagged_document

log = structlog.get_logger(__name__)

DEFAULT_CHUNK_SIZE = 50
REENRICH_GROUP = "reenrich"


@dataclass(frozen=True, slots=True)
class ReenrichmentReport:
    run_id: str
    articles: int
    missing_uris: tuple[str, ...]


def reenrich_stored(
    database: Database,
    settings: EnrichmentSettings,
    engine: EnrichmentEngine,
    uris: Sequence[str] | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> ReenrichmentReport:
    """Enrich the stored articles again (all, or those of ``uris``) and queue the events."""
    run_id = uuid.uuid4().hex
    with database.session() as session:
        keys = [(stored.uri, stored.version) for stored in stored_articles(session, uris)]
    found = {uri for uri, _ in keys}
    missing = tuple(uri for uri in uris or () if uri not in found)
    done = 0
    for start in range(0, len(keys), chunk_size):
        chunk_uris = [uri for uri, _ in keys[start : start + chunk_size]]
        with database.session() as session:
            articles = stored_articles(session, chunk_uris)
            documents = [document_of(stored) for stored in articles]
            enrichments = engine.enrich(
                [
                    analysis_input(stored.uri, doc)
                    for stored, doc in zip(articles, documents, strict=True)
                ]
            )
            uow = UnitOfWork(
                session=session, streams=settings.streams, consumer_group=REENRICH_GROUP
            )
            for stored, document, enrichment in zip(articles, documents, enrichments, strict=True):
                record_enrichment(session, stored.uri, stored.version, enrichment)
                uow.emit(
                    Stream.ENRICHED,
                    ArticleEnriched.first(
                        article_uri=stored.uri,
                        article_version=stored.version,
                        correlation_id=f"reenrich-{run_id}",
                        article=tagged_document(document, enrichment),
                        enrichment=enrichment,
                    ),
                )
            uow.commit()
        done += len(articles)
        log.info("re-enriched", articles=done, of=len(keys), run_id=run_id)
    return ReenrichmentReport(run_id=run_id, articles=done, missing_uris=missing)


async def run_reenrichment(
    settings: EnrichmentSettings,
    uris: Sequence[str] | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    workers: int | None = None,
) -> ReenrichmentReport:
    """Re-enrich against the service's own database and Redis, then relay the events."""
    database = Database(settings.database_url, definition.tables)
    database.create_tables()
    engine = EnrichmentEngine(
        workers=workers or settings.enrichment_workers, spacy_model=settings.enrichment_spacy_model
    )
    redis = Redis.from_url(settings.redis_url)
    try:
        engine.start()
        report = reenrich_stored(database, settings, engine, uris, chunk_size)
        # The running service's relay would send them within a second; sending them here
        # means the command also works while the service is down. Each goes out once.
        await OutboxRelay(database, redis, settings.streams, definition.name).drain()
        return report
    finally:
        engine.close()
        await redis.aclose()
        database.dispose()
