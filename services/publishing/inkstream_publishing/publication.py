"""Publishing's logic: what each version does to the public state of its article.

A version is published, held (embargo in the future, or withheld by the
newsroom) or, when the newsroom cancels it, withdrawn. Held versions wait in
``held_versions`` until ``release_due`` publishes them at their time.

Every change locks the article's held version before its publication, so the
stream handler and the embargo clock never wait on each other in a circle.
"""

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlmodel import Session, col, select

from inkstream.contracts.events import ArticleRelated, RelatedArticle, RelatedArticlesChanged
from inkstream.contracts.ninjs import NinjsDocument, headline_of
from inkstream.runtime.storage import as_utc
from inkstream_publishing.catalogue import resolve_related
from inkstream_publishing.documents import (
    tombstone_document,
    topics_of,
    version_document,
    with_related,
)
from inkstream_publishing.paths import absolute, article_path
from inkstream_publishing.tables import HeldVersion, Publication, PublicationTopic
from inkstream_publishing.views import TopicRef

Decision = Literal["publish", "hold", "withdraw"]


@dataclass(frozen=True, slots=True)
class Published:
    """A version went live; ``document`` is the one to announce, related articles resolved.

    ``affected_topics`` are the topics whose lists changed: the version's and its predecessor's.
    """

    publication: Publication
    document: NinjsDocument
    first_time: bool
    affected_topics: list[TopicRef]


@dataclass(frozen=True, slots=True)
class Withdrawn:
    """A live article was withdrawn; ``affected_topics`` are the lists it left."""

    publication: Publication
    affected_topics: list[TopicRef]


def decide(article: NinjsDocument, now: datetime) -> Decision:
    """What a newly arrived version does, judged by its pubstatus and embargo."""
    if article.pubstatus == "canceled":
        return "withdraw"
    if article.pubstatus == "withheld":
        return "hold"
    if article.embargoed is not None and article.embargoed > now:
        return "hold"
    return "publish"


def publish(
    session: Session, event: ArticleRelated, base_url: str, now: datetime, related_limit: int
) -> Published | None:
    """Make the version live; None if a newer version is already public.

    The article keeps its first slug and publication date across versions.
    """
    _drop_held(session, event.article_uri, up_to_version=event.article_version)
    row = session.get(Publication, event.article_uri, with_for_update=True)
    if row is not None and row.version > event.article_version:
        return None
    first_time = row is None or row.withdrawn
    slug = row.slug if row is not None else event.enrichment.slug
    previous = None if row is None else NinjsDocument.model_validate_json(row.document)
    document = version_document(
        event.article,
        version=event.article_version,
        pubstatus="usable",
        slug=slug,
        received_at=now,
        first_created=None if previous is None else previous.firstcreated,
        story_id=event.story_id,
    )
    if row is None:
        row = Publication(
            uri=event.article_uri,
            slug=slug,
            version=event.article_version,
            headline="",
            url=absolute(base_url, article_path(slug)),
            document="{}",
            first_published_at=now,
            updated_at=now,
        )
    row.version = event.article_version
    row.headline = headline_of(document)
    row.excerpt = event.enrichment.excerpt
    row.document = document.model_dump_json()
    row.related = json.dumps(_candidates(event.related))
    row.updated_at, row.withdrawn = now, False
    session.add(row)
    topics = _file_under_topics(session, event.article_uri, topics_of(document))
    related = resolve_related(session, _candidates(event.related), related_limit, exclude=row.uri)
    return Published(row, with_related(document, related), first_time, topics)


def hold(session: Session, event: ArticleRelated, now: datetime) -> bool:
    """Keep the version back until its embargo passes; False if a newer one is held already."""
    held = session.get(HeldVersion, event.article_uri, with_for_update=True)
    if held is not None and held.version > event.article_version:
        return False
    withheld = version_document(
        event.article,
        version=event.article_version,
        pubstatus="withheld",
        slug=event.enrichment.slug,
        received_at=now,
    )
    release_at = event.article.embargoed if event.article.pubstatus != "withheld" else None
    held = held or HeldVersion(uri=event.article_uri, version=0, event="{}", held_at=now)
    held.version, held.release_at, held.held_at = event.article_version, release_at, now
    held.event = event.model_copy(update={"article": withheld}).model_dump_json()
    session.add(held)
    return True


