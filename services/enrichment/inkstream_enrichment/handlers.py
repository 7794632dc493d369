"""Enrichment's stream handler: parse, analyse, emit."""

from collections.abc import Mapping, Sequence
from typing import Any

from inkstream.contracts.events import ArticleEnriched, ArticleIngested, ArticleWithdrawn, Event
from inkstream.contracts.ninjs import body_html_of, headline_of
from inkstream.contracts.streams import Stream
from inkstream.runtime.handlers import EventHandler
from inkstream.runtime.unit_of_work import UnitOfWork
from inkstream_enrichment.analysis import AnalysisInput, TextAnalysis, analyse_many
from inkstream_enrichment.tables import EnrichmentResult
from inkstream_enrichment.tagging import enrichment_of, tagged_document


def _analysis_input(event: ArticleIngested) -> AnalysisInput:
    return AnalysisInput(
        headline=headline_of(event.article),
        body_html=body_html_of(event.article),
        uri=event.article_uri,
        language_hint=event.article.language,
    )


class EnrichArticle(EventHandler):
    """Adds language, counts, excerpt, slug and keywords to each ingested version."""

    def prepare(self, events: Sequence[Event]) -> Mapping[str, Any]:
        ingested = [event for event in events if isinstance(event, ArticleIngested)]
        analyses = analyse_many([_analysis_input(event) for event in ingested])
        return {
            event.event_id: analysis for event, analysis in zip(ingested, analyses, strict=True)
        }

    def handle(self, uow: UnitOfWork, event: Event, prepared: Any = None) -> None:
        if isinstance(event, ArticleWithdrawn):
            uow.emit(Stream.ENRICHED, ArticleWithdrawn.caused_by(event, reason=event.reason))
            return
        assert isinstance(event, ArticleIngested)
        analysis: TextAnalysis = prepared or analyse_many([_analysis_input(event)])[0]
        enrichment = enrichment_of(analysis)
        uow.session.add(
            EnrichmentResult(
                uri=event.article_uri,
                version=event.article_version,
                enrichment=enrichment.model_dump_json(),
            )
        )
        uow.emit(
            Stream.ENRICHED,
            ArticleEnriched.caused_by(
                event, article=tagged_document(event.article, enrichment), enrichment=enrichment
            ),
        )
