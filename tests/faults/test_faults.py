"""The short fault run: kills, a Redis crash and poison, and still nothing lost or doubled."""

import os
import shutil

import pytest

from tests.faults.harness import FaultConfig, format_report, run_faults, summary_line

SHORT_RUN = FaultConfig(articles=300, kills=5, redis_restarts=1, drain_timeout_s=240)


@pytest.mark.faults
@pytest.mark.e2e
@pytest.mark.timeout(600)
async def test_no_article_lost_or_published_twice_under_kills_restarts_and_poison() -> None:
    if shutil.which("redis-server") is None:
        message = "the fault harness starts its own redis-server, which is not installed"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)

    report = await run_faults(SHORT_RUN)

    assert report.passed, format_report(report)
    summary = report.summary()
    assert (summary["kills"], summary["redis_restarts"]) == (5, 1)
    assert summary["acknowledged"] == summary["attempted"] > SHORT_RUN.articles
    assert summary["dead_lettered"] > 0
    assert summary_line(summary).startswith("attempted=")
