"""The publishing service: pages, ninjs, feeds and the published stream."""

from inkstream.contracts.events import (
    ArticlePublished,
    ArticleRelated,
    ArticleWithdrawn,
    RelatedArticlesChanged,
)
from inkstream.contracts.streams import Stream
from inkstream.runtime.app import ConsumerSpec, EmissionSpec, ServiceDefinition
from inkstream.runtime.context import ServiceContext
from inkstream_publishing.config import PublishingSettings
from inkstream_publishing.handlers import PublishArticle
from inkstream_publishing.routes import api, feeds, pages
from inkstream_publishing.tables import PublishedArticle


def _handler(context: ServiceContext) -> PublishArticle:
    return PublishArticle(context.settings.public_base_url)


definition = ServiceDefinition(
    name="publishing",
    title="Inkstream publishing",
    description="Publishes articles as pages, ninjs documents, feeds and events.",
    settings_type=PublishingSettings,
    tables=(PublishedArticle,),
    consumers=(
        ConsumerSpec(
            stream=Stream.RELATED,
            handler_factory=_handler,
            event_types=(ArticleRelated, RelatedArticlesChanged, ArticleWithdrawn),
        ),
    ),
    emissions=(EmissionSpec(Stream.PUBLISHED, (ArticlePublished, ArticleWithdrawn)),),
    routers=(pages, api, feeds),
)
