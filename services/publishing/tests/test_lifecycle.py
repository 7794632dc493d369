"""An article's life in publishing: publish, update, embargo, withdraw; on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from inkstream.contracts.events import (
    SAME_STORY,
    ArticlePublished,
    ArticleRelated,
    ArticleUpdated,
    ArticleWithdrawn,
    Event,
    RelatedArticle,
    RelatedArticlesChanged,
    utc_now,
)
from inkstream.contracts.ninjs import NinjsDocument
from inkstream.contracts.ninjs_formats import to_ninjs3
from inkstream.runtime.storage import Database
from inkstream.testing.ninjs_schemas import (
    extension_validator,
    ninjs22_validator,
    ninjs31_validator,
    schema_errors,
)
from inkstream_publishing.catalogue import (
    coverage_of,
    live_publications,
    public_document,
    publication_by_slug,
    related_of,
)
from inkstream_publishing.publication import publish
from inkstream_publishing.tables import HeldVersion, Publication

if TYPE_CHECKING:
    from conftest import MakeVersion, Publishing

HARBOUR = "urn:inkstream:test:harbour-reopens"
FERRY = "urn:inkstream:test:ferry-timetable"
STORM = "urn:inkstream:test:storm-warning"
POLITICS = {
    "name": "politics",
    "uri": "http://cv.iptc.org/newscodes/mediatopic/11000000",
    "literal": "medtop:11000000",
    "rel": "about",
    "creator": "machine",
    "confidence": 82,
}
CONFLICT = {
    "name": "conflict, war and peace",
    "uri": "http://cv.iptc.org/newscodes/mediatopic/16000000",
    "literal": "medtop:16000000",
    "rel": "about",
    "creator": "machine",
    "confidence": 74,
}


def assert_valid_ninjs(document: dict[str, Any]) -> None:
    """Valid against ninjs 2.2 with Inkstream's extension, core 2.2, and 3.1 once converted."""
    assert schema_errors(extension_validator(), document) == []
    core = {key: value for key, value in document.items() if not key.startswith("inkstream_")}
    assert schema_errors(ninjs22_validator(), core) == []
    ninjs3 = to_ninjs3(NinjsDocument.model_validate(document))
    assert schema_errors(ninjs31_validator(), ninjs3) == []


def announced(events: list[Event]) -> list[tuple[str, str, int]]:
    return [(event.event_type, event.article_uri, event.article_version) for event in events]


def served(database: Database, uri: str) -> dict[str, Any]:
    with database.session() as session:
        row = session.get(Publication, uri)
        assert row is not None
        return public_document(session, row, related_limit=4).to_json_dict()


def live_uris(database: Database) -> list[str]:
    with database.session() as session:
        return [row.uri for row in live_publications(session, 50)]


def related_uris(database: Database, uri: str) -> list[str]:
    with database.session() as session:
        row = session.get(Publication, uri)
        assert row is not None
        return [item["uri"] for item in related_of(session, row, 4)]


def test_first_version_is_announced_as_published_with_a_valid_document(
    publishing: Publishing, make_version: MakeVersion
) -> None:
    version = make_version(HARBOUR, subjects=[POLITICS])

    [event] = publishing.handle(version)

    assert isinstance(event, ArticlePublished)
    assert event.url == "https://news.example.org/articles/harbour-reopens-1a2b3c"
    document = event.article.to_json_dict()
    assert_valid_ninjs(document)
    assert document["version"] == "1"
    assert document["pubstatus"] == "usable"
    assert document["versioncreated"] == version.article.to_json_dict()["versioncreated"]
    assert document["firstcreated"] == version.article.to_json_dict()["firstcreated"]
    assert served(publishing.database, HARBOUR) == document


def test_a_later_version_is_announced_as_updated_and_replaces_the_first(
    publishing: Publishing, make_version: MakeVersion
) -> None:
    publishing.handle(make_version(HARBOUR))
    correction = make_version(HARBOUR, 2, headline="Harbour reopens on Tuesday (corrected)")

    [event] = publishing.handle(correction)

    assert isinstance(event, ArticleUpdated)
    document = event.article.to_json_dict()
    assert_valid_ninjs(document)
    assert document["version"] == "2"
    assert document["headlines"][0]["value"] == "Harbour reopens on Tuesday (corrected)"
    assert document["firstcreated"] != document["versioncreated"]
    assert served(publishing.database, HARBOUR)["version"] == "2"
    with publishing.database.session() as session:
        row = publication_by_slug(session, "harbour-reopens-1a2b3c")
        assert row is not None
        assert row.headline == "Harbour reopens on Tuesday (corrected)"


def test_reenriching_a_published_version_is_announced_as_updated(
    publishing: Publishing, make_version: MakeVersion
) -> None:
    publishing.handle(make_version(HARBOUR))

    assert announced(publishing.handle(make_version(HARBOUR, subjects=[POLITICS]))) == [
        ("ArticleUpdated", HARBOUR, 1)
    ]


