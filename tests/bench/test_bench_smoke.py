"""The pipeline benchmark still runs end to end (timings are not checked)."""

import pytest

from tests.bench.pipeline import SUMMARY_KEYS, format_report, run_benchmark, summary_line

SMOKE_ARTICLES = 20


@pytest.mark.e2e
async def test_benchmark_publishes_every_article_and_reports_a_summary(redis_url: str) -> None:
    report = await run_benchmark(SMOKE_ARTICLES, redis_url=redis_url, stall_timeout_s=60)

    inkstream = report.inkstream
    assert inkstream.rejected == {}, format_report(report)
    assert inkstream.missing == [], format_report(report)
    assert inkstream.published == SMOKE_ARTICLES
    assert len(inkstream.latencies_ms) == SMOKE_ARTICLES
    assert report.baseline.delivered == SMOKE_ARTICLES
    summary = report.summary()
    assert set(SUMMARY_KEYS) <= summary.keys()
    assert summary["articles"] == SMOKE_ARTICLES
    assert summary_line(summary).startswith(f"articles={SMOKE_ARTICLES} ")
