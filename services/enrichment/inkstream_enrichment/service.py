"""The enrichment service: language, counts, excerpt, slug, keywords, summary, entities, topics."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import cast

import structlog

from inkstream.contracts.events import ArticleEnriched, ArticleIngested, ArticleWithdrawn
from inkstream.contracts.streams import Stream
from inkstream.runtime.app import ConsumerSpec, EmissionSpec, ServiceDefinition
from inkstream.runtime.context import ServiceContext
from inkstream_enrichment.config import EnrichmentSettings
from inkstream_enrichment.engine import EnrichmentEngine
from inkstream_enrichment.handlers import EnrichArticle
from inkstream_enrichment.tables import EnrichmentResult, IngestedArticle

ENGINE_RESOURCE = "enrichment_engine"

log = structlog.get_logger(__name__)


def engine_for(settings: EnrichmentSettings) -> EnrichmentEngine:
    return EnrichmentEngine(
        workers=settings.enrichment_workers, spacy_model=settings.enrichment_spacy_model
    )


@asynccontextmanager
async def lifespan(context: ServiceContext) -> AsyncIterator[None]:
    """Load the models (or start the workers that hold them) once, before any event."""
    settings = cast(EnrichmentSettings, context.settings)
    engine = engine_for(settings)
    await asyncio.to_thread(engine.start, False)
    log.info("enrichment models loading", workers=engine.workers, model=engine.spacy_model)
    context.resources[ENGINE_RESOURCE] = engine
    try:
        yield
    finally:
        await asyncio.to_thread(engine.close)


def _handler(context: ServiceContext) -> EnrichArticle:
    return EnrichArticle(cast(EnrichmentEngine, context.resources[ENGINE_RESOURCE]))


definition = ServiceDefinition(
    name="enrichment",
    title="Inkstream enrichment",
    description="Adds language, word count, reading time, excerpt, slug, keywords, an "
    "extractive summary, named entities and IPTC Media Topics.",
    settings_type=EnrichmentSettings,
    tables=(EnrichmentResult, IngestedArticle),
    consumers=(
        ConsumerSpec(
            stream=Stream.INGESTED,
            handler_factory=_handler,
            event_types=(ArticleIngested, ArticleWithdrawn),
        ),
    ),
    emissions=(EmissionSpec(Stream.ENRICHED, (ArticleEnriched, ArticleWithdrawn)),),
    lifespan=lifespan,
)
