"""The checker counts what the harness promises: lost, unexpected, duplicates, order, poison."""

from tests.faults.audit import (
    Acknowledgement,
    DeadLetterRecord,
    Publication,
    audit_dead_letters,
    audit_publications,
)

URI = "urn:test:a"


def published(entry: int, version: int, event_type: str = "ArticlePublished") -> Publication:
    return Publication(f"{entry}-0", URI, version, event_type, f"event-{entry}")


def test_every_acknowledged_version_published_once_in_order_passes() -> None:
    audit = audit_publications(
        [Acknowledgement(URI, 1), Acknowledgement(URI, 2, withdrawal=True)],
        [published(1, 1), published(2, 2, "ArticleWithdrawn")],
    )

    assert (audit.acknowledged, audit.published, audit.failures) == (2, 2, 0)


def test_an_older_version_skipped_for_a_newer_published_one_is_superseded_not_lost() -> None:
    audit = audit_publications(
        [Acknowledgement(URI, 1), Acknowledgement(URI, 2)], [published(1, 2)]
    )

    assert (audit.superseded, audit.lost) == (1, 0)


def test_the_newest_acknowledged_version_never_published_is_lost() -> None:
    audit = audit_publications(
        [Acknowledgement(URI, 1), Acknowledgement(URI, 2)], [published(1, 1)]
    )

    assert audit.lost == 1
    assert audit.examples["lost"] == [f"{URI} v2"]


def test_a_version_published_twice_is_a_duplicate() -> None:
    audit = audit_publications([Acknowledgement(URI, 1)], [published(1, 1), published(2, 1)])

    assert audit.duplicates == 1


def test_an_older_version_after_a_newer_one_is_out_of_order() -> None:
    audit = audit_publications(
        [Acknowledgement(URI, 1), Acknowledgement(URI, 2)], [published(2, 1), published(1, 2)]
    )

    assert audit.out_of_order == 1


def test_stream_order_decides_not_the_order_read() -> None:
    audit = audit_publications(
        [Acknowledgement(URI, 1), Acknowledgement(URI, 2)],
        [published(10, 2), published(9, 1)],
    )

    assert audit.out_of_order == 0


def test_a_version_never_acknowledged_or_of_the_wrong_kind_is_unexpected() -> None:
    audit = audit_publications(
        [Acknowledgement(URI, 1, withdrawal=True)],
        [published(1, 1), Publication("2-0", "urn:test:b", 1, "ArticlePublished", "e")],
    )

    assert audit.unexpected == 2


def dead(source_id: str, event: str, service: str = "enrichment") -> DeadLetterRecord:
    return DeadLetterRecord(service, "s:articles:ingested", source_id, event)


def test_poison_dead_lettered_by_each_group_once_passes() -> None:
    poison_event = '{"article_uri": "s:poison:1", "article_version": 1}'
    audit = audit_dead_letters(
        [dead("1-0", "{not json"), dead("2-0", poison_event)],
        injected_entries={("s:articles:ingested", "1-0"): ["enrichment"]},
        poison_versions={("s:poison:1", 1): "enrichment"},
        poison_uri_prefix="s:poison:",
    )

    assert (audit.dead_lettered, audit.failures) == (2, 0)


def test_a_dead_letter_that_is_not_poison_fails() -> None:
    audit = audit_dead_letters(
        [dead("3-0", '{"article_uri": "s:article:7", "article_version": 2}')],
        injected_entries={},
        poison_versions={},
        poison_uri_prefix="s:poison:",
    )

    assert audit.not_poison == 1


def test_poison_missing_from_the_dead_letters_or_there_twice_fails() -> None:
    audit = audit_dead_letters(
        [dead("1-0", "{not json"), dead("1-0", "{not json")],
        injected_entries={("s:articles:ingested", "1-0"): ["enrichment", "ingest"]},
        poison_versions={("s:poison:1", 1): "enrichment"},
        poison_uri_prefix="s:poison:",
    )

    assert (audit.repeated, audit.poison_missing) == (1, 2)
