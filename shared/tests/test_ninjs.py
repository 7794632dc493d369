"""ninjs models and submission formats, checked against IPTC's schemas and examples."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from inkstream.contracts.ninjs import (
    Body,
    FinancialSymbol,
    Headline,
    NinjsDocument,
    Organisation,
    Rendition,
    body_html_of,
    byline_of,
    headline_of,
)
from inkstream.contracts.ninjs_formats import (
    SubmissionError,
    extension_schema,
    parse_submission,
    to_ninjs3,
)
from inkstream.testing.ninjs_schemas import (
    NINJS_2_2_SCHEMA_URI,
    examples,
    extension_validator,
    load_json,
    ninjs22_validator,
    ninjs31_validator,
    ninjs_specs_dir,
    schema_errors,
)

EXTENSION_FIELDS = {
    "inkstream_readtime_minutes",
    "inkstream_wordcount",
    "inkstream_slug",
    "inkstream_keywords",
    "inkstream_related",
    "inkstream_entities",
    "inkstream_summary",
    "inkstream_story_id",
}


def locations(error: SubmissionError) -> list[list[str | int]]:
    return [field_error["loc"] for field_error in error.errors]


@pytest.mark.parametrize("example", examples("2.2"), ids=lambda path: path.name)
def test_ninjs22_example_parses_without_loss(example: Path) -> None:
    payload = load_json(example)

    parsed = parse_submission(payload)

    assert parsed.source_format == "ninjs2"
    assert parsed.document.to_json_dict() == payload
    assert schema_errors(ninjs22_validator(), parsed.document.to_json_dict()) == []


@pytest.mark.parametrize("example", examples("3.1"), ids=lambda path: path.name)
def test_ninjs31_example_parses_into_valid_ninjs22(example: Path) -> None:
    parsed = parse_submission(load_json(example))

    assert parsed.source_format == "ninjs3"
    assert schema_errors(ninjs22_validator(), parsed.document.to_json_dict()) == []


@pytest.mark.parametrize(
    "example",
    [*examples("2.2"), *examples("3.1")],
    ids=lambda path: path.parent.name + "/" + path.name,
)
def test_to_ninjs3_is_valid_ninjs31(example: Path) -> None:
    document = parse_submission(load_json(example)).document

    assert schema_errors(ninjs31_validator(), to_ninjs3(document)) == []


@pytest.mark.parametrize("example", examples("2.2"), ids=lambda path: path.name)
def test_to_ninjs3_matches_iptcs_own_ninjs31_version_of_the_example(example: Path) -> None:
    iptc_ninjs31 = load_json(ninjs_specs_dir() / "examples-3.1" / example.name)

    assert to_ninjs3(parse_submission(load_json(example)).document) == iptc_ninjs31


def test_ninjs31_event_drops_what_ninjs22_cannot_express() -> None:
    payload = load_json(ninjs_specs_dir() / "examples-3.1" / "008_event.json")

    parsed = parse_submission(payload)

    assert parsed.unmapped_fields == ("/type", "/eventDetails")
    assert parsed.document.type is None
    assert parsed.document.title == "2023 NATO Summit Press Conference"
    assert parsed.document.standard is not None
    assert parsed.document.standard.version == "2.2"
    assert parsed.document.standard.schema_uri == NINJS_2_2_SCHEMA_URI
    assert to_ninjs3(parsed.document)["standard"] == payload["standard"]


def test_ninjs3_is_detected_from_declared_schema_without_telltale_names() -> None:
    payload = {
        "$schema": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json",
        "uri": "urn:example:declared",
        "headlines": [{"value": "Declared"}],
    }

    parsed = parse_submission(payload)

    assert parsed.source_format == "ninjs3"
    assert "$schema" not in parsed.document.to_json_dict()


def test_ninjs3_is_detected_from_standard_version() -> None:
    payload = {"uri": "urn:example:standard", "standard": {"name": "ninjs", "version": "3.0"}}

    assert parse_submission(payload).source_format == "ninjs3"


def test_extension_properties_survive_parsing() -> None:
    payload = load_json(ninjs_specs_dir() / "schema-extension" / "extension-example.json")

    document = parse_submission(payload).document

    assert document.to_json_dict()["foofoo"] == payload["foofoo"]
    assert "foofoo" not in to_ninjs3(document)


def test_minimal_article_becomes_a_text_document() -> None:
    payload = {
        "headline": "Rates held at 4%",
        "body": "<p>The central bank held rates.</p>",
        "byline": " Ana Ruiz ",
        "language": "es",
        "embargoed": "2030-01-02T09:00:00+01:00",
    }

    parsed = parse_submission(payload)
    document = parsed.document

    assert parsed.source_format == "minimal"
    assert re.fullmatch(r"urn:inkstream:article:[0-9a-f]{32}", document.uri)
    assert document.type == "text"
    assert headline_of(document) == "Rates held at 4%"
    assert body_html_of(document) == "<p>The central bank held rates.</p>"
    assert byline_of(document) == "Ana Ruiz"
    assert document.language == "es"
    assert document.to_json_dict()["embargoed"] == "2030-01-02T09:00:00+01:00"
    assert schema_errors(ninjs22_validator(), document.to_json_dict()) == []
    ninjs3 = to_ninjs3(document)
    assert ninjs3["embargoedUntil"] == "2030-01-02T09:00:00+01:00"
    assert schema_errors(ninjs31_validator(), ninjs3) == []


def test_minimal_article_keeps_its_uri_and_needs_no_byline() -> None:
    parsed = parse_submission(
        {"uri": "urn:newsroom:story:42", "headline": "Short", "body": "<p>Body</p>"}
    )

    assert parsed.document.uri == "urn:newsroom:story:42"
    assert byline_of(parsed.document) is None


def test_generated_uris_are_unique() -> None:
    article = {"headline": "Same", "body": "<p>Same</p>"}

    assert parse_submission(article).document.uri != parse_submission(article).document.uri


@pytest.mark.parametrize(
    ("payload", "expected_loc"),
    [
        pytest.param({"body": "<p>Body</p>"}, ["headline"], id="minimal-without-headline"),
        pytest.param({"headline": "Headline"}, ["body"], id="minimal-without-body"),
        pytest.param({"headline": "  ", "body": "<p>Body</p>"}, ["headline"], id="blank-headline"),
        pytest.param(
            {"headline": "H", "body": "<p>B</p>", "embargoed": "2030-01-02T09:00:00"},
            ["embargoed"],
            id="embargo-without-offset",
        ),
        pytest.param({"headline": "H", "body": "<p>B</p>", "bylin": "X"}, ["bylin"], id="typo"),
        pytest.param(
            {"uri": "urn:x", "type": "text", "headlines": [{"value": "Headline"}]},
            ["bodies"],
            id="text-without-body",
        ),
        pytest.param(
            {"uri": "urn:x", "type": "text", "bodies": [{"value": "Body"}]},
            ["headlines"],
            id="text-without-headline",
        ),
        pytest.param(
            {"headlines": [{"value": "Headline"}], "bodies": [{"value": "Body"}]},
            ["uri"],
            id="ninjs-without-uri",
        ),
        pytest.param(
            {"uri": "urn:x", "subjects": [{"name": "Economy", "relevance": 150}]},
            ["subjects", 0, "relevance"],
            id="relevance-out-of-range",
        ),
        pytest.param(
            {"uri": "urn:x", "headlines": [{"value": "H", "colour": "red"}]},
            ["headlines", 0, "colour"],
            id="unknown-nested-property",
        ),
        pytest.param(
            {"uri": "urn:x", "versionCreated": "yesterday", "edNote": "check"},
            ["versionCreated"],
            id="ninjs3-named-as-submitted",
        ),
        pytest.param(
            {"uri": "urn:x", "versioncreated": "2024-01-01T00:00:00Z", "pubStatus": "usable"},
            ["pubStatus"],
            id="mixed-ninjs2-and-ninjs3-names",
        ),
        pytest.param(
            {"uri": "urn:x", "people": [{"name": "A", "contactinfo": [{"type": "phone"}]}]},
            ["people", 0, "contactinfo", 0],
            id="contact-without-value-or-address",
        ),
    ],
)
def test_invalid_submission_names_the_field(
    payload: dict[str, Any], expected_loc: list[str | int]
) -> None:
    with pytest.raises(SubmissionError) as raised:
        parse_submission(payload)

    assert expected_loc in locations(raised.value)
    assert all(field_error["msg"] for field_error in raised.value.errors)


def test_submission_must_be_an_object() -> None:
    with pytest.raises(SubmissionError) as raised:
        parse_submission(["not", "an", "object"])  # type: ignore[arg-type]

    assert locations(raised.value) == [[]]
    assert isinstance(raised.value, ValueError)


def test_document_with_extension_fields_validates_against_the_extension_schema() -> None:
    payload = {
        **load_json(ninjs_specs_dir() / "examples-2.2" / "005_complex_text_article.json"),
        "inkstream_readtime_minutes": 2,
        "inkstream_wordcount": 160,
        "inkstream_slug": "captain-of-wrecked-cruise-ship-on-trial",
        "inkstream_related": [
            {
                "uri": "urn:inkstream:article:0f1e",
                "headline": "Costa Concordia raised from the seabed",
                "excerpt": "Salvage crews righted the wreck.",
                "url": "https://news.example/costa-concordia-raised",
                "score": 0.82,
                "reason": "similar-text",
            }
        ],
    }

    dumped = parse_submission(payload).document.to_json_dict()

    assert schema_errors(extension_validator(), dumped) == []
    core_ninjs = {key: value for key, value in dumped.items() if key not in EXTENSION_FIELDS}
    assert schema_errors(ninjs22_validator(), core_ninjs) == []


def test_extension_schema_declares_inkstream_fields_and_rejects_others() -> None:
    schema = extension_schema()
    document = {"uri": "urn:x", "inkstream_wordcount": "many", "inkstream_colour": "red"}

    assert set(schema["properties"]) == EXTENSION_FIELDS
    assert len(schema_errors(extension_validator(), document)) == 2
    assert schema_errors(ninjs22_validator(), {"uri": "urn:x", "inkstream_slug": "s"}) != []


def test_to_ninjs3_fits_ninjs22_values_into_ninjs31_types() -> None:
    document = NinjsDocument(
        uri="urn:x",
        urgency=12,
        renditions=[Rendition(name="web", width=640.4, height=480, sizeinbytes=1024)],
        organisations=[Organisation(name="Acme", symbols=[FinancialSymbol(ticker="ACME")])],
        inkstream_slug="acme",
    )

    ninjs3 = to_ninjs3(document)

    assert "urgency" not in ninjs3
    assert ninjs3["renditions"] == [
        {"name": "web", "width": 640, "height": 480, "sizeInBytes": 1024}
    ]
    assert ninjs3["organisations"] == [{"name": "Acme", "symbols": [{"symbol": "ACME"}]}]
    assert "inkstream_slug" not in ninjs3
    assert schema_errors(ninjs31_validator(), ninjs3) == []


def test_headline_of_prefers_the_main_headline() -> None:
    document = NinjsDocument(
        uri="urn:x",
        headlines=[Headline(role="short", value="Short"), Headline(role="main", value="Main")],
    )

    assert headline_of(document) == "Main"
    assert headline_of(NinjsDocument(uri="urn:x", title="Title only")) == "Title only"
    assert headline_of(NinjsDocument(uri="urn:x")) == ""


def test_body_html_of_prefers_an_html_body() -> None:
    payload = load_json(ninjs_specs_dir() / "examples-2.2" / "004_simple_text_article.json")

    html = body_html_of(parse_submission(payload).document)

    assert html == payload["bodies"][1]["value"]


def test_body_html_of_escapes_plain_text_into_paragraphs() -> None:
    document = NinjsDocument(
        uri="urn:x", bodies=[Body(contenttype="text/plain", value="1 < 2\nand <b>3</b>\n")]
    )

    assert body_html_of(document) == "<p>1 &lt; 2</p><p>and &lt;b&gt;3&lt;/b&gt;</p>"
    assert body_html_of(NinjsDocument(uri="urn:x")) == ""


def test_absent_properties_are_omitted_on_the_wire() -> None:
    document = NinjsDocument(uri="urn:x", headlines=[Headline(value="H")])

    assert json.loads(document.model_dump_json()) == {"uri": "urn:x", "headlines": [{"value": "H"}]}
