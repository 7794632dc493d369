"""Webhook subscriptions and their delivery log, in the publishing database."""

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Column, DateTime, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from inkstream.contracts.events import utc_now


class SubscriptionStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    """Deliveries are recorded and held until the subscription is resumed."""
    DISABLED = "disabled"
    """Turned off by the system (410 Gone, or a long run of failures); resume turns it on."""


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    DELIVERING = "delivering"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    """Every attempt failed, or the endpoint answered 410 Gone."""
    SUPERSEDED = "superseded"
    """A newer event about the same article replaced it before it was delivered."""


def _moment(*, nullable: bool = False, index: bool = False) -> Column[datetime]:
    return Column(DateTime(timezone=True), nullable=nullable, index=index)


class WebhookSubscription(SQLModel, table=True):
    __tablename__ = "webhook_subscriptions"

    id: str = Field(primary_key=True, max_length=40)
    url: str = Field(max_length=2000)
    secret: str = Field(max_length=200, description="whsec_…; needed to sign, never shown again")
    description: str = Field(default="", max_length=500)
    event_types: str = Field(default="[]", description="JSON list; empty means every type")
    topics: str = Field(default="[]", description="JSON list; empty means any topic")
    entities: str = Field(default="[]", description="JSON list; empty means any entity")
    status: str = Field(default=SubscriptionStatus.ACTIVE, max_length=20, index=True)
    disabled_reason: str | None = Field(default=None, max_length=500)
    consecutive_failures: int = 0
    failing_since: datetime | None = Field(default=None, sa_column=_moment(nullable=True))
    created_at: datetime = Field(default_factory=utc_now, sa_column=_moment())
    updated_at: datetime = Field(default_factory=utc_now, sa_column=_moment())


class WebhookDelivery(SQLModel, table=True):
    """One event for one subscription; the ``event_id`` is its ``webhook-id``."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        UniqueConstraint("subscription_id", "event_id", name="uq_webhook_delivery_event"),
        Index("ix_webhook_delivery_due", "status", "next_attempt_at"),
        Index("ix_webhook_delivery_article", "subscription_id", "article_uri"),
    )

    id: int | None = Field(default=None, primary_key=True)
    subscription_id: str = Field(
        foreign_key="webhook_subscriptions.id", ondelete="CASCADE", max_length=40
    )
    event_id: str = Field(max_length=64)
    event_type: str = Field(max_length=100)
    article_uri: str = Field(max_length=500)
    article_version: int
    payload: str = Field(description="The exact body sent on every attempt")
    status: str = Field(default=DeliveryStatus.PENDING, max_length=20)
    attempts: int = Field(default=0, description="Attempts since it was (re)queued")
    next_attempt_at: datetime = Field(default_factory=utc_now, sa_column=_moment())
    claimed_by: str | None = Field(default=None, max_length=200)
    claimed_until: datetime | None = Field(default=None, sa_column=_moment(nullable=True))
    last_attempt_at: datetime | None = Field(default=None, sa_column=_moment(nullable=True))
    last_status_code: int | None = None
    last_error: str | None = Field(default=None, max_length=1000)
    delivered_at: datetime | None = Field(default=None, sa_column=_moment(nullable=True))
    created_at: datetime = Field(default_factory=utc_now, sa_column=_moment())


class WebhookAttempt(SQLModel, table=True):
    """One HTTP attempt of a delivery: the history behind the delivery's summary."""

    __tablename__ = "webhook_attempts"

    id: int | None = Field(default=None, primary_key=True)
    delivery_id: int = Field(foreign_key="webhook_deliveries.id", ondelete="CASCADE", index=True)
    started_at: datetime = Field(sa_column=_moment())
    duration_ms: int
    status_code: int | None = None
    error: str | None = Field(default=None, max_length=1000)
    response_excerpt: str = Field(default="", max_length=500)


WEBHOOK_TABLES: tuple[type[SQLModel], ...] = (WebhookSubscription, WebhookDelivery, WebhookAttempt)