def test_an_older_version_never_replaces_a_newer_one(
    publishing: Publishing, make_version: MakeVersion
) -> None:
    publishing.handle(make_version(HARBOUR, 1), make_version(HARBOUR, 2))

    with publishing.database.session() as session:
        stale = publish(session, make_version(HARBOUR, 1), "https://x", utc_now(), 4)
    assert stale is None
    assert served(publishing.database, HARBOUR)["version"] == "2"


def test_withdrawal_leaves_a_canceled_tombstone_and_is_announced(
    publishing: Publishing, make_version: MakeVersion
) -> None:
    publishing.handle(make_version(HARBOUR), make_version(FERRY, related=[HARBOUR]))
    withdrawal = ArticleWithdrawn.first(article_uri=HARBOUR, article_version=2, reason="legal")

    [event] = publishing.handle(withdrawal)

    assert isinstance(event, ArticleWithdrawn)
    assert (event.article_version, event.reason) == (2, "legal")
    assert event.url == "https://news.example.org/articles/harbour-reopens-1a2b3c"
    tombstone = served(publishing.database, HARBOUR)
    assert_valid_ninjs(tombstone)
    assert tombstone["pubstatus"] == "canceled"
    assert tombstone["version"] == "2"
    assert "bodies" not in tombstone
    assert "headlines" not in tombstone
    assert live_uris(publishing.database) == [FERRY]
    assert related_uris(publishing.database, FERRY) == []
    assert publishing.handle(withdrawal) == []


def test_a_version_the_newsroom_canceled_withdraws_the_article(
    publishing: Publishing, make_version: MakeVersion
) -> None:
    publishing.handle(make_version(HARBOUR))

    assert announced(publishing.handle(make_version(HARBOUR, 2, pubstatus="canceled"))) == [
        ("ArticleWithdrawn", HARBOUR, 2)
    ]
    assert served(publishing.database, HARBOUR)["pubstatus"] == "canceled"


def test_an_embargoed_version_is_invisible_until_its_time(
    publishing: Publishing, make_version: MakeVersion
) -> None:
    embargo = utc_now() + timedelta(hours=1)
    publishing.handle(make_version(FERRY))

    assert publishing.handle(make_version(HARBOUR, embargoed=embargo)) == []
    assert live_uris(publishing.database) == [FERRY]
    publishing.handle(make_version(FERRY, 2, related=[HARBOUR]))
    assert related_uris(publishing.database, FERRY) == []
    with publishing.database.session() as session:
        assert session.get(Publication, HARBOUR) is None
        assert publication_by_slug(session, "harbour-reopens-1a2b3c") is None
    assert publishing.release_embargoes(embargo - timedelta(seconds=1)) == []

    [event] = publishing.release_embargoes(embargo)

    assert isinstance(event, ArticlePublished)
    document = event.article.to_json_dict()
    assert_valid_ninjs(document)
    assert document["pubstatus"] == "usable"
    assert datetime.fromisoformat(document["embargoed"]) == embargo
    assert set(live_uris(publishing.database)) == {HARBOUR, FERRY}
    assert related_uris(publishing.database, FERRY) == [HARBOUR]
    assert publishing.release_embargoes(embargo + timedelta(hours=1)) == []


def test_a_held_version_is_stored_withheld_with_its_embargo(
    publishing: Publishing, make_version: MakeVersion
) -> None:
    embargo = utc_now() + timedelta(hours=1)

    publishing.handle(make_version(HARBOUR, embargoed=embargo))

    with publishing.database.session() as session:
        held = session.get(HeldVersion, HARBOUR)
        assert held is not None
        document = _held_document(held)
    assert_valid_ninjs(document)
    assert document["pubstatus"] == "withheld"
    assert datetime.fromisoformat(document["embargoed"]) == embargo


def test_an_embargo_already_past_publishes_at_once(
    publishing: Publishing, make_version: MakeVersion
) -> None:
    version = make_version(HARBOUR, embargoed=utc_now() - timedelta(minutes=1))

    assert announced(publishing.handle(version)) == [("ArticlePublished", HARBOUR, 1)]


def test_a_newer_unembargoed_version_replaces_the_held_one(
    publishing: Publishing, make_version: MakeVersion
) -> None:
    embargo = utc_now() + timedelta(hours=1)
    publishing.handle(make_version(HARBOUR, embargoed=embargo))

    assert announced(publishing.handle(make_version(HARBOUR, 2))) == [
        ("ArticlePublished", HARBOUR, 2)
    ]
    assert publishing.release_embargoes(embargo) == []
    assert served(publishing.database, HARBOUR)["version"] == "2"


