"""The index of live articles and the choice of "More like this"."""

import json
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from inkstream.contracts.events import RelatedArticle
from inkstream_recommendation.similarity import TfidfIndex, term_frequencies
from inkstream_recommendation.tables import IndexedArticle

SIMILAR_TEXT = "similar-text"


@dataclass(frozen=True)
class ArticleCard:
    """What a related item shows of an article."""

    headline: str
    excerpt: str
    slug: str


def article_terms(headline: str, text: str) -> dict[str, float]:
    """Terms of the headline (counted twice, it names the story) and the text."""
    return term_frequencies(f"{headline}\n{headline}\n{text}")


class RelatedArticles:
    """The live index plus the cards of indexed articles; safe across threads."""

    def __init__(self) -> None:
        self._index = TfidfIndex()
        self._cards: dict[str, ArticleCard] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._index)

    def __contains__(self, uri: str) -> bool:
        with self._lock:
            return uri in self._index

    def load(self, rows: Iterable[IndexedArticle]) -> None:
        for row in rows:
            if not row.withdrawn:
                self.put(row.uri, json.loads(row.terms), row.published_at, self.card_of(row))

    @staticmethod
    def card_of(row: IndexedArticle) -> ArticleCard:
        return ArticleCard(headline=row.headline, excerpt=row.excerpt, slug=row.slug)

    def put(
        self, uri: str, terms: dict[str, float], published_at: datetime, card: ArticleCard
    ) -> None:
        with self._lock:
            self._index.add(uri, terms, published_at)
            self._cards[uri] = card

    def remove(self, uri: str) -> None:
        with self._lock:
            if uri in self._index:
                self._index.remove(uri)
            self._cards.pop(uri, None)

    def for_terms(
        self, terms: dict[str, float], exclude: str, limit: int, min_score: float
    ) -> list[RelatedArticle]:
        """The most similar live articles to ``terms``, never ``exclude`` itself."""
        with self._lock:
            matches = self._index.similar_to_terms(terms, limit=limit, exclude={exclude})
            return [
                RelatedArticle(
                    uri=match.uri,
                    headline=self._cards[match.uri].headline,
                    excerpt=self._cards[match.uri].excerpt,
                    slug=self._cards[match.uri].slug,
                    score=round(match.score, 4),
                    reason=SIMILAR_TEXT,
                )
                for match in matches
                if match.score >= min_score
            ]


def merge_related(
    current: list[RelatedArticle], candidate: RelatedArticle, limit: int
) -> list[RelatedArticle]:
    """``current`` with ``candidate`` in its place by score, at most ``limit`` long."""
    others = [item for item in current if item.uri != candidate.uri]
    merged = sorted([*others, candidate], key=lambda item: -item.score)
    return merged[:limit]
