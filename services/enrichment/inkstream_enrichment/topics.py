"""IPTC Media Topics: which of the 17 top-level subjects an article is about, and when the
evidence is strong, which second-level ones.

Each topic is scored by how often the article uses words that are evidence for it: the
names of the topic and of its narrower topics in IPTC's vocabulary, and a newsroom's cue
words (``data/topic_cues.json``), each weighed by how rare it is in real news
(``data/evidence_frequencies.json``: "million" or "official" says less than "rebel" or
"pilgrimage"). Frequent, varied evidence gives a high score; the scores are then
compared across topics, so an article that is mostly about sport with a passing mention
of a minister is tagged sport alone.

Other languages have their own evidence: the topic names IPTC gives in that language and
a cue file per language (``data/topic_cues/{language}.json``). Their words are matched by
prefix (a cue is the stem that begins the word forms and compounds news uses: "streik"
finds "Streiks" and "Streikrecht", "élection" finds "élections"), since German and the
Nordic languages write compounds as one word.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any

from inkstream.contracts.events import Topic

VOCABULARY_RESOURCE = "data/mediatopics.json"
CUES_RESOURCE = "data/topic_cues.json"
LANGUAGE_CUES_DIRECTORY = "data/topic_cues"
FREQUENCIES_RESOURCE = "data/evidence_frequencies.json"
ENGLISH = "en"
# The vocabulary's name columns for languages it keys apart from their BCP 47 tag.
_VOCABULARY_NAME_KEYS = {"nb": "no", "nn": "no"}
_MIN_PREFIX = 4
_NAME_WORD_SEPARATORS = re.compile(r"[,;/()]|\s(?:and|und|og|och|et|y|e|en|i|o)\s")
_PREFIX_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")

_CUE_WEIGHT = 1.0
_NARROWER_NAME_WEIGHT = 0.6
_OWN_NAME_WEIGHT = 0.8
_MAX_COUNTED_OCCURRENCES = 6
# Scores are normalised to a 500-word article, so long articles do not win by length.
_REFERENCE_WORDS = 500
_MIN_TOP_LEVEL_SCORE = 1.5
_SECONDARY_SHARE = 0.45
_MAX_TOP_LEVEL_TOPICS = 3
_EVIDENCE_SCALE = 6.0
_MIN_SECOND_LEVEL_SCORE = 4.0
_SECOND_LEVEL_SHARE_OF_PARENT = 0.45
_MAX_SECOND_LEVEL_PER_PARENT = 2
_MAX_NGRAM = 3
# A phrase's weight is scaled by its inverse document frequency over this reference,
# within these bounds: a word in one news article of seven (idf 2) keeps its weight.
_REFERENCE_IDF = 2.0
_MIN_SPECIFICITY = 0.6
_MAX_SPECIFICITY = 1.5

_TOKEN = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_NAME_SEPARATORS = re.compile(r",|\band\b|\(|\)")
# Names in the vocabulary too general to count as evidence on their own.
_GENERIC_NAME_WORDS = frozenset(
    {"general", "other", "issue", "issues", "people", "information", "service", "services"}
)


@dataclass(frozen=True, slots=True)
class MediaTopic:
    qcode: str
    uri: str
    name: str
    level: int
    parent: str | None
    top_level: str
    names: Mapping[str, str] = field(default_factory=dict)
    """IPTC's name of the topic in other languages, by the vocabulary's language key."""

    def name_in(self, language: str) -> str:
        """The topic's name in ``language`` where IPTC gives one, else in English."""
        return self.names.get(_VOCABULARY_NAME_KEYS.get(language, language)) or self.name


Evidence = Mapping[str, Mapping[tuple[str, ...], float]]
"""Per topic qcode, the phrases that are evidence for it and their weight."""


