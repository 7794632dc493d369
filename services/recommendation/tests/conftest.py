"""Recommendation test fixtures: the real model, its database, and events as they reach it."""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

import pytest
from sqlmodel import col, select

from inkstream.contracts.events import (
    ArticleEnriched,
    Enrichment,
    Entity,
    Event,
    Topic,
    parse_event,
)
from inkstream.contracts.ninjs_formats import parse_submission
from inkstream.contracts.streams import Stream, StreamNames
from inkstream.demo import load_demo_articles
from inkstream.runtime.storage import Database, OutboxEntry
from inkstream.runtime.unit_of_work import UnitOfWork
from inkstream_recommendation.config import RecommendationSettings
from inkstream_recommendation.embedding import MultilingualEmbedder, WordLlamaEmbedder
from inkstream_recommendation.handlers import RecommendRelated
from inkstream_recommendation.index_store import IndexKeeper
from inkstream_recommendation.service import definition
from inkstream_recommendation.story_store import StoryKeeper

TEST_STREAMS = StreamNames("recommendation-test")
FIRST_PUBLISHED = datetime(2024, 6, 10, 6, 0, tzinfo=UTC)


class MakeArticle(Protocol):
    def __call__(
        self,
        uri: str,
        headline: str,
        body: str,
        *,
        version: int = 1,
        published: datetime = FIRST_PUBLISHED,
        entities: Sequence[Entity] = (),
        topics: Sequence[Topic] = (),
        language: str = "en",
    ) -> ArticleEnriched: ...


def enriched(
    uri: str,
    headline: str,
    body: str,
    *,
    version: int = 1,
    published: datetime = FIRST_PUBLISHED,
    entities: Sequence[Entity] = (),
    topics: Sequence[Topic] = (),
    language: str = "en",
) -> ArticleEnriched:
    """An ``ArticleEnriched`` as enrichment emits it."""
    document = parse_submission(
        {"uri": uri, "headline": headline, "body": body, "language": language}
    ).document
    document = document.model_copy(update={"firstcreated": published})
    return ArticleEnriched.first(
        article_uri=uri,
        article_version=version,
        article=document,
        enrichment=Enrichment(
            language=language,
            slug=uri.rsplit(":", 1)[-1],
            excerpt=f"About {headline}",
            entities=list(entities),
            topics=list(topics),
        ),
    )


def demo_events() -> list[ArticleEnriched]:
    """The bundled demo articles, three hours apart, in their bundled order."""
    return [
        enriched(
            str(article["uri"]),
            str(article["headline"]),
            str(article["body"]),
            published=FIRST_PUBLISHED + timedelta(hours=3 * index),
        )
        for index, article in enumerate(load_demo_articles())
    ]


@dataclass
class Recommendation:
    """The recommendation handler over a real database, driven as the consumer drives it."""

    database: Database
    keeper: IndexKeeper
    handler: RecommendRelated
    stories: StoryKeeper
    handler_streams: StreamNames = TEST_STREAMS

    def handle(self, *events: Event) -> list[Event]:
        """Prepare and handle ``events`` as one batch in one transaction; returns the emitted."""
        prepared = self.handler.prepare(events)
        with self.database.session() as session:
            uow = UnitOfWork(session=session, streams=TEST_STREAMS, consumer_group="recommendation")
            for event in events:
                self.handler.handle(uow, event, prepared.get(event.event_id))
            uow.commit()
        return self.emitted()

    def emitted(self) -> list[Event]:
        with self.database.session() as session:
            rows = session.exec(select(OutboxEntry).order_by(col(OutboxEntry.id))).all()
            for row in rows:
                session.delete(row)
            session.commit()
        assert {row.stream_key for row in rows} <= {TEST_STREAMS.key(Stream.RELATED)}
        return [parse_event(row.payload) for row in rows]


@pytest.fixture
def make_article() -> MakeArticle:
    """Makes an ``ArticleEnriched`` as enrichment emits it."""
    return enriched


@pytest.fixture
def demo_batch() -> list[ArticleEnriched]:
    """The bundled demo articles as enriched events, three hours apart, in bundled order."""
    return demo_events()


@pytest.fixture(scope="session")
def story_of() -> dict[str, str]:
    """The story of each demo article."""
    return {str(article["uri"]): str(article["story"]) for article in load_demo_articles()}


@pytest.fixture(scope="session")
def embedder() -> WordLlamaEmbedder:
    return WordLlamaEmbedder()


@pytest.fixture(scope="session")
def story_embedder() -> MultilingualEmbedder:
    return MultilingualEmbedder()


@pytest.fixture
def recommendation_database(database_url: str) -> Iterator[Database]:
    database = Database(database_url, definition.tables)
    database.create_tables()
    yield database
    database.dispose()


@pytest.fixture
def index_directory(tmp_path: Path) -> Path:
    return tmp_path / "index"


@pytest.fixture
def settings(
    database_url: str, stream_prefix: str, redis_url: str, index_directory: Path
) -> RecommendationSettings:
    """The service's settings over the test's database, Redis prefix and index folder."""
    return RecommendationSettings(
        database_url=database_url,
        redis_url=redis_url,
        stream_prefix=stream_prefix,
        recommendation_index_dir=index_directory,
        environment="test",
    )


@pytest.fixture
def recommendation(
    recommendation_database: Database,
    index_directory: Path,
    embedder: WordLlamaEmbedder,
    story_embedder: MultilingualEmbedder,
) -> Recommendation:
    keeper = IndexKeeper.open(recommendation_database, index_directory, embedder)
    stories = StoryKeeper.open(recommendation_database, story_embedder)
    handler = RecommendRelated(keeper, embedder, 4, stories, story_embedder)
    return Recommendation(recommendation_database, keeper, handler, stories)
