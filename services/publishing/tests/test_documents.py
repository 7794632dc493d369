"""The published ninjs document at each step, and the topics read from its subjects."""

from datetime import UTC, datetime

from inkstream.contracts.ninjs import NinjsDocument
from inkstream_publishing.documents import tombstone_document, topics_of, version_document
from inkstream_publishing.views import TopicRef

RECEIVED = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
FIRST = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def article(**fields: object) -> NinjsDocument:
    return NinjsDocument.model_validate(
        {
            "uri": "urn:test:harbour",
            "type": "text",
            "headlines": [{"role": "main", "value": "Harbour reopens"}],
            "bodies": [{"contenttype": "text/html", "value": "<p>It did.</p>"}],
            **fields,
        }
    )


def test_a_version_keeps_the_times_the_newsroom_gave() -> None:
    given = article(
        versioncreated="2026-03-02T09:00:00+00:00", firstcreated="2026-02-28T07:00:00+00:00"
    )

    document = version_document(
        given, version=3, pubstatus="usable", slug="harbour", received_at=RECEIVED
    ).to_json_dict()

    assert document["version"] == "3"
    assert document["pubstatus"] == "usable"
    assert document["versioncreated"] == "2026-03-02T09:00:00Z"
    assert document["firstcreated"] == "2026-02-28T07:00:00Z"
    assert document["inkstream_slug"] == "harbour"


def test_missing_times_come_from_receipt_and_the_first_version() -> None:
    document = version_document(
        article(),
        version=2,
        pubstatus="usable",
        slug="harbour",
        received_at=RECEIVED,
        first_created=FIRST,
    )

    assert document.versioncreated == RECEIVED
    assert document.firstcreated == FIRST


def test_a_first_version_without_times_was_first_created_when_received() -> None:
    document = version_document(
        article(), version=1, pubstatus="withheld", slug="harbour", received_at=RECEIVED
    )

    assert document.firstcreated == document.versioncreated == RECEIVED
    assert document.pubstatus == "withheld"


def test_related_articles_from_upstream_are_not_carried_over() -> None:
    stale = article(inkstream_related=[{"uri": "urn:test:gone"}])

    document = version_document(
        stale, version=1, pubstatus="usable", slug="harbour", received_at=RECEIVED
    )

    assert "inkstream_related" not in document.to_json_dict()


def test_a_tombstone_keeps_only_who_the_article_was() -> None:
    published = version_document(
        article(embargoed="2026-03-02T06:00:00+00:00", language="en"),
        version=1,
        pubstatus="usable",
        slug="harbour",
        received_at=RECEIVED,
    )

    tombstone = tombstone_document(published, version=2, withdrawn_at=RECEIVED).to_json_dict()

    assert tombstone == {
        "uri": "urn:test:harbour",
        "type": "text",
        "version": "2",
        "versioncreated": "2026-03-02T10:00:00Z",
        "firstcreated": "2026-03-02T10:00:00Z",
        "embargoed": "2026-03-02T06:00:00Z",
        "pubstatus": "canceled",
        "language": "en",
        "inkstream_slug": "harbour",
    }


def test_topics_are_the_named_subjects_once_each() -> None:
    document = article(
        subjects=[
            {
                "name": "Conflict, war and peace",
                "uri": "http://cv.iptc.org/newscodes/mediatopic/16000000",
            },
            {"name": "politics"},
            {"uri": "http://example.org/unnamed"},
            {"name": "Politics"},
            {"name": "  "},
        ]
    )

    assert topics_of(document) == [
        TopicRef(
            slug="conflict-war-and-peace",
            name="Conflict, war and peace",
            uri="http://cv.iptc.org/newscodes/mediatopic/16000000",
        ),
        TopicRef(slug="politics", name="politics"),
    ]


def test_non_ascii_topic_names_get_readable_slugs() -> None:
    [topic] = topics_of(article(subjects=[{"name": "Krig, konflikter och oroligheter"}]))

    assert topic.slug == "krig-konflikter-och-oroligheter"
    assert topics_of(article(subjects=[{"name": "Économie"}]))[0].slug == "economie"
