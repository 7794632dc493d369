"""Stories kept in step with the database: each article's story is a row; memory holds the
recent ones to match new articles against.

Rows are the truth: ``GET /v1/stories/{id}`` reads them. The in-memory ``StoryIndex``
holds the articles of the last ``StoryRules.kept_windows`` windows before the newest
one, loaded at start, so a new article finds the story it belongs to without reading
the table. Several replicas each keep their own memory of the shared table.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, func, select

from inkstream.contracts.events import SAME_STORY, RelatedArticle
from inkstream.runtime.storage import Database, as_utc
from inkstream_recommendation.embedding import Embedder, Vectors
from inkstream_recommendation.profiles import vector_bytes, vector_from
from inkstream_recommendation.stories import StoryIndex, StoryMember, StoryRules
from inkstream_recommendation.tables import ArticleStoryRow

SIMILAR_STORY = "similar-story"
ItemMaker = Callable[[str, float, str], RelatedArticle | None]
"""Makes the related item of a live article, or None (``RelatedArticles.item``)."""
ROWS_PER_READ = 1000
COVERAGE_LIMIT = 8


@dataclass(frozen=True)
class StoryArticle:
    """An article as a story lists it."""

    uri: str
    language: str | None
    headline: str
    slug: str
    first_published: datetime


class StoryKeeper:
    """Assigns stories, stores them, and answers which articles a story holds."""

    def __init__(self, index: StoryIndex, model_id: str) -> None:
        self.index = index
        self.model_id = model_id

    @classmethod
    def open(
        cls,
        database: Database,
        embedder: Embedder,
        rules: StoryRules | None = None,
    ) -> StoryKeeper:
        """The stories of the live articles made with ``embedder``'s model, back to the
        window before the newest one (older ones no new article can join)."""
        index = StoryIndex(embedder.dimensions, rules)
        with database.session() as session:
            newest = session.exec(select(func.max(ArticleStoryRow.published_at))).one()
        if newest is None:
            return cls(index, embedder.model_id)
        since = as_utc(newest) - timedelta(days=index.rules.window_days * index.rules.kept_windows)
        after = ""
        while True:
            with database.session() as session:
                rows = session.exec(
                    select(ArticleStoryRow)
                    .where(
                        col(ArticleStoryRow.uri) > after,
                        ArticleStoryRow.withdrawn == False,  # noqa: E712
                        col(ArticleStoryRow.published_at) >= since,
                        ArticleStoryRow.embedding_model == embedder.model_id,
                    )
                    .order_by(col(ArticleStoryRow.uri))
                    .limit(ROWS_PER_READ)
                ).all()
            if not rows:
                return cls(index, embedder.model_id)
            for row in rows:
                index.put(_member_of(row), vector_from(row.vector), json.loads(row.names))
            after = rows[-1].uri

    def assign(
        self,
        session: Session,
        uri: str,
        vector: Vectors,
        names: Iterable[str],
        published_at: datetime,
        language: str | None,
        headline: str,
        slug: str,
    ) -> StoryMember:
        """Put the article into its story (a new version keeps the story of its first) and
        write its row in ``session``'s transaction."""
        row = session.get(ArticleStoryRow, uri)
        names = sorted(set(names))
        if row is not None and not row.withdrawn and uri not in self.index:
            self.index.put(_member_of(row), vector_from(row.vector), json.loads(row.names))
        member = self.index.assign(
            uri, vector, names, as_utc(published_at).timestamp(), language, headline
        )
        values = {
            "uri": uri,
            "story_id": member.story_id,
            "language": language,
            "headline": headline,
            "slug": slug,
            "published_at": as_utc(published_at),
            "vector": vector_bytes(vector),
            "embedding_model": self.model_id,
            "names": json.dumps(names),
            "withdrawn": False,
        }
        if row is None:
            row = ArticleStoryRow.model_validate(values)
        else:
            row.sqlmodel_update(values)
        session.add(row)
        return member

    def withdraw(self, session: Session, uri: str) -> list[str]:
        """Take a killed article out of its story; returns the story's other live members."""
        member = self.index.member(uri)
        self.index.remove([uri])
        row = session.get(ArticleStoryRow, uri)
        if row is None or row.withdrawn:
            return []
        row.withdrawn = True
        session.add(row)
        story_id = member.story_id if member is not None else row.story_id
        return [other.uri for other in self.index.story(story_id) if other.uri != uri]

    def mates(self, uri: str) -> list[StoryMember]:
        """The other live articles in the story of ``uri``, first published first."""
        member = self.index.member(uri)
        if member is None:
            return []
        return [other for other in self.index.story(member.story_id) if other.uri != uri]


def coverage_items(
    keeper: StoryKeeper, uri: str, item_of: ItemMaker, limit: int = COVERAGE_LIMIT
) -> list[RelatedArticle]:
    """The story's articles in other languages than the article's own, newest first."""
    member = keeper.index.member(uri)
    if member is None:
        return []
    others = [mate for mate in keeper.mates(uri) if mate.language != member.language]
    items = []
    for mate in sorted(others, key=lambda m: -m.published)[:limit]:
        item = item_of(mate.uri, 1.0, SAME_STORY)
        if item is not None:
            items.append(item)
    return items


def story_id_of(database: Database, stories: StoryKeeper, uri: str) -> str | None:
    """The story of the live article ``uri``: from memory, or its row when memory has
    forgotten it."""
    member = stories.index.member(uri)
    if member is not None:
        return member.story_id
    with database.session() as session:
        row = session.get(ArticleStoryRow, uri)
    return row.story_id if row is not None and not row.withdrawn else None


def story_articles(
    database: Database, story_id: str, public_at: datetime | None = None
) -> list[StoryArticle]:
    """The live articles of a story, first published first (from the table: the truth);
    with ``public_at``, those published by then (not under embargo)."""
    with database.session() as session:
        query = select(ArticleStoryRow).where(
            ArticleStoryRow.story_id == story_id,
            ArticleStoryRow.withdrawn == False,  # noqa: E712
        )
        if public_at is not None:
            query = query.where(col(ArticleStoryRow.published_at) <= public_at)
        rows = session.exec(
            query.order_by(col(ArticleStoryRow.published_at), col(ArticleStoryRow.uri))
        ).all()
    return [
        StoryArticle(
            uri=row.uri,
            language=row.language,
            headline=row.headline,
            slug=row.slug,
            first_published=as_utc(row.published_at),
        )
        for row in rows
    ]


def any_language_related(
    keeper: StoryKeeper, uri: str, limit: int, item_of: ItemMaker, public_until: float
) -> list[RelatedArticle]:
    """Articles in any language nearest to ``uri`` (published within the story window of
    it) by story vector and shared names; KeyError if ``uri`` is not among the articles
    memory keeps (``StoryRules.kept_windows``)."""
    member = keeper.index.member(uri)
    if member is None:
        raise KeyError(uri)
    items: list[RelatedArticle] = []
    for other, score in keeper.index.similar_to(uri):
        mate = keeper.index.member(other)
        if mate is None or mate.published > public_until:
            continue
        reason = SAME_STORY if mate.story_id == member.story_id else SIMILAR_STORY
        item = item_of(other, min(1.0, score), reason)
        if item is not None:
            items.append(item)
        if len(items) == limit:
            break
    return items


def _member_of(row: ArticleStoryRow) -> StoryMember:
    return StoryMember(
        uri=row.uri,
        language=row.language,
        headline=row.headline,
        published=as_utc(row.published_at).timestamp(),
        story_id=row.story_id,
    )
