"""Recommendation settings."""

from typing import ClassVar

from pydantic import Field

from inkstream.runtime.settings import ServiceSettings


class RecommendationSettings(ServiceSettings):
    service_name: ClassVar[str] = "recommendation"
    default_port: ClassVar[int] = 8003

    related_limit: int = Field(4, ge=1, le=20)
    min_similarity: float = Field(0.05, ge=0, le=1)
