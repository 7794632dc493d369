"""The newsroom API in a running app, on SQLite and PostgreSQL: races and retried requests."""

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from inkstream.runtime.app import create_app
from inkstream_ingest.config import IngestSettings
from inkstream_ingest.service import definition

API_KEY = "newsroom-key-0123456789abcdef"
AUTH = {"Authorization": f"Bearer {API_KEY}"}
ARTICLE = {"uri": "urn:test:harbour", "headline": "Harbour reopens", "body": "<p>It did.</p>"}
RACERS = 8


@pytest.fixture
def client(database_url: str, stream_prefix: str, redis_url: str) -> Iterator[TestClient]:
    settings = IngestSettings(
        database_url=database_url,
        stream_prefix=stream_prefix,
        redis_url=redis_url,
        api_keys=SecretStr(f"newsroom:{API_KEY}"),
    )
    with TestClient(create_app(definition, settings)) as running:
        yield running


def test_simultaneous_first_posts_of_one_uri_are_all_accepted_as_successive_versions(
    client: TestClient,
) -> None:
    def post(index: int) -> tuple[int, object]:
        response = client.post(
            "/v1/articles", json={**ARTICLE, "headline": f"Take {index}"}, headers=AUTH
        )
        return response.status_code, response.json()

    with ThreadPoolExecutor(RACERS) as pool:
        results = list(pool.map(post, range(RACERS)))

    assert [code for code, _ in results] == [202] * RACERS, results
    versions = sorted(body["version"] for _, body in results)  # type: ignore[index]
    assert versions == list(range(1, RACERS + 1))


def test_a_retried_withdrawal_with_its_idempotency_key_gets_the_first_answer(
    client: TestClient,
) -> None:
    assert client.post("/v1/articles", json=ARTICLE, headers=AUTH).status_code == 202
    retry_safe = {**AUTH, "Idempotency-Key": "kill-harbour-1"}

    first = client.delete(f"/v1/articles/{ARTICLE['uri']}?reason=legal", headers=retry_safe)
    again = client.delete(f"/v1/articles/{ARTICLE['uri']}?reason=legal", headers=retry_safe)
    without_key = client.delete(f"/v1/articles/{ARTICLE['uri']}", headers=AUTH)

    assert (first.status_code, again.status_code) == (202, 202)
    assert again.json() == first.json()
    assert first.json()["outcome"] == "withdrawn"
    assert again.headers["Idempotent-Replayed"] == "true"
    assert without_key.status_code == 409
    assert "already withdrawn" in without_key.json()["detail"]


def test_an_idempotency_key_reused_for_another_request_is_refused(client: TestClient) -> None:
    retry_safe = {**AUTH, "Idempotency-Key": "harbour-1"}
    assert client.post("/v1/articles", json=ARTICLE, headers=retry_safe).status_code == 202

    reused = client.delete(f"/v1/articles/{ARTICLE['uri']}", headers=retry_safe)

    assert reused.status_code == 422
    assert "different request" in reused.json()["detail"]
