"""The publishing service: pages, ninjs, feeds, the published stream and the embargo clock."""

import asyncio
import contextlib
from collections.abc import AsyncIterator

import httpx

from inkstream.contracts.events import (
    ArticlePublished,
    ArticleRelated,
    ArticleUpdated,
    ArticleWithdrawn,
    RelatedArticlesChanged,
)
from inkstream.contracts.streams import Stream
from inkstream.runtime.app import ConsumerSpec, EmissionSpec, ServiceDefinition
from inkstream.runtime.context import ServiceContext
from inkstream_publishing.config import PublishingSettings
from inkstream_publishing.embargo import EmbargoClock
from inkstream_publishing.handlers import PublishArticle
from inkstream_publishing.routes import api, feeds, pages
from inkstream_publishing.tables import HeldVersion, Publication, PublicationTopic
from inkstream_publishing.webhooks import (
    WEBHOOK_TABLES,
    subscriptions_router,
    webhook_delivery_lifespan,
)
from inkstream_publishing.websub import HubNotifier

HUB_NOTIFIER = "websub_hub_notifier"
HUB_TIMEOUT_S = 10.0


def settings_of(context: ServiceContext) -> PublishingSettings:
    settings = context.settings
    assert isinstance(settings, PublishingSettings)
    return settings


def publish_article_handler(context: ServiceContext) -> PublishArticle:
    settings = settings_of(context)
    notifier: HubNotifier | None = context.resources.get(HUB_NOTIFIER)
    return PublishArticle(
        settings.public_base_url,
        settings.related_limit,
        notifier.feeds_changed if notifier is not None else None,
    )


@contextlib.asynccontextmanager
async def lifespan(context: ServiceContext) -> AsyncIterator[None]:
    """Webhook deliveries, the WebSub notifier (when a hub is configured), the embargo clock."""
    settings = settings_of(context)
    tasks: list[asyncio.Task[None]] = []
    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(webhook_delivery_lifespan(context))
        if settings.websub_hub_url:
            client = await stack.enter_async_context(httpx.AsyncClient(timeout=HUB_TIMEOUT_S))
            notifier = HubNotifier(settings.websub_hub_url, client)
            context.resources[HUB_NOTIFIER] = notifier
            tasks.append(asyncio.create_task(notifier.run(), name="websub-notifier"))
        clock = EmbargoClock(
            context, publish_article_handler(context), settings.embargo_check_interval_s
        )
        tasks.append(asyncio.create_task(clock.run(), name="embargo-clock"))
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)


definition = ServiceDefinition(
    name="publishing",
    title="Inkstream publishing",
    description="Publishes articles as pages, ninjs documents, feeds and events, "
    "and holds embargoed ones until their time.",
    settings_type=PublishingSettings,
    tables=(Publication, PublicationTopic, HeldVersion, *WEBHOOK_TABLES),
    consumers=(
        ConsumerSpec(
            stream=Stream.RELATED,
            handler_factory=publish_article_handler,
            event_types=(ArticleRelated, RelatedArticlesChanged, ArticleWithdrawn),
        ),
    ),
    emissions=(
        EmissionSpec(Stream.PUBLISHED, (ArticlePublished, ArticleUpdated, ArticleWithdrawn)),
    ),
    routers=(pages, api, feeds, subscriptions_router),
    lifespan=lifespan,
)
