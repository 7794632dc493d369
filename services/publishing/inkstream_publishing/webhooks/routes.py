"""``/v1/subscriptions``: manage webhook subscriptions and read their delivery log."""

import asyncio
from typing import Annotated

from fastapi import APIRouter, Depends, Header, HTTPException, Query, status
from fastapi.responses import Response

from inkstream.contracts.events import utc_now
from inkstream.runtime.context import ServiceContext, get_context
from inkstream_publishing.webhooks.config import key_is_valid
from inkstream_publishing.webhooks.deliveries import (
    DeliveryNotFound,
    DeliveryNotRedeliverable,
    get_delivery,
    list_deliveries,
    redeliver,
)
from inkstream_publishing.webhooks.schemas import (
    AttemptView,
    CreatedSubscription,
    DeliveryDetail,
    DeliveryView,
    Redelivered,
    SubscriptionRequest,
    SubscriptionView,
)
from inkstream_publishing.webhooks.subscriptions import (
    SubscriptionFilters,
    SubscriptionNotFound,
    create_subscription,
    delete_subscription,
    get_subscription,
    list_subscriptions,
    set_subscription_status,
)
from inkstream_publishing.webhooks.tables import DeliveryStatus, SubscriptionStatus
from inkstream_publishing.webhooks.targets import TargetRefused, resolve_target
from inkstream_publishing.webhooks.worker import WEBHOOKS_RESOURCE, WebhookRuntime

Context = Annotated[ServiceContext, Depends(get_context)]


def webhook_runtime(context: Context) -> WebhookRuntime:
    runtime: WebhookRuntime | None = context.resources.get(WEBHOOKS_RESOURCE)
    if runtime is None:
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE, detail="webhook delivery is not running"
        )
    return runtime


Runtime = Annotated[WebhookRuntime, Depends(webhook_runtime)]


def require_api_key(
    runtime: Runtime, authorization: Annotated[str | None, Header()] = None
) -> None:
    """A key from ``INKSTREAM_API_KEYS``; without any configured, only outside production."""
    digests = runtime.settings.api_key_digests()
    if not digests:
        if runtime.settings.environment == "production":
            raise HTTPException(
                status.HTTP_503_SERVICE_UNAVAILABLE,
                detail="set INKSTREAM_API_KEYS to manage subscriptions",
            )
        return
    scheme, _, presented = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not key_is_valid(presented.strip(), digests):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="a valid API key is required: Authorization: Bearer <key>",
            headers={"WWW-Authenticate": "Bearer"},
        )


subscriptions_router = APIRouter(
    prefix="/v1/subscriptions", tags=["webhooks"], dependencies=[Depends(require_api_key)]
)


def _not_found(error: LookupError) -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, detail=str(error))


@subscriptions_router.post("", status_code=status.HTTP_201_CREATED)
async def create(
    request: SubscriptionRequest, context: Context, runtime: Runtime
) -> CreatedSubscription:
    """Subscribe a URL; the response holds the signing secret, shown this once."""
    try:
        await resolve_target(request.url, allow_private=runtime.settings.allow_private_targets)
    except TargetRefused as refused:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, detail=str(refused)) from None
    filters = SubscriptionFilters(
        event_types=tuple(dict.fromkeys(request.event_types)),
        topics=tuple(dict.fromkeys(request.topics)),
        entities=tuple(dict.fromkeys(request.entities)),
    )

    def store() -> CreatedSubscription:
        with context.database.session() as session:
            row = create_subscription(session, request.url, filters, request.description)
            session.commit()
            return CreatedSubscription(**SubscriptionView.of(row).model_dump(), secret=row.secret)

    return await asyncio.to_thread(store)


@subscriptions_router.get("")
def list_all(context: Context) -> list[SubscriptionView]:
    with context.database.session() as session:
        return [SubscriptionView.of(row) for row in list_subscriptions(session)]


@subscriptions_router.get("/{subscription_id}")
def show(subscription_id: str, context: Context) -> SubscriptionView:
    with context.database.session() as session:
        try:
            return SubscriptionView.of(get_subscription(session, subscription_id))
        except SubscriptionNotFound as error:
            raise _not_found(error) from None


