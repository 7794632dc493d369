"""Enrichment settings."""

from typing import ClassVar

from inkstream.runtime.settings import ServiceSettings


class EnrichmentSettings(ServiceSettings):
    service_name: ClassVar[str] = "enrichment"
    default_port: ClassVar[int] = 8002
