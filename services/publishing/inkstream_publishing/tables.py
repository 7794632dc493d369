"""Publishing's own tables: what is live, under which topics, and what waits for its time."""

from datetime import datetime

from sqlmodel import Field, SQLModel


class Publication(SQLModel, table=True):
    """The public state of one article: its live version, or its tombstone once withdrawn.

    ``document`` is the ninjs document as published, without ``inkstream_related``:
    related articles are resolved when read, so a withdrawn or embargoed one
    never shows. ``related`` holds recommendation's candidates (uri, score, reason).
    """

    __tablename__ = "publications"

    uri: str = Field(primary_key=True, max_length=500)
    slug: str = Field(unique=True, index=True, max_length=200)
    version: int
    headline: str
    excerpt: str = ""
    url: str
    document: str
    related: str = "[]"
    first_published_at: datetime = Field(index=True)
    updated_at: datetime = Field(index=True)
    withdrawn: bool = Field(default=False, index=True)


class PublicationTopic(SQLModel, table=True):
    """A topic (ninjs subject) of a publication, keyed by the slug of its name."""

    __tablename__ = "publication_topics"

    uri: str = Field(primary_key=True, max_length=500)
    slug: str = Field(primary_key=True, index=True, max_length=200)
    name: str
    position: int = 0


class HeldVersion(SQLModel, table=True):
    """A version that may not be shown yet: under embargo, or withheld by the newsroom.

    ``event`` is the ``ArticleRelated`` event that brought it, published as is
    when ``release_at`` passes; a withheld version without a time waits for a
    newer version instead.
    """

    __tablename__ = "held_versions"

    uri: str = Field(primary_key=True, max_length=500)
    version: int
    release_at: datetime | None = Field(default=None, index=True)
    event: str
    held_at: datetime
