"""``/v1/subscriptions`` in a running app with its delivery worker, on SQLite and PostgreSQL."""

import functools
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from typer.testing import CliRunner

from inkstream.contracts.events import ArticlePublished, utc_now
from inkstream.contracts.ninjs import Headline, NinjsDocument, Subject
from inkstream.runtime.app import ServiceDefinition, create_app, service_context
from inkstream.testing.webhook_receiver import Reply, WebhookReceiver
from inkstream_publishing.config import PublishingSettings
from inkstream_publishing.webhooks import (
    WEBHOOK_TABLES,
    WebhookSettings,
    enqueue_deliveries,
    subscriptions_router,
    webhook_delivery_lifespan,
)
from inkstream_publishing.webhooks.cli import app as webhooks_cli

T = TypeVar("T")
API_KEY = "subscriber-admin-0123456789"
AUTH = {"Authorization": f"Bearer {API_KEY}"}
SETTINGS = WebhookSettings(
    allow_private_targets=True,
    retry_schedule_s=(0.1,),
    retry_jitter=0.0,
    poll_interval_s=0.05,
    api_keys=SecretStr(f"newsroom:{API_KEY}"),
)


def make_client(
    database_url: str, stream_prefix: str, redis_url: str, settings: WebhookSettings = SETTINGS
) -> TestClient:
    definition = ServiceDefinition(
        name="publishing",
        title="Inkstream publishing",
        settings_type=PublishingSettings,
        tables=WEBHOOK_TABLES,
        routers=(subscriptions_router,),
        lifespan=functools.partial(webhook_delivery_lifespan, settings=settings),
    )
    service_settings = PublishingSettings(
        database_url=database_url, stream_prefix=stream_prefix, redis_url=redis_url
    )
    return TestClient(create_app(definition, service_settings))


@pytest.fixture
def client(database_url: str, stream_prefix: str, redis_url: str) -> Iterator[TestClient]:
    with make_client(database_url, stream_prefix, redis_url) as running:
        yield running


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver() as running:
        yield running


def publish(client: TestClient, topic: str = "politics") -> ArticlePublished:
    """What the publishing handler does, in the app's own database."""
    uri = "urn:inkstream:article:harbour"
    event = ArticlePublished.first(
        article_uri=uri,
        article_version=1,
        article=NinjsDocument(
            uri=uri, headlines=[Headline(value="Harbour reopens")], subjects=[Subject(name=topic)]
        ),
        url="https://news.example.org/articles/harbour",
        slug="harbour",
        first_published_at=utc_now(),
    )
    context = service_context(client.app)  # type: ignore[arg-type]
    with context.database.session() as session:
        enqueue_deliveries(session, event)
        session.commit()
    return event


def eventually(check: Callable[[], T | None], timeout_s: float = 10.0) -> T:
    deadline = time.monotonic() + timeout_s
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"not true within {timeout_s}s: last {result!r}")
        time.sleep(0.05)


def create(client: TestClient, **body: Any) -> dict[str, Any]:
    response = client.post("/v1/subscriptions", json=body, headers=AUTH)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def test_the_signing_secret_is_shown_once(client: TestClient, receiver: WebhookReceiver) -> None:
    created = create(
        client, url=receiver.url(), topics=["politics"], event_types=["ArticlePublished"]
    )
    assert created["secret"].startswith("whsec_")
    assert created["status"] == "active"
    assert (created["topics"], created["entities"]) == (["politics"], [])

    listed = client.get("/v1/subscriptions", headers=AUTH).json()
    shown = client.get(f"/v1/subscriptions/{created['id']}", headers=AUTH).json()
    assert [item["id"] for item in listed] == [created["id"]]
    assert "secret" not in listed[0]
    assert "secret" not in shown
    assert created["secret"] not in str(listed) + str(shown)


def test_the_api_needs_a_key(client: TestClient) -> None:
    assert client.get("/v1/subscriptions").status_code == 401
    wrong = client.get("/v1/subscriptions", headers={"Authorization": "Bearer not-the-key"})
    assert wrong.status_code == 401
    assert wrong.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1:8080/hook", "loopback"),
        ("http://10.0.0.8/hook", "private"),
        ("http://169.254.169.254/latest/meta-data/", "metadata"),
        ("http://localhost/hook", "loopback"),
        ("ftp://example.com/hook", "http:// or https://"),
    ],
)
def test_private_targets_are_refused_at_creation(
    database_url: str, stream_prefix: str, redis_url: str, url: str, reason: str
) -> None:
    public_only = SETTINGS.model_copy(update={"allow_private_targets": False})
    with make_client(database_url, stream_prefix, redis_url, public_only) as client:
        response = client.post("/v1/subscriptions", json={"url": url}, headers=AUTH)
        assert response.status_code == 422
        assert reason in response.json()["detail"]
        assert client.get("/v1/subscriptions", headers=AUTH).json() == []


