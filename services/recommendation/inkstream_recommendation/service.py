"""The recommendation service: "More like this" for every article."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import structlog
from sqlmodel import select

from inkstream.contracts.events import (
    ArticleEnriched,
    ArticleRelated,
    ArticleWithdrawn,
    RelatedArticlesChanged,
)
from inkstream.contracts.streams import Stream
from inkstream.runtime.app import ConsumerSpec, EmissionSpec, ServiceDefinition
from inkstream.runtime.context import ServiceContext
from inkstream_recommendation.config import RecommendationSettings
from inkstream_recommendation.handlers import RecommendRelated
from inkstream_recommendation.related import RelatedArticles
from inkstream_recommendation.routes import router
from inkstream_recommendation.tables import IndexedArticle

log = structlog.get_logger(__name__)


def _load_index(context: ServiceContext) -> RelatedArticles:
    related = RelatedArticles()
    with context.database.session() as session:
        related.load(session.exec(select(IndexedArticle).where(IndexedArticle.withdrawn == False)))  # noqa: E712
    return related


@asynccontextmanager
async def build_index(context: ServiceContext) -> AsyncIterator[None]:
    """Rebuild the in-memory index from the service's database before consuming."""
    settings = context.settings
    assert isinstance(settings, RecommendationSettings)
    related = await asyncio.to_thread(_load_index, context)
    log.info("index rebuilt", articles=len(related))
    context.resources.update(related=related, min_similarity=settings.min_similarity)
    yield


def _handler(context: ServiceContext) -> RecommendRelated:
    settings = context.settings
    assert isinstance(settings, RecommendationSettings)
    return RecommendRelated(
        context.resources["related"], settings.related_limit, settings.min_similarity
    )


definition = ServiceDefinition(
    name="recommendation",
    title="Inkstream recommendation",
    description="Keeps a similarity index of live articles and chooses their related articles.",
    settings_type=RecommendationSettings,
    tables=(IndexedArticle,),
    consumers=(
        ConsumerSpec(
            stream=Stream.ENRICHED,
            handler_factory=_handler,
            event_types=(ArticleEnriched, ArticleWithdrawn),
        ),
    ),
    emissions=(
        EmissionSpec(Stream.RELATED, (ArticleRelated, RelatedArticlesChanged, ArticleWithdrawn)),
    ),
    routers=(router,),
    lifespan=build_index,
)
