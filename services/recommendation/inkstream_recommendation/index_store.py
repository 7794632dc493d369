"""The index kept in step with the database: opened at start, followed, saved, rebuilt.

The database rows are the truth. The ANN index is saved to the service's data
directory (``vectors.usearch`` and ``manifest.json``, each replaced atomically,
the manifest last) so a restart loads the graph instead of rebuilding it; on
opening, every live row is read, rows changed after the saved sequence are put
again and keys no longer live are removed, so a stale, missing or damaged file
only costs time. While running, ``sync`` applies rows committed after the last
applied sequence (by this process or by another replica).

The handler puts an article into memory before its transaction commits, so
articles of one batch see each other. ``note_unsettled`` records that; the
commit settles it, and a put whose transaction never committed is undone from
the database by ``restore_unsettled``.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import structlog
from sqlalchemy.orm import defer
from sqlmodel import Session, col, func, select

from inkstream.runtime.storage import Database
from inkstream_recommendation.embedding import Embedder
from inkstream_recommendation.profiles import embedding_text, profile_of, vector_bytes
from inkstream_recommendation.ranking import SelectionRules, Weights
from inkstream_recommendation.related import CANDIDATE_POOL, ArticleProfile, RelatedArticles
from inkstream_recommendation.tables import ArticleProfileRow, IndexSequence
from inkstream_recommendation.vectors import VectorIndex

log = structlog.get_logger(__name__)

MANIFEST_NAME = "manifest.json"
VECTORS_NAME = "vectors.usearch"
FORMAT_VERSION = 1
ROWS_PER_READ = 1000
UNSETTLED_GRACE_S = 60.0
_WITHOUT_TEXT = (defer(ArticleProfileRow.text), defer(ArticleProfileRow.related))  # type: ignore[arg-type]


@dataclass(frozen=True)
class IndexManifest:
    """What a saved index holds: its model, and the change sequence it is complete up to."""

    format: int
    database_id: str
    model_id: str
    dimensions: int
    sequence: int
    articles: int

    def fits(self, database_id: str, model_id: str, dimensions: int) -> bool:
        return (self.database_id, self.model_id, self.dimensions) == (
            database_id,
            model_id,
            dimensions,
        )


def read_manifest(directory: Path) -> IndexManifest | None:
    try:
        manifest = IndexManifest(**json.loads((directory / MANIFEST_NAME).read_text()))
    except (OSError, ValueError, TypeError):
        return None
    return manifest if manifest.format == FORMAT_VERSION else None


def next_sequence(session: Session) -> int:
    """Take the next change sequence; the counter row stays locked until commit."""
    counter = session.get(IndexSequence, 1, with_for_update=True) or _new_counter()
    counter.last_sequence += 1
    session.add(counter)
    return counter.last_sequence


def database_id(database: Database) -> str:
    """The id this database was given when its first index change was counted."""
    with database.session() as session:
        counter = session.get(IndexSequence, 1)
        if counter is None:
            counter = _new_counter()
            session.add(counter)
            session.commit()
        return counter.database_id


def _new_counter() -> IndexSequence:
    return IndexSequence(id=1, database_id=uuid.uuid4().hex, last_sequence=0)


def live_rows(database: Database) -> Iterator[ArticleProfileRow]:
    """Every live row, read a page at a time."""
    after = ""
    while True:
        with database.session() as session:
            page = session.exec(
                select(ArticleProfileRow)
                .options(*_WITHOUT_TEXT)
                .where(col(ArticleProfileRow.uri) > after, ArticleProfileRow.withdrawn == False)  # noqa: E712
                .order_by(col(ArticleProfileRow.uri))
                .limit(ROWS_PER_READ)
            ).all()
        if not page:
            return
        yield from page
        after = page[-1].uri


def latest_sequence(database: Database) -> int:
    with database.session() as session:
        latest = session.exec(select(func.max(ArticleProfileRow.sequence))).one()
    return int(latest or 0)


def reembed(database: Database, embedder: Embedder, everything: bool = False) -> int:
    """Embed again the rows made with another model (or all of them); returns how many."""
    done, after = 0, ""
    while True:
        with database.session() as session:
            query = select(ArticleProfileRow).where(
                col(ArticleProfileRow.uri) > after,
                ArticleProfileRow.withdrawn == False,  # noqa: E712
            )
            if not everything:
                query = query.where(ArticleProfileRow.embedding_model != embedder.model_id)
            rows = session.exec(query.order_by(col(ArticleProfileRow.uri)).limit(100)).all()
            if not rows:
                return done
            vectors = embedder.embed([embedding_text(row.headline, row.text) for row in rows])
            for row, vector in zip(rows, vectors, strict=True):
                row.vector = vector_bytes(vector)
                row.embedding_model = embedder.model_id
                row.sequence = next_sequence(session)
                session.add(row)
            session.commit()
        done += len(rows)
        after = rows[-1].uri


class IndexKeeper:
    """The live index of one process and what keeps it equal to the database."""

    def __init__(
        self,
        related: RelatedArticles,
        database: Database,
        directory: Path,
        database_id: str,
        model_id: str,
        applied_sequence: int = 0,
    ) -> None:
        self.related = related
        self.database = database
        self.directory = directory
        self.database_id = database_id
        self.model_id = model_id
        self.applied_sequence = applied_sequence
        self._unsettled: dict[str, float] = {}
        self._lock = threading.Lock()
        self._saved_sequence = -1

    @classmethod
    def open(
        cls,
        database: Database,
        directory: Path,
        embedder: Embedder,
        weights: Weights | None = None,
        rules: SelectionRules | None = None,
        use_saved: bool = True,
        candidate_pool: int = CANDIDATE_POOL,
    ) -> IndexKeeper:
        """The index of every live row: the saved graph where it is still good, else rebuilt."""
        started = time.perf_counter()
        restaged = reembed(database, embedder)
        identity = database_id(database)
        manifest = read_manifest(directory) if use_saved else None
        saved: VectorIndex | None = None
        if manifest is not None and manifest.fits(identity, embedder.model_id, embedder.dimensions):
            try:
                saved = VectorIndex.load(directory / VECTORS_NAME, embedder.dimensions)
            except (OSError, ValueError, RuntimeError) as error:
                log.warning("saved index unreadable; rebuilding", error=repr(error))
        trusted_up_to = manifest.sequence if saved is not None and manifest is not None else -1
        related = RelatedArticles(embedder.dimensions, weights, rules, saved, candidate_pool)
        applied = latest_sequence(database)
        live_keys: set[int] = set()
        batch: list[ArticleProfile] = []
        for row in live_rows(database):
            live_keys.add(row.key)
            trusted = row.sequence <= trusted_up_to and row.key in related.vector_index
            batch.append(profile_of(row, with_vector=not trusted))
            if len(batch) == ROWS_PER_READ:
                related.put(batch)
                batch = []
        related.put(batch)
        stale_keys = [
            int(key) for key in related.vector_index.stored_keys() if int(key) not in live_keys
        ]
        related.vector_index.remove(stale_keys)
        keeper = cls(related, database, directory, identity, embedder.model_id, applied)
        keeper.sync()
        if saved is None or stale_keys or restaged:
            try:
                keeper.save()
            except OSError as error:
                log.warning(
                    "could not save the index; it is rebuilt at the next start", error=repr(error)
                )
        log.info(
            "index opened",
            articles=len(related),
            from_saved_graph=saved is not None,
            reembedded=restaged,
            removed_stale=len(stale_keys),
            seconds=round(time.perf_counter() - started, 2),
        )
        return keeper

    def note_unsettled(self, uri: str) -> None:
        """``uri`` is about to change in memory ahead of its transaction's commit."""
        with self._lock:
            self._unsettled[uri] = time.monotonic()

    def settle(self, uri: str, profile: ArticleProfile | None) -> None:
        """The change to ``uri`` committed: make sure memory holds it (sync may have raced)."""
        with self._lock:
            self._unsettled.pop(uri, None)
        if profile is None:
            self.related.remove([uri])
        elif self.related.sequence_of(uri) != profile.sequence:
            self.related.put([profile])

    def restore_unsettled(self, older_than_s: float = UNSETTLED_GRACE_S) -> int:
        """Put back the committed state of articles whose in-memory change never committed."""
        deadline = time.monotonic() - older_than_s
        with self._lock:
            stale = [uri for uri, since in self._unsettled.items() if since <= deadline]
            for uri in stale:
                del self._unsettled[uri]
        if stale:
            self._apply_committed(stale)
            log.warning("restored uncommitted index changes", articles=len(stale))
        return len(stale)

    def sync(self) -> int:
        """Apply the rows committed after the last applied sequence; returns how many changed."""
        changed = 0
        while True:
            with self.database.session() as session:
                rows = session.exec(
                    select(ArticleProfileRow)
                    .options(*_WITHOUT_TEXT)
                    .where(col(ArticleProfileRow.sequence) > self.applied_sequence)
                    .order_by(col(ArticleProfileRow.sequence))
                    .limit(ROWS_PER_READ)
                ).all()
            if not rows:
                return changed
            changed += self._apply_rows(rows)
            self.applied_sequence = max(self.applied_sequence, rows[-1].sequence)

    def save(self) -> bool:
        """Save the graph if it changed and holds nothing uncommitted; True if it did."""
        with self._lock:
            if self._unsettled or self._saved_sequence == self.applied_sequence:
                return False
            with self.related.locked():
                sequence = self.applied_sequence
                self.related.vector_index.save(self.directory / VECTORS_NAME)
                manifest = IndexManifest(
                    format=FORMAT_VERSION,
                    database_id=self.database_id,
                    model_id=self.model_id,
                    dimensions=self.related.dimensions,
                    sequence=sequence,
                    articles=len(self.related),
                )
            partial = self.directory / (MANIFEST_NAME + ".partial")
            partial.write_text(json.dumps(asdict(manifest)))
            partial.replace(self.directory / MANIFEST_NAME)
            self._saved_sequence = sequence
            return True

    def _apply_committed(self, uris: Sequence[str]) -> None:
        with self.database.session() as session:
            rows = session.exec(
                select(ArticleProfileRow).where(col(ArticleProfileRow.uri).in_(uris))
            ).all()
        self._apply_rows(rows, force=True)
        self.related.remove(set(uris) - {row.uri for row in rows})

    def _apply_rows(self, rows: Sequence[ArticleProfileRow], force: bool = False) -> int:
        with self._lock:
            unsettled = set(self._unsettled)
        current = [
            row
            for row in rows
            if row.uri not in unsettled
            and (
                force
                or self.related.sequence_of(row.uri) != (None if row.withdrawn else row.sequence)
            )
        ]
        self.related.remove([row.uri for row in current if row.withdrawn])
        self.related.put([profile_of(row) for row in current if not row.withdrawn])
        return len(current)


def rebuild_index(
    database: Database, directory: Path, embedder: Embedder, reembed_all: bool = False
) -> IndexKeeper:
    """Rebuild the saved index from the database alone (optionally embedding every row again)."""
    if reembed_all:
        reembed(database, embedder, everything=True)
    keeper = IndexKeeper.open(database, directory, embedder, use_saved=False)
    keeper.save()
    return keeper
