"""Writing what enrichment found into the ninjs 2.2 document.

ninjs 2.2 lets ``subjects`` carry creator, relevance and confidence, so IPTC Media Topics
go there in full. ``people``, ``organisations``, ``places`` and ``events`` hold only a
name, a relationship and an identifier, so entities are listed there by name and in full
(kind, relevance, confidence, mentions, creator) in Inkstream's ``inkstream_entities``.
Tags the newsroom sent are kept; machine tags are added beside them, never over them.
"""

from collections.abc import Sequence
from typing import Any

from inkstream.contracts.events import Enrichment, Entity, Topic
from inkstream.contracts.ninjs import Description, NinjsDocument

EXCERPT_ROLE = "summary"
PERCENT = 100

_ENTITY_FIELDS = {
    "person": "people",
    "organisation": "organisations",
    "place": "places",
    "event": "events",
}


def _percent(value: float) -> int:
    return round(value * PERCENT)


def _with_entities(
    existing: Sequence[dict[str, Any]], entities: Sequence[Entity]
) -> list[dict[str, Any]]:
    names = {str(item.get("name", "")).casefold() for item in existing}
    added = [
        {"name": entity.name, **({"uri": entity.uri} if entity.uri else {})}
        for entity in entities
        if entity.name.casefold() not in names
    ]
    return [*existing, *added]


def subject_of(topic: Topic) -> dict[str, Any]:
    """A Media Topic as a ninjs 2.2 subject."""
    return {
        "name": topic.name,
        "uri": topic.uri,
        "literal": topic.qcode,
        "creator": topic.creator,
        "relevance": _percent(topic.confidence),
        "confidence": _percent(topic.confidence),
    }


def _with_topics(
    existing: Sequence[dict[str, Any]], topics: Sequence[Topic]
) -> list[dict[str, Any]]:
    uris = {item.get("uri") for item in existing}
    return [*existing, *(subject_of(topic) for topic in topics if topic.uri not in uris)]


def entity_extension(entity: Entity) -> dict[str, Any]:
    """An entity in full, as listed in ``inkstream_entities``."""
    return entity.model_dump(mode="json", exclude_none=True)


def tagged_document(document: NinjsDocument, enrichment: Enrichment) -> NinjsDocument:
    """``document`` with language, counts, excerpt, entities, topics and Inkstream's fields."""
    data = document.to_json_dict()
    data["bodies"] = [
        {
            **body.model_dump(mode="json"),
            "charcount": enrichment.char_count,
            "wordcount": enrichment.word_count,
        }
        for body in document.bodies or []
    ] or None
    descriptions = [
        description.model_dump(mode="json") for description in document.descriptions or []
    ]
    if enrichment.excerpt and not any(d.get("role") == EXCERPT_ROLE for d in descriptions):
        descriptions.append(
            Description(role=EXCERPT_ROLE, value=enrichment.excerpt).model_dump(mode="json")
        )
    data["descriptions"] = descriptions or None
    data["language"] = document.language or enrichment.language
    for kind, field in _ENTITY_FIELDS.items():
        of_kind = [entity for entity in enrichment.entities if entity.kind == kind]
        data[field] = _with_entities(data.get(field) or [], of_kind) or None
    data["subjects"] = _with_topics(data.get("subjects") or [], enrichment.topics) or None
    extensions: dict[str, Any] = {
        "inkstream_slug": enrichment.slug,
        "inkstream_wordcount": enrichment.word_count,
        "inkstream_readtime_minutes": enrichment.reading_time_minutes,
        "inkstream_keywords": enrichment.keywords,
        "inkstream_entities": [entity_extension(entity) for entity in enrichment.entities],
    }
    if enrichment.summary:
        extensions["inkstream_summary"] = enrichment.summary
    cleaned = {key: value for key, value in data.items() if value is not None}
    return NinjsDocument.model_validate({**cleaned, **extensions})