@dataclass(frozen=True, slots=True)
class PrefixEvidence:
    """A language's evidence phrases, each word matched as the start of a word of the text."""

    evidence: Evidence
    phrases_by_first_word: Mapping[str, tuple[tuple[str, ...], ...]]

    @classmethod
    def of(cls, evidence: Evidence) -> PrefixEvidence:
        by_first: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for phrases in evidence.values():
            for phrase in phrases:
                by_first[phrase[0]].add(phrase)
        return cls(evidence, {word: tuple(sorted(found)) for word, found in by_first.items()})

    def counts(self, tokens: Sequence[str]) -> Counter[tuple[str, ...]]:
        """How often each phrase occurs in ``tokens``."""
        counts: Counter[tuple[str, ...]] = Counter()
        for position, token in enumerate(tokens):
            for first in _prefixes(token):
                for phrase in self.phrases_by_first_word.get(first, ()):
                    following = tokens[position + 1 : position + len(phrase)]
                    if len(following) == len(phrase) - 1 and all(
                        word.startswith(stem)
                        for word, stem in zip(following, phrase[1:], strict=True)
                    ):
                        counts[phrase] += 1
        return counts


def _prefixes(token: str) -> Iterable[str]:
    yield token
    yield from (token[:end] for end in range(_MIN_PREFIX, len(token)))


def prefix_tokens(text: str) -> list[str]:
    return _PREFIX_TOKEN.findall(text.casefold())


@dataclass(frozen=True, slots=True)
class TopicModel:
    """The vocabulary, the English evidence per topic, and other languages' evidence."""

    topics: Mapping[str, MediaTopic]
    evidence: Evidence
    languages: Mapping[str, PrefixEvidence] = field(default_factory=dict)

    @property
    def top_level(self) -> list[MediaTopic]:
        return [topic for topic in self.topics.values() if topic.level == 1]

    def children(self, qcode: str) -> list[MediaTopic]:
        return [topic for topic in self.topics.values() if topic.parent == qcode]


