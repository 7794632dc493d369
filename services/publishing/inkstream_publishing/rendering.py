"""Pure HTML rendering: sanitising bodies, share links and the public pages."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from html import unescape
from pathlib import Path
from typing import Any
from urllib.parse import quote

import nh3
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from inkstream_publishing.paths import FEED_MEDIA_TYPES, FeedFormat, feed_path
from inkstream_publishing.views import ArticleView, Listing, SiteInfo, TopicRef

__all__ = [
    "FeedLink",
    "ShareLink",
    "feed_links",
    "render_article_page",
    "render_gone_page",
    "render_listing_page",
    "sanitise_body",
    "share_links",
]

_BODY_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "caption",
        "cite",
        "code",
        "dd",
        "del",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "h2",
        "h3",
        "h4",
        "hr",
        "i",
        "img",
        "ins",
        "li",
        "mark",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "small",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "time",
        "tr",
        "ul",
    }
)
_BODY_ATTRIBUTES: dict[str, frozenset[str]] = {
    "a": frozenset({"href", "title"}),
    "abbr": frozenset({"title"}),
    "img": frozenset({"src", "alt", "title", "width", "height"}),
    "ol": frozenset({"start", "reversed"}),
    "td": frozenset({"colspan", "rowspan"}),
    "th": frozenset({"colspan", "rowspan", "scope"}),
    "time": frozenset({"datetime"}),
}
# Removed together with their contents: their text is code or embedded
# documents, never readable article prose.
_BODY_DROPPED_WITH_CONTENT = frozenset(
    {"script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math"}
)
_BODY_CLEANER = nh3.Cleaner(
    tags=_BODY_TAGS,
    clean_content_tags=_BODY_DROPPED_WITH_CONTENT,
    attributes=_BODY_ATTRIBUTES,
    url_schemes=frozenset({"http", "https", "mailto"}),
    link_rel="noopener noreferrer",
    set_tag_attribute_values={"img": {"loading": "lazy"}},
    strip_comments=True,
)


_TEXT_ONLY = nh3.Cleaner(tags=set(), clean_content_tags=_BODY_DROPPED_WITH_CONTENT)


@dataclass(frozen=True, slots=True)
class ShareLink:
    """One entry of the "Share post" list.

    ``copies_link`` marks the "Copy link" entry, whose ``href`` is the
    canonical URL itself and which the page wires to the clipboard.
    """

    name: str
    href: str
    copies_link: bool = False

    @property
    def opens_new_tab(self) -> bool:
        """Whether the link leaves for another site's share dialog."""
        return not self.copies_link and self.href.startswith("https://")


@dataclass(frozen=True, slots=True)
class FeedLink:
    """A feed the page advertises with ``<link rel="alternate">``."""

    name: str
    title: str
    href: str
    media_type: str


_FEED_NAMES: dict[FeedFormat, str] = {"atom": "Atom", "rss": "RSS", "json": "JSON Feed"}


def feed_links(site: SiteInfo, topic: TopicRef | None) -> list[FeedLink]:
    """The Atom, RSS and JSON feeds of the site, or of one topic."""
    scope = site.title if topic is None else f"{site.title}: {topic.name}"
    return [
        FeedLink(
            name=name,
            title=f"{scope} ({name})",
            href=site.absolute_url(feed_path(feed_format, topic.slug if topic else None)),
            media_type=FEED_MEDIA_TYPES[feed_format],
        )
        for feed_format, name in _FEED_NAMES.items()
    ]


def sanitise_body(html: str) -> str:
    """Reduce untrusted article HTML to safe, ordinary article markup."""
    return _BODY_CLEANER.clean(html)


