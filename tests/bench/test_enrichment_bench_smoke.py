"""The enrichment benchmark still runs through the service (timings are not checked)."""

import pytest

from tests.bench.enrichment import SUMMARY_KEYS, format_report, run_benchmark

SMOKE_ARTICLES = 12


@pytest.mark.e2e
def test_enrichment_benchmark_enriches_every_article_and_reports_the_ratio(
    redis_url: str,
) -> None:
    report = run_benchmark(SMOKE_ARTICLES, redis_url=redis_url, timeout_s=120)

    assert report.enriched == SMOKE_ARTICLES, format_report(report)
    assert report.raw_articles_per_s > 0
    assert report.ratio > 0
    assert report.rss_kb >= report.rss_main_kb > 0
    assert set(SUMMARY_KEYS) <= report.summary().keys()
