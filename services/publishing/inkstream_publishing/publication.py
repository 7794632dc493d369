"""Publishing's logic: the published ninjs document and the views pages are made of."""

import json
from collections.abc import Sequence
from typing import Any

from sqlmodel import Session, col, select

from inkstream.contracts.events import (
    ArticleRelated,
    RelatedArticle,
    RelatedArticlesChanged,
    utc_now,
)
from inkstream.contracts.ninjs import NinjsDocument, body_html_of, byline_of, headline_of
from inkstream.runtime.storage import as_utc
from inkstream_publishing.tables import PublishedArticle
from inkstream_publishing.views import ArticleView, RelatedLink


def article_path(slug: str) -> str:
    return f"/articles/{slug}"


def article_url(base_url: str, slug: str) -> str:
    return base_url.rstrip("/") + article_path(slug)


def related_entries(
    session: Session, related: Sequence[RelatedArticle], base_url: str
) -> list[dict[str, Any]]:
    """The related items as published: live articles only, with their page URLs."""
    uris = [item.uri for item in related]
    live = {
        row.uri: row
        for row in session.exec(
            select(PublishedArticle).where(
                col(PublishedArticle.uri).in_(uris),
                PublishedArticle.withdrawn == False,  # noqa: E712
            )
        )
    }
    return [
        {
            "uri": item.uri,
            "headline": live[item.uri].headline,
            "excerpt": live[item.uri].excerpt,
            "url": live[item.uri].url,
            "score": item.score,
            "reason": item.reason,
        }
        for item in related
        if item.uri in live
    ]


def publish(session: Session, event: ArticleRelated, base_url: str) -> PublishedArticle:
    """Store the newest version of the article as published; keeps its first slug and date."""
    now = utc_now()
    row = session.get(PublishedArticle, event.article_uri, with_for_update=True)
    slug = row.slug if row is not None else event.enrichment.slug
    url = article_url(base_url, slug)
    related = related_entries(session, event.related, base_url)
    document = NinjsDocument.model_validate(
        {
            **event.article.to_json_dict(),
            "version": str(event.article_version),
            "pubstatus": "usable",
            "inkstream_slug": slug,
            "inkstream_related": related,
        }
    )
    if row is None:
        row = PublishedArticle(
            uri=event.article_uri,
            slug=slug,
            version=event.article_version,
            headline=headline_of(document),
            url=url,
            document="{}",
            first_published_at=now,
            updated_at=now,
        )
    row.version, row.headline, row.excerpt = (
        event.article_version,
        headline_of(document),
        event.enrichment.excerpt,
    )
    row.document, row.related = document.model_dump_json(), json.dumps(related)
    row.updated_at, row.withdrawn = now, False
    session.add(row)
    return row


def refresh_related(session: Session, event: RelatedArticlesChanged, base_url: str) -> None:
    """Show newer related articles on a published version, without republishing it."""
    row = session.get(PublishedArticle, event.article_uri, with_for_update=True)
    if row is None or row.withdrawn or row.version != event.article_version:
        return
    related = related_entries(session, event.related, base_url)
    document = {**json.loads(row.document), "inkstream_related": related}
    row.document, row.related = json.dumps(document), json.dumps(related)
    session.add(row)


def withdraw(session: Session, uri: str) -> PublishedArticle | None:
    """Mark the article withdrawn; None if it was never published."""
    row = session.get(PublishedArticle, uri, with_for_update=True)
    if row is None:
        return None
    document = {**json.loads(row.document), "pubstatus": "canceled"}
    row.document, row.withdrawn, row.updated_at = json.dumps(document), True, utc_now()
    session.add(row)
    return row


def article_view(row: PublishedArticle, live_related: set[str] | None = None) -> ArticleView:
    document = NinjsDocument.model_validate_json(row.document)
    extra = document.model_extra or {}
    related = [
        RelatedLink(headline=item["headline"], excerpt=item["excerpt"], url=item["url"])
        for item in json.loads(row.related)
        if live_related is None or item["uri"] in live_related
    ]
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
        topics=[subject.name for subject in document.subjects or [] if subject.name],
        reading_time_minutes=int(extra.get("inkstream_readtime_minutes", 1)),
        related=related,
    )


def live_uris(session: Session, uris: Sequence[str]) -> set[str]:
    return set(
        session.exec(
            select(PublishedArticle.uri).where(
                col(PublishedArticle.uri).in_(uris),
                PublishedArticle.withdrawn == False,  # noqa: E712
            )
        )
    )


def latest_articles(session: Session, limit: int) -> list[PublishedArticle]:
    return list(
        session.exec(
            select(PublishedArticle)
            .where(PublishedArticle.withdrawn == False)  # noqa: E712
            .order_by(col(PublishedArticle.first_published_at).desc())
            .limit(limit)
        )
    )
