"""A downstream site subscribed by webhook hears of publication, update and withdrawal."""

import json
from collections.abc import Iterator
from urllib.parse import quote

import httpx
import pytest
from standardwebhooks import Webhook

from inkstream.local import LocalStack
from inkstream.testing.plugin import TEST_API_KEY
from inkstream.testing.webhook_receiver import WebhookReceiver

pytestmark = pytest.mark.e2e

AUTH = {"Authorization": f"Bearer {TEST_API_KEY}"}


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver() as running:
        yield running


def test_subscriber_receives_signed_publication_update_and_withdrawal(
    local_stack: LocalStack, receiver: WebhookReceiver
) -> None:
    created = httpx.post(
        f"{local_stack.url('publishing')}/v1/subscriptions",
        json={"url": receiver.url("/hook")},
        headers=AUTH,
    )
    assert created.status_code == 201, created.text
    webhook = Webhook(created.json()["secret"])

    uri = "urn:inkstream:test:webhook-lifecycle"
    article = {"uri": uri, "headline": "Ferry strike ends", "body": "<p>Ferries sail again.</p>"}
    with httpx.Client(base_url=local_stack.url("ingest"), headers=AUTH, timeout=10) as ingest:
        assert ingest.post("/v1/articles", json=article).status_code == 202
        receiver.wait_for(1, "/hook", timeout_s=30)
        corrected = {**article, "headline": "Ferry strike ends after talks"}
        assert ingest.put(f"/v1/articles/{quote(uri, safe='')}", json=corrected).status_code == 202
        receiver.wait_for(2, "/hook", timeout_s=30)
        assert ingest.delete(f"/v1/articles/{quote(uri, safe='')}").status_code == 202
        deliveries = receiver.wait_for(3, "/hook", timeout_s=30)

    payloads = [webhook.verify(request.body, request.headers) for request in deliveries]
    kinds = [(p["type"], p["data"]["article_uri"], p["data"]["article_version"]) for p in payloads]
    assert kinds == [
        ("ArticlePublished", uri, 1),
        ("ArticleUpdated", uri, 2),
        ("ArticleWithdrawn", uri, 3),
    ]
    assert json.loads(deliveries[1].body)["data"]["article"]["headlines"][0]["value"] == (
        "Ferry strike ends after talks"
    )
