"""Recommendation's own table: what it knows of each article, to rebuild its index."""

from datetime import datetime

from sqlmodel import Field, SQLModel


class IndexedArticle(SQLModel, table=True):
    __tablename__ = "recommendation_articles"

    uri: str = Field(primary_key=True, max_length=500)
    version: int
    headline: str
    excerpt: str = ""
    slug: str = Field(max_length=200)
    language: str | None = Field(default=None, max_length=20)
    terms: str
    published_at: datetime
    withdrawn: bool = False
    related: str = "[]"
