"""Ingest's logic: number versions, keep what was received, emit the events."""

import json
from dataclasses import asdict, dataclass
from typing import Literal

from inkstream.contracts.events import ArticleIngested, ArticleWithdrawn, utc_now
from inkstream.contracts.ninjs_formats import ParsedSubmission
from inkstream.contracts.streams import Stream
from inkstream.runtime.unit_of_work import UnitOfWork
from inkstream_ingest.tables import ArticleRecord, Submission


class ArticleNotFound(LookupError):
    """No article with that uri was ever submitted."""


class ArticleAlreadyWithdrawn(ValueError):
    """The article is withdrawn already."""


@dataclass(frozen=True)
class Receipt:
    """What the newsroom is told about an accepted request."""

    uri: str
    version: int
    outcome: Literal["created", "updated", "withdrawn"]
    correlation_id: str

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def record_submission(
    uow: UnitOfWork, submission: ParsedSubmission, client_id: str, original: object
) -> Receipt:
    """Store a new version of the article and emit ``ArticleIngested``."""
    document = submission.document
    record = uow.session.get(ArticleRecord, document.uri, with_for_update=True)
    now = utc_now()
    version = 1 if record is None else record.latest_version + 1
    first_received_at = now if record is None else record.first_received_at
    versioned = document.model_copy(
        update={
            "version": str(version),
            "versioncreated": now,
            "firstcreated": document.firstcreated or first_received_at,
            "pubstatus": document.pubstatus or "usable",
        }
    )
    event = ArticleIngested.first(
        article_uri=document.uri,
        article_version=version,
        article=versioned,
        source_format=submission.source_format,
        client_id=client_id,
    )
    if record is None:
        record = ArticleRecord(uri=document.uri, latest_version=version, first_received_at=now)
    record.latest_version, record.withdrawn, record.updated_at = version, False, now
    uow.session.add(record)
    uow.session.add(
        Submission(
            uri=document.uri,
            version=version,
            kind="version",
            client_id=client_id,
            source_format=submission.source_format,
            original=json.dumps(original),
            correlation_id=event.correlation_id,
        )
    )
    uow.emit(Stream.INGESTED, event)
    return Receipt(
        uri=document.uri,
        version=version,
        outcome="created" if version == 1 else "updated",
        correlation_id=event.correlation_id,
    )


def record_withdrawal(
    uow: UnitOfWork, uri: str, client_id: str, reason: str | None = None
) -> Receipt:
    """Withdraw (kill) the article: a new version that every service drops it for."""
    record = uow.session.get(ArticleRecord, uri, with_for_update=True)
    if record is None:
        raise ArticleNotFound(uri)
    if record.withdrawn:
        raise ArticleAlreadyWithdrawn(uri)
    version = record.latest_version + 1
    event = ArticleWithdrawn.first(article_uri=uri, article_version=version, reason=reason)
    record.latest_version, record.withdrawn, record.updated_at = version, True, utc_now()
    uow.session.add(record)
    uow.session.add(
        Submission(
            uri=uri,
            version=version,
            kind="withdrawal",
            client_id=client_id,
            correlation_id=event.correlation_id,
        )
    )
    uow.emit(Stream.INGESTED, event)
    return Receipt(
        uri=uri, version=version, outcome="withdrawn", correlation_id=event.correlation_id
    )