def release_due(
    session: Session, now: datetime, base_url: str, related_limit: int, limit: int = 100
) -> list[tuple[ArticleRelated, Published]]:
    """Publish the held versions whose embargo has passed, with the events that brought them.

    Rows another replica is releasing are skipped (PostgreSQL), not waited for.
    """
    due = session.exec(
        select(HeldVersion)
        .where(col(HeldVersion.release_at).is_not(None), col(HeldVersion.release_at) <= now)
        .order_by(col(HeldVersion.release_at))
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    released: list[tuple[ArticleRelated, Published]] = []
    for held in due:
        event = ArticleRelated.model_validate_json(held.event)
        article = event.article.model_copy(update={"pubstatus": "usable"})
        published = publish(
            session, event.model_copy(update={"article": article}), base_url, now, related_limit
        )
        if published is not None:
            released.append((event, published))
    return released


def next_release_at(session: Session) -> datetime | None:
    """When the earliest held version is due, if any has a time."""
    earliest = session.exec(
        select(HeldVersion.release_at)
        .where(col(HeldVersion.release_at).is_not(None))
        .order_by(col(HeldVersion.release_at))
        .limit(1)
    ).first()
    return None if earliest is None else as_utc(earliest)


def withdraw(session: Session, uri: str, version: int, now: datetime) -> Withdrawn | None:
    """Take the article down, leaving a canceled tombstone; None if nothing was public."""
    _drop_held(session, uri, up_to_version=version)
    row = session.get(Publication, uri, with_for_update=True)
    if row is None or row.withdrawn or row.version > version:
        return None
    published = NinjsDocument.model_validate_json(row.document)
    tombstone = tombstone_document(published, version=version, withdrawn_at=now)
    row.document, row.related = tombstone.model_dump_json(), "[]"
    row.version, row.updated_at, row.withdrawn = version, now, True
    session.add(row)
    topics = [
        TopicRef(slug=topic.slug, name=topic.name)
        for topic in session.exec(select(PublicationTopic).where(PublicationTopic.uri == uri))
    ]
    return Withdrawn(row, topics)


def refresh_related(session: Session, event: RelatedArticlesChanged) -> None:
    """Take newer related articles into the version they were chosen for, live or held."""
    held = session.get(HeldVersion, event.article_uri, with_for_update=True)
    if held is not None and held.version == event.article_version:
        waiting = ArticleRelated.model_validate_json(held.event)
        held.event = waiting.model_copy(update={"related": event.related}).model_dump_json()
        session.add(held)
    row = session.get(Publication, event.article_uri, with_for_update=True)
    if row is not None and not row.withdrawn and row.version == event.article_version:
        row.related = json.dumps(_candidates(event.related))
        session.add(row)


def _drop_held(session: Session, uri: str, up_to_version: int) -> None:
    held = session.get(HeldVersion, uri, with_for_update=True)
    if held is not None and held.version <= up_to_version:
        session.delete(held)


def _file_under_topics(session: Session, uri: str, topics: list[TopicRef]) -> list[TopicRef]:
    """Replace the article's topics; returns the old and new ones, whose lists changed."""
    previous: dict[str, TopicRef] = {}
    for row in session.exec(select(PublicationTopic).where(PublicationTopic.uri == uri)):
        previous[row.slug] = TopicRef(slug=row.slug, name=row.name)
        session.delete(row)
    session.flush()
    for position, topic in enumerate(topics):
        session.add(PublicationTopic(uri=uri, slug=topic.slug, name=topic.name, position=position))
    return list({**previous, **{topic.slug: topic for topic in topics}}.values())


def _candidates(related: list[RelatedArticle]) -> list[dict[str, object]]:
    return [
        {"uri": item.uri, "score": item.score, "reason": item.reason, "language": item.language}
        for item in related
    ]
