"""View models the renderer and feed builders take: plain data, no storage."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class RelatedLink:
    """A "More like this" entry pointing at another published article."""

    headline: str
    excerpt: str
    url: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleView:
    """A published article as the pages and feeds show it.

    ``body_html`` is the unsanitised body; the renderer sanitises it.
    Datetimes must be timezone-aware.
    """

    uri: str
    slug: str
    url: str
    headline: str
    byline: str | None
    body_html: str
    excerpt: str
    language: str
    published_at: datetime
    updated_at: datetime
    version: int
    keywords: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    reading_time_minutes: int
    related: list[RelatedLink] = field(default_factory=list)

    def __post_init__(self) -> None:
        for name in ("published_at", "updated_at"):
            moment: datetime = getattr(self, name)
            if moment.tzinfo is None or moment.utcoffset() is None:
                raise ValueError(f"ArticleView.{name} must be timezone-aware")


@dataclass(frozen=True, slots=True, kw_only=True)
class SiteInfo:
    """The publication: its name and the absolute origin it is served from."""

    title: str = "Inkstream"
    base_url: str
    language: str = "en"

    def absolute_url(self, path: str) -> str:
        """Join a site-relative path such as ``/feeds/atom.xml`` onto ``base_url``."""
        return f"{self.base_url.rstrip('/')}/{path.lstrip('/')}"
