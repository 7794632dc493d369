"""Ingest's logic: versions, withdrawals and API keys."""

import json
from collections.abc import Iterator

import pytest
from sqlmodel import select

from inkstream.contracts.events import ArticleIngested, ArticleWithdrawn, parse_event
from inkstream.contracts.ninjs_formats import parse_submission
from inkstream.contracts.streams import StreamNames
from inkstream.runtime.storage import Database, OutboxEntry
from inkstream.runtime.unit_of_work import UnitOfWork
from inkstream_ingest.auth import ApiKeyRing, InvalidKeyConfiguration
from inkstream_ingest.submissions import (
    ArticleAlreadyWithdrawn,
    ArticleNotFound,
    record_submission,
    record_withdrawal,
)
from inkstream_ingest.tables import ArticleRecord, Submission

ARTICLE = {"uri": "urn:test:harbour", "headline": "Harbour reopens", "body": "<p>It did.</p>"}


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    db = Database(database_url, (ArticleRecord, Submission))
    db.create_tables()
    yield db
    db.dispose()


def submit(database: Database, payload: dict[str, object]) -> int:
    with database.session() as session:
        uow = UnitOfWork(session=session, streams=StreamNames("test"))
        receipt = record_submission(uow, parse_submission(payload), "newsroom", payload)
        uow.commit()
    return receipt.version


def withdraw(database: Database, uri: str) -> int:
    with database.session() as session:
        uow = UnitOfWork(session=session, streams=StreamNames("test"))
        receipt = record_withdrawal(uow, uri, "newsroom", "legal")
        uow.commit()
    return receipt.version


def emitted(database: Database) -> list[ArticleIngested | ArticleWithdrawn]:
    with database.session() as session:
        rows = session.exec(select(OutboxEntry).order_by(OutboxEntry.id)).all()  # type: ignore[arg-type]
    events = [parse_event(row.payload) for row in rows]
    assert all(isinstance(e, ArticleIngested | ArticleWithdrawn) for e in events)
    return events  # type: ignore[return-value]


def test_each_submission_of_a_uri_is_the_next_version(database: Database) -> None:
    assert submit(database, ARTICLE) == 1
    assert submit(database, {**ARTICLE, "headline": "Harbour reopens (corrected)"}) == 2

    first, second = emitted(database)
    assert isinstance(second, ArticleIngested)
    assert (first.article_version, second.article_version) == (1, 2)
    assert second.article.version == "2"
    assert second.article.firstcreated == first.article.firstcreated  # type: ignore[union-attr]
    assert second.article.pubstatus == "usable"


def test_the_submission_is_kept_as_received(database: Database) -> None:
    submit(database, ARTICLE)
    with database.session() as session:
        stored = session.exec(select(Submission)).one()
    assert json.loads(stored.original or "") == ARTICLE
    assert stored.source_format == "minimal"


def test_withdrawal_is_a_new_version_and_is_final_until_resubmitted(database: Database) -> None:
    submit(database, ARTICLE)
    assert withdraw(database, ARTICLE["uri"]) == 2
    with pytest.raises(ArticleAlreadyWithdrawn):
        withdraw(database, ARTICLE["uri"])
    assert submit(database, ARTICLE) == 3

    kinds = [event.event_type for event in emitted(database)]
    assert kinds == ["ArticleIngested", "ArticleWithdrawn", "ArticleIngested"]


def test_withdrawing_an_unknown_article_is_refused(database: Database) -> None:
    with pytest.raises(ArticleNotFound):
        withdraw(database, "urn:test:never")


def test_api_keys_are_matched_to_their_client() -> None:
    keys = ApiKeyRing.parse("newsroom:0123456789abcdef0123, wire:fedcba9876543210fedc")
    assert keys.client_for("fedcba9876543210fedc") == "wire"
    assert keys.client_for("0123456789abcdef0123") == "newsroom"
    assert keys.client_for("wrong") is None
    assert "0123456789abcdef0123" not in repr(keys)


@pytest.mark.parametrize("configured", ["newsroom", "newsroom:short", ":0123456789abcdef"])
def test_malformed_api_key_configuration_is_refused(configured: str) -> None:
    with pytest.raises(InvalidKeyConfiguration):
        ApiKeyRing.parse(configured)