def _set_status(
    context: ServiceContext, runtime: WebhookRuntime, subscription_id: str, new: SubscriptionStatus
) -> SubscriptionView:
    with context.database.session() as session:
        try:
            row = set_subscription_status(session, subscription_id, new)
        except SubscriptionNotFound as error:
            raise _not_found(error) from None
        session.commit()
    runtime.worker.wake()
    return SubscriptionView.of(row)


@subscriptions_router.post("/{subscription_id}/pause")
def pause(subscription_id: str, context: Context, runtime: Runtime) -> SubscriptionView:
    """Hold deliveries: they are still recorded, and sent on resume."""
    return _set_status(context, runtime, subscription_id, SubscriptionStatus.PAUSED)


@subscriptions_router.post("/{subscription_id}/resume")
def resume(subscription_id: str, context: Context, runtime: Runtime) -> SubscriptionView:
    """Send again, from the held deliveries on; also re-enables a disabled subscription."""
    return _set_status(context, runtime, subscription_id, SubscriptionStatus.ACTIVE)


@subscriptions_router.delete("/{subscription_id}", status_code=status.HTTP_204_NO_CONTENT)
def remove(subscription_id: str, context: Context) -> Response:
    """Delete the subscription and its delivery log."""
    with context.database.session() as session:
        try:
            delete_subscription(session, subscription_id)
        except SubscriptionNotFound as error:
            raise _not_found(error) from None
        session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@subscriptions_router.get("/{subscription_id}/deliveries")
def deliveries(
    subscription_id: str,
    context: Context,
    delivery_status: Annotated[DeliveryStatus | None, Query(alias="status")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    before: Annotated[int | None, Query(description="Only deliveries older than this id")] = None,
) -> list[DeliveryView]:
    """The delivery log, newest first."""
    with context.database.session() as session:
        try:
            rows = list_deliveries(session, subscription_id, delivery_status, limit, before)
        except SubscriptionNotFound as error:
            raise _not_found(error) from None
        return [DeliveryView.of(row) for row in rows]


@subscriptions_router.get("/{subscription_id}/deliveries/{delivery_id}")
def delivery(subscription_id: str, delivery_id: int, context: Context) -> DeliveryDetail:
    """One delivery with every attempt."""
    with context.database.session() as session:
        try:
            row, attempts = get_delivery(session, subscription_id, delivery_id)
        except DeliveryNotFound as error:
            raise _not_found(error) from None
        return DeliveryDetail(
            **DeliveryView.of(row).model_dump(),
            history=[AttemptView.of(attempt) for attempt in attempts],
        )


def _redeliver(
    context: ServiceContext,
    runtime: WebhookRuntime,
    subscription_id: str,
    delivery_ids: list[int] | None,
) -> Redelivered:
    with context.database.session() as session:
        try:
            rows = redeliver(session, subscription_id, delivery_ids, utc_now())
        except (SubscriptionNotFound, DeliveryNotFound) as error:
            raise _not_found(error) from None
        except DeliveryNotRedeliverable as error:
            raise HTTPException(status.HTTP_409_CONFLICT, detail=str(error)) from None
        views = [DeliveryView.of(row) for row in rows]
    runtime.worker.wake()
    return Redelivered(redelivered=views)


@subscriptions_router.post(
    "/{subscription_id}/deliveries/{delivery_id}/redeliver",
    status_code=status.HTTP_202_ACCEPTED,
)
def redeliver_one(
    subscription_id: str, delivery_id: int, context: Context, runtime: Runtime
) -> DeliveryView:
    """Send a delivery again now, with fresh attempts (the same webhook-id)."""
    return _redeliver(context, runtime, subscription_id, [delivery_id]).redelivered[0]


@subscriptions_router.post(
    "/{subscription_id}/redeliver-failed", status_code=status.HTTP_202_ACCEPTED
)
def redeliver_failed(subscription_id: str, context: Context, runtime: Runtime) -> Redelivered:
    """Send every failed delivery of the subscription again."""
    return _redeliver(context, runtime, subscription_id, None)
