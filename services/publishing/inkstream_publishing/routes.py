"""Pages, the ninjs API and feeds, site-wide and per topic."""

import json
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, status
from fastapi.responses import HTMLResponse, JSONResponse, Response
from sqlmodel import Session

from inkstream.contracts.ninjs_formats import to_ninjs3
from inkstream.runtime.context import ServiceContext, get_context
from inkstream_publishing.catalogue import (
    NewestBy,
    article_view,
    article_views,
    busiest_topics,
    coverage_of,
    known_topic,
    last_change,
    live_publications,
    public_document,
    publication_by_slug,
    related_of,
    topics_by_uri,
)
from inkstream_publishing.config import PublishingSettings
from inkstream_publishing.feeds import atom_feed, json_feed, rss_feed
from inkstream_publishing.paths import (
    FEED_MEDIA_TYPES,
    FEEDS_PREFIX,
    FeedFormat,
    article_path,
    feed_path,
    topic_path,
)
from inkstream_publishing.rendering import (
    render_article_page,
    render_gone_page,
    render_listing_page,
)
from inkstream_publishing.tables import Publication
from inkstream_publishing.views import ArticleView, Listing, SiteInfo, TopicRef

pages = APIRouter(tags=["pages"])
api = APIRouter(prefix="/v1/articles", tags=["ninjs"])
feeds = APIRouter(prefix=FEEDS_PREFIX, tags=["feeds"])

Context = Annotated[ServiceContext, Depends(get_context)]


def _settings(context: ServiceContext) -> PublishingSettings:
    settings = context.settings
    assert isinstance(settings, PublishingSettings)
    return settings


def _site(context: ServiceContext) -> SiteInfo:
    settings = _settings(context)
    return SiteInfo(
        title=settings.site_title,
        base_url=settings.public_base_url,
        hub_url=settings.websub_hub_url,
    )


def _topic_or_404(session: Session, slug: str) -> TopicRef:
    topic = known_topic(session, slug)
    if topic is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"no topic {slug!r}")
    return topic


def _listing(
    context: ServiceContext, path: str, topic_slug: str | None, newest: NewestBy
) -> Listing:
    settings = _settings(context)
    limit = settings.front_page_size if newest == "published" else settings.feed_size
    with context.database.session() as session:
        topic = None if topic_slug is None else _topic_or_404(session, topic_slug)
        rows = live_publications(session, limit, topic_slug=topic_slug, newest=newest)
        return Listing(
            heading=topic.name if topic else "Latest",
            path=path,
            topic=topic,
            articles=article_views(session, rows),
            topics=busiest_topics(session, settings.topic_navigation_size),
            changed_at=last_change(session, topic_slug) if newest == "updated" else None,
        )


@pages.get("/", response_class=HTMLResponse)
def front_page(context: Context) -> HTMLResponse:
    """The newest articles first."""
    listing = _listing(context, "/", None, "published")
    return HTMLResponse(render_listing_page(listing, _site(context)))


@pages.get(topic_path("{slug}"), response_class=HTMLResponse)
def topic_page(slug: str, context: Context) -> HTMLResponse:
    """The newest articles about one topic first."""
    listing = _listing(context, topic_path(slug), slug, "published")
    return HTMLResponse(render_listing_page(listing, _site(context)))


@pages.get(article_path("{slug}"), response_class=HTMLResponse)
def article_page(slug: str, context: Context) -> HTMLResponse:
    """The article page; 410 Gone once withdrawn."""
    with context.database.session() as session:
        row = publication_by_slug(session, slug)
        if row is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"no article at {slug!r}")
        if row.withdrawn:
            return HTMLResponse(render_gone_page(_site(context)), status_code=status.HTTP_410_GONE)
        view = article_view(
            row,
            topics=topics_by_uri(session, [row.uri])[row.uri],
            related=related_of(session, row, _settings(context).related_limit),
            coverage=coverage_of(session, row),
        )
    return HTMLResponse(render_article_page(view, _site(context)))


@api.get("/{uri:path}")
def published_document(
    uri: str,
    context: Context,
    format: Annotated[Literal["ninjs2", "ninjs3"], Query()] = "ninjs2",
) -> JSONResponse:
    """The published ninjs 2.2 document (``?format=ninjs3`` for ninjs 3.1); 410 once withdrawn."""
    with context.database.session() as session:
        row = session.get(Publication, uri)
        if row is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"no published article {uri!r}")
        document = public_document(session, row, _settings(context).related_limit)
    body = to_ninjs3(document) if format == "ninjs3" else document.to_json_dict()
    return JSONResponse(
        body, status_code=status.HTTP_410_GONE if row.withdrawn else status.HTTP_200_OK
    )


def _feed_route(feed_format: FeedFormat, topic_slug: str | None = None) -> str:
    return feed_path(feed_format, topic_slug).removeprefix(FEEDS_PREFIX)


def _feed_response(
    context: ServiceContext, feed_format: FeedFormat, topic_slug: str | None = None
) -> Response:
    listing = _listing(context, feed_path(feed_format, topic_slug), topic_slug, "updated")
    site = _site(context)
    articles: list[ArticleView] = listing.articles
    if feed_format == "atom":
        content = atom_feed(articles, site, listing.topic, changed_at=listing.changed_at)
    elif feed_format == "rss":
        content = rss_feed(articles, site, listing.topic, changed_at=listing.changed_at)
    else:
        content = json.dumps(json_feed(articles, site, listing.topic)).encode()
    headers = {"Link": _discovery_links(site, feed_format, topic_slug)}
    return Response(content, media_type=FEED_MEDIA_TYPES[feed_format], headers=headers)


def _discovery_links(site: SiteInfo, feed_format: FeedFormat, topic_slug: str | None) -> str:
    """WebSub discovery: the feed's own URL and, when configured, its hub."""
    links = [f'<{site.absolute_url(feed_path(feed_format, topic_slug))}>; rel="self"']
    if site.hub_url:
        links.append(f'<{site.hub_url}>; rel="hub"')
    return ", ".join(links)


@feeds.get(_feed_route("atom"))
def atom(context: Context) -> Response:
    return _feed_response(context, "atom")


@feeds.get(_feed_route("rss"))
def rss(context: Context) -> Response:
    return _feed_response(context, "rss")


@feeds.get(_feed_route("json"))
def json_feed_route(context: Context) -> Response:
    return _feed_response(context, "json")


@feeds.get(_feed_route("atom", "{slug}"))
def topic_atom(slug: str, context: Context) -> Response:
    return _feed_response(context, "atom", slug)


@feeds.get(_feed_route("rss", "{slug}"))
def topic_rss(slug: str, context: Context) -> Response:
    return _feed_response(context, "rss", slug)


@feeds.get(_feed_route("json", "{slug}"))
def topic_json_feed(slug: str, context: Context) -> Response:
    return _feed_response(context, "json", slug)
