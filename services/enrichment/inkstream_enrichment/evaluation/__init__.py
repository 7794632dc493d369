"""The labelled evaluation sets and how enrichment is scored against them.

Every article was written for Inkstream and labelled by hand with the entities a careful
editor would tag and its top-level IPTC Media Topics (``articles_*.json``,
``heldout.json``), plus the 16 bundled demo articles with their topics by story and the
seed article's entities.

Development set: ``articles_a`` to ``articles_d`` (90 articles) and the demo articles.
The rules were improved with these sets' errors in view; ``articles_c`` and
``articles_d`` were each held out once, and their first figures are in the README.

Held-out set: ``heldout.json``, written and labelled apart from the rules and never used
to tune them: its figures are the ones to expect on unseen news.

Other languages: ``languages/{language}_development.json`` and
``languages/{language}_heldout.json``, news written in that language in its agencies'
style and labelled by the rules of ``LABELLING.md``, apart from the training text of the
language's model and from its topic cues.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any

from inkstream.contracts.events import Enrichment
from inkstream_enrichment.analysis import AnalysisInput

ENTITY_KINDS = ("person", "organisation", "place", "event")
DEVELOPMENT = "development"
HELD_OUT = "held-out"
ARTICLE_FILES = {
    "articles_a.json": DEVELOPMENT,
    "articles_b.json": DEVELOPMENT,
    "articles_c.json": DEVELOPMENT,
    "articles_d.json": DEVELOPMENT,
    "heldout.json": HELD_OUT,
}
LANGUAGE_SETS = "languages"
LANGUAGE_SET_SUBSETS = {"development": DEVELOPMENT, "heldout": HELD_OUT}
ENGLISH = "en"
DEMO_LABELS = "demo_labels.json"
_TITLES = re.compile(r"^(?:the|pope|president|prime minister|king|queen|dr|mr|mrs|ms|sir|judge)\s+")
_NOT_WORD = re.compile(r"[^\w\s]")


@dataclass(frozen=True, slots=True)
class LabelledArticle:
    id: str
    headline: str
    body_html: str
    topics: frozenset[str]
    entities: Mapping[str, frozenset[str]] | None
    source: str
    subset: str = DEVELOPMENT
    language: str = ENGLISH

    def as_input(self) -> AnalysisInput:
        return AnalysisInput(
            self.headline, self.body_html, f"urn:inkstream:eval:{self.id}", self.language
        )


def normalised(name: str) -> str:
    """A name as compared: no accents, punctuation, leading article or title, case folded."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    plain = " ".join(_NOT_WORD.sub(" ", plain.casefold()).split())
    return _TITLES.sub("", plain)


def _entities(raw: Mapping[str, Sequence[str]]) -> dict[str, frozenset[str]]:
    return {
        kind: frozenset(normalised(name) for name in raw.get(kind, [])) for kind in ENTITY_KINDS
    }


def _labelled(raw: Mapping[str, Any], subset: str, language: str) -> LabelledArticle:
    body = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in raw["paragraphs"])
    return LabelledArticle(
        id=raw["id"],
        headline=raw["headline"],
        body_html=body,
        topics=frozenset(raw["topics"]),
        entities=_entities(raw["entities"]),
        source="inkstream",
        subset=subset,
        language=raw.get("language", language),
    )


def load_language_articles() -> list[LabelledArticle]:
    """The labelled sets of every language but English, development and held-out."""
    folder = files(__package__ or "inkstream_enrichment.evaluation").joinpath(LANGUAGE_SETS)
    articles: list[LabelledArticle] = []
    for path in sorted(folder.iterdir(), key=lambda entry: entry.name):
        language, _, kind = path.name.removesuffix(".json").partition("_")
        if not path.name.endswith(".json") or kind not in LANGUAGE_SET_SUBSETS:
            continue
        subset = LANGUAGE_SET_SUBSETS[kind]
        for raw in json.loads(path.read_text(encoding="utf-8")):
            articles.append(_labelled(raw, subset, language))
    return articles


