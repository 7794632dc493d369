"""The delivery worker against real HTTP receivers on 127.0.0.1 and a real database.

Each test runs on SQLite and on PostgreSQL.
"""

import asyncio
import json
import shutil
import ssl
import subprocess
import time
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlmodel import col, select
from standardwebhooks import Webhook

from inkstream.contracts.events import ArticlePublished, utc_now
from inkstream.contracts.ninjs import Headline, NinjsDocument
from inkstream.runtime.storage import Database
from inkstream.testing.webhook_receiver import ReceivedRequest, Reply, WebhookReceiver
from inkstream_publishing.webhooks import WEBHOOK_TABLES, enqueue_deliveries
from inkstream_publishing.webhooks.config import WebhookSettings
from inkstream_publishing.webhooks.deliveries import claim_due_deliveries, get_delivery
from inkstream_publishing.webhooks.subscriptions import SubscriptionFilters, create_subscription
from inkstream_publishing.webhooks.tables import (
    DeliveryStatus,
    SubscriptionStatus,
    WebhookDelivery,
    WebhookSubscription,
)
from inkstream_publishing.webhooks.targets import Resolver
from inkstream_publishing.webhooks.worker import DeliveryWorker

T = TypeVar("T")

QUICK = WebhookSettings(
    allow_private_targets=True,
    retry_schedule_s=(0.2, 0.4, 0.8),
    retry_jitter=0.1,
    request_timeout_s=5.0,
    connect_timeout_s=2.0,
    poll_interval_s=0.05,
    lease_margin_s=1.0,
)


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    db = Database(database_url, WEBHOOK_TABLES)
    db.create_tables()
    yield db
    db.dispose()


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver() as running:
        yield running


@asynccontextmanager
async def running_worker(
    database: Database,
    settings: WebhookSettings = QUICK,
    resolver: Resolver | None = None,
    shutdown_grace_s: float = 5.0,
) -> AsyncIterator[DeliveryWorker]:
    options: dict[str, Any] = {} if resolver is None else {"resolver": resolver}
    worker = DeliveryWorker(
        database, settings, name="test-worker", shutdown_grace_s=shutdown_grace_s, **options
    )
    task = asyncio.create_task(worker.run())
    try:
        yield worker
    finally:
        await worker.stop()
        await task


def subscribe(database: Database, url: str, filters: SubscriptionFilters | None = None) -> str:
    with database.session() as session:
        subscription = create_subscription(session, url, filters or SubscriptionFilters())
        session.commit()
        return subscription.id


def secret_of(database: Database, subscription_id: str) -> str:
    with database.session() as session:
        subscription = session.get(WebhookSubscription, subscription_id)
        assert subscription is not None
        return subscription.secret


def publish(database: Database, name: str = "harbour", version: int = 1) -> ArticlePublished:
    """What the publishing handler does: queue the deliveries in its transaction."""
    uri = f"urn:inkstream:article:{name}"
    event = ArticlePublished.first(
        article_uri=uri,
        article_version=version,
        article=NinjsDocument(uri=uri, headlines=[Headline(value=f"{name} reopens")]),
        url=f"https://news.example.org/articles/{name}",
        slug=name,
        first_published_at=utc_now(),
    )
    with database.session() as session:
        enqueue_deliveries(session, event)
        session.commit()
    return event


def delivery_of(database: Database, event_id: str) -> WebhookDelivery:
    with database.session() as session:
        return session.exec(
            select(WebhookDelivery).where(WebhookDelivery.event_id == event_id)
        ).one()


def subscription_row(database: Database, subscription_id: str) -> WebhookSubscription:
    with database.session() as session:
        found = session.get(WebhookSubscription, subscription_id)
        assert found is not None
        return found


async def eventually(check: Callable[[], T | None], timeout_s: float = 10.0) -> T:
    deadline = time.monotonic() + timeout_s
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"not true within {timeout_s}s: last {result!r}")
        await asyncio.sleep(0.05)


def settled(database: Database, event_id: str, status: DeliveryStatus) -> Callable[[], bool]:
    return lambda: delivery_of(database, event_id).status == status


async def received(
    receiver: WebhookReceiver, count: int, path: str | None = "/hook", timeout_s: float = 10.0
) -> Sequence[ReceivedRequest]:
    return await asyncio.to_thread(receiver.wait_for, count, path, timeout_s)


