"""From an enriched article (or its stored row) to what the index keeps of it."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from inkstream.contracts.events import ArticleEnriched, Entity, Topic
from inkstream.contracts.ninjs import body_html_of, headline_of
from inkstream.runtime.storage import as_utc
from inkstream_recommendation.embedding import Vectors
from inkstream_recommendation.related import ArticleCard, ArticleProfile
from inkstream_recommendation.similarity import term_frequencies
from inkstream_recommendation.tables import ArticleProfileRow
from inkstream_recommendation.text import plain_text

KEYWORD_LIMIT = 120
TEXT_LIMIT = 20_000
STORY_LEAD_WORDS = 40
"""Words of the lead that go into the story vector with the headline
(``INKSTREAM_STORY_LEAD_WORDS``). Its cost grows with the text: the headline alone takes
about 33 ms of CPU, with 40 words about 126 ms; what each buys is in the README."""
KEY_MASK = (1 << 63) - 1
NORWEGIAN_TAGS = {"no": "nb", "nn": "nb"}
_LEADING_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)


@dataclass(frozen=True)
class ArticleFeatures:
    """What is read out of one article version before it is indexed."""

    headline: str
    text: str
    terms: dict[str, float]
    entities: dict[str, float]
    topics: dict[str, float]
    language: str | None = None

    @property
    def embedding_text(self) -> str:
        return embedding_text(self.headline, self.text)

    def story_text(self, lead_words: int = STORY_LEAD_WORDS) -> str:
        return story_text(self.headline, self.text, lead_words)


def story_text(headline: str, text: str, lead_words: int = STORY_LEAD_WORDS) -> str:
    """The headline and the first words of the lead: what a story vector is made from."""
    lead = " ".join(text.split()[:lead_words])
    return f"{headline}\n{lead}" if lead else headline


def embedding_text(headline: str, text: str) -> str:
    """The headline names the story, so it leads the text the embedding is made from."""
    return f"{headline}\n{text}"


def article_terms(headline: str, text: str) -> dict[str, float]:
    """Terms of the headline (counted twice, it names the story) and the text."""
    return term_frequencies(f"{headline}\n{headline}\n{text}")


def entity_weights(entities: Iterable[Entity]) -> dict[str, float]:
    """Entity names (case and a leading "the" folded) weighted by relevance and confidence."""
    weights: dict[str, float] = {}
    for entity in entities:
        name = _LEADING_ARTICLE.sub("", entity.name.strip()).casefold()
        weight = entity.relevance * entity.confidence
        if name and weight > 0:
            weights[name] = max(weights.get(name, 0.0), weight)
    return weights


def topic_weights(topics: Iterable[Topic]) -> dict[str, float]:
    """IPTC Media Topic codes weighted by confidence."""
    weights: dict[str, float] = {}
    for topic in topics:
        if topic.confidence > 0:
            weights[topic.qcode] = max(weights.get(topic.qcode, 0.0), topic.confidence)
    return weights


def features_of(event: ArticleEnriched) -> ArticleFeatures:
    headline = headline_of(event.article)
    text = plain_text(body_html_of(event.article))[:TEXT_LIMIT]
    return ArticleFeatures(
        headline=headline,
        text=text,
        terms=article_terms(headline, text),
        entities=entity_weights(event.enrichment.entities),
        topics=topic_weights(event.enrichment.topics),
        language=primary_language(event.article.language or event.enrichment.language),
    )


def primary_language(tag: str | None) -> str | None:
    """The primary subtag of a BCP 47 tag ("de" of "de-AT"), Norwegian's as "nb"."""
    primary = (tag or "").replace("_", "-").split("-")[0].strip().lower()
    return NORWEGIAN_TAGS.get(primary, primary) or None


def key_for(uri: str) -> int:
    """The article's key in the ANN index: 63 bits of a hash of its uri, stable everywhere."""
    digest = hashlib.blake2b(uri.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") & KEY_MASK


def vector_bytes(vector: Vectors) -> bytes:
    return np.asarray(vector, dtype=np.float32).tobytes()


def vector_from(data: bytes) -> Vectors:
    return np.frombuffer(data, dtype=np.float32).copy()


def profile_of(row: ArticleProfileRow, with_vector: bool = True) -> ArticleProfile:
    """The index's view of a stored row; without the vector when the ANN index has it."""
    return ArticleProfile(
        uri=row.uri,
        key=row.key,
        card=ArticleCard(headline=row.headline, excerpt=row.excerpt, slug=row.slug),
        published_at=as_utc(row.published_at),
        terms=_weights(row.terms),
        entities=_weights(row.entities),
        topics=_weights(row.topics),
        vector=vector_from(row.vector) if with_vector else None,
        sequence=row.sequence,
        language=primary_language(row.language),
    )


def _weights(stored: str) -> dict[str, float]:
    loaded: Mapping[str, float] = json.loads(stored)
    return {str(name): float(weight) for name, weight in loaded.items()}
