"""The subscriptions API's request and response bodies."""

import json
from datetime import datetime
from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from inkstream.runtime.storage import as_utc
from inkstream_publishing.webhooks.tables import (
    DeliveryStatus,
    SubscriptionStatus,
    WebhookAttempt,
    WebhookDelivery,
    WebhookSubscription,
)

EventType = Literal["ArticlePublished", "ArticleUpdated", "ArticleWithdrawn"]
FilterValue = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


def _utc(moment: datetime | None) -> datetime | None:
    return None if moment is None else as_utc(moment)


class SubscriptionRequest(BaseModel):
    """A new subscription. An empty filter matches everything."""

    model_config = ConfigDict(extra="forbid")

    url: str = Field(max_length=2000, examples=["https://example.org/hooks/inkstream"])
    event_types: list[EventType] = Field(
        default_factory=list,
        description="Which events to receive. A withdrawal is always sent to a subscription "
        "that received the article, whatever its filters.",
    )
    topics: list[FilterValue] = Field(
        default_factory=list,
        max_length=100,
        description="IPTC Media Topics by name, URI or qcode (medtop:11000000).",
        examples=[["politics", "medtop:16000000"]],
    )
    entities: list[FilterValue] = Field(
        default_factory=list,
        max_length=100,
        description="People, organisations, places or events by name or URI.",
        examples=[["NATO", "Ukraine"]],
    )
    description: str = Field("", max_length=500)


class SubscriptionView(BaseModel):
    id: str
    url: str
    description: str
    event_types: list[str]
    topics: list[str]
    entities: list[str]
    status: SubscriptionStatus
    disabled_reason: str | None
    consecutive_failures: int
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, row: WebhookSubscription) -> Self:
        return cls(
            id=row.id,
            url=row.url,
            description=row.description,
            event_types=json.loads(row.event_types),
            topics=json.loads(row.topics),
            entities=json.loads(row.entities),
            status=SubscriptionStatus(row.status),
            disabled_reason=row.disabled_reason,
            consecutive_failures=row.consecutive_failures,
            created_at=as_utc(row.created_at),
            updated_at=as_utc(row.updated_at),
        )


class CreatedSubscription(SubscriptionView):
    secret: str = Field(
        description="The whsec_ signing secret. It is shown only in this response: keep it."
    )


class DeliveryView(BaseModel):
    id: int
    webhook_id: str = Field(description="The webhook-id header: the event id, same on every retry")
    event_type: str
    article_uri: str
    article_version: int
    status: DeliveryStatus
    attempts: int = Field(description="Attempts since it was queued or redelivered")
    next_attempt_at: datetime | None = Field(description="When the next attempt is due")
    last_attempt_at: datetime | None
    last_status_code: int | None
    last_error: str | None
    delivered_at: datetime | None
    created_at: datetime

    @classmethod
    def of(cls, row: WebhookDelivery) -> Self:
        status = DeliveryStatus(row.status)
        return cls(
            id=row.id or 0,
            webhook_id=row.event_id,
            event_type=row.event_type,
            article_uri=row.article_uri,
            article_version=row.article_version,
            status=status,
            attempts=row.attempts,
            next_attempt_at=as_utc(row.next_attempt_at)
            if status is DeliveryStatus.PENDING
            else None,
            last_attempt_at=_utc(row.last_attempt_at),
            last_status_code=row.last_status_code,
            last_error=row.last_error,
            delivered_at=_utc(row.delivered_at),
            created_at=as_utc(row.created_at),
        )


class AttemptView(BaseModel):
    started_at: datetime
    duration_ms: int
    status_code: int | None
    error: str | None
    response_excerpt: str

    @classmethod
    def of(cls, row: WebhookAttempt) -> Self:
        return cls(
            started_at=as_utc(row.started_at),
            duration_ms=row.duration_ms,
            status_code=row.status_code,
            error=row.error,
            response_excerpt=row.response_excerpt,
        )


class DeliveryDetail(DeliveryView):
    history: list[AttemptView] = Field(description="Every attempt, oldest first")


class Redelivered(BaseModel):
    redelivered: list[DeliveryView]
