"""Enrichment's own table: the result for each article version."""

from datetime import datetime

from sqlmodel import Field, SQLModel

from inkstream.contracts.events import utc_now


class EnrichmentResult(SQLModel, table=True):
    __tablename__ = "enrichment_results"

    uri: str = Field(primary_key=True, max_length=500)
    version: int = Field(primary_key=True)
    enrichment: str
    enriched_at: datetime = Field(default_factory=utc_now)
