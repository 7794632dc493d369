"""What one event changes: the article's row and index entry, its list, its neighbours' lists.

Freshness without storms: a new article refreshes only the lists of the (at most
``limit``) articles in its own list, and only those it actually enters; a
withdrawal refreshes only the lists that showed the withdrawn article, among its
nearest neighbours.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from inkstream.contracts.events import ArticleEnriched, RelatedArticle
from inkstream.runtime.storage import as_utc
from inkstream_recommendation.embedding import Vectors
from inkstream_recommendation.index_store import IndexKeeper, next_sequence
from inkstream_recommendation.profiles import (
    KEYWORD_LIMIT,
    ArticleFeatures,
    key_for,
    vector_bytes,
)
from inkstream_recommendation.ranking import RECENT_ON_TOPIC
from inkstream_recommendation.related import ArticleCard, ArticleProfile, RelatedArticles
from inkstream_recommendation.story_store import StoryKeeper, coverage_items
from inkstream_recommendation.tables import ArticleProfileRow

NEIGHBOURS_PER_SLOT_ON_WITHDRAWAL = 4


@dataclass(frozen=True)
class ListChange:
    """An already indexed article whose "More like this" changed."""

    uri: str
    version: int
    related: list[RelatedArticle]


@dataclass(frozen=True)
class Curated:
    """An article indexed: what the index holds of it, its list, its story, and the lists
    it changed."""

    profile: ArticleProfile
    related: list[RelatedArticle]
    changes: list[ListChange]
    story_id: str | None = None


def list_of(
    related: RelatedArticles, stories: StoryKeeper | None, uri: str, limit: int
) -> list[RelatedArticle]:
    """What a page lists beside ``uri``: its "More like this" in its own language, then
    its story's coverage in other languages."""
    chosen = related.related_to(uri, limit)
    if stories is None:
        return chosen
    return chosen + coverage_items(stories, uri, related.item)


def public_from(event: ArticleEnriched) -> datetime:
    """When the article is public: when first created, or when its embargo lifts if later."""
    created = as_utc(event.article.firstcreated or event.occurred_at)
    embargoed = event.article.embargoed
    return max(created, as_utc(embargoed)) if embargoed else created


def index_article(
    session: Session,
    keeper: IndexKeeper,
    event: ArticleEnriched,
    features: ArticleFeatures,
    vector: Vectors,
    limit: int,
    stories: StoryKeeper | None = None,
    story_vector: Vectors | None = None,
) -> Curated:
    """Index a new version, put it in its story, choose its related articles and coverage,
    and refresh the lists it enters (its story's other languages among them)."""
    related = keeper.related
    uri = event.article_uri
    profile = ArticleProfile(
        uri=uri,
        key=key_for(uri),
        card=ArticleCard(
            headline=features.headline,
            excerpt=event.enrichment.excerpt,
            slug=event.enrichment.slug,
        ),
        published_at=public_from(event),
        terms=related.keywords_of(features.terms, KEYWORD_LIMIT),
        entities=features.entities,
        topics=features.topics,
        vector=vector,
        sequence=next_sequence(session),
        language=features.language,
    )
    keeper.note_unsettled(uri)
    related.put([profile])
    story_id = None
    if stories is not None and story_vector is not None:
        story_id = stories.assign(
            session,
            uri,
            story_vector,
            features.entities,
            profile.published_at,
            features.language,
            features.headline,
            profile.card.slug,
        ).story_id
    chosen = list_of(related, stories, uri, limit)
    values = {
        "uri": uri,
        "key": profile.key,
        "version": event.article_version,
        "headline": features.headline,
        "excerpt": profile.card.excerpt,
        "slug": profile.card.slug,
        "language": features.language,
        "text": features.text,
        "terms": json.dumps(profile.terms),
        "entities": json.dumps(profile.entities),
        "topics": json.dumps(profile.topics),
        "vector": vector_bytes(vector),
        "embedding_model": keeper.model_id,
        "published_at": profile.published_at,
        "withdrawn": False,
        "related": _dumped(chosen),
        "sequence": profile.sequence,
    }
    row = session.get(ArticleProfileRow, uri)
    if row is None:
        row = ArticleProfileRow.model_validate(values)
    else:
        row.sqlmodel_update(values)
    session.add(row)
    changes = _refresh_lists(
        session,
        related,
        stories,
        [item.uri for item in chosen if item.reason != RECENT_ON_TOPIC],
        limit,
        must_show=uri,
    )
    return Curated(profile, chosen, changes, story_id)


def withdraw_article(
    session: Session,
    keeper: IndexKeeper,
    uri: str,
    limit: int,
    stories: StoryKeeper | None = None,
) -> list[ListChange]:
    """Take a killed article out of the index, its story, and the lists that showed it."""
    related = keeper.related
    neighbours = related.neighbours(uri, limit * NEIGHBOURS_PER_SLOT_ON_WITHDRAWAL)
    story_mates = stories.withdraw(session, uri) if stories is not None else []
    keeper.note_unsettled(uri)
    related.remove([uri])
    row = session.get(ArticleProfileRow, uri)
    if row is None or row.withdrawn:
        return []
    row.withdrawn, row.related, row.sequence = True, "[]", next_sequence(session)
    session.add(row)
    candidates = list(dict.fromkeys([*neighbours, *story_mates]))
    return _refresh_lists(session, related, stories, candidates, limit, must_drop=uri)


def _refresh_lists(
    session: Session,
    related: RelatedArticles,
    stories: StoryKeeper | None,
    uris: Sequence[str],
    limit: int,
    must_show: str | None = None,
    must_drop: str | None = None,
) -> list[ListChange]:
    """Recompute the stored lists of ``uris`` that gain ``must_show`` or showed ``must_drop``."""
    changes: list[ListChange] = []
    for uri in uris:
        row = session.get(ArticleProfileRow, uri)
        if row is None or row.withdrawn or uri not in related:
            continue
        stored = [item["uri"] for item in json.loads(row.related)]
        if must_drop is not None and must_drop not in stored:
            continue
        fresh = list_of(related, stories, uri, limit)
        fresh_uris = [item.uri for item in fresh]
        if must_show is not None and must_show not in fresh_uris:
            continue
        if fresh_uris == stored:
            continue
        row.related = _dumped(fresh)
        session.add(row)
        changes.append(ListChange(uri=uri, version=row.version, related=fresh))
    return changes


def _dumped(items: Sequence[RelatedArticle]) -> str:
    return json.dumps([item.model_dump() for item in items])
