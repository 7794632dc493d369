"""Ingest's own tables: every version as received, and idempotency keys."""

from datetime import datetime

from sqlmodel import Field, SQLModel

from inkstream.contracts.events import utc_now


class ArticleRecord(SQLModel, table=True):
    """The newest state of an article as the newsroom sent it."""

    __tablename__ = "ingest_articles"

    uri: str = Field(primary_key=True, max_length=500)
    latest_version: int
    withdrawn: bool = False
    first_received_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class Submission(SQLModel, table=True):
    """One version exactly as received (a withdrawal is a version without a document)."""

    __tablename__ = "ingest_submissions"

    uri: str = Field(primary_key=True, max_length=500)
    version: int = Field(primary_key=True)
    kind: str = Field(max_length=20)
    client_id: str = Field(max_length=100)
    source_format: str | None = Field(default=None, max_length=20)
    received_at: datetime = Field(default_factory=utc_now)
    original: str | None = None
    correlation_id: str = Field(max_length=64)


class IdempotencyRecord(SQLModel, table=True):
    """The answer given to a client's request, replayed for a retry with the same key."""

    __tablename__ = "ingest_idempotency_keys"

    client_id: str = Field(primary_key=True, max_length=100)
    key: str = Field(primary_key=True, max_length=200)
    request_fingerprint: str = Field(max_length=64)
    status_code: int
    response: str
    created_at: datetime = Field(default_factory=utc_now)


class PipelineStage(SQLModel, table=True):
    """A stage an article version has passed, learnt from the downstream streams."""

    __tablename__ = "ingest_pipeline_stages"

    uri: str = Field(primary_key=True, max_length=500)
    version: int = Field(primary_key=True)
    stage: str = Field(primary_key=True, max_length=20)
    reached_at: datetime = Field(default_factory=utc_now)
    url: str | None = None