def test_an_embargoed_update_leaves_the_live_version_until_its_time(
    publishing: Publishing, make_version: MakeVersion
) -> None:
    embargo = utc_now() + timedelta(hours=1)
    publishing.handle(make_version(HARBOUR))

    assert publishing.handle(make_version(HARBOUR, 2, embargoed=embargo)) == []
    assert served(publishing.database, HARBOUR)["version"] == "1"

    assert announced(publishing.release_embargoes(embargo)) == [("ArticleUpdated", HARBOUR, 2)]
    assert served(publishing.database, HARBOUR)["version"] == "2"


def test_withdrawing_an_article_still_under_embargo_announces_nothing(
    publishing: Publishing, make_version: MakeVersion
) -> None:
    embargo = utc_now() + timedelta(hours=1)
    publishing.handle(make_version(HARBOUR, embargoed=embargo))

    withdrawal = ArticleWithdrawn.first(article_uri=HARBOUR, article_version=2)

    assert publishing.handle(withdrawal) == []
    assert publishing.release_embargoes(embargo) == []
    assert live_uris(publishing.database) == []


def test_a_withheld_version_waits_for_a_newer_one(
    publishing: Publishing, make_version: MakeVersion
) -> None:
    assert publishing.handle(make_version(HARBOUR, pubstatus="withheld")) == []
    assert publishing.release_embargoes(utc_now() + timedelta(days=365)) == []

    assert announced(publishing.handle(make_version(HARBOUR, 2))) == [
        ("ArticlePublished", HARBOUR, 2)
    ]


def test_newer_related_articles_reach_a_published_version(
    publishing: Publishing, make_version: MakeVersion
) -> None:
    publishing.handle(make_version(HARBOUR), make_version(FERRY), make_version(STORM))
    change = RelatedArticlesChanged.first(
        article_uri=HARBOUR,
        article_version=1,
        related=[
            RelatedArticle(uri=uri, headline=uri, slug=uri, score=0.5, reason="similar-text")
            for uri in (STORM, FERRY)
        ],
    )

    assert publishing.handle(change) == []
    assert related_uris(publishing.database, HARBOUR) == [STORM, FERRY]
    assert_valid_ninjs(served(publishing.database, HARBOUR))


def test_lists_are_newest_first_by_first_publication(
    publishing_database: Database, make_version: MakeVersion
) -> None:
    start = utc_now()
    with publishing_database.session() as session:
        for minutes, uri in enumerate((HARBOUR, FERRY, STORM)):
            publish(session, make_version(uri), "https://x", start + timedelta(minutes=minutes), 4)
        publish(session, make_version(HARBOUR, 2), "https://x", start + timedelta(hours=1), 4)
        session.commit()

    with publishing_database.session() as session:
        assert _uris(live_publications(session, 10)) == [STORM, FERRY, HARBOUR]
        assert _uris(live_publications(session, 10, newest="updated")) == [HARBOUR, STORM, FERRY]


def test_topic_lists_follow_the_subjects_of_the_live_version(
    publishing: Publishing, make_version: MakeVersion
) -> None:
    publishing.handle(
        make_version(HARBOUR, subjects=[POLITICS]),
        make_version(FERRY, subjects=[POLITICS, CONFLICT]),
    )
    with publishing.database.session() as session:
        assert _uris(live_publications(session, 10, topic_slug="politics")) == [FERRY, HARBOUR]

    publishing.handle(make_version(FERRY, 2, subjects=[CONFLICT]))

    with publishing.database.session() as session:
        assert _uris(live_publications(session, 10, topic_slug="politics")) == [HARBOUR]
        slug = "conflict-war-and-peace"
        assert _uris(live_publications(session, 10, topic_slug=slug)) == [FERRY]


def _uris(rows: list[Publication]) -> list[str]:
    return [row.uri for row in rows]


def _held_document(held: HeldVersion) -> dict[str, Any]:
    return ArticleRelated.model_validate_json(held.event).article.to_json_dict()


def test_the_story_names_the_document_and_its_other_languages_show_as_coverage(
    publishing: Publishing, make_version: MakeVersion
) -> None:
    publishing.handle(make_version(FERRY))
    german = RelatedArticle(
        uri=FERRY,
        headline="Fähre fährt wieder",
        slug="ferry",
        score=1.0,
        reason=SAME_STORY,
        language="de",
    )
    version = make_version(HARBOUR)
    story = "story-0123456789abcdef"
    event = version.model_copy(update={"related": [german], "story_id": story})

    [announced] = publishing.handle(event)

    assert isinstance(announced, ArticlePublished)
    assert announced.story_id == story
    assert (announced.article.model_extra or {})["inkstream_story_id"] == story
    assert schema_errors(extension_validator(), announced.article.to_json_dict()) == []
    with publishing.database.session() as session:
        row = session.get(Publication, HARBOUR)
        assert row is not None
        assert related_of(session, row, 4) == []
        assert [(item["uri"], item["language"]) for item in coverage_of(session, row)] == [
            (FERRY, "de")
        ]