def share_links(url: str, headline: str) -> list[ShareLink]:
    """Share targets for an article, every parameter percent-encoded."""
    encoded_url = _encode(url)
    encoded_headline = _encode(headline)
    return [
        ShareLink(
            "X", f"https://twitter.com/intent/tweet?url={encoded_url}&text={encoded_headline}"
        ),
        ShareLink("Facebook", f"https://www.facebook.com/sharer/sharer.php?u={encoded_url}"),
        ShareLink("LinkedIn", f"https://www.linkedin.com/sharing/share-offsite/?url={encoded_url}"),
        ShareLink("WhatsApp", f"https://wa.me/?text={_encode(f'{headline} {url}')}"),
        ShareLink("Email", f"mailto:?subject={encoded_headline}&body={encoded_url}"),
        ShareLink("Copy link", url, copies_link=True),
    ]


def render_article_page(article: ArticleView, site: SiteInfo) -> str:
    """The full HTML document for one published article."""
    return _render(
        "article.html",
        site=site,
        article=article,
        feeds=_site_feeds(site),
        byline=_byline(article.byline),
        body=Markup(sanitise_body(article.body_html)),  # noqa: S704 - nh3 output is safe markup
        share_links=share_links(article.url, article.headline),
        standfirst=None if _opens_the_body(article.excerpt, article.body_html) else article.excerpt,
        json_ld=_script_safe_json(_news_article_json_ld(article, site)),
        was_updated=article.updated_at != article.published_at,
    )


def render_listing_page(listing: Listing, site: SiteInfo) -> str:
    """The front page or a topic page: the articles in the order given (newest first)."""
    return _render(
        "listing.html",
        site=site,
        listing=listing,
        feeds=feed_links(site, listing.topic),
    )


def render_gone_page(site: SiteInfo) -> str:
    """The body served with HTTP 410 for a withdrawn article."""
    return _render("gone.html", site=site, feeds=_site_feeds(site))


def _site_feeds(site: SiteInfo) -> list[FeedLink]:
    return feed_links(site, None)


def _render(template_name: str, **context: Any) -> str:
    return _templates().get_template(template_name).render(**context)


@cache
def _templates() -> Environment:
    environment = Environment(
        loader=FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["display_datetime"] = _display_datetime
    return environment


def _opens_the_body(excerpt: str, body_html: str) -> bool:
    """Whether the excerpt is the body's first words, which a standfirst would only repeat."""
    lead = " ".join(excerpt.split()).rstrip("…. ")
    body_text = " ".join(unescape(_TEXT_ONLY.clean(body_html.replace("<", " <"))).split())
    return not lead or body_text.startswith(lead)


def _encode(value: str) -> str:
    return quote(value, safe="")


def _byline(byline: str | None) -> str | None:
    if byline is None or not byline.strip():
        return None
    byline = byline.strip()
    return byline if byline.lower().startswith("by ") else f"By {byline}"


def _display_datetime(moment: datetime) -> str:
    in_utc = moment.astimezone(UTC)
    return f"{in_utc.day} {in_utc:%B %Y, %H:%M} UTC"


def _news_article_json_ld(article: ArticleView, site: SiteInfo) -> dict[str, Any]:
    author: dict[str, str] = (
        {"@type": "Person", "name": article.byline}
        if article.byline and article.byline.strip()
        else {"@type": "Organization", "name": site.title}
    )
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.headline,
        "description": article.excerpt,
        "url": article.url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": article.url},
        "datePublished": article.published_at.isoformat(),
        "dateModified": article.updated_at.isoformat(),
        "author": [author],
        "publisher": {"@type": "Organization", "name": site.title, "url": site.absolute_url("/")},
        "keywords": list(article.keywords),
        "articleSection": [topic.name for topic in article.topics],
        "about": [_json_ld_thing(topic) for topic in article.topics],
        "inLanguage": article.language,
        "isAccessibleForFree": True,
    }


def _json_ld_thing(topic: TopicRef) -> dict[str, str]:
    thing = {"@type": "Thing", "name": topic.name}
    if topic.uri:
        thing["sameAs"] = topic.uri
    return thing


def _script_safe_json(data: dict[str, Any]) -> Markup:
    """JSON that cannot close or comment out the <script> element holding it."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)  # noqa: S704 - every character that could end the script is escaped
