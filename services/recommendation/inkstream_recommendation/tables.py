"""Recommendation's own tables: what it knows of each article, enough to rebuild its index.

The database is the source of truth; the ANN index file is a cache of it. Every
change to what the index holds takes the next ``sequence`` from ``IndexSequence``
(a locked counter row), so an index saved at sequence N is brought up to date by
the rows changed after N, and several replicas can each follow the same order.
"""

from datetime import datetime

from sqlalchemy import BigInteger, Column, LargeBinary
from sqlmodel import Field, SQLModel


class ArticleProfileRow(SQLModel, table=True):
    __tablename__ = "recommendation_article_profiles"

    uri: str = Field(primary_key=True, max_length=500)
    key: int = Field(
        sa_column=Column(BigInteger, unique=True, nullable=False),
        description="The article's id in the ANN index (from its uri).",
    )
    version: int
    headline: str
    excerpt: str = ""
    slug: str = Field(max_length=200)
    language: str | None = Field(default=None, max_length=20)
    text: str = Field(description="Plain text the embedding was made from (to re-embed).")
    terms: str = Field(description="JSON: the keywords kept, term -> frequency weight.")
    entities: str = "{}"
    topics: str = "{}"
    vector: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    embedding_model: str = Field(max_length=100)
    published_at: datetime
    withdrawn: bool = False
    related: str = "[]"
    sequence: int = Field(sa_column=Column(BigInteger, index=True, nullable=False))


class IndexSequence(SQLModel, table=True):
    """One row: the sequence number of the last change to what the index holds."""

    __tablename__ = "recommendation_index_sequence"

    id: int = Field(default=1, primary_key=True)
    database_id: str = Field(
        max_length=32, description="Made once per database, so an index file of another is refused."
    )
    last_sequence: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))


class ArticleStoryRow(SQLModel, table=True):
    """Which story each article is in, and what its story is matched on."""

    __tablename__ = "recommendation_article_stories"

    uri: str = Field(primary_key=True, max_length=500)
    story_id: str = Field(index=True, max_length=40)
    language: str | None = Field(default=None, max_length=20)
    headline: str
    slug: str = Field(max_length=200)
    published_at: datetime = Field(index=True)
    vector: bytes = Field(
        sa_column=Column(LargeBinary, nullable=False),
        description="The multilingual story vector of headline and lead.",
    )
    embedding_model: str = Field(max_length=100)
    names: str = Field(default="[]", description="JSON: the entity names matched on.")
    withdrawn: bool = False
