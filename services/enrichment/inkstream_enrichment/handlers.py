"""Enrichment's stream handler: parse, enrich, store, emit."""

from collections.abc import Mapping, Sequence
from typing import Any

from inkstream.contracts.events import (
    ArticleEnriched,
    ArticleIngested,
    ArticleWithdrawn,
    Enrichment,
    Event,
)
from inkstream.contracts.ninjs import NinjsDocument, body_html_of, headline_of
from inkstream.contracts.streams import Stream
from inkstream.runtime.handlers import EventHandler
from inkstream.runtime.unit_of_work import UnitOfWork
from inkstream_enrichment.analysis import AnalysisInput
from inkstream_enrichment.engine import EnrichmentEngine
from inkstream_enrichment.repository import forget_article, record_enrichment, remember_ingested
from inkstream_enrichment.tagging import tagged_document


def analysis_input(uri: str, document: NinjsDocument) -> AnalysisInput:
    return AnalysisInput(
        headline=headline_of(document),
        body_html=body_html_of(document),
        uri=uri,
        language_hint=document.language,
    )


class EnrichArticle(EventHandler):
    """Adds language, counts, excerpt, slug, keywords, summary, entities and topics."""

    def __init__(self, engine: EnrichmentEngine) -> None:
        self.engine = engine

    def prepare(self, events: Sequence[Event]) -> Mapping[str, Any]:
        ingested = [event for event in events if isinstance(event, ArticleIngested)]
        enrichments = self.engine.enrich(
            [analysis_input(event.article_uri, event.article) for event in ingested]
        )
        return {
            event.event_id: enrichment
            for event, enrichment in zip(ingested, enrichments, strict=True)
        }

    def handle(self, uow: UnitOfWork, event: Event, prepared: Any = None) -> None:
        if isinstance(event, ArticleWithdrawn):
            forget_article(uow.session, event.article_uri)
            uow.emit(Stream.ENRICHED, ArticleWithdrawn.caused_by(event, reason=event.reason))
            return
        assert isinstance(event, ArticleIngested)
        enrichment: Enrichment = (
            prepared or self.engine.enrich([analysis_input(event.article_uri, event.article)])[0]
        )
        remember_ingested(uow.session, event)
        record_enrichment(uow.session, event.article_uri, event.article_version, enrichment)
        uow.emit(
            Stream.ENRICHED,
            ArticleEnriched.caused_by(
                event, article=tagged_document(event.article, enrichment), enrichment=enrichment
            ),
        )
