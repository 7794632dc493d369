"""Which subscriptions an event goes to; on SQLite and PostgreSQL where it touches the database."""

import json
import threading
import time
from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import update
from sqlmodel import Session, col, select

from inkstream.contracts.events import (
    ArticlePublished,
    ArticleUpdated,
    ArticleWithdrawn,
    utc_now,
)
from inkstream.contracts.ninjs import Headline, NinjsDocument, Organisation, Person, Place, Subject
from inkstream.runtime.storage import Database
from inkstream_publishing.webhooks import WEBHOOK_TABLES, enqueue_deliveries
from inkstream_publishing.webhooks.subscriptions import (
    SubscriptionFilters,
    create_subscription,
    delete_subscription,
    set_subscription_status,
)
from inkstream_publishing.webhooks.tables import (
    DeliveryStatus,
    SubscriptionStatus,
    WebhookDelivery,
    WebhookSubscription,
)

NATO_URI = "urn:inkstream:article:nato"
HARBOUR_URI = "urn:inkstream:article:harbour"


def article(
    uri: str, *, topics: tuple[str, ...] = (), people: tuple[str, ...] = ()
) -> NinjsDocument:
    return NinjsDocument(
        uri=uri,
        headlines=[Headline(value="Headline")],
        subjects=[
            Subject(name=name, uri=f"http://cv.iptc.org/newscodes/mediatopic/{code}")
            for name, code in (
                ("politics", "11000000"),
                ("conflict, war and peace", "16000000"),
                ("economy, business and finance", "04000000"),
            )
            if name in topics
        ],
        people=[Person(name=name) for name in people],
        organisations=[Organisation(name="NATO")] if uri == NATO_URI else None,
        places=[Place(name="Ukraine", uri="https://www.wikidata.org/wiki/Q212")]
        if uri == NATO_URI
        else None,
    )


NATO = article(
    NATO_URI, topics=("politics", "conflict, war and peace"), people=("Jens Stoltenberg",)
)
HARBOUR = article(HARBOUR_URI, topics=("economy, business and finance",))


def published(document: NinjsDocument, version: int = 1) -> ArticlePublished:
    return ArticlePublished.first(
        article_uri=document.uri,
        article_version=version,
        article=document,
        url=f"https://news.example.org/articles/{document.uri.rsplit(':', 1)[1]}",
        slug=document.uri.rsplit(":", 1)[1],
        first_published_at=utc_now(),
    )


def updated(document: NinjsDocument, version: int) -> ArticleUpdated:
    return ArticleUpdated.first(
        article_uri=document.uri,
        article_version=version,
        article=document,
        url="https://news.example.org/articles/x",
        slug="x",
        first_published_at=utc_now(),
    )


def withdrawn(uri: str, version: int = 1) -> ArticleWithdrawn:
    return ArticleWithdrawn.first(article_uri=uri, article_version=version, reason="legal")


@pytest.mark.parametrize(
    ("filters", "event_type", "document", "expected"),
    [
        (SubscriptionFilters(), "ArticlePublished", HARBOUR, True),
        (SubscriptionFilters(event_types=("ArticleUpdated",)), "ArticlePublished", NATO, False),
        (SubscriptionFilters(event_types=("ArticleUpdated",)), "ArticleUpdated", NATO, True),
        (SubscriptionFilters(topics=("Politics",)), "ArticlePublished", NATO, True),
        (SubscriptionFilters(topics=("medtop:16000000",)), "ArticlePublished", NATO, True),
        (
            SubscriptionFilters(topics=("http://cv.iptc.org/newscodes/mediatopic/04000000",)),
            "ArticlePublished",
            HARBOUR,
            True,
        ),
        (SubscriptionFilters(topics=("politics",)), "ArticlePublished", HARBOUR, False),
        (SubscriptionFilters(entities=("jens stoltenberg",)), "ArticlePublished", NATO, True),
        (SubscriptionFilters(entities=("NATO",)), "ArticlePublished", NATO, True),
        (SubscriptionFilters(entities=("Ukraine",)), "ArticlePublished", NATO, True),
        (
            SubscriptionFilters(entities=("https://www.wikidata.org/wiki/Q212",)),
            "ArticlePublished",
            NATO,
            True,
        ),
        (SubscriptionFilters(entities=("Kremlin",)), "ArticlePublished", NATO, False),
        (
            SubscriptionFilters(topics=("politics",), entities=("Kremlin",)),
            "ArticlePublished",
            NATO,
            False,
        ),
        (
            SubscriptionFilters(
                topics=("economy, business and finance", "politics"), entities=("NATO",)
            ),
            "ArticlePublished",
            NATO,
            True,
        ),
    ],
)
def test_filters_match_by_event_type_topic_and_entity(
    filters: SubscriptionFilters, event_type: str, document: NinjsDocument, expected: bool
) -> None:
    """Any value of a filter may match; every non-empty filter must."""
    assert filters.matches(event_type, document) is expected


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    db = Database(database_url, WEBHOOK_TABLES)
    db.create_tables()
    yield db
    db.dispose()


EVERYTHING = SubscriptionFilters()


