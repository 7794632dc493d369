"""Publishing's own table: the live document of every published article."""

from datetime import datetime

from sqlmodel import Field, SQLModel


class PublishedArticle(SQLModel, table=True):
    __tablename__ = "published_articles"

    uri: str = Field(primary_key=True, max_length=500)
    slug: str = Field(unique=True, index=True, max_length=200)
    version: int
    headline: str
    excerpt: str = ""
    url: str
    document: str
    related: str = "[]"
    first_published_at: datetime = Field(index=True)
    updated_at: datetime
    withdrawn: bool = Field(default=False, index=True)
