"""Score enrichment against the labelled evaluation sets.

    python -m inkstream_enrichment.evaluate [--set development|held-out|all] [--errors] [--json]

Prints, per language, precision, recall and F1 of entities by type and the accuracy of
top-level IPTC Media Topics, for the development set (the rules were tuned on it), the
held-out set (never used for tuning) and both together, beside the targets. Models load
in this process, as the service loads them.
"""

import argparse
import json
import sys
import time
from collections.abc import Sequence

from inkstream_enrichment.evaluation import (
    DEVELOPMENT,
    HELD_OUT,
    as_json,
    load_labelled_articles,
    report_lines,
    score,
)
from inkstream_enrichment.languages import language_table
from inkstream_enrichment.pipeline import enrich_batch, load_models

ENTITY_F1_TARGET = 0.85
TOPIC_ACCURACY_TARGET = 0.8
ENTITY_F1_GOALS = {"en": 0.90}
ENTITY_F1_GOAL = 0.85
TOPIC_ACCURACY_GOAL = 0.90
ALL = "all"
SUBSETS = (DEVELOPMENT, HELD_OUT, ALL)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score enrichment on the labelled sets.")
    parser.add_argument("--set", choices=SUBSETS, action="append", dest="subsets")
    parser.add_argument(
        "--errors",
        action="store_true",
        help="list every miss and wrong tag (of the development set unless --set is given)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    parser.add_argument("--language", action="append", dest="languages", help="e.g. de")
    arguments = parser.parse_args(argv)
    articles = [
        article
        for article in load_labelled_articles(include_languages=True)
        if not arguments.languages or article.language in arguments.languages
    ]
    table = language_table()
    pipeline_languages = {table.pipeline_language(article.language) for article in articles}
    models = load_models(languages=sorted(code for code in pipeline_languages if code))
    started = time.perf_counter()
    enrichments = enrich_batch(models, [article.as_input() for article in articles])
    elapsed = time.perf_counter() - started
    print(f"{len(articles)} labelled articles enriched in {elapsed:.1f} s")
    figures: dict[str, dict[str, object]] = {}
    languages = sorted({article.language for article in articles}, key=lambda c: (c != "en", c))
    for language in languages:
        f1_goal = ENTITY_F1_GOALS.get(language, ENTITY_F1_GOAL)
        for subset in arguments.subsets or SUBSETS:
            chosen = [
                index
                for index, article in enumerate(articles)
                if article.language == language and (subset == ALL or article.subset == subset)
            ]
            if not chosen:
                continue
            scores = score([articles[i] for i in chosen], [enrichments[i] for i in chosen])
            entities_met = scores.entities_overall.f1 >= f1_goal
            topics_met = scores.topic_accuracy >= TOPIC_ACCURACY_GOAL
            print(f"\n== {language}, {subset} set: {len(chosen)} articles")
            print("\n".join(report_lines(scores)))
            print(
                f"Goals: entity F1 >= {f1_goal} ({'met' if entities_met else 'NOT met'}), "
                f"topic accuracy >= {TOPIC_ACCURACY_GOAL} "
                f"({'met' if topics_met else 'NOT met'})"
            )
            # The held-out set's errors are shown only on request: it is for measuring.
            if arguments.errors and (subset == DEVELOPMENT or arguments.subsets):
                print("\n".join(scores.errors))
            figures[f"{language}/{subset}"] = as_json(scores)
    if arguments.json:
        print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
