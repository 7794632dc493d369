"""Enrichment of whole articles with the real models: entities, topics, keywords, languages."""

import json
from typing import Any

import pytest

from inkstream.contracts.events import Enrichment
from inkstream.contracts.ninjs_formats import parse_submission
from inkstream.demo import load_demo_articles
from inkstream.testing.ninjs_schemas import extension_validator, ninjs22_validator, schema_errors
from inkstream_enrichment.analysis import AnalysisInput
from inkstream_enrichment.engine import EnrichmentEngine
from inkstream_enrichment.pipeline import (
    EnrichmentModels,
    enrich_batch,
    load_models,
    noun_phrases_of,
)
from inkstream_enrichment.tagging import tagged_document

SEED_URI = "urn:inkstream:demo:nato-strike-inside-russia"

GERMAN = [
    "Bundeskanzler Olaf Scholz hat am Mittwoch in Berlin ein neues Entlastungspaket für "
    "Familien vorgestellt. Die Regierung will das Kindergeld erhöhen und die Stromsteuer senken.",
    "Die Opposition kritisierte die Pläne als zu teuer. Finanzminister Christian Lindner sagte, "
    "die Schuldenbremse werde eingehalten, und die Länder müssten sich an den Kosten beteiligen.",
    "Der Bundestag soll im Herbst über das Gesetz abstimmen.",
]
KINDS = ("person", "organisation", "place", "event")
NORWEGIAN = [
    "Statsminister Jonas Gahr Støre varslet mandag at regjeringen vil bruke mer penger på "
    "forsvaret de neste årene. Norge skal kjøpe nye ubåter og styrke luftvernet i Nord-Norge.",
    "Forslaget får støtte fra Høyre, men Fremskrittspartiet mener det kommer for sent. "
    "Stortinget skal behandle langtidsplanen før sommeren.",
]
SWEDISH = [
    "Statsminister Ulf Kristersson presenterade på tisdagen regeringens förslag om skärpta "
    "straff för gängkriminalitet. Polisen i Stockholm och Göteborg ska få fler resurser.",
    "Socialdemokraterna välkomnade delar av förslaget men kritiserade att skolorna inte får "
    "mer pengar. Riksdagen väntas rösta om lagen i höst.",
]


def article(
    uri: str, headline: str, paragraphs: list[str], language: str | None = None
) -> AnalysisInput:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return AnalysisInput(headline=headline, body_html=body, uri=uri, language_hint=language)


@pytest.fixture(scope="module")
def models() -> EnrichmentModels:
    return load_models()


@pytest.fixture(scope="module")
def seed(models: EnrichmentModels) -> tuple[dict[str, Any], Enrichment]:
    raw = next(a for a in load_demo_articles() if a["uri"] == SEED_URI)
    [enrichment] = enrich_batch(
        models, [AnalysisInput(raw["headline"], raw["body"], raw["uri"], raw["language"])]
    )
    return raw, enrichment


def test_the_seed_articles_people_organisations_and_places_are_found_merged(
    seed: tuple[dict[str, Any], Enrichment],
) -> None:
    _, enrichment = seed
    by_kind = {
        kind: {entity.name: entity for entity in enrichment.entities if entity.kind == kind}
        for kind in ("person", "organisation", "place")
    }

    assert {"Jens Stoltenberg", "Dmitry Peskov", "Vladimir Putin"} <= by_kind["person"].keys()
    assert {"NATO", "Kremlin"} <= by_kind["organisation"].keys()
    assert {"Russia", "Ukraine", "Moscow"} <= by_kind["place"].keys()
    assert "Stoltenberg" not in by_kind["person"]
    assert by_kind["person"]["Jens Stoltenberg"].mentions >= 3
    names = {entity.name for entity in enrichment.entities}
    assert not any("Boss" in name or name.startswith("The ") for name in names)
    assert all(
        0.5 <= entity.confidence <= 1 and 0 <= entity.relevance <= 1
        for entity in enrichment.entities
    )


def test_the_seed_article_is_about_conflict_and_politics(
    seed: tuple[dict[str, Any], Enrichment],
) -> None:
    _, enrichment = seed
    top_level = {topic.qcode: topic for topic in enrichment.topics if topic.level == 1}

    assert {"medtop:16000000", "medtop:11000000"} <= top_level.keys()
    assert top_level["medtop:16000000"].uri == "http://cv.iptc.org/newscodes/mediatopic/16000000"


def test_key_phrases_are_noun_phrases(models: EnrichmentModels) -> None:
    document = models.pipelines["en"](
        "The parties failed to agree on new asylum requests during a twelve-day tour."
    )

    phrases = noun_phrases_of(document)

    assert {"new asylum requests", "asylum requests", "twelve-day tour"} <= phrases
    assert "parties failed" not in phrases


def test_keywords_lead_with_entities_then_phrases(seed: tuple[dict[str, Any], Enrichment]) -> None:
    _, enrichment = seed
    entity_names = {entity.name for entity in enrichment.entities}

    assert enrichment.keywords[0] in entity_names
    phrases = [keyword for keyword in enrichment.keywords if keyword not in entity_names]
    assert phrases
    assert any(" " in phrase for phrase in phrases)
    assert len(enrichment.keywords) <= 10


