"""Publishing's adapters: a version arrives on the stream, or an embargo's time comes.

Both change the public state in one transaction and announce the change there
through ``announce``.
"""

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from inkstream.contracts.events import (
    ArticlePublished,
    ArticleRelated,
    ArticleUpdated,
    ArticleWithdrawn,
    Event,
    RelatedArticlesChanged,
    utc_now,
)
from inkstream.contracts.streams import Stream
from inkstream.runtime.handlers import EventHandler
from inkstream.runtime.storage import as_utc
from inkstream.runtime.unit_of_work import UnitOfWork
from inkstream_publishing.documents import story_id_of
from inkstream_publishing.publication import (
    Published,
    Withdrawn,
    decide,
    hold,
    publish,
    refresh_related,
    release_due,
    withdraw,
)
from inkstream_publishing.views import TopicRef
from inkstream_publishing.webhooks import enqueue_deliveries
from inkstream_publishing.websub import changed_feed_urls

Announcement = ArticlePublished | ArticleUpdated | ArticleWithdrawn
FeedsChanged = Callable[[list[str]], None]

CANCELED_BY_NEWSROOM = "pubstatus canceled"


def announce(uow: UnitOfWork, event: Announcement) -> None:
    """Tell downstream sites about a publication, update or withdrawal.

    Every announcement passes here, inside the transaction of the change it
    reports, so whatever else must hear of it (the published stream now,
    webhook deliveries too) is committed together with it or not at all.
    """
    uow.emit(Stream.PUBLISHED, event)
    enqueue_deliveries(uow.session, event)


def publication_announcement(
    cause: Event, published: Published
) -> ArticlePublished | ArticleUpdated:
    """ArticlePublished when the article goes public, ArticleUpdated for a later version."""
    announcement = ArticlePublished if published.first_time else ArticleUpdated
    row = published.publication
    return announcement.caused_by(
        cause,
        article=published.document,
        url=row.url,
        slug=row.slug,
        first_published_at=as_utc(row.first_published_at),
        story_id=story_id_of(published.document),
    )


def withdrawal_announcement(
    cause: Event, withdrawn: Withdrawn, reason: str | None
) -> ArticleWithdrawn:
    row = withdrawn.publication
    return ArticleWithdrawn.caused_by(
        cause, article_version=row.version, reason=reason, url=row.url
    )


class PublishArticle(EventHandler):
    """Publishes, holds or withdraws each version, and releases embargoes when due."""

    def __init__(
        self, base_url: str, related_limit: int, feeds_changed: FeedsChanged | None = None
    ) -> None:
        self.base_url = base_url
        self.related_limit = related_limit
        self.feeds_changed = feeds_changed

    def handle(self, uow: UnitOfWork, event: Event, prepared: Any = None) -> None:
        now = utc_now()
        if isinstance(event, ArticleWithdrawn):
            self._withdraw(uow, event, event.reason, now)
        elif isinstance(event, RelatedArticlesChanged):
            refresh_related(uow.session, event)
        elif isinstance(event, ArticleRelated):
            decision = decide(event.article, now)
            if decision == "withdraw":
                self._withdraw(uow, event, CANCELED_BY_NEWSROOM, now)
            elif decision == "hold":
                hold(uow.session, event, now)
            else:
                published = publish(uow.session, event, self.base_url, now, self.related_limit)
                if published is not None:
                    self._announce_publication(uow, event, published)

    def release_due_embargoes(self, uow: UnitOfWork, now: datetime | None = None) -> int:
        """Publish every held version whose embargo has passed; returns how many."""
        released = release_due(uow.session, now or utc_now(), self.base_url, self.related_limit)
        for cause, published in released:
            self._announce_publication(uow, cause, published)
        return len(released)

    def _announce_publication(self, uow: UnitOfWork, cause: Event, published: Published) -> None:
        announce(uow, publication_announcement(cause, published))
        self._notify_feed_readers(uow, published.affected_topics)

    def _withdraw(self, uow: UnitOfWork, cause: Event, reason: str | None, now: datetime) -> None:
        withdrawn = withdraw(uow.session, cause.article_uri, cause.article_version, now)
        if withdrawn is not None:
            announce(uow, withdrawal_announcement(cause, withdrawn, reason))
            self._notify_feed_readers(uow, withdrawn.affected_topics)

    def _notify_feed_readers(self, uow: UnitOfWork, topics: Iterable[TopicRef]) -> None:
        feeds_changed = self.feeds_changed
        if feeds_changed is not None:
            urls = changed_feed_urls(self.base_url, topics)
            uow.after_commit(lambda: feeds_changed(urls))
