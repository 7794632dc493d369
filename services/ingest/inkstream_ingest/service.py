"""The ingest service: the newsroom's door into the pipeline."""

import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import structlog

from inkstream.contracts.events import (
    ArticleEnriched,
    ArticleIngested,
    ArticlePublished,
    ArticleRelated,
    ArticleUpdated,
    ArticleWithdrawn,
    Event,
    RelatedArticlesChanged,
)
from inkstream.contracts.streams import Stream
from inkstream.runtime.app import ConsumerSpec, EmissionSpec, ServiceDefinition
from inkstream.runtime.context import ServiceContext
from inkstream_ingest.auth import ApiKeyRing
from inkstream_ingest.config import IngestSettings
from inkstream_ingest.routes import router
from inkstream_ingest.status import StageTracker
from inkstream_ingest.tables import ArticleRecord, IdempotencyRecord, PipelineStage, Submission

log = structlog.get_logger(__name__)


@asynccontextmanager
async def load_api_keys(context: ServiceContext) -> AsyncIterator[None]:
    settings = context.settings
    assert isinstance(settings, IngestSettings)
    keys = ApiKeyRing.parse(settings.api_keys.get_secret_value())
    if not keys:
        development_key = secrets.token_urlsafe(24)
        keys = ApiKeyRing.parse(f"dev:{development_key}")
        log.warning(
            "INKSTREAM_API_KEYS is empty; generated a development key",
            client="dev",
            api_key=development_key,
        )
    context.resources["api_keys"] = keys
    yield


EVENTS_ON_DOWNSTREAM_STREAMS: dict[Stream, tuple[type[Event], ...]] = {
    Stream.ENRICHED: (ArticleEnriched, ArticleWithdrawn),
    Stream.RELATED: (ArticleRelated, RelatedArticlesChanged, ArticleWithdrawn),
    Stream.PUBLISHED: (ArticlePublished, ArticleUpdated, ArticleWithdrawn),
}


def _stage_tracker(stream: Stream) -> ConsumerSpec:
    return ConsumerSpec(
        stream=stream,
        handler_factory=lambda _context: StageTracker(stream),
        event_types=EVENTS_ON_DOWNSTREAM_STREAMS[stream],
        skip_stale_versions=False,
    )


definition = ServiceDefinition(
    name="ingest",
    title="Inkstream ingest",
    description="Accepts articles from newsroom systems and starts them down the pipeline.",
    settings_type=IngestSettings,
    tables=(ArticleRecord, Submission, IdempotencyRecord, PipelineStage),
    consumers=tuple(_stage_tracker(stream) for stream in EVENTS_ON_DOWNSTREAM_STREAMS),
    emissions=(EmissionSpec(Stream.INGESTED, (ArticleIngested, ArticleWithdrawn)),),
    routers=(router,),
    lifespan=load_api_keys,
)
