"""Enrichment settings."""

import os
from typing import ClassVar

from pydantic import Field

from inkstream.runtime.settings import ServiceSettings
from inkstream_enrichment.pipeline import DEFAULT_SPACY_MODEL

MAX_DEFAULT_WORKERS = 2


def default_workers() -> int:
    """One worker process per core, up to two: past that Redis and the database need the CPU."""
    return max(1, min(MAX_DEFAULT_WORKERS, os.cpu_count() or 1))


class EnrichmentSettings(ServiceSettings):
    service_name: ClassVar[str] = "enrichment"
    default_port: ClassVar[int] = 8002

    enrichment_workers: int = Field(
        default_factory=default_workers,
        ge=1,
        le=64,
        description="Processes that run the models (INKSTREAM_ENRICHMENT_WORKERS); "
        "1 runs them in the service process.",
    )
    enrichment_spacy_model: str = Field(
        DEFAULT_SPACY_MODEL, description="The installed spaCy pipeline used for entities."
    )
