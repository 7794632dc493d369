"""Score enrichment against the labelled evaluation set.

    python -m inkstream_enrichment.evaluate [--errors] [--json]

Prints precision, recall and F1 of entities by type and the accuracy of top-level IPTC
Media Topics. Models load in this process, as the service loads them.
"""

import argparse
import json
import sys
import time
from collections.abc import Sequence

from inkstream_enrichment.evaluation import as_json, load_labelled_articles, report_lines, score
from inkstream_enrichment.pipeline import enrich_batch, load_models

ENTITY_F1_TARGET = 0.85
TOPIC_ACCURACY_TARGET = 0.8


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score enrichment on the labelled set.")
    parser.add_argument("--errors", action="store_true", help="list every miss and wrong tag")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    arguments = parser.parse_args(argv)
    articles = load_labelled_articles()
    models = load_models()
    started = time.perf_counter()
    enrichments = enrich_batch(models, [article.as_input() for article in articles])
    elapsed = time.perf_counter() - started
    scores = score(articles, enrichments)
    print(f"Evaluation set: {len(articles)} articles ({elapsed:.1f} s to enrich)")
    print("\n".join(report_lines(scores)))
    entities_met = scores.entities_overall.f1 >= ENTITY_F1_TARGET
    topics_met = scores.topic_accuracy >= TOPIC_ACCURACY_TARGET
    print(
        f"Targets: entity F1 >= {ENTITY_F1_TARGET} ({'met' if entities_met else 'NOT met'}), "
        f"topic accuracy >= {TOPIC_ACCURACY_TARGET} ({'met' if topics_met else 'NOT met'})"
    )
    if arguments.errors:
        print("\n".join(scores.errors))
    if arguments.json:
        print(json.dumps(as_json(scores)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
