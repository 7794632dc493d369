"""The test-only fault hooks: intermittent failures, poison, and refusal outside tests."""

from typing import Any

import pytest
from pydantic import ValidationError

from inkstream.contracts.events import ArticleWithdrawn, Event
from inkstream.runtime.faults import (
    INJECTED_FAILURES_PER_EVENT,
    FaultInjectingHandler,
    FaultInjection,
    InjectedFailure,
    InjectedPoison,
)
from inkstream.runtime.handlers import EventHandler
from inkstream.runtime.unit_of_work import UnitOfWork
from inkstream_enrichment.config import EnrichmentSettings


class Counting(EventHandler):
    def __init__(self) -> None:
        self.handled = 0

    def handle(self, uow: UnitOfWork, event: Event, prepared: Any = None) -> None:
        self.handled += 1


def event(uri: str = "urn:test:a") -> ArticleWithdrawn:
    return ArticleWithdrawn.first(article_uri=uri, article_version=1)


def test_about_the_given_share_of_events_is_chosen_and_always_the_same_ones() -> None:
    faults = FaultInjection(failure_rate=0.1)
    ids = [event().event_id for _ in range(5000)]

    chosen = [event_id for event_id in ids if faults.chooses(event_id)]

    assert 350 < len(chosen) < 650
    assert all(faults.chooses(event_id) for event_id in chosen)


def test_a_chosen_event_fails_a_few_times_then_succeeds() -> None:
    inner = Counting()
    handler = FaultInjectingHandler(inner, FaultInjection(failure_rate=1.0))
    chosen = event()
    uow: Any = None

    for _ in range(INJECTED_FAILURES_PER_EVENT):
        with pytest.raises(InjectedFailure):
            handler.handle(uow, chosen)
    handler.handle(uow, chosen)

    assert inner.handled == 1


def test_poison_always_fails() -> None:
    handler = FaultInjectingHandler(Counting(), FaultInjection(poison_uri_prefix="urn:poison:"))

    for _ in range(10):
        with pytest.raises(InjectedPoison):
            handler.handle(None, event("urn:poison:1"))  # type: ignore[arg-type]


def test_fault_settings_are_refused_outside_the_test_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("INKSTREAM_FAULT_FAILURE_RATE", "0.1")
    monkeypatch.setenv("INKSTREAM_ENVIRONMENT", "production")

    with pytest.raises(ValidationError, match="INKSTREAM_ENVIRONMENT=test"):
        EnrichmentSettings()

    monkeypatch.setenv("INKSTREAM_ENVIRONMENT", "test")
    assert EnrichmentSettings().faults.active