def load_labelled_articles(
    include_demo: bool = True, include_languages: bool = False
) -> list[LabelledArticle]:
    """Both English sets: the project's own articles, then the demo articles (development);
    with ``include_languages``, every other language's sets after them."""
    package = files(__package__ or "inkstream_enrichment.evaluation")
    articles: list[LabelledArticle] = []
    for name, subset in ARTICLE_FILES.items():
        for raw in json.loads(package.joinpath(name).read_text(encoding="utf-8")):
            articles.append(_labelled(raw, subset, ENGLISH))
    if include_demo:
        from inkstream.demo import load_demo_articles

        labels = json.loads(package.joinpath(DEMO_LABELS).read_text(encoding="utf-8"))
        for demo in load_demo_articles():
            entity_labels = labels["entities"].get(demo["uri"])
            articles.append(
                LabelledArticle(
                    id=str(demo["uri"]),
                    headline=str(demo["headline"]),
                    body_html=str(demo["body"]),
                    topics=frozenset(labels["topics_by_story"][str(demo["story"])]),
                    entities=_entities(entity_labels) if entity_labels else None,
                    source="demo",
                )
            )
    if include_languages:
        articles += load_language_articles()
    return articles


@dataclass
class Counts:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def add(self, other: Counts) -> None:
        self.true_positives += other.true_positives
        self.false_positives += other.false_positives
        self.false_negatives += other.false_negatives


def compare(found: Iterable[str], expected: Iterable[str]) -> Counts:
    found_set, expected_set = set(found), set(expected)
    return Counts(
        true_positives=len(found_set & expected_set),
        false_positives=len(found_set - expected_set),
        false_negatives=len(expected_set - found_set),
    )


@dataclass
class Scores:
    entity_counts: dict[str, Counts] = field(
        default_factory=lambda: {kind: Counts() for kind in ENTITY_KINDS}
    )
    entity_articles: int = 0
    topic_articles: int = 0
    primary_topic_correct: int = 0
    topic_counts: Counts = field(default_factory=Counts)
    errors: list[str] = field(default_factory=list)

    @property
    def entities_overall(self) -> Counts:
        total = Counts()
        for counts in self.entity_counts.values():
            total.add(counts)
        return total

    @property
    def topic_accuracy(self) -> float:
        return self.primary_topic_correct / self.topic_articles if self.topic_articles else 0.0


def score(articles: Sequence[LabelledArticle], enrichments: Sequence[Enrichment]) -> Scores:
    """Entities per kind (P/R/F1 over each article's distinct names) and top-level topics.

    Topic accuracy counts an article as right when its most confident top-level topic is
    one the label lists; precision and recall over all top-level topics given are kept too.
    """
    scores = Scores()
    for article, enrichment in zip(articles, enrichments, strict=True):
        if article.entities is not None:
            scores.entity_articles += 1
            for kind in ENTITY_KINDS:
                found = {normalised(e.name) for e in enrichment.entities if e.kind == kind}
                counts = compare(found, article.entities[kind])
                scores.entity_counts[kind].add(counts)
                scores.errors.extend(
                    f"{article.id}: {kind} missed {name!r}"
                    for name in article.entities[kind] - found
                )
                scores.errors.extend(
                    f"{article.id}: {kind} wrong {name!r}"
                    for name in found - article.entities[kind]
                )
        top_level = [topic for topic in enrichment.topics if topic.level == 1]
        scores.topic_articles += 1
        primary = max(top_level, key=lambda topic: topic.confidence, default=None)
        if primary is not None and primary.qcode in article.topics:
            scores.primary_topic_correct += 1
        else:
            scores.errors.append(
                f"{article.id}: primary topic {primary.qcode if primary else None} "
                f"not in {sorted(article.topics)}"
            )
        scores.topic_counts.add(compare((topic.qcode for topic in top_level), article.topics))
    return scores


def report_lines(scores: Scores) -> list[str]:
    lines = [
        f"Entities ({scores.entity_articles} articles)",
        f"  {'type':<14}{'P':>7}{'R':>7}{'F1':>7}{'expected':>10}",
    ]
    for kind, counts in [*scores.entity_counts.items(), ("all", scores.entities_overall)]:
        expected = counts.true_positives + counts.false_negatives
        figures = f"{counts.precision:>7.3f}{counts.recall:>7.3f}{counts.f1:>7.3f}"
        lines.append(f"  {kind:<14}{figures}{expected:>10}")
    topics = scores.topic_counts
    lines += [
        f"Top-level IPTC Media Topics ({scores.topic_articles} articles)",
        f"  accuracy (most confident topic is a labelled one)  {scores.topic_accuracy:.3f}",
        f"  all topics given: P {topics.precision:.3f}  R {topics.recall:.3f}  F1 {topics.f1:.3f}",
    ]
    return lines


def as_json(scores: Scores) -> dict[str, Any]:
    return {
        "entity_f1": round(scores.entities_overall.f1, 4),
        "entity_f1_by_kind": {k: round(c.f1, 4) for k, c in scores.entity_counts.items()},
        "topic_accuracy": round(scores.topic_accuracy, 4),
        "topic_f1": round(scores.topic_counts.f1, 4),
    }
