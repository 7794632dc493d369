"""Each service's own database: engine, tables, sessions.

SQLite (a file under the data directory) by default, PostgreSQL by URL. The
inbox, outbox and version tables live beside the service's own tables so that
one transaction covers the effect, its idempotency record and what it emits.
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import ConnectionPoolEntry
from sqlmodel import Field, Session, SQLModel, create_engine

from inkstream.contracts.events import utc_now


class InboxEntry(SQLModel, table=True):
    """An event a consumer group has handled; a redelivery finds it here."""

    __tablename__ = "inbox"

    consumer_group: str = Field(primary_key=True, max_length=250)
    event_id: str = Field(primary_key=True, max_length=64)
    handled_at: datetime = Field(default_factory=utc_now)


class OutboxEntry(SQLModel, table=True):
    """An event committed with the state change that caused it, not yet relayed."""

    __tablename__ = "outbox"

    id: int | None = Field(default=None, primary_key=True)
    stream_key: str = Field(max_length=200)
    event_id: str = Field(max_length=64)
    event_type: str = Field(max_length=100)
    payload: str
    created_at: datetime = Field(default_factory=utc_now)


class ArticleVersionSeen(SQLModel, table=True):
    """The newest version of each article a consumer group has handled."""

    __tablename__ = "article_version_seen"

    consumer_group: str = Field(primary_key=True, max_length=250)
    article_uri: str = Field(primary_key=True, max_length=500)
    version: int


RUNTIME_TABLES: tuple[type[SQLModel], ...] = (InboxEntry, OutboxEntry, ArticleVersionSeen)


def _tune_sqlite(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


class Database:
    """One service's database."""

    def __init__(self, url: str, tables: Sequence[type[SQLModel]] = ()) -> None:
        self.url = url
        self.tables = (*RUNTIME_TABLES, *tables)
        parsed = make_url(url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        if self.is_sqlite:
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            self.engine: Engine = create_engine(
                url, connect_args={"check_same_thread": False, "timeout": 30}
            )
            event.listen(self.engine, "connect", _tune_sqlite)
        else:
            self.engine = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)

    def create_tables(self) -> None:
        SQLModel.metadata.create_all(
            self.engine,
            tables=[model.__table__ for model in self.tables],  # type: ignore[attr-defined]
        )

    @contextmanager
    def session(self, *, immediate: bool = False) -> Iterator[Session]:
        """A session whose transaction the caller commits; rolled back on error.

        ``immediate`` is for read-then-write transactions: on SQLite it takes the
        write lock at once (BEGIN IMMEDIATE), because SQLite ignores SELECT ... FOR
        UPDATE and its driver starts a transaction only at the first write, so two
        transactions could otherwise both read a row and both write from what they
        read. PostgreSQL locks the rows read with FOR UPDATE instead.
        """
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                if immediate and self.is_sqlite:
                    session.connection().exec_driver_sql("BEGIN IMMEDIATE")
                yield session
            except BaseException:
                session.rollback()
                raise

    def ping(self) -> None:
        with self.engine.connect() as connection:
            connection.execute(text("SELECT 1"))

    def dispose(self) -> None:
        self.engine.dispose()


def as_utc(moment: datetime) -> datetime:
    """SQLite hands datetimes back without their zone; they were stored in UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
