"""Recommendation's stream handler: index the article, choose its related articles."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from inkstream.contracts.events import (
    ArticleEnriched,
    ArticleRelated,
    ArticleWithdrawn,
    Event,
    RelatedArticlesChanged,
)
from inkstream.contracts.streams import Stream
from inkstream.runtime.handlers import EventHandler
from inkstream.runtime.unit_of_work import UnitOfWork
from inkstream_recommendation.curation import ListChange, index_article, withdraw_article
from inkstream_recommendation.embedding import Embedder, Vectors
from inkstream_recommendation.index_store import IndexKeeper
from inkstream_recommendation.profiles import STORY_LEAD_WORDS, ArticleFeatures, features_of
from inkstream_recommendation.story_store import StoryKeeper


@dataclass(frozen=True)
class PreparedArticle:
    """An article read and embedded ahead of the transaction."""

    features: ArticleFeatures
    vector: Vectors
    story_vector: Vectors | None = None


class RecommendRelated(EventHandler):
    """Keeps the index and the stories current and emits each version with its "More like
    this" and its story."""

    def __init__(
        self,
        keeper: IndexKeeper,
        embedder: Embedder,
        limit: int,
        stories: StoryKeeper | None = None,
        story_embedder: Embedder | None = None,
        story_lead_words: int = STORY_LEAD_WORDS,
    ) -> None:
        self.keeper = keeper
        self.embedder = embedder
        self.limit = limit
        self.stories = stories
        self.story_embedder = story_embedder
        self.story_lead_words = story_lead_words

    def prepare(self, events: Sequence[Event]) -> Mapping[str, Any]:
        """Read and embed the batch's articles in one go, outside the transaction."""
        self.keeper.restore_unsettled()
        return self._prepared([event for event in events if isinstance(event, ArticleEnriched)])

    def handle(self, uow: UnitOfWork, event: Event, prepared: Any = None) -> None:
        if isinstance(event, ArticleWithdrawn):
            changes = withdraw_article(
                uow.session, self.keeper, event.article_uri, self.limit, self.stories
            )
            uow.after_commit(partial(self.keeper.settle, event.article_uri, None))
            uow.emit(Stream.RELATED, ArticleWithdrawn.caused_by(event, reason=event.reason))
            self._announce(uow, event, changes)
            return
        assert isinstance(event, ArticleEnriched)
        article = prepared if isinstance(prepared, PreparedArticle) else None
        article = article or self._prepared([event])[event.event_id]
        curated = index_article(
            uow.session,
            self.keeper,
            event,
            article.features,
            article.vector,
            self.limit,
            self.stories,
            article.story_vector,
        )
        uow.after_commit(partial(self.keeper.settle, event.article_uri, curated.profile))
        uow.emit(
            Stream.RELATED,
            ArticleRelated.caused_by(
                event,
                article=event.article,
                enrichment=event.enrichment,
                related=curated.related,
                story_id=curated.story_id,
            ),
        )
        self._announce(uow, event, curated.changes)

    def _prepared(self, events: Sequence[ArticleEnriched]) -> dict[str, PreparedArticle]:
        features = [features_of(event) for event in events]
        vectors = self.embedder.embed([feature.embedding_text for feature in features])
        story_vectors: Sequence[Vectors | None] = (
            list(
                self.story_embedder.embed(
                    [feature.story_text(self.story_lead_words) for feature in features]
                )
            )
            if self.story_embedder is not None
            else [None] * len(features)
        )
        return {
            event.event_id: PreparedArticle(feature, vector, story_vector)
            for event, feature, vector, story_vector in zip(
                events, features, vectors, story_vectors, strict=True
            )
        }

    def _announce(self, uow: UnitOfWork, cause: Event, changes: Sequence[ListChange]) -> None:
        for change in changes:
            member = self.stories.index.member(change.uri) if self.stories else None
            uow.emit(
                Stream.RELATED,
                RelatedArticlesChanged.caused_by(
                    cause,
                    article_uri=change.uri,
                    article_version=change.version,
                    related=change.related,
                    story_id=member.story_id if member else None,
                ),
            )
