"""Reading what is live: lists newest first, topics, related articles, public documents."""

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import func
from sqlmodel import Session, col, select

from inkstream.contracts.events import SAME_STORY
from inkstream.contracts.ninjs import NinjsDocument, body_html_of, byline_of
from inkstream.runtime.storage import as_utc
from inkstream_publishing.documents import with_related
from inkstream_publishing.tables import Publication, PublicationTopic
from inkstream_publishing.views import ArticleView, RelatedLink, TopicRef

NewestBy = Literal["published", "updated"]

_LIVE = col(Publication.withdrawn).is_(False)


def live_publications(
    session: Session, limit: int, *, topic_slug: str | None = None, newest: NewestBy = "published"
) -> list[Publication]:
    """Live articles, newest first by first publication (pages) or by last change (feeds)."""
    order = Publication.first_published_at if newest == "published" else Publication.updated_at
    query = select(Publication).where(_LIVE)
    if topic_slug is not None:
        query = query.join(
            PublicationTopic, col(PublicationTopic.uri) == col(Publication.uri)
        ).where(PublicationTopic.slug == topic_slug)
    query = query.order_by(col(order).desc(), col(Publication.uri)).limit(limit)
    return list(session.exec(query))


def last_change(session: Session, topic_slug: str | None = None) -> datetime | None:
    """When an article in the list (site-wide or a topic's) last changed, withdrawals included."""
    query = select(func.max(Publication.updated_at))
    if topic_slug is not None:
        query = query.join(
            PublicationTopic, col(PublicationTopic.uri) == col(Publication.uri)
        ).where(PublicationTopic.slug == topic_slug)
    changed = session.exec(query).first()
    return None if changed is None else as_utc(changed)


def publication_by_slug(session: Session, slug: str) -> Publication | None:
    return session.exec(select(Publication).where(Publication.slug == slug)).first()


def known_topic(session: Session, slug: str) -> TopicRef | None:
    """The topic of that slug if any article, live or withdrawn, was ever filed under it."""
    row = session.exec(
        select(PublicationTopic).where(PublicationTopic.slug == slug).limit(1)
    ).first()
    return None if row is None else TopicRef(slug=row.slug, name=row.name)


def busiest_topics(session: Session, limit: int) -> list[TopicRef]:
    """The topics with the most live articles, for navigation."""
    articles = func.count(col(PublicationTopic.uri))
    rows = session.exec(
        select(PublicationTopic.slug, func.min(PublicationTopic.name))
        .join(Publication, col(PublicationTopic.uri) == col(Publication.uri))
        .where(_LIVE)
        .group_by(col(PublicationTopic.slug))
        .order_by(articles.desc(), col(PublicationTopic.slug))
        .limit(limit)
    )
    return [TopicRef(slug=slug, name=name) for slug, name in rows]


def topics_by_uri(session: Session, uris: Sequence[str]) -> dict[str, list[TopicRef]]:
    topics: dict[str, list[TopicRef]] = {uri: [] for uri in uris}
    rows = session.exec(
        select(PublicationTopic)
        .where(col(PublicationTopic.uri).in_(list(uris)))
        .order_by(col(PublicationTopic.uri), col(PublicationTopic.position))
    )
    for row in rows:
        topics[row.uri].append(TopicRef(slug=row.slug, name=row.name))
    return topics


COVERAGE_LIMIT = 8


def resolve_related(
    session: Session,
    candidates: Sequence[Mapping[str, Any]],
    limit: int,
    *,
    exclude: str = "",
    coverage: bool = False,
) -> list[dict[str, Any]]:
    """The candidates that are live now, best first, with their current headline and page.

    "More like this" by default; with ``coverage``, the story's reports in other languages.
    """
    candidates = [item for item in candidates if (item["reason"] == SAME_STORY) == coverage]
    uris = [item["uri"] for item in candidates if item["uri"] != exclude]
    if not uris:
        return []
    live = {
        row.uri: row
        for row in session.exec(select(Publication).where(col(Publication.uri).in_(uris), _LIVE))
    }
    resolved: list[dict[str, Any]] = []
    for item in candidates:
        row = live.get(item["uri"])
        if row is None or row.uri == exclude:
            continue
        resolved.append(
            {
                "uri": row.uri,
                "headline": row.headline,
                "excerpt": row.excerpt,
                "url": row.url,
                "score": item["score"],
                "reason": item["reason"],
            }
        )
        if len(resolved) == limit:
            break
    return resolved


def related_of(session: Session, row: Publication, limit: int) -> list[dict[str, Any]]:
    if row.withdrawn:
        return []
    return resolve_related(session, json.loads(row.related), limit, exclude=row.uri)


def coverage_of(session: Session, row: Publication) -> list[dict[str, Any]]:
    """The live reports of the article's story in other languages, with their language."""
    if row.withdrawn:
        return []
    candidates = json.loads(row.related)
    languages = {item["uri"]: item.get("language") for item in candidates}
    return [
        {**item, "language": languages.get(item["uri"])}
        for item in resolve_related(
            session, candidates, COVERAGE_LIMIT, exclude=row.uri, coverage=True
        )
    ]


def public_document(session: Session, row: Publication, related_limit: int) -> NinjsDocument:
    """The ninjs document served for ``row``: live with its related articles, or the tombstone."""
    document = NinjsDocument.model_validate_json(row.document)
    if row.withdrawn:
        return document
    return with_related(document, related_of(session, row, related_limit))


def article_view(
    row: Publication,
    *,
    topics: Sequence[TopicRef] = (),
    related: Sequence[Mapping[str, Any]] = (),
    coverage: Sequence[Mapping[str, Any]] = (),
) -> ArticleView:
    document = NinjsDocument.model_validate_json(row.document)
    extra = document.model_extra or {}
    return ArticleView(
        uri=row.uri,
        slug=row.slug,
        url=row.url,
        headline=row.headline,
        byline=byline_of(document),
        body_html=body_html_of(document),
        excerpt=row.excerpt,
        language=document.language or "en",
        published_at=as_utc(row.first_published_at),
        updated_at=as_utc(row.updated_at),
        version=row.version,
        keywords=list(extra.get("inkstream_keywords", [])),
        topics=list(topics),
        reading_time_minutes=max(1, int(extra.get("inkstream_readtime_minutes", 1))),
        related=[
            RelatedLink(headline=item["headline"], excerpt=item["excerpt"], url=item["url"])
            for item in related
        ],
        coverage=[
            RelatedLink(
                headline=item["headline"],
                excerpt=item["excerpt"],
                url=item["url"],
                language=item.get("language"),
            )
            for item in coverage
        ],
    )


def article_views(session: Session, rows: Sequence[Publication]) -> list[ArticleView]:
    """Views of many articles for lists and feeds: topics, no related articles."""
    topics = topics_by_uri(session, [row.uri for row in rows])
    return [article_view(row, topics=topics[row.uri]) for row in rows]
