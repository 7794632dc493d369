"""``inkstream docs`` writes the AsyncAPI and OpenAPI documents without Redis."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from inkstream.cli import app

EXPECTED_PATHS = {
    "ingest": {"/v1/articles", "/v1/articles/{uri}", "/v1/articles/{uri}/status", "/healthz"},
    "enrichment": {"/healthz", "/readyz", "/metrics"},
    "recommendation": {"/v1/articles/{uri}/related", "/healthz"},
    "publishing": {"/", "/articles/{slug}", "/v1/articles/{uri}", "/feeds/atom.xml", "/healthz"},
}


@pytest.fixture
def written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("INKSTREAM_STREAM_PREFIX", raising=False)
    result = CliRunner().invoke(app, ["docs", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    return tmp_path


def test_asyncapi_describes_the_four_article_streams(written: Path) -> None:
    document = json.loads((written / "asyncapi.json").read_text())

    addresses = {channel["address"] for channel in document["channels"].values()}

    assert addresses == {
        "inkstream:articles:ingested",
        "inkstream:articles:enriched",
        "inkstream:articles:related",
        "inkstream:articles:published",
    }


def test_each_service_gets_an_openapi_document_with_its_paths(written: Path) -> None:
    for service, expected in EXPECTED_PATHS.items():
        document = json.loads((written / f"openapi-{service}.json").read_text())
        assert expected <= set(document["paths"]), service
