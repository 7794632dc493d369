"""The delivery log: claiming due deliveries, recording attempts, redelivering.

Deliveries are rows, so they survive restarts. A worker claims a delivery by
setting a lease (``claimed_until``) with a conditional update; a delivery whose
worker died while sending is claimed again once its lease has run out.
"""

import random
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from uuid import uuid4

from sqlalchemy import ColumnElement, and_, exists, func, or_, update
from sqlalchemy import select as sql_select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from inkstream.runtime.storage import as_utc
from inkstream_publishing.webhooks.retries import DisablePolicy, RetryPolicy
from inkstream_publishing.webhooks.subscriptions import get_subscription
from inkstream_publishing.webhooks.tables import (
    DeliveryStatus,
    SubscriptionStatus,
    WebhookAttempt,
    WebhookDelivery,
    WebhookSubscription,
)

ERROR_LIMIT = 1000
EXCERPT_LIMIT = 500


class DeliveryNotFound(LookupError):
    pass


class DeliveryNotRedeliverable(ValueError):
    """Sending it again now would be wrong: it is in flight, or a newer event replaced it."""


@dataclass(frozen=True)
class ClaimedDelivery:
    """What a worker needs to make one attempt; ``claim`` proves the claim is still its own."""

    id: int
    subscription_id: str
    event_id: str
    url: str
    secret: str
    payload: str
    attempts: int
    claim: str


