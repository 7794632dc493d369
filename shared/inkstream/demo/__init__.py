"""Bundled demo articles: original wire-style news stories for demos, tests and evaluation."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import cast

__all__ = ["load_demo_articles"]

_RESOURCE = "articles.json"


def load_demo_articles() -> list[dict[str, object]]:
    """Return the bundled demo articles as minimal-format article dicts."""
    text = files(__package__ or __name__).joinpath(_RESOURCE).read_text(encoding="utf-8")
    return cast(list[dict[str, object]], json.loads(text))
