"""Recommendation settings."""

from pathlib import Path
from typing import ClassVar

from pydantic import Field

from inkstream.runtime.settings import ServiceSettings
from inkstream_recommendation.profiles import STORY_LEAD_WORDS
from inkstream_recommendation.ranking import SelectionRules, Weights

INDEX_DIRECTORY_NAME = "recommendation-index"


class RecommendationSettings(ServiceSettings):
    service_name: ClassVar[str] = "recommendation"
    default_port: ClassVar[int] = 8003

    related_limit: int = Field(4, ge=1, le=20)
    min_similarity: float = Field(
        SelectionRules.min_score, ge=0, le=1, description="Lowest score a similar article needs."
    )
    recency_weight: float = Field(Weights.recency, ge=0, le=1)
    recency_half_life_days: float = Field(Weights.half_life_days, gt=0)
    candidate_pool: int = Field(48, ge=8, le=1000)
    recommendation_index_dir: Path | None = Field(
        None,
        description="Where the ANN index is saved; default $INKSTREAM_DATA_DIR/"
        + INDEX_DIRECTORY_NAME,
    )
    story_lead_words: int = Field(
        STORY_LEAD_WORDS,
        ge=0,
        le=400,
        description="Words of the lead read with the headline for the multilingual story "
        "vector (INKSTREAM_STORY_LEAD_WORDS): fewer is faster, more finds the same story "
        "across languages better.",
    )
    index_sync_interval_s: float = Field(2.0, gt=0)
    index_save_interval_s: float = Field(300.0, gt=0)

    @property
    def index_directory(self) -> Path:
        return self.recommendation_index_dir or self.data_dir / INDEX_DIRECTORY_NAME

    @property
    def weights(self) -> Weights:
        return Weights(recency=self.recency_weight, half_life_days=self.recency_half_life_days)

    @property
    def rules(self) -> SelectionRules:
        return SelectionRules(min_score=self.min_similarity)
