"""The running service: its API answers from the index it rebuilt at start (SQLite, PostgreSQL)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from inkstream.contracts.events import ArticleEnriched
from inkstream.runtime.app import create_app
from inkstream_recommendation.commands import main
from inkstream_recommendation.config import RecommendationSettings
from inkstream_recommendation.service import definition

if TYPE_CHECKING:
    from conftest import Recommendation

SEED_URI = "urn:inkstream:demo:nato-strike-inside-russia"


def test_related_articles_come_with_scores_and_reasons_best_first(
    recommendation: Recommendation,
    demo_batch: list[ArticleEnriched],
    story_of: dict[str, str],
    settings: RecommendationSettings,
) -> None:
    recommendation.handle(*demo_batch)

    with TestClient(create_app(definition, settings)) as client:
        answer = client.get(f"/v1/articles/{quote(SEED_URI, safe='')}/related?limit=4")
        short = client.get(f"/v1/articles/{quote(SEED_URI, safe='')}/related?limit=2")
        unknown = client.get(f"/v1/articles/{quote('urn:never:seen', safe='')}/related")

    assert answer.status_code == 200
    related = answer.json()["related"]
    assert [story_of[item["uri"]] for item in related] == [
        "nato-ukraine",
        "nato-ukraine",
        "nato-ukraine",
        "g7-ukraine-loan",
    ]
    assert [item["score"] for item in related] == sorted(
        (item["score"] for item in related), reverse=True
    )
    assert all(item["reason"] and item["headline"] and item["slug"] for item in related)
    assert len(short.json()["related"]) == 2
    assert unknown.status_code == 404


def test_the_rebuild_command_reports_what_it_indexed(
    recommendation: Recommendation,
    demo_batch: list[ArticleEnriched],
    settings: RecommendationSettings,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    recommendation.handle(*demo_batch)
    monkeypatch.setenv("INKSTREAM_RECOMMENDATION_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("INKSTREAM_RECOMMENDATION_INDEX_DIR", str(settings.index_directory))

    main(["rebuild-index"])

    assert f"rebuilt the index of {len(demo_batch)} live articles" in capsys.readouterr().out
