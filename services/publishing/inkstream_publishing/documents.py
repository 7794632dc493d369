"""The ninjs document publishing serves and announces, at each step of an article's life.

A live version is ``usable``; a version held back (embargo, or withheld by the
newsroom) is ``withheld``; a withdrawn article is a ``canceled`` tombstone that
keeps only what identifies it. ``version`` is the pipeline's version number,
``versioncreated`` when that version was made, ``firstcreated`` when the first one
was, and ``embargoed`` stays as the newsroom set it.
"""

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from slugify import slugify

from inkstream.contracts.ninjs import NinjsDocument, NinjsObject, PubStatus
from inkstream_publishing.views import TopicRef

RELATED_FIELD = "inkstream_related"
STORY_FIELD = "inkstream_story_id"
SLUG_FIELD = "inkstream_slug"

_TOMBSTONE_FIELDS = ("uri", "type", "firstcreated", "embargoed", "language", SLUG_FIELD)


def version_document(
    article: NinjsDocument,
    *,
    version: int,
    pubstatus: PubStatus,
    slug: str,
    received_at: datetime,
    first_created: datetime | None = None,
    story_id: str | None = None,
) -> NinjsDocument:
    """``article`` as the given version, with its status and creation times filled in.

    Times the newsroom or ingest set are kept; ``received_at`` stands in for a
    missing ``versioncreated``, and ``first_created`` (the earlier versions') or
    ``versioncreated`` for a missing ``firstcreated``.
    """
    version_created = article.versioncreated or received_at
    data = {key: value for key, value in article.to_json_dict().items() if key != RELATED_FIELD}
    data.update(
        version=str(version),
        pubstatus=pubstatus,
        versioncreated=version_created.isoformat(),
        firstcreated=(article.firstcreated or first_created or version_created).isoformat(),
    )
    data[SLUG_FIELD] = slug
    if story_id:
        data[STORY_FIELD] = story_id
    return NinjsDocument.model_validate(data)


def story_id_of(document: NinjsDocument) -> str | None:
    story = (document.model_extra or {}).get(STORY_FIELD)
    return str(story) if story else None


def tombstone_document(
    published: NinjsDocument, *, version: int, withdrawn_at: datetime
) -> NinjsDocument:
    """What remains of a withdrawn article: who it was, that it is canceled, and when."""
    kept = {
        key: value for key, value in published.to_json_dict().items() if key in _TOMBSTONE_FIELDS
    }
    return NinjsDocument.model_validate(
        {
            **kept,
            "version": str(version),
            "versioncreated": withdrawn_at.isoformat(),
            "pubstatus": "canceled",
        }
    )


def with_related(document: NinjsDocument, related: Sequence[Mapping[str, Any]]) -> NinjsDocument:
    """``document`` listing ``related`` (live articles only) as ``inkstream_related``."""
    return NinjsDocument.model_validate(
        {**document.to_json_dict(), RELATED_FIELD: [dict(item) for item in related]}
    )


def topics_of(document: NinjsObject) -> list[TopicRef]:
    """The topics an article is filed under: its named subjects, once per slug, in order."""
    topics: dict[str, TopicRef] = {}
    for subject in document.subjects or []:
        name = (subject.name or "").strip()
        slug = slugify(name, max_length=200, word_boundary=True)
        if slug and slug not in topics:
            topics[slug] = TopicRef(slug=slug, name=name, uri=subject.uri)
    return list(topics.values())
