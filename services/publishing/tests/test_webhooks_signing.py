"""Deliveries are signed so that the ``standardwebhooks`` package verifies them."""

import base64
import time

import pytest
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

from inkstream_publishing.webhooks.signing import new_secret, signature_headers

BODY = '{"type":"ArticlePublished","data":{"article_uri":"urn:x:1","headline":"Ünïcode"}}'


def test_a_new_secret_is_whsec_and_base64_of_32_random_bytes() -> None:
    secret = new_secret()
    assert secret.startswith("whsec_")
    assert len(base64.b64decode(secret.removeprefix("whsec_"))) == 32
    assert new_secret() != secret


def test_standard_webhooks_verifies_the_signature_headers() -> None:
    secret = new_secret()
    headers = signature_headers(secret, "5f1c0ffee", int(time.time()), BODY)
    assert Webhook(secret).verify(BODY, headers)["type"] == "ArticlePublished"


def test_a_changed_body_or_another_secret_fails_verification() -> None:
    secret = new_secret()
    headers = signature_headers(secret, "5f1c0ffee", int(time.time()), BODY)
    with pytest.raises(WebhookVerificationError):
        Webhook(secret).verify(BODY.replace("1", "2"), headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(new_secret()).verify(BODY, headers)