async def test_a_delivery_is_signed_so_standard_webhooks_verifies_it(
    database: Database, receiver: WebhookReceiver
) -> None:
    subscription = subscribe(database, receiver.url())
    async with running_worker(database):
        event = publish(database)
        (request,) = await received(receiver, 1)
        await eventually(settled(database, event.event_id, DeliveryStatus.SUCCEEDED))

    payload = Webhook(secret_of(database, subscription)).verify(request.body, request.headers)
    assert payload["type"] == "ArticlePublished"
    assert ArticlePublished.model_validate(payload["data"]) == event
    assert request.headers["webhook-id"] == event.event_id
    assert abs(int(request.headers["webhook-timestamp"]) - time.time()) < 60
    assert request.headers["content-type"] == "application/json"


async def test_a_500_is_retried_on_an_increasing_schedule_until_it_succeeds(
    database: Database, receiver: WebhookReceiver
) -> None:
    receiver.script("/hook", Reply(500), Reply(500))
    subscribe(database, receiver.url())
    async with running_worker(database):
        event = publish(database)
        requests = await received(receiver, 3)
        await eventually(settled(database, event.event_id, DeliveryStatus.SUCCEEDED))

    first_gap = requests[1].received_at - requests[0].received_at
    second_gap = requests[2].received_at - requests[1].received_at
    assert 0.2 * 0.9 <= first_gap < second_gap
    assert second_gap >= 0.4 * 0.9
    assert {request.headers["webhook-id"] for request in requests} == {event.event_id}
    delivery = delivery_of(database, event.event_id)
    assert delivery.attempts == 3
    with database.session() as session:
        _, attempts = get_delivery(session, delivery.subscription_id, delivery.id or 0)
    assert [attempt.status_code for attempt in attempts] == [500, 500, 200]


async def test_retry_after_is_honoured(database: Database, receiver: WebhookReceiver) -> None:
    receiver.script("/hook", Reply(503, headers={"Retry-After": "2"}))
    subscribe(database, receiver.url())
    async with running_worker(database):
        event = publish(database)
        first, second = await received(receiver, 2)
        await eventually(settled(database, event.event_id, DeliveryStatus.SUCCEEDED))
    assert second.received_at - first.received_at >= 2.0


async def test_410_gone_fails_the_delivery_and_disables_the_subscription(
    database: Database, receiver: WebhookReceiver
) -> None:
    receiver.script("/hook", default=Reply(410))
    subscription = subscribe(database, receiver.url())
    async with running_worker(database):
        event = publish(database)
        await eventually(settled(database, event.event_id, DeliveryStatus.FAILED))
        later = publish(database, "storm")
        await asyncio.sleep(0.5)

    assert len(receiver.requests()) == 1
    disabled = subscription_row(database, subscription)
    assert disabled.status == SubscriptionStatus.DISABLED
    assert disabled.disabled_reason == "the endpoint answered 410 Gone"
    with database.session() as session:
        queued = session.exec(
            select(WebhookDelivery).where(WebhookDelivery.event_id == later.event_id)
        ).all()
    assert queued == []


async def test_a_long_run_of_failures_disables_the_subscription(
    database: Database, receiver: WebhookReceiver
) -> None:
    settings = QUICK.model_copy(
        update={
            "retry_schedule_s": (0.05,) * 10,
            "disable_after_failures": 3,
            "disable_after_failing_s": 0.0,
        }
    )
    receiver.script("/hook", default=Reply(500))
    subscription = subscribe(database, receiver.url())
    async with running_worker(database, settings):
        event = publish(database)
        await eventually(
            lambda: subscription_row(database, subscription).status == SubscriptionStatus.DISABLED
        )
        await asyncio.sleep(0.3)

    assert len(receiver.requests()) == 3
    disabled = subscription_row(database, subscription)
    assert disabled.disabled_reason is not None
    assert disabled.disabled_reason.startswith("disabled after 3 or more consecutive failed")
    held = delivery_of(database, event.event_id)
    assert (held.status, held.attempts) == (DeliveryStatus.PENDING, 3)


async def test_a_slow_endpoint_does_not_delay_the_others(
    database: Database, receiver: WebhookReceiver
) -> None:
    receiver.script("/slow", default=Reply(200, delay_s=3.0))
    slow = subscribe(database, receiver.url("/slow"))
    subscribe(database, receiver.url("/fast"))
    async with running_worker(database):
        started = time.monotonic()
        events = [publish(database, f"story-{number}") for number in range(6)]
        fast = await received(receiver, 6, "/fast")
        fast_done = fast[-1].received_at - started
        slow_so_far = len(receiver.requests("/slow"))
        assert fast_done < 1.5
        assert slow_so_far == QUICK.per_subscription_concurrency

        with database.session() as session:
            waiting = session.exec(
                select(WebhookDelivery).where(
                    WebhookDelivery.subscription_id == slow,
                    WebhookDelivery.status == DeliveryStatus.PENDING,
                )
            ).all()
        assert len(waiting) == len(events) - QUICK.per_subscription_concurrency


