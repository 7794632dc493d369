"""Subscriptions: create, pause, resume, delete; which of them an event goes to."""

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final
from uuid import uuid4

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from inkstream.contracts.events import (
    ArticlePublished,
    ArticleUpdated,
    ArticleWithdrawn,
    Event,
    utc_now,
)
from inkstream.contracts.ninjs import Concept, NinjsDocument
from inkstream_publishing.webhooks.signing import new_secret
from inkstream_publishing.webhooks.tables import (
    DeliveryStatus,
    SubscriptionStatus,
    WebhookDelivery,
    WebhookSubscription,
)

EVENT_TYPES: Final = (
    ArticlePublished.model_fields["event_type"].default,
    ArticleUpdated.model_fields["event_type"].default,
    ArticleWithdrawn.model_fields["event_type"].default,
)

IPTC_SCHEME_ALIASES: Final = {"mediatopic": "medtop", "subjectcode": "subj"}
IPTC_NEWSCODES = "cv.iptc.org/newscodes/"


class SubscriptionNotFound(LookupError):
    pass


@dataclass(frozen=True)
class SubscriptionFilters:
    """Empty means "any". Within a filter any value matches; every filter must match."""

    event_types: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()

    def matches(self, event_type: str, article: NinjsDocument) -> bool:
        if self.event_types and event_type not in self.event_types:
            return False
        if self.topics and not _wanted(self.topics) & topic_keys(article):
            return False
        return not (self.entities and not _wanted(self.entities) & entity_keys(article))


def _wanted(values: Iterable[str]) -> set[str]:
    return {value.strip().casefold() for value in values}


def _iptc_qcodes(uri: str) -> set[str]:
    """``medtop:11000000`` (and ``mediatopic:11000000``) for an IPTC NewsCodes URI."""
    _, found, path = uri.partition(IPTC_NEWSCODES)
    scheme, _, code = path.strip("/").partition("/")
    if not found or not scheme or not code:
        return set()
    return {f"{scheme}:{code}", f"{IPTC_SCHEME_ALIASES.get(scheme, scheme)}:{code}"}


def concept_keys(concept: Concept) -> set[str]:
    """The values a filter may name a concept by: name, uri, literal or qcode."""
    keys = {value for value in (concept.name, concept.uri, concept.literal) if value}
    if concept.uri:
        keys |= _iptc_qcodes(concept.uri)
    return _wanted(keys)


def topic_keys(article: NinjsDocument) -> set[str]:
    return set().union(*(concept_keys(subject) for subject in article.subjects or ()))


def entity_keys(article: NinjsDocument) -> set[str]:
    concepts: list[Concept] = [
        *(article.people or ()),
        *(article.organisations or ()),
        *(article.places or ()),
        *(article.events or ()),
    ]
    return set().union(*(concept_keys(concept) for concept in concepts))


def filters_of(subscription: WebhookSubscription) -> SubscriptionFilters:
    return SubscriptionFilters(
        event_types=tuple(json.loads(subscription.event_types)),
        topics=tuple(json.loads(subscription.topics)),
        entities=tuple(json.loads(subscription.entities)),
    )


def create_subscription(
    session: Session, url: str, filters: SubscriptionFilters, description: str = ""
) -> WebhookSubscription:
    """A new active subscription with a fresh signing secret; the caller commits."""
    subscription = WebhookSubscription(
        id=f"sub_{uuid4().hex}",
        url=url,
        secret=new_secret(),
        description=description,
        event_types=json.dumps(list(filters.event_types)),
        topics=json.dumps(list(filters.topics)),
        entities=json.dumps(list(filters.entities)),
    )
    session.add(subscription)
    return subscription


def list_subscriptions(session: Session) -> Sequence[WebhookSubscription]:
    return session.exec(
        select(WebhookSubscription).order_by(col(WebhookSubscription.created_at))
    ).all()


def get_subscription(session: Session, subscription_id: str) -> WebhookSubscription:
    subscription = session.get(WebhookSubscription, subscription_id)
    if subscription is None:
        raise SubscriptionNotFound(f"no subscription {subscription_id!r}")
    return subscription


