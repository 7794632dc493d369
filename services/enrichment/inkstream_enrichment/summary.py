"""Extractive summaries: the article's own most informative sentences, in their order.

A sentence scores by how many of the article's frequent content words it carries (words
repeated across the article say what it is about), with a bonus for the lead, where
news puts what matters most. Works for any language with a stop-word list, and without
one it still works, a little worse.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection

DEFAULT_SUMMARY_SENTENCES = 3
DEFAULT_SUMMARY_MAX_WORDS = 90
_LEAD_BONUS = 0.35
_MIN_SENTENCE_WORDS = 5
_MAX_SENTENCE_WORDS = 60

_WORD = re.compile(r"\w+(?:['’-]\w+)*")
# A sentence ends at . ! ? or … followed by space and an opening capital, digit or quote;
# a few abbreviations ("Mr.", "U.S.", single initials) do not end one.
_SENTENCE_BOUNDARY = re.compile(r"(?<=[.!?…])[\"'”’»)]*\s+(?=[\"'“‘«(]?[A-ZÀ-ÖØ-Þ0-9])")
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|St|Jr|Sr|No|vs|etc|Inc|Ltd|Co|Corp)"
    r"|\b[A-Z]|\b(?:[A-Z]\.){1,3}[A-Z])\.$"
)
_PARAGRAPHS = re.compile(r"\n\s*\n")


def split_sentences(text: str) -> list[str]:
    """Sentences of plain text; paragraph breaks always end one."""
    sentences: list[str] = []
    for paragraph in _PARAGRAPHS.split(text):
        paragraph = " ".join(paragraph.split())
        if not paragraph:
            continue
        pending = ""
        for piece in _SENTENCE_BOUNDARY.split(paragraph):
            pending = f"{pending} {piece}" if pending else piece
            if not _ABBREVIATION_END.search(pending):
                sentences.append(pending)
                pending = ""
        if pending:
            sentences.append(pending)
    return sentences


def summarise(
    text: str,
    stop_words: Collection[str] = (),
    max_sentences: int = DEFAULT_SUMMARY_SENTENCES,
    max_words: int = DEFAULT_SUMMARY_MAX_WORDS,
) -> str:
    """Up to ``max_sentences`` of the text's most informative sentences, in reading order."""
    sentences = split_sentences(text)
    if not sentences:
        return ""
    words_of = [[word.casefold() for word in _WORD.findall(sentence)] for sentence in sentences]
    content = Counter(
        word
        for words in words_of
        for word in set(words)
        if word not in stop_words and len(word) > 2 and not word.isdigit()
    )
    most_frequent = max(content.values(), default=1)
    scores = []
    for index, words in enumerate(words_of):
        if not _MIN_SENTENCE_WORDS <= len(words) <= _MAX_SENTENCE_WORDS:
            scores.append(float("-inf") if index else 0.0)
            continue
        weight = sum(content[word] / most_frequent for word in set(words) if word in content)
        lead = _LEAD_BONUS * (1 - index / len(sentences))
        scores.append(weight / len(words) ** 0.5 + lead)
    ranked = sorted(range(len(sentences)), key=lambda index: -scores[index])
    chosen: list[int] = []
    words_used = 0
    for index in ranked:
        if len(chosen) == max_sentences or scores[index] == float("-inf"):
            break
        if chosen and words_used + len(words_of[index]) > max_words:
            continue
        chosen.append(index)
        words_used += len(words_of[index])
    return " ".join(sentences[index] for index in sorted(chosen))