async def test_an_endpoint_that_does_not_answer_in_time_is_retried(
    database: Database, receiver: WebhookReceiver
) -> None:
    settings = QUICK.model_copy(update={"request_timeout_s": 0.5})
    receiver.script("/hook", Reply(200, delay_s=2.0))
    subscribe(database, receiver.url())
    async with running_worker(database, settings):
        event = publish(database)
        await received(receiver, 2)
        await eventually(settled(database, event.event_id, DeliveryStatus.SUCCEEDED))
    delivery = delivery_of(database, event.event_id)
    with database.session() as session:
        _, attempts = get_delivery(session, delivery.subscription_id, delivery.id or 0)
    assert attempts[0].error == "no answer within 0.5s"
    assert attempts[0].duration_ms < 1500


async def test_a_private_target_is_refused_at_delivery_time(
    database: Database, receiver: WebhookReceiver
) -> None:
    """As when a name that resolved to a public address at creation now resolves to loopback."""

    async def now_loopback(host: str, port: int) -> Sequence[str]:
        return ["127.0.0.1"]

    public_settings = QUICK.model_copy(update={"allow_private_targets": False})
    subscribe(database, f"http://hooks.example.com:{receiver.port}/hook")
    subscribe(database, receiver.url())
    async with running_worker(database, public_settings, resolver=now_loopback):
        event = publish(database)
        await eventually(
            lambda: all(
                delivery.attempts >= 2 for delivery in deliveries_of_event(database, event.event_id)
            )
        )

    assert receiver.requests() == []
    errors = {delivery.last_error for delivery in deliveries_of_event(database, event.event_id)}
    assert errors == {
        "target refused: hooks.example.com resolves to 127.0.0.1, which is a loopback address; "
        "webhooks may not be sent there",
        "target refused: 127.0.0.1 is a loopback address; webhooks may not be sent there",
    }


def deliveries_of_event(database: Database, event_id: str) -> list[WebhookDelivery]:
    with database.session() as session:
        return list(
            session.exec(select(WebhookDelivery).where(WebhookDelivery.event_id == event_id)).all()
        )


async def test_redirects_are_not_followed(database: Database, receiver: WebhookReceiver) -> None:
    receiver.script("/hook", default=Reply(302, headers={"Location": receiver.url("/elsewhere")}))
    subscribe(database, receiver.url())
    async with running_worker(database):
        event = publish(database)
        await received(receiver, 1)
        await eventually(lambda: delivery_of(database, event.event_id).last_status_code == 302)

    assert receiver.requests("/elsewhere") == []
    delivery = delivery_of(database, event.event_id)
    assert delivery.status == DeliveryStatus.PENDING
    assert delivery.last_error is not None
    assert "redirects are not followed" in delivery.last_error


async def test_pending_deliveries_survive_a_restart_and_a_dead_workers_claim_is_taken_over(
    database: Database, receiver: WebhookReceiver
) -> None:
    subscribe(database, receiver.url())
    claimed_by_the_dead, waiting = publish(database, "one"), publish(database, "two")
    with database.session() as session:
        (claim,) = claim_due_deliveries(
            session,
            worker="worker-that-dies",
            now=utc_now(),
            lease=timedelta(seconds=1),
            limit=1,
            in_flight_by_subscription={},
            per_subscription_limit=1,
        )
    assert claim.event_id == claimed_by_the_dead.event_id

    async with running_worker(database):
        first = await received(receiver, 1)
        assert first[0].headers["webhook-id"] == waiting.event_id
        requests = await received(receiver, 2)
        await eventually(settled(database, claimed_by_the_dead.event_id, DeliveryStatus.SUCCEEDED))

    assert requests[1].headers["webhook-id"] == claimed_by_the_dead.event_id
    assert delivery_of(database, claimed_by_the_dead.event_id).attempts == 2


async def test_stopping_hands_back_an_unfinished_delivery_for_the_next_worker(
    database: Database, receiver: WebhookReceiver
) -> None:
    receiver.script("/hook", Reply(200, delay_s=2.0))
    subscribe(database, receiver.url())
    async with running_worker(database, shutdown_grace_s=0.1):
        event = publish(database)
        await received(receiver, 1)

    handed_back = delivery_of(database, event.event_id)
    assert (handed_back.status, handed_back.attempts) == (DeliveryStatus.PENDING, 0)
    async with running_worker(database):
        await eventually(settled(database, event.event_id, DeliveryStatus.SUCCEEDED))
    assert len(receiver.requests()) == 2