@dataclass(frozen=True)
class AttemptOutcome:
    started_at: datetime
    duration_ms: int
    status_code: int | None = None
    error: str | None = None
    retry_after_s: float | None = None
    response_excerpt: str = ""

    @property
    def succeeded(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300

    @property
    def gone(self) -> bool:
        return self.status_code == 410


def _due(now: datetime) -> ColumnElement[bool]:
    return or_(
        and_(
            col(WebhookDelivery.status) == DeliveryStatus.PENDING,
            col(WebhookDelivery.next_attempt_at) <= now,
        ),
        and_(
            col(WebhookDelivery.status) == DeliveryStatus.DELIVERING,
            col(WebhookDelivery.claimed_until) < now,
        ),
    )


def _due_candidates(
    session: Session, now: datetime, per_subscription_limit: int
) -> Sequence[tuple[int, str, str]]:
    """Due deliveries of active subscriptions, the first few of each subscription first."""
    in_flight = aliased(WebhookDelivery)
    article_in_flight = (
        exists()
        .where(
            col(in_flight.subscription_id) == col(WebhookDelivery.subscription_id),
            col(in_flight.article_uri) == col(WebhookDelivery.article_uri),
            col(in_flight.status) == DeliveryStatus.DELIVERING,
            col(in_flight.claimed_until) >= now,
        )
        .correlate(WebhookDelivery)
    )
    rank = (
        func.row_number()
        .over(
            partition_by=WebhookDelivery.subscription_id,
            order_by=(col(WebhookDelivery.next_attempt_at), col(WebhookDelivery.id)),
        )
        .label("rank")
    )
    ranked = (
        sql_select(
            col(WebhookDelivery.id).label("id"),
            col(WebhookDelivery.subscription_id).label("subscription_id"),
            col(WebhookDelivery.article_uri).label("article_uri"),
            col(WebhookDelivery.next_attempt_at).label("next_attempt_at"),
            rank,
        )
        .join(WebhookSubscription, col(WebhookSubscription.id) == WebhookDelivery.subscription_id)
        .where(
            col(WebhookSubscription.status) == SubscriptionStatus.ACTIVE,
            _due(now),
            ~article_in_flight,
        )
        .subquery()
    )
    rows = session.exec(
        select(ranked.c.id, ranked.c.subscription_id, ranked.c.article_uri)
        .where(ranked.c.rank <= per_subscription_limit)
        .order_by(ranked.c.rank, ranked.c.next_attempt_at, ranked.c.id)
    ).all()
    return [(int(row[0]), str(row[1]), str(row[2])) for row in rows]


def claim_due_deliveries(
    session: Session,
    worker: str,
    now: datetime,
    lease: timedelta,
    limit: int,
    in_flight_by_subscription: Mapping[str, int],
    per_subscription_limit: int,
    skip: frozenset[int] = frozenset(),
) -> list[ClaimedDelivery]:
    """Claim up to ``limit`` due deliveries, at most ``per_subscription_limit`` in flight each.

    Of two deliveries about the same article for the same subscription only the
    older is claimed, so they are sent in order. Commits.
    """
    if limit <= 0:
        return []
    taken: Counter[str] = Counter()
    articles: set[tuple[str, str]] = set()
    claimed_ids: list[int] = []
    claim = f"{worker}/{uuid4().hex[:12]}"
    candidates = sorted(
        _due_candidates(session, now, per_subscription_limit), key=lambda row: row[0]
    )
    for delivery_id, subscription_id, article_uri in candidates:
        room = per_subscription_limit - in_flight_by_subscription.get(subscription_id, 0)
        if (
            len(claimed_ids) >= limit
            or delivery_id in skip
            or taken[subscription_id] >= room
            or (subscription_id, article_uri) in articles
        ):
            articles.add((subscription_id, article_uri))
            continue
        articles.add((subscription_id, article_uri))
        result = session.exec(
            update(WebhookDelivery)
            .where(col(WebhookDelivery.id) == delivery_id, _due(now))
            .values(
                status=DeliveryStatus.DELIVERING,
                claimed_by=claim,
                claimed_until=now + lease,
                attempts=WebhookDelivery.attempts + 1,
                last_attempt_at=now,
            )
        )
        if result.rowcount == 1:
            claimed_ids.append(delivery_id)
            taken[subscription_id] += 1
    session.commit()
    if not claimed_ids:
        return []
    rows = session.exec(
        select(WebhookDelivery, WebhookSubscription.url, WebhookSubscription.secret)
        .join(WebhookSubscription, col(WebhookSubscription.id) == WebhookDelivery.subscription_id)
        .where(col(WebhookDelivery.id).in_(claimed_ids), WebhookDelivery.claimed_by == claim)
        .order_by(col(WebhookDelivery.id))
    ).all()
    return [
        ClaimedDelivery(
            id=delivery.id or 0,
            subscription_id=delivery.subscription_id,
            event_id=delivery.event_id,
            url=url,
            secret=secret,
            payload=delivery.payload,
            attempts=delivery.attempts,
            claim=claim,
        )
        for delivery, url, secret in rows
    ]


def _newer_delivery_exists(session: Session, delivery_id: int) -> bool:
    delivery = session.get(WebhookDelivery, delivery_id)
    if delivery is None:
        return False
    newer = select(WebhookDelivery.id).where(
        WebhookDelivery.subscription_id == delivery.subscription_id,
        WebhookDelivery.article_uri == delivery.article_uri,
        col(WebhookDelivery.id) > delivery_id,
        col(WebhookDelivery.status) != DeliveryStatus.SUPERSEDED,
    )
    return session.exec(newer.limit(1)).first() is not None


def _record_subscription_success(session: Session, subscription_id: str) -> None:
    session.exec(
        update(WebhookSubscription)
        .where(col(WebhookSubscription.id) == subscription_id)
        .values(consecutive_failures=0, failing_since=None)
    )


def _disable(session: Session, subscription_id: str, reason: str, now: datetime) -> None:
    session.exec(
        update(WebhookSubscription)
        .where(
            col(WebhookSubscription.id) == subscription_id,
            col(WebhookSubscription.status) == SubscriptionStatus.ACTIVE,
        )
        .values(status=SubscriptionStatus.DISABLED, disabled_reason=reason[:500], updated_at=now)
    )


def _record_subscription_failure(
    session: Session, subscription_id: str, error: str, now: datetime, policy: DisablePolicy
) -> None:
    subscription = WebhookSubscription
    session.exec(
        update(subscription)
        .where(col(subscription.id) == subscription_id)
        .values(
            consecutive_failures=subscription.consecutive_failures + 1,
            failing_since=func.coalesce(subscription.failing_since, now),
        )
    )
    session.exec(
        update(subscription)
        .where(
            col(subscription.id) == subscription_id,
            col(subscription.status) == SubscriptionStatus.ACTIVE,
            col(subscription.consecutive_failures) >= policy.after_failures,
            col(subscription.failing_since) <= now - policy.after_failing_for,
        )
        .values(
            status=SubscriptionStatus.DISABLED,
            disabled_reason=(
                f"disabled after {policy.after_failures} or more consecutive failed attempts; "
                f"the last: {error}"
            )[:500],
            updated_at=now,
        )
    )


def record_outcome(
    session: Session,
    claimed: ClaimedDelivery,
    outcome: AttemptOutcome,
    now: datetime,
    retries: RetryPolicy,
    disabling: DisablePolicy,
    rng: random.Random,
) -> DeliveryStatus | None:
    """Log the attempt and decide what comes next; None if the claim was lost. Commits.

    2xx succeeds; 410 Gone fails the delivery and disables the subscription; any
    other answer or error is retried on the schedule until the attempts run out.
    """
    error = outcome.error
    if error is None and not outcome.succeeded:
        error = f"HTTP {outcome.status_code}"
    attempt = WebhookAttempt(
        delivery_id=claimed.id,
        started_at=outcome.started_at,
        duration_ms=outcome.duration_ms,
        status_code=outcome.status_code,
        error=error[:ERROR_LIMIT] if error else None,
        response_excerpt=outcome.response_excerpt[:EXCERPT_LIMIT],
    )
    next_attempt_at = now
    if outcome.succeeded:
        status = DeliveryStatus.SUCCEEDED
    elif outcome.gone:
        status = DeliveryStatus.FAILED
    elif _newer_delivery_exists(session, claimed.id):
        status = DeliveryStatus.SUPERSEDED
    else:
        delay = retries.delay_after(claimed.attempts, outcome.retry_after_s, rng)
        status = DeliveryStatus.FAILED if delay is None else DeliveryStatus.PENDING
        next_attempt_at = now + timedelta(seconds=delay or 0)
    result = session.exec(
        update(WebhookDelivery)
        .where(
            col(WebhookDelivery.id) == claimed.id,
            col(WebhookDelivery.claimed_by) == claimed.claim,
        )
        .values(
            status=status,
            next_attempt_at=next_attempt_at,
            claimed_by=None,
            claimed_until=None,
            last_status_code=outcome.status_code,
            last_error=error[:ERROR_LIMIT] if error else None,
            delivered_at=now if outcome.succeeded else None,
        )
    )
    # The update holds the delivery's row, so a concurrent delete waits until the attempt is in.
    if result.rowcount != 1:
        if session.get(WebhookDelivery, claimed.id, with_for_update=True) is not None:
            session.add(attempt)
        session.commit()
        return None
    session.add(attempt)
    if outcome.succeeded:
        _record_subscription_success(session, claimed.subscription_id)
    elif outcome.gone:
        _disable(session, claimed.subscription_id, "the endpoint answered 410 Gone", now)
    else:
        _record_subscription_failure(session, claimed.subscription_id, error or "", now, disabling)
    session.commit()
    return status


def release_claims(session: Session, claims: Sequence[ClaimedDelivery]) -> None:
    """Hand back deliveries a stopping worker did not finish, without counting the attempt."""
    for claimed in claims:
        session.exec(
            update(WebhookDelivery)
            .where(
                col(WebhookDelivery.id) == claimed.id,
                col(WebhookDelivery.claimed_by) == claimed.claim,
            )
            .values(
                status=DeliveryStatus.PENDING,
                claimed_by=None,
                claimed_until=None,
                attempts=WebhookDelivery.attempts - 1,
            )
        )
    session.commit()


def list_deliveries(
    session: Session,
    subscription_id: str,
    status: DeliveryStatus | None = None,
    limit: int = 50,
    before_id: int | None = None,
) -> Sequence[WebhookDelivery]:
    """The subscription's deliveries, newest first."""
    get_subscription(session, subscription_id)
    query = select(WebhookDelivery).where(WebhookDelivery.subscription_id == subscription_id)
    if status is not None:
        query = query.where(WebhookDelivery.status == status)
    if before_id is not None:
        query = query.where(col(WebhookDelivery.id) < before_id)
    return session.exec(query.order_by(col(WebhookDelivery.id).desc()).limit(limit)).all()


def get_delivery(
    session: Session, subscription_id: str, delivery_id: int
) -> tuple[WebhookDelivery, Sequence[WebhookAttempt]]:
    """A delivery and its attempts, oldest attempt first."""
    delivery = session.get(WebhookDelivery, delivery_id)
    if delivery is None or delivery.subscription_id != subscription_id:
        raise DeliveryNotFound(f"no delivery {delivery_id} for subscription {subscription_id!r}")
    attempts = session.exec(
        select(WebhookAttempt)
        .where(WebhookAttempt.delivery_id == delivery_id)
        .order_by(col(WebhookAttempt.id))
    ).all()
    return delivery, attempts


def _refusal(session: Session, delivery: WebhookDelivery, now: datetime) -> str | None:
    claimed_until = delivery.claimed_until
    if (
        delivery.status == DeliveryStatus.DELIVERING
        and claimed_until is not None
        and as_utc(claimed_until) >= now
    ):
        return f"delivery {delivery.id} is being sent now"
    if delivery.status == DeliveryStatus.SUPERSEDED or _newer_delivery_exists(
        session, delivery.id or 0
    ):
        return (
            f"delivery {delivery.id} was replaced by a newer event about {delivery.article_uri}; "
            "sending it again would put the old version after the new"
        )
    return None


def redeliver(
    session: Session,
    subscription_id: str,
    delivery_ids: Sequence[int] | None,
    now: datetime,
) -> list[WebhookDelivery]:
    """Queue deliveries to be sent again now, with fresh attempts. Commits.

    With ``delivery_ids`` each must be redeliverable (DeliveryNotRedeliverable
    otherwise); without, every failed delivery of the subscription that can be
    sent again is.
    """
    get_subscription(session, subscription_id)
    if delivery_ids is None:
        chosen = list(
            session.exec(
                select(WebhookDelivery).where(
                    WebhookDelivery.subscription_id == subscription_id,
                    WebhookDelivery.status == DeliveryStatus.FAILED,
                )
            ).all()
        )
        chosen = [delivery for delivery in chosen if _refusal(session, delivery, now) is None]
    else:
        chosen = []
        for delivery_id in delivery_ids:
            delivery, _ = get_delivery(session, subscription_id, delivery_id)
            refusal = _refusal(session, delivery, now)
            if refusal is not None:
                raise DeliveryNotRedeliverable(refusal)
            chosen.append(delivery)
    for delivery in chosen:
        delivery.status = DeliveryStatus.PENDING
        delivery.attempts = 0
        delivery.next_attempt_at = now
        delivery.delivered_at = None
        session.add(delivery)
    session.commit()
    return chosen