def test_pause_holds_deliveries_and_resume_sends_them(
    client: TestClient, receiver: WebhookReceiver
) -> None:
    subscription = create(client, url=receiver.url())["id"]
    paused = client.post(f"/v1/subscriptions/{subscription}/pause", headers=AUTH)
    assert paused.json()["status"] == "paused"
    event = publish(client)
    time.sleep(0.3)
    assert receiver.requests() == []

    resumed = client.post(f"/v1/subscriptions/{subscription}/resume", headers=AUTH)
    assert resumed.json()["status"] == "active"
    (request,) = receiver.wait_for(1)
    assert request.headers["webhook-id"] == event.event_id


def test_delete_removes_the_subscription_and_its_log(
    client: TestClient, receiver: WebhookReceiver
) -> None:
    subscription = create(client, url=receiver.url())["id"]
    publish(client)
    receiver.wait_for(1)
    assert client.delete(f"/v1/subscriptions/{subscription}", headers=AUTH).status_code == 204
    assert client.get(f"/v1/subscriptions/{subscription}", headers=AUTH).status_code == 404
    gone = client.get(f"/v1/subscriptions/{subscription}/deliveries", headers=AUTH)
    assert gone.status_code == 404


def test_the_delivery_log_shows_failures_and_a_redelivery_sends_again(
    client: TestClient, receiver: WebhookReceiver
) -> None:
    receiver.script("/hook", Reply(500, body=b"database down"), Reply(500, body=b"still down"))
    subscription = create(client, url=receiver.url())["id"]
    event = publish(client)
    log_url = f"/v1/subscriptions/{subscription}/deliveries"

    def failed() -> list[dict[str, Any]]:
        return client.get(log_url, params={"status": "failed"}, headers=AUTH).json()

    (delivery,) = eventually(failed)
    assert delivery["webhook_id"] == event.event_id
    assert (delivery["attempts"], delivery["last_status_code"]) == (2, 500)
    assert delivery["last_error"] == "HTTP 500"
    detail = client.get(f"{log_url}/{delivery['id']}", headers=AUTH).json()
    assert [attempt["response_excerpt"] for attempt in detail["history"]] == [
        "database down",
        "still down",
    ]

    redelivered = client.post(f"{log_url}/{delivery['id']}/redeliver", headers=AUTH)
    assert redelivered.status_code == 202
    assert redelivered.json()["status"] == "pending"
    requests = receiver.wait_for(3)
    assert {request.headers["webhook-id"] for request in requests} == {event.event_id}
    succeeded = eventually(
        lambda: client.get(log_url, params={"status": "succeeded"}, headers=AUTH).json()
    )
    assert succeeded[0]["attempts"] == 1
    history = client.get(f"{log_url}/{delivery['id']}", headers=AUTH).json()["history"]
    assert [attempt["status_code"] for attempt in history] == [500, 500, 200]


def test_the_redeliver_command_queues_failed_deliveries(
    client: TestClient,
    receiver: WebhookReceiver,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    receiver.script("/hook", Reply(500), Reply(500))
    subscription = create(client, url=receiver.url())["id"]
    publish(client)
    log_url = f"/v1/subscriptions/{subscription}/deliveries"
    eventually(lambda: client.get(log_url, params={"status": "failed"}, headers=AUTH).json())

    monkeypatch.setenv("INKSTREAM_PUBLISHING_DATABASE_URL", database_url)
    listed = CliRunner().invoke(webhooks_cli, ["deliveries", "-s", subscription])
    assert "failed" in listed.output
    assert "HTTP 500" in listed.output
    result = CliRunner().invoke(webhooks_cli, ["redeliver", "-s", subscription, "--failed"])
    assert result.exit_code == 0, result.output
    assert "1 delivery(ies) queued for redelivery." in result.output
    receiver.wait_for(3)
    eventually(lambda: client.get(log_url, params={"status": "succeeded"}, headers=AUTH).json())


def test_a_superseded_delivery_cannot_be_redelivered(
    client: TestClient, receiver: WebhookReceiver
) -> None:
    subscription = create(client, url=receiver.url())["id"]
    client.post(f"/v1/subscriptions/{subscription}/pause", headers=AUTH)
    publish(client)
    publish(client)
    log_url = f"/v1/subscriptions/{subscription}/deliveries"
    newest, older = client.get(log_url, headers=AUTH).json()
    assert (older["status"], newest["status"]) == ("superseded", "pending")
    refused = client.post(f"{log_url}/{older['id']}/redeliver", headers=AUTH)
    assert refused.status_code == 409
    assert "newer event" in refused.json()["detail"]
