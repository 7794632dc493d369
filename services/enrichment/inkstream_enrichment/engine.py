"""Where enrichment runs: in this process, or in a pool of worker processes.

The NER model holds the GIL, so threads do not share it out; on a machine with several
cores a few worker processes, each loading the models once when it starts, enrich the
parts of a batch side by side. The pool is made in the service's lifespan and lives as
long as the service.
"""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

import structlog

from inkstream.contracts.events import Enrichment
from inkstream_enrichment.analysis import AnalysisInput
from inkstream_enrichment.pipeline import (
    DEFAULT_SPACY_MODEL,
    EnrichmentModels,
    enrich_batch,
    load_models,
)

log = structlog.get_logger(__name__)

MIN_ARTICLES_PER_WORKER = 4
_WARM_UP_TASK_S = 0.2

_worker_models: EnrichmentModels | None = None


def _load_worker_models(spacy_model: str) -> None:
    global _worker_models  # one set of models per worker process
    _worker_models = load_models(spacy_model)


def _enrich_in_worker(items: Sequence[AnalysisInput]) -> list[Enrichment]:
    if _worker_models is None:
        raise RuntimeError("enrichment worker started without its models")
    return enrich_batch(_worker_models, items)


def _worker_ready() -> bool:
    return _worker_models is not None


class EnrichmentEngine:
    """Enriches batches of articles with models loaded once per process."""

    def __init__(self, workers: int = 1, spacy_model: str = DEFAULT_SPACY_MODEL) -> None:
        self.workers = max(1, workers)
        self.spacy_model = spacy_model
        self._models: EnrichmentModels | None = None
        self._pool: Executor | None = None
        self._lock = threading.Lock()

    def start(self, wait: bool = True) -> None:
        """Load the models here, or start the workers, which load them as they start.

        With ``wait`` false the workers load in the background and the first batch waits
        for them, so a service is ready (and reads its stream) while they load.
        """
        if self.workers == 1:
            self._models = load_models(self.spacy_model)
            return
        self._pool = self._new_pool()
        # Tasks that each take a moment make every worker start and load before traffic.
        warm_up = [self._pool.submit(_worker_ready_after_load, n) for n in range(self.workers)]
        if wait:
            for future in warm_up:
                future.result()

    def _new_pool(self) -> Executor:
        # Spawned, not forked: the service has threads and open sockets by now.
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_load_worker_models,
            initargs=(self.spacy_model,),
        )

    def enrich(self, items: Sequence[AnalysisInput]) -> list[Enrichment]:
        """Enrichments of ``items``, in order."""
        if not items:
            return []
        if self._pool is None:
            if self._models is None:
                raise RuntimeError("EnrichmentEngine.start() was not called")
            # spaCy does not promise that one pipeline may run in two threads at once.
            with self._lock:
                return enrich_batch(self._models, items)
        chunks = self._chunks(items)
        try:
            results = list(self._pool.map(_enrich_in_worker, chunks))
        except BrokenProcessPool:
            log.error("an enrichment worker died; starting a new pool")
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._new_pool()
            raise
        return [enrichment for chunk in results for enrichment in chunk]

    def _chunks(self, items: Sequence[AnalysisInput]) -> list[Sequence[AnalysisInput]]:
        count = max(1, min(self.workers, len(items) // MIN_ARTICLES_PER_WORKER))
        size = -(-len(items) // count)
        return [items[start : start + size] for start in range(0, len(items), size)]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._models = None


def _worker_ready_after_load(_: int) -> bool:
    # Long enough that one worker cannot take every warm-up task before the others start.
    time.sleep(_WARM_UP_TASK_S)
    return _worker_ready()