def subscribe(session: Session, filters: SubscriptionFilters = EVERYTHING) -> str:
    subscription = create_subscription(session, "https://hooks.example.org/in", filters)
    session.commit()
    return subscription.id


def deliveries(session: Session, **where: str) -> list[WebhookDelivery]:
    query = select(WebhookDelivery).order_by(col(WebhookDelivery.id))
    for name, value in where.items():
        query = query.where(getattr(WebhookDelivery, name) == value)
    return list(session.exec(query).all())


def test_a_publication_goes_to_matching_active_and_paused_subscriptions(database: Database) -> None:
    with database.session() as session:
        everything = subscribe(session)
        politics = subscribe(session, SubscriptionFilters(topics=("politics",)))
        subscribe(session, SubscriptionFilters(topics=("medtop:04000000",)))
        paused = subscribe(session)
        disabled = subscribe(session)
        set_subscription_status(session, paused, SubscriptionStatus.PAUSED)
        set_subscription_status(session, disabled, SubscriptionStatus.DISABLED)
        session.commit()

        assert enqueue_deliveries(session, published(NATO)) == 3
        session.commit()
        recipients = {delivery.subscription_id for delivery in deliveries(session)}
    assert recipients == {everything, politics, paused}


def test_a_withdrawal_goes_to_every_subscription_that_received_the_article(
    database: Database,
) -> None:
    """Whatever its filters: a kill must reach everyone who may be showing the article."""
    with database.session() as session:
        publications_only = subscribe(
            session, SubscriptionFilters(event_types=("ArticlePublished",))
        )
        politics = subscribe(session, SubscriptionFilters(topics=("politics",)))
        subscribe(session, SubscriptionFilters(topics=("medtop:04000000",)))
        enqueue_deliveries(session, published(NATO))
        session.commit()

        assert enqueue_deliveries(session, withdrawn(NATO_URI)) == 2
        session.commit()
        kills = deliveries(session, event_type="ArticleWithdrawn")
    assert {kill.subscription_id for kill in kills} == {publications_only, politics}


def test_a_withdrawal_of_an_article_nobody_received_goes_nowhere(database: Database) -> None:
    with database.session() as session:
        subscribe(session)
        assert enqueue_deliveries(session, withdrawn(HARBOUR_URI)) == 0


def test_a_newer_version_supersedes_the_older_one_still_waiting(database: Database) -> None:
    with database.session() as session:
        subscription = subscribe(session)
        enqueue_deliveries(session, published(NATO, version=1))
        session.commit()
        enqueue_deliveries(session, updated(NATO, version=2))
        session.commit()
        first, second = deliveries(session, subscription_id=subscription)
    assert (first.article_version, first.status) == (1, DeliveryStatus.SUPERSEDED)
    assert (second.article_version, second.status) == (2, DeliveryStatus.PENDING)


def test_the_same_event_is_queued_once(database: Database) -> None:
    event = published(HARBOUR)
    with database.session() as session:
        subscribe(session)
        assert enqueue_deliveries(session, event) == 1
        session.commit()
        assert enqueue_deliveries(session, event) == 0
        session.commit()
        assert len(deliveries(session)) == 1


def test_the_payload_carries_the_event_in_a_standard_webhooks_envelope(database: Database) -> None:
    event = published(NATO)
    with database.session() as session:
        subscribe(session)
        enqueue_deliveries(session, event)
        session.commit()
        (delivery,) = deliveries(session)
    envelope = json.loads(delivery.payload)
    assert envelope["type"] == "ArticlePublished"
    assert datetime.fromisoformat(envelope["timestamp"]) == event.occurred_at
    assert ArticlePublished.model_validate(envelope["data"]) == event
    assert delivery.event_id == event.event_id


def test_deleting_a_subscription_during_an_attempt_waits_for_it_without_deadlock(
    postgres_database_url: str,
) -> None:
    """The worker records an attempt on the delivery, then on its subscription; a delete
    taking the same rows in the other order would deadlock with it (PostgreSQL)."""
    database = Database(postgres_database_url, WEBHOOK_TABLES)
    database.create_tables()
    with database.session() as session:
        subscription = subscribe(session)
        enqueue_deliveries(session, published(NATO))
        session.commit()
        [delivery] = deliveries(session)
    holding_delivery = threading.Event()
    errors: list[BaseException] = []

    def record_attempt() -> None:
        try:
            with database.session() as session:
                session.exec(
                    update(WebhookDelivery)
                    .where(col(WebhookDelivery.id) == delivery.id)
                    .values(last_error="HTTP 500")
                )
                holding_delivery.set()
                time.sleep(0.5)
                session.exec(
                    update(WebhookSubscription)
                    .where(col(WebhookSubscription.id) == subscription)
                    .values(consecutive_failures=1)
                )
                session.commit()
        except BaseException as error:
            errors.append(error)

    worker = threading.Thread(target=record_attempt)
    worker.start()
    holding_delivery.wait(5)
    try:
        with database.session() as session:
            delete_subscription(session, subscription)
            session.commit()
    finally:
        worker.join(10)

    assert errors == []
    with database.session() as session:
        assert session.get(WebhookSubscription, subscription) is None
        assert deliveries(session) == []
    database.dispose()
