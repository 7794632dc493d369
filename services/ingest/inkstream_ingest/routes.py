"""The newsroom-facing HTTP API."""

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Body, Depends, Header, HTTPException, Request, status
from fastapi.responses import JSONResponse
from sqlalchemy.exc import IntegrityError

from inkstream.contracts.ninjs_formats import SubmissionError, parse_submission
from inkstream.runtime.context import ServiceContext, get_context
from inkstream.runtime.unit_of_work import UnitOfWork
from inkstream_ingest.auth import ApiKeyRing
from inkstream_ingest.status import article_status
from inkstream_ingest.submissions import (
    ArticleAlreadyWithdrawn,
    ArticleNotFound,
    Receipt,
    record_submission,
    record_withdrawal,
)
from inkstream_ingest.tables import IdempotencyRecord

router = APIRouter(prefix="/v1/articles", tags=["articles"])

Context = Annotated[ServiceContext, Depends(get_context)]


def authenticated_client(
    context: Context, authorization: Annotated[str | None, Header()] = None
) -> str:
    """The client whose bearer key the request presents; 401 otherwise."""
    keys: ApiKeyRing = context.resources["api_keys"]
    scheme, _, presented = (authorization or "").partition(" ")
    client = keys.client_for(presented.strip()) if scheme.lower() == "bearer" else None
    if client is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="a valid API key is required: Authorization: Bearer <key>",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return client


Client = Annotated[str, Depends(authenticated_client)]
ArticleBody = Annotated[dict[str, Any], Body(description="ninjs 2.x, ninjs 3.x or minimal JSON")]
IdempotencyKey = Annotated[
    str | None, Header(max_length=200, description="Makes a retried request a no-op")
]


def _accepted(request: Request, receipt: Receipt) -> dict[str, Any]:
    status_url = str(request.url_for("article_status", uri=quote(receipt.uri, safe="")))
    return {**receipt.as_dict(), "status_url": status_url}


def _fingerprint(payload: object) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


# A first POST of a new uri racing another one loses the insert on PostgreSQL; on a
# second try the row exists and the lock taken on it orders the two.
MAX_ATTEMPTS = 3


@dataclass(frozen=True, slots=True)
class _RetrySafeRequest:
    """A request that a repeated Idempotency-Key turns into a replay of the first answer."""

    context: ServiceContext
    request: Request
    client: str
    idempotency_key: str | None
    fingerprint: str

    def run(self, act: Callable[[UnitOfWork], Receipt]) -> JSONResponse:
        """Run ``act`` in its own transaction, once per key; 202 with the receipt.

        The same key with a different request is refused (422).
        """
        replay = self._replay()
        if replay is not None:
            return replay
        for _ in range(MAX_ATTEMPTS - 1):
            try:
                return self._commit(act)
            except IntegrityError:
                replay = self._replay()
                if replay is not None:
                    return replay
        return self._commit(act)

    def _replay(self) -> JSONResponse | None:
        if not self.idempotency_key:
            return None
        return _replayed_response(self.context, self.client, self.idempotency_key, self.fingerprint)

    def _commit(self, act: Callable[[UnitOfWork], Receipt]) -> JSONResponse:
        with self.context.unit_of_work() as uow:
            body = _accepted(self.request, act(uow))
            if self.idempotency_key:
                uow.session.add(
                    IdempotencyRecord(
                        client_id=self.client,
                        key=self.idempotency_key,
                        request_fingerprint=self.fingerprint,
                        status_code=status.HTTP_202_ACCEPTED,
                        response=json.dumps(body),
                    )
                )
            uow.commit()
        return JSONResponse(body, status_code=status.HTTP_202_ACCEPTED)


def _submit(
    context: ServiceContext,
    request: Request,
    client: str,
    payload: dict[str, Any],
    idempotency_key: str | None,
) -> JSONResponse:
    try:
        submission = parse_submission(payload)
    except SubmissionError as error:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, detail=error.errors) from error
    retry_safe = _RetrySafeRequest(context, request, client, idempotency_key, _fingerprint(payload))
    return retry_safe.run(lambda uow: record_submission(uow, submission, client, payload))


def _replayed_response(
    context: ServiceContext, client: str, key: str, fingerprint: str
) -> JSONResponse | None:
    with context.database.session() as session:
        record = session.get(IdempotencyRecord, (client, key))
    if record is None:
        return None
    if record.request_fingerprint != fingerprint:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT,
            detail="this Idempotency-Key was used for a different request body",
        )
    return JSONResponse(
        json.loads(record.response),
        status_code=record.status_code,
        headers={"Idempotent-Replayed": "true"},
    )


@router.post("", status_code=status.HTTP_202_ACCEPTED)
def submit_article(
    request: Request,
    context: Context,
    client: Client,
    payload: ArticleBody,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """Accept a new article or a new version of one (same uri)."""
    return _submit(context, request, client, payload, idempotency_key)


@router.put("/{uri:path}", status_code=status.HTTP_202_ACCEPTED)
def replace_article(
    uri: str,
    request: Request,
    context: Context,
    client: Client,
    payload: ArticleBody,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """Submit a new version of the article at ``uri`` (an update or correction)."""
    if payload.get("uri", uri) != uri:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT,
            detail=[{"loc": ["body", "uri"], "msg": "uri in the body differs from the path"}],
        )
    return _submit(context, request, client, {**payload, "uri": uri}, idempotency_key)


@router.delete("/{uri:path}", status_code=status.HTTP_202_ACCEPTED)
def withdraw_article(
    uri: str,
    request: Request,
    context: Context,
    client: Client,
    reason: str | None = None,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """Withdraw (kill) the article everywhere it was published."""
    fingerprint = _fingerprint({"withdraw": uri, "reason": reason})
    retry_safe = _RetrySafeRequest(context, request, client, idempotency_key, fingerprint)
    try:
        return retry_safe.run(lambda uow: record_withdrawal(uow, uri, client, reason))
    except ArticleNotFound as error:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"no article {uri!r}") from error
    except ArticleAlreadyWithdrawn as error:
        raise HTTPException(
            status.HTTP_409_CONFLICT, detail=f"article {uri!r} is already withdrawn"
        ) from error


@router.get("/{uri:path}/status", name="article_status")
def get_article_status(uri: str, context: Context, _client: Client) -> dict[str, object]:
    """Which stages the article's newest version has passed."""
    with context.database.session() as session:
        found = article_status(session, uri)
    if found is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"no article {uri!r}")
    return found
