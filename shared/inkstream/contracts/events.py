"""Event contracts: what the services say to each other on the streams.

Every event carries the same envelope. Within a schema version only optional
fields are added; a breaking change gets a new ``schema_version``.
"""

from datetime import UTC, datetime
from typing import Annotated, Any, ClassVar, Literal, Self
from uuid import NAMESPACE_URL, uuid4, uuid5

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from inkstream.contracts.ninjs import NinjsDocument

SCHEMA_VERSION = 1


def utc_now() -> datetime:
    return datetime.now(UTC)


class Event(BaseModel):
    """The envelope every event carries."""

    model_config = ConfigDict(frozen=True)

    event_type: str
    event_id: str = Field(description="Stable across redeliveries; the inbox key.")
    schema_version: int = SCHEMA_VERSION
    occurred_at: datetime = Field(default_factory=utc_now)
    article_uri: str
    article_version: int = Field(ge=1)
    correlation_id: str

    supported_schema_version: ClassVar[int] = SCHEMA_VERSION
    starts_version: ClassVar[bool] = True
    """Whether the event carries a new version of the article (or only news about one)."""

    @classmethod
    def first(cls, *, article_uri: str, article_version: int, **fields: Any) -> Self:
        """Start a new chain of events (a newsroom request)."""
        event_id = uuid4().hex
        return cls(
            event_id=event_id,
            correlation_id=fields.pop("correlation_id", None) or event_id,
            article_uri=article_uri,
            article_version=article_version,
            **fields,
        )

    @classmethod
    def caused_by(
        cls,
        cause: "Event",
        *,
        article_uri: str | None = None,
        article_version: int | None = None,
        **fields: Any,
    ) -> Self:
        """An event emitted while handling ``cause``, by default about the same article.

        Its id derives from the cause's id, the type and the article, so handling
        the same cause again yields the same event id.
        """
        event_type = cls.model_fields["event_type"].default
        uri = article_uri or cause.article_uri
        return cls(
            event_id=uuid5(NAMESPACE_URL, f"{cause.event_id}/{event_type}/{uri}").hex,
            correlation_id=cause.correlation_id,
            article_uri=uri,
            article_version=article_version or cause.article_version,
            **fields,
        )


MACHINE_CREATOR = "machine"


class Entity(BaseModel):
    """A person, organisation, place or event the article mentions, its mentions merged."""

    model_config = ConfigDict(frozen=True)

    name: str
    kind: Literal["person", "organisation", "place", "event"]
    relevance: float = Field(ge=0, le=1, description="How central to the article, 0 to 1.")
    confidence: float = Field(ge=0, le=1, description="How sure the extractor is, 0 to 1.")
    mentions: int = Field(default=1, ge=1)
    uri: str | None = None
    creator: str = MACHINE_CREATOR


class Topic(BaseModel):
    """An IPTC Media Topic the article is about."""

    model_config = ConfigDict(frozen=True)

    qcode: str = Field(description="e.g. medtop:11000000")
    name: str
    uri: str = Field(description="e.g. http://cv.iptc.org/newscodes/mediatopic/11000000")
    level: int = Field(default=1, ge=1)
    confidence: float = Field(ge=0, le=1)
    creator: str = MACHINE_CREATOR


class Enrichment(BaseModel):
    """What enrichment learnt about one article version."""

    model_config = ConfigDict(frozen=True)

    language: str | None = None
    word_count: int = 0
    char_count: int = 0
    reading_time_minutes: int = 0
    excerpt: str = ""
    slug: str
    keywords: list[str] = Field(default_factory=list)
    summary: str | None = None
    entities: list[Entity] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list)


SAME_STORY = "same-story"
"""The reason of a related item that is its article's story in another language."""


class RelatedArticle(BaseModel):
    """One "More like this" item."""

    model_config = ConfigDict(frozen=True)

    uri: str
    headline: str
    excerpt: str = ""
    slug: str
    score: float
    reason: str = Field(
        description="Which rule chose the item, e.g. 'similar-text'; 'same-story' marks "
        "coverage of the article's story in another language."
    )
    language: str | None = Field(default=None, description="The item's language (BCP 47).")


class ArticleIngested(Event):
    """A newsroom submitted a version of an article."""

    event_type: Literal["ArticleIngested"] = "ArticleIngested"
    article: NinjsDocument
    source_format: str
    client_id: str


class ArticleEnriched(Event):
    """Enrichment finished for a version; ``article`` carries the added tags."""

    event_type: Literal["ArticleEnriched"] = "ArticleEnriched"
    article: NinjsDocument
    enrichment: Enrichment


class ArticleRelated(Event):
    """Recommendation chose the related articles for a version."""

    event_type: Literal["ArticleRelated"] = "ArticleRelated"
    article: NinjsDocument
    enrichment: Enrichment
    related: list[RelatedArticle]
    story_id: str | None = Field(
        default=None,
        description="The story (one news event across languages and days) the article is in.",
    )


class RelatedArticlesChanged(Event):
    """A newer article now belongs in the "More like this" of an already published one.

    It refreshes the related list of ``article_version``; it is not a new version.
    """

    event_type: Literal["RelatedArticlesChanged"] = "RelatedArticlesChanged"
    related: list[RelatedArticle]
    story_id: str | None = None

    starts_version: ClassVar[bool] = False


class ArticlePublished(Event):
    """A version is live; downstream sites consume this."""

    event_type: Literal["ArticlePublished"] = "ArticlePublished"
    article: NinjsDocument
    url: str
    slug: str
    first_published_at: datetime
    story_id: str | None = Field(
        default=None,
        description="The story the article is in: GET /v1/stories/{id} on recommendation.",
    )


class ArticleUpdated(Event):
    """A new version (update or correction) of an article that was already published."""

    event_type: Literal["ArticleUpdated"] = "ArticleUpdated"
    article: NinjsDocument
    url: str
    slug: str
    first_published_at: datetime
    story_id: str | None = Field(
        default=None,
        description="The story the article is in: GET /v1/stories/{id} on recommendation.",
    )


class ArticleWithdrawn(Event):
    """The article was killed; every service drops it."""

    event_type: Literal["ArticleWithdrawn"] = "ArticleWithdrawn"
    reason: str | None = None
    url: str | None = None


AnyEvent = Annotated[
    ArticleIngested
    | ArticleEnriched
    | ArticleRelated
    | RelatedArticlesChanged
    | ArticlePublished
    | ArticleUpdated
    | ArticleWithdrawn,
    Field(discriminator="event_type"),
]

any_event_adapter: TypeAdapter[AnyEvent] = TypeAdapter(AnyEvent)


def parse_event(raw: bytes | str) -> AnyEvent:
    """Decode one event from its JSON wire form."""
    return any_event_adapter.validate_json(raw)
