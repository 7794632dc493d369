"""The recommendation index benchmark still runs (timings are not checked)."""

from tests.bench.recommendation import SUMMARY_KEYS, growth_lines, measure, target_lines

SMOKE_ARTICLES = 600
SMOKE_QUERIES = 50


def test_benchmark_builds_an_index_and_reports_every_figure() -> None:
    small = measure(SMOKE_ARTICLES // 2, SMOKE_QUERIES)
    large = measure(SMOKE_ARTICLES, SMOKE_QUERIES)

    figures = vars(large)
    assert set(SUMMARY_KEYS) == figures.keys()
    assert large.articles == SMOKE_ARTICLES
    assert large.insert_per_s > 0
    assert 0 < large.query_p50_ms <= large.query_p99_ms
    assert large.ann_memory_mib > 0
    assert growth_lines(small, large)[0].startswith("growth x2 in articles")
    assert target_lines(large)[0].startswith(f"targets at {SMOKE_ARTICLES} articles")
