"""Publishing's stream handler: store the published version, announce it downstream."""

import json
from typing import Any

from inkstream.contracts.events import (
    ArticlePublished,
    ArticleRelated,
    ArticleWithdrawn,
    Event,
    RelatedArticlesChanged,
)
from inkstream.contracts.ninjs import NinjsDocument
from inkstream.contracts.streams import Stream
from inkstream.runtime.handlers import EventHandler
from inkstream.runtime.storage import as_utc
from inkstream.runtime.unit_of_work import UnitOfWork
from inkstream_publishing.publication import publish, refresh_related, withdraw


class PublishArticle(EventHandler):
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url

    def handle(self, uow: UnitOfWork, event: Event, prepared: Any = None) -> None:
        if isinstance(event, ArticleWithdrawn):
            row = withdraw(uow.session, event.article_uri)
            if row is not None:
                uow.emit(
                    Stream.PUBLISHED,
                    ArticleWithdrawn.caused_by(event, reason=event.reason, url=row.url),
                )
            return
        if isinstance(event, RelatedArticlesChanged):
            refresh_related(uow.session, event, self.base_url)
            return
        assert isinstance(event, ArticleRelated)
        row = publish(uow.session, event, self.base_url)
        uow.emit(
            Stream.PUBLISHED,
            ArticlePublished.caused_by(
                event,
                article=NinjsDocument.model_validate(json.loads(row.document)),
                url=row.url,
                slug=row.slug,
                first_published_at=as_utc(row.first_published_at),
            ),
        )
