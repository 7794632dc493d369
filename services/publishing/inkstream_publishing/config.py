"""Publishing settings."""

from typing import ClassVar

from pydantic import Field

from inkstream.runtime.settings import ServiceSettings


class PublishingSettings(ServiceSettings):
    service_name: ClassVar[str] = "publishing"
    default_port: ClassVar[int] = 8004

    site_title: str = "Inkstream"
    front_page_size: int = Field(30, ge=1, le=200)
    feed_size: int = Field(50, ge=1, le=500)
    related_limit: int = Field(4, ge=0, le=20)
    topic_navigation_size: int = Field(12, ge=0, le=100)
    embargo_check_interval_s: float = Field(
        1.0, gt=0, description="Longest wait between looks for embargoes that have passed."
    )
    websub_hub_url: str | None = Field(
        None, description="A WebSub hub to link from the feeds and notify of every change."
    )
