"""Recommendation's stream handler: index the article, choose its related articles."""

import json
from typing import Any

from inkstream.contracts.events import (
    ArticleEnriched,
    ArticleRelated,
    ArticleWithdrawn,
    Event,
    RelatedArticle,
    RelatedArticlesChanged,
)
from inkstream.contracts.ninjs import body_html_of, headline_of
from inkstream.contracts.streams import Stream
from inkstream.runtime.handlers import EventHandler
from inkstream.runtime.unit_of_work import UnitOfWork
from inkstream_recommendation.related import (
    SIMILAR_TEXT,
    ArticleCard,
    RelatedArticles,
    article_terms,
    merge_related,
)
from inkstream_recommendation.tables import IndexedArticle
from inkstream_recommendation.text import plain_text


class RecommendRelated(EventHandler):
    """Keeps the index current and emits each version with its "More like this"."""

    def __init__(self, related: RelatedArticles, limit: int, min_score: float) -> None:
        self.related = related
        self.limit = limit
        self.min_score = min_score

    def handle(self, uow: UnitOfWork, event: Event, prepared: Any = None) -> None:
        if isinstance(event, ArticleWithdrawn):
            self._withdraw(uow, event)
            return
        assert isinstance(event, ArticleEnriched)
        headline = headline_of(event.article)
        terms = article_terms(headline, plain_text(body_html_of(event.article)))
        chosen = self.related.for_terms(terms, event.article_uri, self.limit, self.min_score)
        published_at = event.article.firstcreated or event.occurred_at
        row = uow.session.get(IndexedArticle, event.article_uri) or IndexedArticle(
            uri=event.article_uri,
            version=event.article_version,
            headline=headline,
            slug=event.enrichment.slug,
            terms="{}",
            published_at=published_at,
        )
        row.version, row.headline, row.excerpt = (
            event.article_version,
            headline,
            event.enrichment.excerpt,
        )
        row.language, row.terms, row.withdrawn = event.enrichment.language, json.dumps(terms), False
        row.related = json.dumps([item.model_dump() for item in chosen])
        uow.session.add(row)
        card = ArticleCard(headline=headline, excerpt=row.excerpt, slug=row.slug)
        uow.after_commit(lambda: self.related.put(event.article_uri, terms, row.published_at, card))
        uow.emit(
            Stream.RELATED,
            ArticleRelated.caused_by(
                event, article=event.article, enrichment=event.enrichment, related=chosen
            ),
        )
        newcomer = RelatedArticle(
            uri=event.article_uri,
            headline=headline,
            excerpt=row.excerpt,
            slug=row.slug,
            score=0.0,
            reason=SIMILAR_TEXT,
        )
        self._refresh_neighbours(uow, event, newcomer, chosen)

    def _refresh_neighbours(
        self,
        uow: UnitOfWork,
        event: ArticleEnriched,
        newcomer: RelatedArticle,
        neighbours: list[RelatedArticle],
    ) -> None:
        """Put the new article into the lists of the articles it is most like.

        Only the few articles in its own list are looked at, so one new article
        refreshes at most ``limit`` others.
        """
        for neighbour in neighbours:
            row = uow.session.get(IndexedArticle, neighbour.uri)
            if row is None or row.withdrawn:
                continue
            current = [RelatedArticle.model_validate(item) for item in json.loads(row.related)]
            refreshed = merge_related(
                current, newcomer.model_copy(update={"score": neighbour.score}), self.limit
            )
            if refreshed == current:
                continue
            row.related = json.dumps([item.model_dump() for item in refreshed])
            uow.session.add(row)
            uow.emit(
                Stream.RELATED,
                RelatedArticlesChanged.caused_by(
                    event,
                    article_uri=row.uri,
                    article_version=row.version,
                    related=refreshed,
                ),
            )

    def _withdraw(self, uow: UnitOfWork, event: ArticleWithdrawn) -> None:
        row = uow.session.get(IndexedArticle, event.article_uri)
        if row is not None:
            row.withdrawn = True
            uow.session.add(row)
        uow.after_commit(lambda: self.related.remove(event.article_uri))
        uow.emit(Stream.RELATED, ArticleWithdrawn.caused_by(event, reason=event.reason))