async def test_the_newer_version_is_never_sent_before_the_older_one_in_flight(
    database: Database, receiver: WebhookReceiver
) -> None:
    receiver.script("/hook", Reply(200, delay_s=1.0))
    subscribe(database, receiver.url())
    async with running_worker(database):
        first = publish(database, "harbour", version=1)
        await received(receiver, 1)
        second = publish(database, "harbour", version=2)
        requests = await received(receiver, 2)
        await eventually(settled(database, second.event_id, DeliveryStatus.SUCCEEDED))

    assert [request.headers["webhook-id"] for request in requests] == [
        first.event_id,
        second.event_id,
    ]
    versions = [json.loads(request.body)["data"]["article_version"] for request in requests]
    assert versions == [1, 2]
    assert requests[1].received_at - requests[0].received_at >= 0.9


async def test_deliveries_are_claimed_in_order_across_subscriptions(database: Database) -> None:
    """The first due delivery of every subscription comes before the second of any."""
    busy = subscribe(database, "http://127.0.0.1:9/busy")
    quiet = subscribe(database, "http://127.0.0.1:9/quiet", SubscriptionFilters(topics=("x",)))
    for number in range(5):
        publish(database, f"busy-{number}")
    with database.session() as session:
        quiet_event = ArticlePublished.first(
            article_uri="urn:inkstream:article:quiet",
            article_version=1,
            article=NinjsDocument(uri="urn:inkstream:article:quiet", subjects=[{"name": "x"}]),
            url="https://news.example.org/articles/quiet",
            slug="quiet",
            first_published_at=utc_now(),
        )
        enqueue_deliveries(session, quiet_event)
        session.commit()
        claimed = claim_due_deliveries(
            session,
            worker="w",
            now=utc_now(),
            lease=timedelta(seconds=30),
            limit=10,
            in_flight_by_subscription={busy: 1},
            per_subscription_limit=2,
        )
        statuses = session.exec(
            select(WebhookDelivery.subscription_id, WebhookDelivery.status).order_by(
                col(WebhookDelivery.id)
            )
        ).all()
    assert sorted(claim.subscription_id for claim in claimed) == sorted([busy, quiet])
    assert [status for _, status in statuses].count(DeliveryStatus.DELIVERING) == 2


TLS_HOST = "hooks.example.test"


@pytest.fixture(scope="module")
def tls_certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for TLS_HOST: (certificate, key)."""
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command")
    directory = tmp_path_factory.mktemp("tls")
    certificate, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-keyout", str(key), "-out", str(certificate), "-subj", f"/CN={TLS_HOST}"),
            *("-addext", f"subjectAltName=DNS:{TLS_HOST}"),
        ],
        check=True,
        capture_output=True,
    )
    return certificate, key


async def test_https_goes_to_the_checked_address_and_verifies_the_certificate_for_the_name(
    database: Database, tls_certificate: tuple[Path, Path]
) -> None:
    """The connection is pinned to the resolved address; TLS still checks the host name."""
    certificate, key = tls_certificate
    server_tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_tls.load_cert_chain(certificate, key)

    async def loopback(host: str, port: int) -> Sequence[str]:
        return ["127.0.0.1"]

    settings = QUICK.model_copy(update={"ca_bundle": certificate})
    with WebhookReceiver(tls=server_tls) as receiver:
        named = subscribe(database, receiver.url(host=TLS_HOST))
        misnamed = subscribe(database, receiver.url("/wrong-name", host="other.example.test"))
        async with running_worker(database, settings, resolver=loopback):
            event = publish(database)
            (request,) = await received(receiver, 1)

            def outcomes() -> dict[str, WebhookDelivery] | None:
                found = {
                    d.subscription_id: d for d in deliveries_of_event(database, event.event_id)
                }
                done = (
                    found[named].status == DeliveryStatus.SUCCEEDED
                    and found[misnamed].last_error is not None
                )
                return found if done else None

            deliveries = await eventually(outcomes)

    assert request.headers["host"] == f"{TLS_HOST}:{receiver.port}"
    assert receiver.requests("/wrong-name") == []
    refused = deliveries[misnamed]
    assert refused.status != DeliveryStatus.SUCCEEDED
    assert refused.last_error is not None
    assert "CERTIFICATE_VERIFY_FAILED" in refused.last_error