def test_the_summary_is_sentences_of_the_body(seed: tuple[dict[str, Any], Enrichment]) -> None:
    _raw, enrichment = seed

    assert enrichment.summary
    assert enrichment.summary.startswith("NATO Secretary General Jens Stoltenberg said")
    assert enrichment.excerpt
    assert len(enrichment.excerpt) <= 280


def test_the_tagged_seed_document_is_valid_ninjs_with_the_extension(
    seed: tuple[dict[str, Any], Enrichment],
) -> None:
    raw, enrichment = seed
    document = parse_submission({k: v for k, v in raw.items() if k != "story"}).document

    tagged = tagged_document(document, enrichment).to_json_dict()

    assert schema_errors(extension_validator(), tagged) == []
    core = {key: value for key, value in tagged.items() if not key.startswith("inkstream_")}
    assert schema_errors(ninjs22_validator(), core) == []
    assert {"name": "Jens Stoltenberg"} in tagged["people"]
    subject = next(s for s in tagged["subjects"] if s["literal"] == "medtop:16000000")
    assert subject["creator"] == "machine"
    assert 0 < subject["confidence"] <= 100
    extension = {entity["name"]: entity for entity in tagged["inkstream_entities"]}
    assert extension["NATO"]["kind"] == "organisation"
    assert extension["NATO"]["creator"] == "machine"
    assert tagged["inkstream_summary"] == enrichment.summary


def test_tags_the_newsroom_sent_are_kept(seed: tuple[dict[str, Any], Enrichment]) -> None:
    raw, enrichment = seed
    payload = {k: v for k, v in raw.items() if k != "story"}
    document = parse_submission(payload).document.model_copy(
        update={"subjects": None, "people": None}
    )
    document = document.model_validate(
        {**document.to_json_dict(), "people": [{"name": "Jens Stoltenberg", "rel": "subject"}]}
    )

    tagged = tagged_document(document, enrichment).to_json_dict()

    stoltenberg = [person for person in tagged["people"] if person["name"] == "Jens Stoltenberg"]
    assert stoltenberg == [{"name": "Jens Stoltenberg", "rel": "subject"}]


@pytest.mark.parametrize(
    ("headline", "paragraphs", "language", "people", "organisations", "places"),
    [
        pytest.param(
            "Neues Entlastungspaket für Familien",
            GERMAN,
            "de",
            {"Olaf Scholz", "Christian Lindner"},
            {"Bundestag"},
            {"Berlin"},
            id="de",
        ),
        pytest.param(
            "Regjeringen vil bruke mer på forsvaret",
            NORWEGIAN,
            "no",
            {"Jonas Gahr Støre"},
            {"Høyre", "Stortinget"},
            {"Norge"},
            id="nb",
        ),
        pytest.param(
            "Regeringen vill skärpa straffen för gängbrott",
            SWEDISH,
            "sv",
            {"Ulf Kristersson"},
            {"Socialdemokraterna", "Riksdagen"},
            {"Stockholm", "Göteborg"},
            id="sv",
        ),
    ],
)
def test_german_norwegian_and_swedish_articles_get_entities_and_topics_of_their_own_model(
    models: EnrichmentModels,
    headline: str,
    paragraphs: list[str],
    language: str,
    people: set[str],
    organisations: set[str],
    places: set[str],
) -> None:
    [enrichment] = enrich_batch(models, [article("urn:test:1", headline, paragraphs)])

    found = {kind: {e.name for e in enrichment.entities if e.kind == kind} for kind in KINDS}
    assert enrichment.language == language
    assert people <= found["person"]
    assert organisations <= found["organisation"]
    assert places <= found["place"]
    assert enrichment.topics[0].qcode == "medtop:11000000"
    assert enrichment.keywords
    assert enrichment.excerpt.startswith(paragraphs[0][:30])
    assert enrichment.summary


def test_a_language_without_a_model_gets_no_entities_rather_than_another_language_s(
    models: EnrichmentModels,
) -> None:
    italian = [
        "Il presidente del Consiglio Giorgia Meloni ha incontrato a Roma il cancelliere "
        "tedesco Olaf Scholz per discutere di migrazione e di energia.",
        "I due leader hanno firmato un accordo sulla cooperazione industriale.",
    ]

    [enrichment] = enrich_batch(models, [article("urn:test:it", "Meloni e Scholz", italian)])

    assert enrichment.language == "it"
    assert enrichment.entities == []
    assert enrichment.topics == []
    assert enrichment.summary


def test_an_english_hint_on_a_foreign_text_is_trusted_but_a_short_text_still_works(
    models: EnrichmentModels,
) -> None:
    [enrichment] = enrich_batch(models, [article("urn:test:2", "Short", ["Brief."], "en")])

    assert enrichment.language == "en"
    assert enrichment.word_count == 1


def test_worker_processes_give_the_same_result_as_this_process(models: EnrichmentModels) -> None:
    items = [
        AnalysisInput(raw["headline"], raw["body"], raw["uri"], raw["language"])
        for raw in load_demo_articles()[:9]
    ]
    engine = EnrichmentEngine(workers=2)
    engine.start()
    try:
        pooled = engine.enrich(items)
    finally:
        engine.close()

    in_process = enrich_batch(models, items)
    assert [json.loads(e.model_dump_json()) for e in pooled] == [
        json.loads(e.model_dump_json()) for e in in_process
    ]