def stem(word: str) -> str:
    """A plural folded to its singular, roughly: enough to match "strikes" with "strike"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def terms_of(text: str) -> tuple[str, ...]:
    return tuple(stem(token) for token in _TOKEN.findall(text.casefold()))


def _name_phrases(name: str) -> list[tuple[str, ...]]:
    phrases = []
    for part in _NAME_SEPARATORS.split(name):
        terms = terms_of(part)
        if terms and not (len(terms) == 1 and terms[0] in _GENERIC_NAME_WORDS):
            phrases.append(terms)
    return phrases


def evidence_phrase_key(phrase: tuple[str, ...]) -> str:
    return " ".join(phrase)


def _specificity(phrase: tuple[str, ...], frequencies: Mapping[str, Any] | None) -> float:
    """How much a phrase says about a topic, from how rarely news articles use it."""
    if frequencies is None:
        return 1.0
    documents = frequencies["documents"]
    found_in = frequencies["document_frequency"].get(evidence_phrase_key(phrase), 0)
    idf = math.log((documents + 1) / (found_in + 1))
    return min(_MAX_SPECIFICITY, max(_MIN_SPECIFICITY, idf / _REFERENCE_IDF))


def build_topic_model(
    vocabulary: Mapping[str, Any],
    cues: Mapping[str, Sequence[str]],
    frequencies: Mapping[str, Any] | None = None,
) -> TopicModel:
    """The topic model from IPTC's vocabulary, the cue words and (when given) the phrases'
    document frequencies in news, all as loaded from JSON."""
    raw_topics = {entry["qcode"]: entry for entry in vocabulary["topics"]}

    def top_level_of(qcode: str) -> str:
        while raw_topics[qcode]["parent"]:
            qcode = raw_topics[qcode]["parent"]
        return qcode

    topics = {
        qcode: MediaTopic(
            qcode=qcode,
            uri=entry["uri"],
            name=entry["name"],
            level=entry["level"],
            parent=entry["parent"],
            top_level=top_level_of(qcode),
            names=entry.get("names", {}),
        )
        for qcode, entry in raw_topics.items()
    }
    evidence: dict[str, dict[tuple[str, ...], float]] = defaultdict(dict)

    def add(qcode: str, phrase: tuple[str, ...], weight: float) -> None:
        evidence[qcode][phrase] = max(weight, evidence[qcode].get(phrase, 0.0))

    for topic in topics.values():
        for phrase in _name_phrases(topic.name):
            add(topic.qcode, phrase, _OWN_NAME_WEIGHT)
            ancestor = topic.parent
            while ancestor is not None:
                add(ancestor, phrase, _NARROWER_NAME_WEIGHT)
                ancestor = topics[ancestor].parent
    for qcode, words in cues.items():
        if qcode not in topics:
            raise ValueError(f"cue list for unknown topic {qcode}")
        for word in words:
            add(qcode, terms_of(word), _CUE_WEIGHT)
    return TopicModel(
        topics=topics,
        evidence={
            qcode: {
                phrase: weight * _specificity(phrase, frequencies)
                for phrase, weight in phrases.items()
            }
            for qcode, phrases in evidence.items()
        },
    )


def _name_words(name: str) -> list[tuple[str, ...]]:
    phrases = []
    for part in _NAME_WORD_SEPARATORS.split(f" {name.casefold()} "):
        words = tuple(word for word in prefix_tokens(part) if len(word) >= _MIN_PREFIX)
        if words:
            phrases.append(words)
    return phrases


def build_language_evidence(
    language: str, vocabulary: Mapping[str, Any], cues: Mapping[str, Sequence[str]]
) -> PrefixEvidence:
    """Evidence of one language: IPTC's topic names in it, and its cue words."""
    topics = {entry["qcode"]: entry for entry in vocabulary["topics"]}
    name_key = _VOCABULARY_NAME_KEYS.get(language, language)
    evidence: dict[str, dict[tuple[str, ...], float]] = defaultdict(dict)

    def add(qcode: str, phrase: tuple[str, ...], weight: float) -> None:
        evidence[qcode][phrase] = max(weight, evidence[qcode].get(phrase, 0.0))

    for qcode, entry in topics.items():
        for phrase in _name_words(entry.get("names", {}).get(name_key, "")):
            add(qcode, phrase, _OWN_NAME_WEIGHT)
            ancestor = entry["parent"]
            while ancestor is not None:
                add(ancestor, phrase, _NARROWER_NAME_WEIGHT)
                ancestor = topics[ancestor]["parent"]
    for qcode, words in cues.items():
        if qcode not in topics:
            raise ValueError(f"{language} cue list for unknown topic {qcode}")
        for cue in words:
            phrase = tuple(prefix_tokens(cue))
            if phrase:
                add(qcode, phrase, _CUE_WEIGHT)
    return PrefixEvidence.of(evidence)


def load_topic_model(with_frequencies: bool = True) -> TopicModel:
    """The model from the vocabulary, cue and frequency files inside this package."""
    package = files(__package__ or "inkstream_enrichment")

    def load(resource: str) -> Any:
        return json.loads(package.joinpath(resource).read_text(encoding="utf-8"))

    frequencies = load(FREQUENCIES_RESOURCE) if with_frequencies else None
    vocabulary = load(VOCABULARY_RESOURCE)
    english = build_topic_model(vocabulary, load(CUES_RESOURCE)["cues"], frequencies)
    languages = {
        cue_file.name.removesuffix(".json"): build_language_evidence(
            cue_file.name.removesuffix(".json"),
            vocabulary,
            json.loads(cue_file.read_text(encoding="utf-8"))["cues"],
        )
        for cue_file in package.joinpath(LANGUAGE_CUES_DIRECTORY).iterdir()
        if cue_file.name.endswith(".json")
    }
    return TopicModel(english.topics, english.evidence, languages)


