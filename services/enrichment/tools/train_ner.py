"""Train the named-entity model of one language from ``training/{language}.jsonl``.

    python tools/train_ner.py de [--max-steps 4000] [--seed 0]

The training text was written and labelled for Inkstream (``training/README.md``): news
sentences with people (PERSON), organisations (ORG), places (PLACE) and events (EVENT)
marked by character offsets. A spaCy pipeline of the language's tokenizer, a CNN token
encoder (hash embeddings of the word, its prefix, suffix and shape) and a transition-
based entity recogniser is trained from scratch on it (a tenth is kept apart to pick the
best step) and written to ``inkstream_enrichment/models/{language}/``, where the service
loads it (``data/languages.json``). The evaluation sets in
``inkstream_enrichment/evaluation/languages/`` are never read here.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import tempfile
from pathlib import Path

import spacy
from spacy.cli.init_config import init_config
from spacy.cli.train import train
from spacy.tokens import DocBin

ROOT = Path(__file__).parents[1]
TRAINING = ROOT / "training"
MODELS = ROOT / "inkstream_enrichment" / "models"
LABELS = ("PERSON", "ORG", "PLACE", "EVENT")
DEV_SHARE = 0.1


def documents(language: str, lines: list[str]) -> DocBin:
    nlp = spacy.blank(language)
    bin_ = DocBin()
    for line in lines:
        item = json.loads(line)
        doc = nlp.make_doc(item["text"])
        spans = []
        for start, end, label in item["entities"]:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {item['text']!r}")
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.ents = spacy.util.filter_spans(spans)
        bin_.add(doc)
    return bin_


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("language")
    parser.add_argument("--max-steps", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--training",
        type=Path,
        action="append",
        help="default: training/{language}.jsonl and training/{language}_*.jsonl",
    )
    parser.add_argument("--output", type=Path, help="default: inkstream_enrichment/models/...")
    arguments = parser.parse_args()
    language = arguments.language
    sources = arguments.training or [
        TRAINING / f"{language}.jsonl",
        *sorted(TRAINING.glob(f"{language}_*.jsonl")),
    ]
    lines = [line for source in sources for line in source.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line.strip()]
    random.Random(arguments.seed).shuffle(lines)
    held = max(1, int(len(lines) * DEV_SHARE))
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        documents(language, lines[held:]).to_disk(work / "train.spacy")
        documents(language, lines[:held]).to_disk(work / "dev.spacy")
        config = init_config(lang=language, pipeline=["ner"], optimize="efficiency")
        config.to_disk(work / "config.cfg")
        train(
            work / "config.cfg",
            work / "output",
            overrides={
                "paths.train": str(work / "train.spacy"),
                "paths.dev": str(work / "dev.spacy"),
                "system.seed": arguments.seed,
                "training.max_steps": arguments.max_steps,
                "training.eval_frequency": 200,
                "training.patience": 1600,
            },
        )
        target = arguments.output or MODELS / language
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(work / "output" / "model-best", target)
    meta_path = target / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        name=f"inkstream_ner_{language}",
        description=f"Inkstream's {language} named-entity model, trained by tools/train_ner.py",
        license="the project's licence (trained only on text written for Inkstream)",
        author="Inkstream",
    )
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{language}: {len(lines) - held} training items, {held} kept apart -> {target}")


if __name__ == "__main__":
    main()
