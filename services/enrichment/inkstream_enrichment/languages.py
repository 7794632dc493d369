"""Which languages enrichment reads, and with which models (``data/languages.json``).

The language of an article (the newsroom's tag, else the detected one) picks its
pipeline; a model only ever sees text in the language it was made for.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

LANGUAGES_RESOURCE = "data/languages.json"
ENGLISH = "en"


@dataclass(frozen=True, slots=True)
class LanguageSetup:
    """How one language is read: its NER model and what the model's labels mean."""

    code: str
    ner_model: str
    labels: Mapping[str, str]
    """The model's label -> the label the entity rules know (PERSON, ORG, LOC, GPE, ...)."""
    genitive_suffix: str | None = None
    english_rules: bool = False

    def model_location(self) -> str | Path:
        """What ``spacy.load`` takes: an installed package name, or a folder of ours."""
        if self.ner_model.startswith("models/"):
            return Path(str(files("inkstream_enrichment").joinpath(self.ner_model)))
        return self.ner_model


@dataclass(frozen=True, slots=True)
class LanguageTable:
    setups: Mapping[str, LanguageSetup]
    aliases: Mapping[str, str]

    def pipeline_language(self, tag: str | None) -> str | None:
        """The language whose pipeline reads text tagged ``tag``, or None."""
        primary = primary_language(tag)
        primary = self.aliases.get(primary, primary)
        return primary if primary in self.setups else None


def primary_language(tag: str | None) -> str:
    """The primary subtag of a BCP 47 tag, lower case ("de" of "de-AT", "" of None)."""
    return (tag or "").replace("_", "-").split("-")[0].strip().lower()


def _setup(code: str, raw: Mapping[str, Any]) -> LanguageSetup:
    return LanguageSetup(
        code=code,
        ner_model=raw["ner_model"],
        labels=dict(raw["labels"]),
        genitive_suffix=raw.get("genitive_suffix"),
        english_rules=bool(raw.get("english_rules", False)),
    )


@cache
def language_table() -> LanguageTable:
    raw = json.loads(
        files("inkstream_enrichment").joinpath(LANGUAGES_RESOURCE).read_text(encoding="utf-8")
    )
    return LanguageTable(
        setups={code: _setup(code, entry) for code, entry in raw["languages"].items()},
        aliases=dict(raw["aliases"]),
    )
