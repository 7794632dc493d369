"""Pages, the ninjs API and feeds."""

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, status
from fastapi.responses import HTMLResponse, JSONResponse, Response
from sqlmodel import select

from inkstream.contracts.ninjs import NinjsDocument
from inkstream.contracts.ninjs_formats import to_ninjs3
from inkstream.runtime.context import ServiceContext, get_context
from inkstream_publishing.config import PublishingSettings
from inkstream_publishing.feeds import atom_feed, json_feed, rss_feed
from inkstream_publishing.publication import article_view, latest_articles, live_uris
from inkstream_publishing.rendering import (
    render_article_page,
    render_front_page,
    render_gone_page,
)
from inkstream_publishing.tables import PublishedArticle
from inkstream_publishing.views import ArticleView, SiteInfo

pages = APIRouter(tags=["pages"])
api = APIRouter(prefix="/v1/articles", tags=["ninjs"])
feeds = APIRouter(prefix="/feeds", tags=["feeds"])

Context = Annotated[ServiceContext, Depends(get_context)]


def _site(context: ServiceContext) -> SiteInfo:
    settings = context.settings
    assert isinstance(settings, PublishingSettings)
    return SiteInfo(title=settings.site_title, base_url=settings.public_base_url)


def _latest_views(context: ServiceContext, limit: int) -> list[ArticleView]:
    with context.database.session() as session:
        return [article_view(row) for row in latest_articles(session, limit)]


def _page_size(context: ServiceContext, kind: Literal["front", "feed"]) -> int:
    settings = context.settings
    assert isinstance(settings, PublishingSettings)
    return settings.front_page_size if kind == "front" else settings.feed_size


@pages.get("/", response_class=HTMLResponse)
def front_page(context: Context) -> HTMLResponse:
    """The newest articles first."""
    views = _latest_views(context, _page_size(context, "front"))
    return HTMLResponse(render_front_page(views, _site(context)))


@pages.get("/articles/{slug}", response_class=HTMLResponse)
def article_page(slug: str, context: Context) -> HTMLResponse:
    """The article page; 410 Gone once withdrawn."""
    with context.database.session() as session:
        row = session.exec(select(PublishedArticle).where(PublishedArticle.slug == slug)).first()
        if row is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"no article at {slug!r}")
        if row.withdrawn:
            return HTMLResponse(render_gone_page(_site(context)), status_code=status.HTTP_410_GONE)
        related_uris = [item["uri"] for item in json.loads(row.related)]
        view = article_view(row, live_uris(session, related_uris))
    return HTMLResponse(render_article_page(view, _site(context)))


@api.get("/{uri:path}")
def published_document(
    uri: str,
    context: Context,
    format: Annotated[Literal["ninjs2", "ninjs3"], Query()] = "ninjs2",
) -> JSONResponse:
    """The published ninjs 2.2 document (``?format=ninjs3`` for ninjs 3.1)."""
    with context.database.session() as session:
        row = session.get(PublishedArticle, uri)
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"no published article {uri!r}")
    document: dict[str, Any] = json.loads(row.document)
    if format == "ninjs3":
        document = to_ninjs3(NinjsDocument.model_validate(document))
    return JSONResponse(
        document, status_code=status.HTTP_410_GONE if row.withdrawn else status.HTTP_200_OK
    )


@feeds.get("/atom.xml")
def atom(context: Context) -> Response:
    views = _latest_views(context, _page_size(context, "feed"))
    return Response(atom_feed(views, _site(context)), media_type="application/atom+xml")


@feeds.get("/rss.xml")
def rss(context: Context) -> Response:
    views = _latest_views(context, _page_size(context, "feed"))
    return Response(rss_feed(views, _site(context)), media_type="application/rss+xml")


@feeds.get("/feed.json")
def json_feed_route(context: Context) -> JSONResponse:
    views = _latest_views(context, _page_size(context, "feed"))
    return JSONResponse(json_feed(views, _site(context)), media_type="application/feed+json")
