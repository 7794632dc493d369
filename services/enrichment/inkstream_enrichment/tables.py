"""Enrichment's own tables: the result per article version, and the latest ingested document."""

from datetime import datetime

from sqlmodel import Field, SQLModel

from inkstream.contracts.events import utc_now


class EnrichmentResult(SQLModel, table=True):
    __tablename__ = "enrichment_results"

    uri: str = Field(primary_key=True, max_length=500)
    version: int = Field(primary_key=True)
    enrichment: str
    enriched_at: datetime = Field(default_factory=utc_now)


class IngestedArticle(SQLModel, table=True):
    """The newest version of each live article as ingested, so it can be enriched again."""

    __tablename__ = "ingested_articles"

    uri: str = Field(primary_key=True, max_length=500)
    version: int
    document: str = Field(description="The ninjs document of the ArticleIngested event.")
    correlation_id: str = Field(max_length=64)
    ingested_at: datetime = Field(default_factory=utc_now)
