"""The index follows the database: saved, reloaded, caught up, shared and undone."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import select
from structlog.testing import capture_logs

from inkstream.contracts.events import ArticleEnriched, ArticleWithdrawn
from inkstream.runtime.storage import Database
from inkstream.runtime.unit_of_work import UnitOfWork
from inkstream_recommendation.embedding import WordLlamaEmbedder
from inkstream_recommendation.index_store import (
    MANIFEST_NAME,
    VECTORS_NAME,
    IndexKeeper,
    read_manifest,
    rebuild_index,
)
from inkstream_recommendation.service import definition
from inkstream_recommendation.tables import ArticleProfileRow

if TYPE_CHECKING:
    from conftest import Recommendation

SEED_URI = "urn:inkstream:demo:nato-strike-inside-russia"
G7_LOAN = "urn:inkstream:demo:g7-ukraine-loan-frozen-assets"


def listed(keeper: IndexKeeper, uri: str = SEED_URI) -> list[str]:
    return [item.uri for item in keeper.related.related_to(uri, 4)]


def reopened(
    database: Database, directory: Path, embedder: WordLlamaEmbedder
) -> tuple[IndexKeeper, dict]:
    with capture_logs() as logs:
        keeper = IndexKeeper.open(database, directory, embedder)
    [opened] = [log for log in logs if log["event"] == "index opened"]
    return keeper, opened


def test_a_restart_loads_the_saved_graph_and_answers_the_same(
    recommendation: Recommendation,
    demo_batch: list[ArticleEnriched],
    index_directory: Path,
    embedder: WordLlamaEmbedder,
) -> None:
    recommendation.handle(*demo_batch)
    before = listed(recommendation.keeper)
    recommendation.keeper.sync()
    assert recommendation.keeper.save()

    keeper, opened = reopened(recommendation.database, index_directory, embedder)

    assert opened["from_saved_graph"] is True
    assert len(keeper.related) == len(demo_batch)
    assert listed(keeper) == before


def test_changes_after_the_last_save_are_caught_up_from_the_database(
    recommendation: Recommendation,
    demo_batch: list[ArticleEnriched],
    index_directory: Path,
    embedder: WordLlamaEmbedder,
) -> None:
    recommendation.handle(*demo_batch[:-1])
    recommendation.keeper.sync()
    recommendation.keeper.save()
    recommendation.handle(demo_batch[-1])
    recommendation.handle(ArticleWithdrawn.first(article_uri=G7_LOAN, article_version=2))

    keeper, opened = reopened(recommendation.database, index_directory, embedder)

    assert opened["from_saved_graph"] is True
    assert demo_batch[-1].article_uri in keeper.related
    assert G7_LOAN not in keeper.related
    assert G7_LOAN not in keeper.related.vector_index.stored_keys().tolist()
    assert listed(keeper) == listed(recommendation.keeper)


def test_a_damaged_or_foreign_index_file_is_rebuilt_from_the_database(
    recommendation: Recommendation,
    demo_batch: list[ArticleEnriched],
    index_directory: Path,
    embedder: WordLlamaEmbedder,
    tmp_path: Path,
) -> None:
    recommendation.handle(*demo_batch)
    recommendation.keeper.sync()
    recommendation.keeper.save()
    (index_directory / VECTORS_NAME).write_bytes(b"damaged")

    keeper, opened = reopened(recommendation.database, index_directory, embedder)
    other_database = Database(f"sqlite:///{tmp_path / 'other.db'}", definition.tables)
    other_database.create_tables()
    stranger, stranger_opened = reopened(other_database, index_directory, embedder)
    other_database.dispose()

    assert opened["from_saved_graph"] is False
    assert listed(keeper) == listed(recommendation.keeper)
    assert stranger_opened["from_saved_graph"] is False
    assert len(stranger.related) == 0


def test_another_replica_follows_the_database(
    recommendation: Recommendation,
    demo_batch: list[ArticleEnriched],
    embedder: WordLlamaEmbedder,
    tmp_path: Path,
) -> None:
    replica = IndexKeeper.open(recommendation.database, tmp_path / "replica", embedder)

    recommendation.handle(*demo_batch)
    replica.sync()
    in_step = listed(replica) == listed(recommendation.keeper)
    recommendation.handle(ArticleWithdrawn.first(article_uri=G7_LOAN, article_version=2))
    replica.sync()

    assert in_step
    assert len(replica.related) == len(demo_batch) - 1
    assert G7_LOAN not in replica.related


def test_an_article_whose_transaction_failed_is_restored_from_the_database(
    recommendation: Recommendation, demo_batch: list[ArticleEnriched]
) -> None:
    recommendation.handle(*demo_batch[:4])
    failing = demo_batch[4]
    prepared = recommendation.handler.prepare([failing])
    with recommendation.database.session() as session:
        uow = UnitOfWork(session=session, streams=recommendation.handler_streams)
        recommendation.handler.handle(uow, failing, prepared[failing.event_id])
        session.rollback()
    visible_before_restore = failing.article_uri in recommendation.keeper.related

    restored = recommendation.keeper.restore_unsettled(older_than_s=0)

    assert visible_before_restore
    assert restored == 1
    assert failing.article_uri not in recommendation.keeper.related
    assert failing.article_uri not in listed(recommendation.keeper)


def test_the_rebuild_command_writes_an_index_of_every_live_row(
    recommendation: Recommendation,
    demo_batch: list[ArticleEnriched],
    index_directory: Path,
    embedder: WordLlamaEmbedder,
) -> None:
    recommendation.handle(*demo_batch)

    keeper = rebuild_index(recommendation.database, index_directory, embedder, reembed_all=True)

    manifest = read_manifest(index_directory)
    assert manifest is not None
    assert (index_directory / MANIFEST_NAME).is_file()
    assert manifest.articles == len(demo_batch)
    assert manifest.sequence == keeper.applied_sequence
    assert listed(keeper) == listed(recommendation.keeper)


def test_rows_embedded_by_another_model_are_embedded_again_on_opening(
    recommendation: Recommendation,
    demo_batch: list[ArticleEnriched],
    index_directory: Path,
    embedder: WordLlamaEmbedder,
) -> None:
    recommendation.handle(*demo_batch)
    with recommendation.database.session() as session:
        for row in session.exec(select(ArticleProfileRow)).all():
            row.embedding_model = "an-older-model"
            session.add(row)
        session.commit()

    keeper, opened = reopened(recommendation.database, index_directory, embedder)

    assert opened["reembedded"] == len(demo_batch)
    assert listed(keeper) == listed(recommendation.keeper)