def ngram_counts(terms: Sequence[str]) -> Counter[tuple[str, ...]]:
    counts: Counter[tuple[str, ...]] = Counter()
    for size in range(1, _MAX_NGRAM + 1):
        for start in range(len(terms) - size + 1):
            counts[tuple(terms[start : start + size])] += 1
    return counts


def _score(evidence: Mapping[tuple[str, ...], float], counts: Counter[tuple[str, ...]]) -> float:
    return sum(
        weight * math.log1p(min(counts[phrase], _MAX_COUNTED_OCCURRENCES))
        for phrase, weight in evidence.items()
        if phrase in counts
    )


def _confidence(score: float, share_of_best: float) -> float:
    return round((1 - math.exp(-score / _EVIDENCE_SCALE)) * share_of_best, 3)


def _evidence_in(
    model: TopicModel, text: str, language: str
) -> tuple[Evidence, Counter[tuple[str, ...]], int] | None:
    """The evidence of ``language``, what of it ``text`` holds, and how many words it has."""
    if language == ENGLISH:
        terms = terms_of(text)
        return model.evidence, ngram_counts(terms), len(terms)
    prefix_evidence = model.languages.get(language)
    if prefix_evidence is None:
        return None
    tokens = prefix_tokens(text)
    return prefix_evidence.evidence, prefix_evidence.counts(tokens), len(tokens)


def classify(model: TopicModel, text: str, language: str | None = ENGLISH) -> list[Topic]:
    """Top-level topics of ``text`` (and strong second-level ones), most confident first.

    ``language`` is the pipeline language (``languages.pipeline_language``); a language
    without evidence gets no topics rather than guesses.
    """
    found = _evidence_in(model, text, language or ENGLISH)
    if found is None or not found[2]:
        return []
    evidence, counts, word_count = found
    length_factor = min(1.0, _REFERENCE_WORDS / word_count) ** 0.5
    scores = {
        topic.qcode: _score(evidence.get(topic.qcode, {}), counts) * length_factor
        for topic in model.top_level
    }
    best = max(scores.values())
    if best < _MIN_TOP_LEVEL_SCORE:
        return []
    chosen = sorted(
        (qcode for qcode, score in scores.items() if score >= _SECONDARY_SHARE * best),
        key=lambda qcode: -scores[qcode],
    )[:_MAX_TOP_LEVEL_TOPICS]
    result: list[Topic] = []
    for qcode in chosen:
        confidence = _confidence(scores[qcode], scores[qcode] / best)
        result.append(_topic(model.topics[qcode], confidence, language or ENGLISH))
        result.extend(
            _second_level(
                model,
                evidence,
                qcode,
                scores[qcode],
                confidence,
                counts,
                length_factor,
                language or ENGLISH,
            )
        )
    return result


def _second_level(
    model: TopicModel,
    evidence: Evidence,
    parent: str,
    parent_score: float,
    parent_confidence: float,
    counts: Counter[tuple[str, ...]],
    length_factor: float,
    language: str,
) -> Iterable[Topic]:
    scored = sorted(
        (
            (_score(evidence.get(child.qcode, {}), counts) * length_factor, child)
            for child in model.children(parent)
        ),
        key=lambda pair: -pair[0],
    )
    for score, child in scored[:_MAX_SECOND_LEVEL_PER_PARENT]:
        if (
            score >= _MIN_SECOND_LEVEL_SCORE
            and score >= _SECOND_LEVEL_SHARE_OF_PARENT * parent_score
        ):
            yield _topic(
                child, round(parent_confidence * min(1.0, score / parent_score), 3), language
            )


def _topic(topic: MediaTopic, confidence: float, language: str) -> Topic:
    return Topic(
        qcode=topic.qcode,
        name=topic.name_in(language),
        uri=topic.uri,
        level=topic.level,
        confidence=max(0.0, min(1.0, confidence)),
    )