def set_subscription_status(
    session: Session, subscription_id: str, status: SubscriptionStatus
) -> WebhookSubscription:
    """Pause, or resume (which also re-enables a disabled subscription); the caller commits."""
    subscription = get_subscription(session, subscription_id)
    subscription.status = status
    subscription.updated_at = utc_now()
    if status is SubscriptionStatus.ACTIVE:
        subscription.disabled_reason = None
        subscription.consecutive_failures = 0
        subscription.failing_since = None
    session.add(subscription)
    return subscription


def delete_subscription(session: Session, subscription_id: str) -> None:
    """Remove the subscription and its delivery log. Caller commits.

    Rows are locked in the order the delivery worker locks them, deliveries before
    their subscription, so a delete during an attempt waits for the attempt to be
    recorded instead of deadlocking with it. The attempts go with their deliveries
    (ON DELETE CASCADE), and a delivery queued meanwhile with the subscription.
    """
    get_subscription(session, subscription_id)
    session.exec(
        delete(WebhookDelivery).where(col(WebhookDelivery.subscription_id) == subscription_id)
    )
    session.exec(delete(WebhookSubscription).where(col(WebhookSubscription.id) == subscription_id))


def webhook_payload(event: Event) -> str:
    """The body every attempt sends: the event, as on the published stream, in an envelope."""
    envelope: dict[str, Any] = {
        "type": event.event_type,
        "timestamp": event.occurred_at.isoformat(),
        "data": event.model_dump(mode="json"),
    }
    return json.dumps(envelope, ensure_ascii=False, separators=(",", ":"))


def _subscriptions_for(session: Session, event: Event) -> set[str]:
    if isinstance(event, ArticleWithdrawn):
        # A kill must reach everyone who may be showing the article, whatever their filters.
        received = select(WebhookDelivery.subscription_id).where(
            WebhookDelivery.article_uri == event.article_uri,
            col(WebhookDelivery.event_type) != event.event_type,
        )
        return set(session.exec(received.distinct()).all())
    if not isinstance(event, ArticlePublished | ArticleUpdated):
        return set()
    live = session.exec(
        select(WebhookSubscription).where(
            col(WebhookSubscription.status).in_(
                [SubscriptionStatus.ACTIVE, SubscriptionStatus.PAUSED]
            )
        )
    ).all()
    return {
        subscription.id
        for subscription in live
        if filters_of(subscription).matches(event.event_type, event.article)
    }


def enqueue_deliveries(session: Session, event: Event, now: datetime | None = None) -> int:
    """Queue ``event`` for every subscription it goes to, in the caller's transaction.

    ArticlePublished and ArticleUpdated go to the active and paused subscriptions
    whose filters match; ArticleWithdrawn goes to every subscription the article
    was sent to. A newer event about an article supersedes the older ones still
    waiting for the same subscription, so a subscriber never gets the old
    version after the new. Returns how many deliveries were queued.
    """
    recipients = _subscriptions_for(session, event)
    if not recipients:
        return 0
    queued_before = set(
        session.exec(
            select(WebhookDelivery.subscription_id).where(
                WebhookDelivery.event_id == event.event_id
            )
        ).all()
    )
    recipients -= queued_before
    if not recipients:
        return 0
    moment = now or utc_now()
    payload = webhook_payload(event)
    session.exec(
        update(WebhookDelivery)
        .where(
            col(WebhookDelivery.subscription_id).in_(recipients),
            col(WebhookDelivery.article_uri) == event.article_uri,
            col(WebhookDelivery.status) == DeliveryStatus.PENDING,
        )
        .values(status=DeliveryStatus.SUPERSEDED, last_error=f"superseded by {event.event_type}")
    )
    for subscription_id in sorted(recipients):
        session.add(
            WebhookDelivery(
                subscription_id=subscription_id,
                event_id=event.event_id,
                event_type=event.event_type,
                article_uri=event.article_uri,
                article_version=event.article_version,
                payload=payload,
                next_attempt_at=moment,
                created_at=moment,
            )
        )
    return len(recipients)
