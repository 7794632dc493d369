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
