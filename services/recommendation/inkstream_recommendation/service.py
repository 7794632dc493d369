"""The recommendation service: "More like this" for every article."""

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import structlog

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
from inkstream_recommendation.embedding import MultilingualEmbedder, WordLlamaEmbedder
from inkstream_recommendation.handlers import RecommendRelated
from inkstream_recommendation.index_store import IndexKeeper
from inkstream_recommendation.routes import router, stories_router
from inkstream_recommendation.story_store import StoryKeeper
from inkstream_recommendation.tables import ArticleProfileRow, ArticleStoryRow, IndexSequence

log = structlog.get_logger(__name__)


def _settings(context: ServiceContext) -> RecommendationSettings:
    settings = context.settings
    assert isinstance(settings, RecommendationSettings)
    return settings


async def follow_database(keeper: IndexKeeper, settings: RecommendationSettings) -> None:
    """Apply rows committed elsewhere, undo what never committed, save now and then."""
    last_save = time.monotonic()
    while True:
        await asyncio.sleep(settings.index_sync_interval_s)
        try:
            await asyncio.to_thread(keeper.sync)
            await asyncio.to_thread(keeper.restore_unsettled)
            if time.monotonic() - last_save >= settings.index_save_interval_s:
                await asyncio.to_thread(keeper.save)
                last_save = time.monotonic()
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("index upkeep failed; retrying")


@asynccontextmanager
async def keep_index(context: ServiceContext) -> AsyncIterator[None]:
    """Load the embedding model and open the index before consuming; save it on the way out."""
    settings = _settings(context)
    embedder = await asyncio.to_thread(WordLlamaEmbedder)
    story_embedder = await asyncio.to_thread(MultilingualEmbedder)
    keeper = await asyncio.to_thread(
        IndexKeeper.open,
        context.database,
        settings.index_directory,
        embedder,
        settings.weights,
        settings.rules,
        candidate_pool=settings.candidate_pool,
    )
    stories = await asyncio.to_thread(StoryKeeper.open, context.database, story_embedder)
    context.resources.update(
        keeper=keeper,
        embedder=embedder,
        related=keeper.related,
        stories=stories,
        story_embedder=story_embedder,
    )
    upkeep = asyncio.create_task(follow_database(keeper, settings), name="index-upkeep")
    try:
        yield
    finally:
        upkeep.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await upkeep
        try:
            await asyncio.to_thread(keeper.sync)
            await asyncio.to_thread(keeper.save)
        except Exception:
            log.exception("could not save the index; it is rebuilt at the next start")


def _handler(context: ServiceContext) -> RecommendRelated:
    return RecommendRelated(
        context.resources["keeper"],
        context.resources["embedder"],
        _settings(context).related_limit,
        context.resources["stories"],
        context.resources["story_embedder"],
        _settings(context).story_lead_words,
    )


definition = ServiceDefinition(
    name="recommendation",
    title="Inkstream recommendation",
    description="Keeps a semantic index of live articles and chooses their related articles.",
    settings_type=RecommendationSettings,
    tables=(ArticleProfileRow, IndexSequence, ArticleStoryRow),
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
    routers=(router, stories_router),
    lifespan=keep_index,
)
