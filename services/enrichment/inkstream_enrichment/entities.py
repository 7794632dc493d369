"""Named entities: mentions found by the NER model, cleaned, merged and scored.

The model labels each mention on its own; an editor thinks in entities. So mentions
are cleaned ("the Kremlin" is "Kremlin", "Russia's" is "Russia"), noise is dropped,
a surname alone joins the full name it abbreviates ("Stoltenberg" is "Jens
Stoltenberg"), an acronym joins the name it stands for when the article spells both,
and each entity gets a relevance (how central it is) and a confidence (how likely the
extraction is right) from how it is mentioned.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from importlib.resources import files
from typing import Any, Literal

from inkstream.contracts.events import Entity
from inkstream_enrichment.analysis import stop_words
from inkstream_enrichment.places import Gazetteer

EntityKind = Literal["person", "organisation", "place", "event"]

# spaCy's OntoNotes labels; NORP (nationalities, groups), dates and numbers are not entities
# an editor tags.
KIND_OF_LABEL: dict[str, EntityKind] = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "EVENT": "event",
}
_LABEL_OF_KIND: dict[EntityKind, str] = {
    "person": "PERSON",
    "organisation": "ORG",
    "place": "LOC",
    "event": "EVENT",
}

_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
# One space, maybe after the apostrophe of a plural ("Ceylon Workers' Congress"), but
# not after a singular possessive ("Britain's Keir Starmer").
_BETWEEN_PARTS_OF_A_NAME = re.compile(r"(?:(?<=s)['’])? ")
_SINGULAR_POSSESSIVE = re.compile(r"['’]s$")
# "Senegal 2-1": a sports score the model ran into the name.
_TRAILING_SCORE = re.compile(r"\s+\d+\s*[-–:]\s*\d+$")
_POSSESSIVE = re.compile(r"['’]s?$")
_EDGE_PUNCTUATION = "\"'“”‘’«»()[]{}.,;:!?-–—*"
_WHITESPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w[\w-]*")
_MAX_NAME_WORDS = 8
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "prof", "president", "king"})
_TITLES_NOT_IN_NAMES = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "professor", "archbishop", "bishop", "cardinal",
        "rabbi", "imam", "sheikh", "reverend", "rev", "father", "judge", "justice",
        "general", "gen", "colonel", "col", "captain", "capt", "major", "lieutenant",
        "sergeant", "senator", "sen", "governor", "gov", "mayor", "president", "minister",
        "chancellor", "secretary", "ambassador", "commissioner", "coach", "inspector",
        "detective", "chief", "premier", "speaker", "councillor", "lawyer",
    }
)  # fmt: skip
_NAME_PARTICLES = frozenset(
    {
        "de", "da", "das", "do", "dos", "del", "della", "di", "du", "van", "von", "der",
        "den", "ter", "ten", "zu", "al", "el", "bin", "ibn", "bint", "le", "la", "ben",
    }
)  # fmt: skip
# Abbreviations the model likes to call organisations that name no one.
_NOT_ENTITIES = frozenset(
    {"ai", "ceo", "cfo", "gdp", "covid", "covid-19", "tv", "pm", "am", "id", "it", "pc", "vat"}
)
# Adjectives of nationality that the model sometimes labels as places ("Ukrainian").
_DEMONYM_ENDINGS = ("ian", "ese", "ish")

# Relevance weighs how often, how early, and whether the headline names the entity.
_RELEVANCE_MENTION_WEIGHT = 0.5
_RELEVANCE_POSITION_WEIGHT = 0.3
_RELEVANCE_HEADLINE_WEIGHT = 0.2

# A one-word person named once, and never in full, is more often a mislabelled place or
# word ("Kyiv", "Wildfires") than a person: news introduces people by their full name.
_LONE_SURNAME_CONFIDENCE = 0.35
# The last word of a name often says what it names, whatever the model guessed.
_PLACE_HEADS = frozenset(
    {
        "airport", "stadium", "arena", "mosque", "cathedral", "church", "temple", "crater",
        "river", "lake", "mountain", "mountains", "sea", "ocean", "bay", "island", "islands",
        "valley", "square", "street", "bridge", "province", "county", "peninsula", "desert",
        "coast", "strait", "gulf", "canal", "park", "palace", "station", "harbour", "port",
    }
)  # fmt: skip
_ORGANISATION_HEADS = frozenset(
    {
        "university", "college", "school", "association", "union", "party", "ministry",
        "department", "commission", "council", "committee", "bank", "agency", "authority",
        "institute", "institution", "foundation", "company", "corporation", "corp", "inc",
        "ltd", "group", "railways", "airlines", "airways", "office", "court", "society",
        "museum", "organization", "organisation", "fund", "programme", "program", "service",
        "services", "federation", "league", "club", "team", "police", "army", "forces",
        "administration", "assembly", "parliament", "congress", "senate", "board", "trust",
        "limited", "plc", "llc", "holdings", "energy", "mining", "motors", "industries",
        "technologies", "systems", "pharmaceuticals", "telecom", "petroleum", "oil",
        "insurance", "investments", "partners", "capital", "media", "network", "broadcasting",
        "press", "foods", "steel", "resorts", "laboratory", "laboratories", "hospital",
        "clinic", "observatory", "tribunal", "movement", "alliance", "front", "coalition",
        "brigade", "brigades", "directorate", "secretariat", "centre", "center", "unit",
    }
)  # fmt: skip
_EVENT_HEADS = frozenset(
    {
        "festival", "olympics", "games", "championship", "championships", "cup", "summit",
        "conference", "war", "marathon", "expo", "biennale", "grand prix", "tour",
    }
)  # fmt: skip
# "in Kisumu", "from the Seine", "the capital Lusaka", "northern Mozambique": what follows
# is more likely a place than anything else.
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|from|near|to|into|outside|across|around|towards|via|through|capital|"
    r"(?:north|south|east|west)(?:ern)?|central|neighbouring|neighboring)"
    r"\s+(?:the\s+)?$"
)
# Abbreviations news uses for countries; any other name in capitals is an organisation's.
_PLACE_ACRONYMS = frozenset({"US", "USA", "UK", "UAE", "DRC", "PRC", "ROK", "DPRK", "CAR"})
_PLACE_PREFIXES = frozenset({"mount", "mt", "lake", "cape", "isle"})
_EVENT_PREFIXES = frozenset({"cyclone", "hurricane", "typhoon", "storm", "tropical", "copa"})
_COORDINATION = re.compile(r"^\s*(?:,|,?\s*and|,?\s*or)\s+(?:the\s+)?$")
_TITLE_BEFORE = re.compile(
    r"(?:Pope|President|Prime Minister|Minister|Chancellor|King|Queen|Prince|Princess|"
    r"Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame|Governor|Senator|General|Judge|Secretary|Mayor)\s+$"
)
# Confidence: a single mention is right about four times in five on news text (the
# evaluation set's precision for one-mention entities); repeated, consistently labelled
# mentions are almost always right.
_SINGLE_MENTION_CONFIDENCE = 0.75
_REPEATED_MENTION_CONFIDENCE = 0.97
_MULTI_WORD_BONUS = 0.05
MIN_CONFIDENCE = 0.5
NAME_RULES_DIRECTORY = "data/name_rules"
_GETTEXT_LANGUAGES = {"nn": "nb", "no": "nb"}


@dataclass(frozen=True)
class NameRules:
    """How a language writes names: what to cut off them, and which words give their kind.

    The defaults are English's. Other languages' rules are data files
    (``data/name_rules/{language}.json``).
    """

    leading_words: frozenset[str] = frozenset({"the"})
    """Articles and prepositions a span may start with that are no part of the name."""
    elided_prefixes: tuple[str, ...] = ()
    """Elided articles glued to a name ("l'", "d'")."""
    trim_lowercase_edges: bool = True
    """Whether lower-case words at either end are cut ("goalkeeper X", "Yunnan province");
    off where names hold lower-case words ("Office fédéral de l'environnement")."""
    titles: frozenset[str] = _TITLES_NOT_IN_NAMES
    organisation_heads: frozenset[str] = _ORGANISATION_HEADS
    place_heads: frozenset[str] = _PLACE_HEADS
    event_heads: frozenset[str] = _EVENT_HEADS
    organisation_suffixes: tuple[str, ...] = ()
    place_suffixes: tuple[str, ...] = ()
    event_suffixes: tuple[str, ...] = ()
    not_entities: frozenset[str] = _NOT_ENTITIES
    """Capitalised words the model takes for names that name no one ("Gobierno", "AI")."""
    name_forms: Mapping[str, str] = field(default_factory=dict)
    """Inflected forms news writes for a name, case folded, and the name ("grünen" ->
    "Grüne", "vereinigten staaten" -> "Vereinigte Staaten")."""
    stop_words: frozenset[str] = frozenset()
    """The language's function words: alone they name nothing ("Vi", "Dette" at the start
    of a quote), and leading a name they are cut ("Også Universitetet i Bergen")."""
    heads_anywhere: bool = False
    """Whether any word of a name may be its head ("Université libre de Bruxelles",
    "Technische Universität München"), not only the last (and the first before "of")."""


ENGLISH_NAME_RULES = NameRules()


def name_rules_from(raw: dict[str, Any]) -> NameRules:
    """Rules from a ``data/name_rules`` file (lists of words, case folded)."""

    def words(key: str) -> frozenset[str]:
        return frozenset(word.casefold() for word in raw.get(key, []))

    def endings(key: str) -> tuple[str, ...]:
        return tuple(word.casefold() for word in raw.get(key, []))

    return NameRules(
        leading_words=words("leading_words"),
        elided_prefixes=endings("elided_prefixes"),
        trim_lowercase_edges=bool(raw.get("trim_lowercase_edges", False)),
        titles=words("titles"),
        organisation_heads=words("organisation_heads"),
        place_heads=words("place_heads"),
        event_heads=words("event_heads"),
        organisation_suffixes=endings("organisation_suffixes"),
        place_suffixes=endings("place_suffixes"),
        event_suffixes=endings("event_suffixes"),
        not_entities=words("not_entities"),
        name_forms={form.casefold(): name for form, name in raw.get("name_forms", {}).items()},
        stop_words=frozenset(raw.get("stop_words", [])),
        heads_anywhere=bool(raw.get("heads_anywhere", True)),
    )


@cache
def country_names(language: str) -> frozenset[str]:
    """The names of the world's countries in ``language`` (ISO 3166, from pycountry)."""
    import gettext

    import pycountry

    try:
        translation = gettext.translation(
            "iso3166-1",
            pycountry.LOCALES_DIR,
            languages=[_GETTEXT_LANGUAGES.get(language, language)],
        )
    except OSError:
        return frozenset()
    return frozenset(translation.gettext(country.name) for country in pycountry.countries)


@cache
def name_rules(language: str) -> NameRules:
    """The name rules of ``language``; English's where it has no file."""
    resource = files("inkstream_enrichment").joinpath(f"{NAME_RULES_DIRECTORY}/{language}.json")
    if language == "en" or not resource.is_file():
        return ENGLISH_NAME_RULES
    raw = json.loads(resource.read_text(encoding="utf-8"))
    return name_rules_from({"stop_words": sorted(stop_words(language)), **raw})


@dataclass(frozen=True, slots=True)
class Mention:
    """One stretch of text the model labelled, with where it starts."""

    text: str
    label: str
    start: int
    sentence_start: bool = False
    after_title: bool = False
    after_locative: bool = False


@dataclass(slots=True)
class _Group:
    name: str
    labels: Counter[str]
    mentions: int
    first_start: int
    multi_word: bool
    after_title: bool
    after_locative: bool
    known_place: bool
    known_region: bool
    named_as_person_by_surname: bool = False
    head_kind: EntityKind | None = None


def clean_name(text: str, rules: NameRules = ENGLISH_NAME_RULES) -> str:
    """The mention as a name: one line, no leading "the" or other lower-case word
    ("goalkeeper Yassine Bounou", but "de Vries" keeps its particle), no trailing one
    ("Yunnan province"), no possessive or stray punctuation.

    Where ``rules`` keep lower-case edges (French, German, ...), only the language's
    leading articles and prepositions are cut ("la Meuse", "du Valais", "l'Élysée").
    """
    name = _WHITESPACE.sub(" ", text).strip().strip(_EDGE_PUNCTUATION).strip()
    if not rules.trim_lowercase_edges:
        name = _cut_leading_words(name, rules)
        return rules.name_forms.get(name.casefold(), name)
    name = _LEADING_ARTICLE.sub("", name)
    words = name.split(" ")
    while len(words) > 1 and words[0].islower() and words[0] not in _NAME_PARTICLES:
        words.pop(0)
    while len(words) > 1 and words[-1].islower():
        words.pop()
    name = _TRAILING_SCORE.sub("", " ".join(words))
    return _POSSESSIVE.sub("", name).strip().strip(_EDGE_PUNCTUATION).strip()


def _cut_leading_words(name: str, rules: NameRules) -> str:
    words = name.split(" ")
    changed = True
    while changed and words:
        changed = False
        first = words[0].casefold()
        if len(words) > 1 and (
            first in rules.leading_words or (first in rules.stop_words and words[1][:1].isupper())
        ):
            words.pop(0)
            changed = True
            continue
        first = words[0].casefold().replace("’", "'")
        for prefix in rules.elided_prefixes:
            if first.startswith(prefix) and len(first) > len(prefix) + 1:
                words[0] = words[0][len(prefix) :]
                changed = True
                break
    return " ".join(words).strip().strip(_EDGE_PUNCTUATION).strip()


def strip_title(name: str, titles: frozenset[str] = _TITLES_NOT_IN_NAMES) -> tuple[str, bool]:
    """A person's name without the title it was written with ("Archbishop Tadeusz Wojda").

    Royal and papal titles stay: "Pope Francis" and "King Charles" are how news names them.
    """
    words = name.split(" ")
    if len(words) > 2 and words[0].casefold().rstrip(".") in titles:
        return " ".join(words[1:]), True
    return name, False


def _is_plausible_name(name: str, mention: Mention, lowercase_words: frozenset[str]) -> bool:
    words = name.split()
    if not words or len(words) > _MAX_NAME_WORDS or name.casefold() in _NOT_ENTITIES:
        return False
    characters = [character for character in name if character.isalnum()]
    if len(characters) < 2 or not any(character.isupper() for character in characters):
        return False
    if len(words) == 1 and mention.label in ("GPE", "LOC") and name.endswith(_DEMONYM_ENDINGS):
        return False
    # A capitalised sentence opener, or a lone capitalised word the model took for an
    # organisation ("Education" of "the Education Ministry"), that the article also uses
    # as an ordinary word ("the wildfires", "education") is not a name.
    return not (
        len(words) == 1
        and (mention.sentence_start or mention.label == "ORG")
        and name.casefold() in lowercase_words
    )


def _key(name: str) -> str:
    return name.casefold()


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[0].isupper())


def _person_tail_keys(name: str) -> list[str]:
    """Shorter forms a full name is referred to by: the surname, the last two words."""
    words = [word for word in name.split() if word.casefold().rstrip(".") not in _HONORIFICS]
    return [_key(" ".join(words[index:])) for index in range(1, len(words))]


def lowercase_words_of(text: str) -> frozenset[str]:
    """Words written in lower case somewhere in ``text``: ordinary words, not names."""
    return frozenset(word for word in _WORD.findall(text) if word.islower())


def merge_mentions(
    mentions: Iterable[Mention],
    headline: str = "",
    text_length: int = 0,
    lowercase_words: frozenset[str] = frozenset(),
    gazetteer: Gazetteer | None = None,
    rules: NameRules = ENGLISH_NAME_RULES,
) -> list[Entity]:
    """Entities from mentions: cleaned, merged and scored, most relevant first.

    ``lowercase_words`` (see ``lowercase_words_of``) lets capitalised sentence openers that
    are ordinary words be told apart from names; the ``gazetteer`` (see
    ``places.load_gazetteer``) lets known places the model mislabelled be corrected.
    """
    gazetteer = gazetteer or Gazetteer()
    groups: dict[str, _Group] = {}
    for mention in mentions:
        if mention.label == "NORP":
            mention = _nationality_that_is_a_name(mention, gazetteer)
        if mention.label not in KIND_OF_LABEL:
            continue
        for part in _split_list(mention):
            _add_mention(groups, part, lowercase_words, gazetteer, rules)
    _merge_short_forms(groups)
    return _scored(groups.values(), headline, text_length)


def _nationality_that_is_a_name(mention: Mention, gazetteer: Gazetteer) -> Mention:
    """A known place ("Maharashtra") or a name whose head says what it is ("Lake
    Tanganyika", "Mount Penteli") that the model labelled a nationality or group."""
    name = clean_name(mention.text)
    if gazetteer.is_place(name):
        return replace(mention, label="GPE")
    kind = kind_from_head(name)
    return replace(mention, label=_LABEL_OF_KIND[kind]) if kind else mention


def _split_list(mention: Mention) -> list[Mention]:
    """A span the model ran across a list as one mention per item.

    Commas always separate ("Mombasa, Kisumu"); "and" only where each side names its own
    kind ("University of Kent and Cardiff University", not "Bosnia and Herzegovina").
    """
    pieces = mention.text.split(", ")
    if len(pieces) == 1:
        halves = mention.text.split(" and ")
        if len(halves) == 2 and all(kind_from_head(clean_name(half)) for half in halves):
            pieces = halves
    if len(pieces) == 1:
        return [mention]
    parts = []
    offset = 0
    for piece in pieces:
        offset = mention.text.find(piece, offset)
        parts.append(
            replace(
                mention,
                text=piece,
                start=mention.start + offset,
                sentence_start=mention.sentence_start and not offset,
                after_title=mention.after_title and not offset,
            )
        )
        offset += len(piece)
    return parts


def _add_mention(
    groups: dict[str, _Group],
    mention: Mention,
    lowercase_words: frozenset[str],
    gazetteer: Gazetteer,
    rules: NameRules = ENGLISH_NAME_RULES,
) -> None:
    name = clean_name(mention.text, rules)
    if mention.label == "PERSON":
        name, titled = strip_title(name, rules.titles)
        mention = replace(mention, after_title=mention.after_title or titled)
    folded = name.casefold()
    if (
        folded in rules.not_entities
        or folded in rules.stop_words
        or not _is_plausible_name(name, mention, lowercase_words)
    ):
        return
    key = _key(name)
    group = groups.get(key)
    if group is None:
        groups[key] = _Group(
            name,
            Counter({mention.label: 1}),
            1,
            mention.start,
            multi_word=" " in name or mention.after_title,
            after_title=mention.after_title,
            after_locative=mention.after_locative,
            known_place=gazetteer.is_place(name),
            known_region=gazetteer.is_region(name),
            head_kind=kind_from_head(name, rules),
        )
        return
    group.labels[mention.label] += 1
    group.mentions += 1
    group.first_start = min(group.first_start, mention.start)
    group.multi_word = group.multi_word or mention.after_title
    group.after_title = group.after_title or mention.after_title
    group.after_locative = group.after_locative or mention.after_locative


def kind_from_head(name: str, rules: NameRules = ENGLISH_NAME_RULES) -> EntityKind | None:
    """The kind a multi-word name's head word gives away.

    The last word ("... Airport", "... University"), the first before "of"
    ("University of Kent", "Gulf of Mexico"), or a first word that says it ("Lake
    Tanganyika", "Mount Penteli", "Cyclone Fina"). Where ``rules.heads_anywhere``, any
    word, and any word ending as the language's heads do ("Bundesamt", "Utrikesdepartementet").
    """
    words = name.casefold().split()
    if rules.heads_anywhere:
        return _kind_from_any_word(words, rules)
    if len(words) < 2:
        return None
    if words[0] in _EVENT_PREFIXES:
        return "event"
    if words[0] in _PLACE_PREFIXES:
        return "place"
    heads = [words[-1], words[0]] if len(words) > 2 and words[1] == "of" else [words[-1]]
    for head in heads:
        if head in _ORGANISATION_HEADS:
            return "organisation"
        if head in _PLACE_HEADS:
            return "place"
        if head in _EVENT_HEADS:
            return "event"
    return None


def _kind_from_any_word(words: Sequence[str], rules: NameRules) -> EntityKind | None:
    kinds: tuple[tuple[EntityKind, frozenset[str], tuple[str, ...]], ...] = (
        ("event", rules.event_heads, rules.event_suffixes),
        ("organisation", rules.organisation_heads, rules.organisation_suffixes),
        ("place", rules.place_heads, rules.place_suffixes),
    )
    for kind, heads, suffixes in kinds:
        for word in words:
            if word in heads or (
                suffixes and any(word.endswith(s) and len(word) > len(s) for s in suffixes)
            ):
                return kind
    return None


def _kind_of(group: _Group) -> tuple[EntityKind, bool]:
    """The group's kind, and whether evidence beyond the model's labels settled it.

    The head word comes first; then a known place the model called a person (not after
    a title: "President Jackson"), a known country or region it called an organisation,
    or a known city it called an organisation where a place stands ("in Nice"); a name
    whose surname alone the model called a person is a person; an abbreviation it called
    a place or person ("CERN", "G42") is an organisation; then the model's majority label.
    """
    from_head = group.head_kind
    if from_head is not None:
        return from_head, True
    votes: Counter[EntityKind] = Counter()
    for label, count in group.labels.items():
        votes[KIND_OF_LABEL[label]] += count
    voted = votes.most_common(1)[0][0]
    if group.named_as_person_by_surname and voted != "person":
        return "person", True
    if voted in ("place", "person") and _is_acronym(group.name):
        return "organisation", True
    if group.known_place and (
        voted == "place"
        or (voted == "person" and not group.after_title)
        or (voted == "organisation" and (group.known_region or group.after_locative))
    ):
        return "place", True
    return voted, False


def _may_be_person(group: _Group, groups: dict[str, _Group]) -> bool:
    """Labelled a person, or a full name whose surname alone is labelled a person.

    The model sometimes calls "Chidera Okafor" a place and then "Okafor" a person.
    """
    if "PERSON" in group.labels:
        return True
    if not group.multi_word or group.known_place or group.head_kind:
        return False
    surname = groups.get(_key(group.name.split()[-1]))
    return surname is not None and surname is not group and "PERSON" in surname.labels


def _is_acronym(name: str) -> bool:
    """An abbreviation in capitals ("CERN", "M23") that does not name a country ("USA")."""
    return (
        len(name) >= 2
        and " " not in name
        and name.isupper()
        and name.isalnum()
        and name not in _PLACE_ACRONYMS
    )


def _merge_short_forms(groups: dict[str, _Group]) -> None:
    """Fold surname-only mentions into full names and acronyms into spelled-out names."""
    people = [group for group in groups.values() if _may_be_person(group, groups)]
    person_ids = {id(person) for person in people}
    targets: dict[str, list[_Group]] = defaultdict(list)
    for person in people:
        if person.multi_word:
            for tail in _person_tail_keys(person.name):
                targets[tail].append(person)
    organisations = [group for group in groups.values() if _kind_of(group)[0] == "organisation"]
    for organisation in organisations:
        if not organisation.multi_word:
            continue
        initials = _initials(organisation.name)
        if len(initials) >= 2:
            targets[_key(initials)].append(organisation)
        # "Bayern" for "Bayern Munich", but not the place "Taiwan" for "Taiwan Semiconductor"
        first_word = _key(organisation.name.split()[0])
        alone = groups.get(first_word)
        if alone is None or _kind_label(alone) not in ("GPE", "LOC"):
            targets[first_word].append(organisation)
    for key in list(groups):
        group = groups[key]
        candidates = [target for target in targets.get(key, []) if target is not group]
        # Two people sharing a surname ("Ed and David Miliband") leave the surname alone.
        if len({id(candidate) for candidate in candidates}) != 1:
            continue
        full = candidates[0]
        full.named_as_person_by_surname |= id(full) in person_ids and "PERSON" in group.labels
        # The short form is the full entity's kind, whatever the model called it alone.
        full.labels[_kind_label(full)] += group.mentions
        full.mentions += group.mentions
        full.first_start = min(full.first_start, group.first_start)
        del groups[key]


def follows_title(text: str, start: int) -> bool:
    """Whether a title ("President", "Pope", "Mr") stands just before ``start`` in ``text``."""
    return bool(_TITLE_BEFORE.search(text[max(0, start - 20) : start]))


def follows_locative(text: str, start: int) -> bool:
    """Whether a preposition of place ("in", "from", "near the") stands just before ``start``."""
    return bool(_LOCATIVE_BEFORE.search(text[max(0, start - 16) : start]))


def fold_genitives(
    mentions: Sequence[Mention], suffix: str, known: Iterable[str] = ()
) -> list[Mention]:
    """Names written in the genitive ("Merkels", "Norges", "Støres") as the text names
    them elsewhere ("Merkel", "Jonas Gahr Støre"), or as a ``known`` name is written
    ("Norge", "Deutschland")."""
    named = {name.casefold(): name for name in known}
    named.update({mention.text.casefold(): mention.text for mention in mentions})
    last_words = {
        mention.text.split()[-1].casefold() for mention in mentions if mention.text.split()
    }
    folded = []
    for mention in mentions:
        stem = mention.text.removesuffix(suffix)
        if stem != mention.text and len(stem) > 1:
            if stem.casefold() in named:
                mention = replace(mention, text=named[stem.casefold()])
            elif stem.split()[-1].casefold() in last_words:
                mention = replace(mention, text=stem)
        folded.append(mention)
    return folded


def joined_when_adjacent(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Two mentions with only a space between them as the one name the model split.

    "Samia Suluhu" + "Hassan", "Ceylon Workers" + "Congress". The first one's label is
    kept, unless it only named a place or a nationality ("Kenya" + "Airways").
    """
    joined: list[Mention] = []
    for mention in sorted(mentions, key=lambda mention: mention.start):
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.label in KIND_OF_LABEL
            and mention.label in KIND_OF_LABEL
            and _BETWEEN_PARTS_OF_A_NAME.fullmatch(
                text, previous.start + len(previous.text), mention.start
            )
            and not _SINGULAR_POSSESSIVE.search(previous.text)
        ):
            label = mention.label if previous.label in ("GPE", "LOC") else previous.label
            joined[-1] = replace(previous, text=f"{previous.text} {mention.text}", label=label)
            continue
        joined.append(mention)
    return joined


def coordinated_with_places(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Mentions listed after one in a place's position share it.

    In "in Casablanca, Marrakech and Tangier" all three stand where places stand.
    """
    coordinated: list[Mention] = []
    for mention in sorted(mentions, key=lambda mention: mention.start):
        if coordinated and not mention.after_locative:
            previous = coordinated[-1]
            between = text[previous.start + len(previous.text) : mention.start]
            if previous.after_locative and _COORDINATION.match(between):
                mention = replace(mention, after_locative=True)
        coordinated.append(mention)
    return coordinated


def _kind_label(group: _Group) -> str:
    return group.labels.most_common(1)[0][0]


def _scored(groups: Iterable[_Group], headline: str, text_length: int) -> list[Entity]:
    groups = list(groups)
    if not groups:
        return []
    most_mentions = max(group.mentions for group in groups)
    length = max(text_length, max(group.first_start for group in groups) + 1)
    headline_key = headline.casefold()
    entities = []
    for group in groups:
        kind, settled_beyond_labels = _kind_of(group)
        agreement = (
            1.0
            if settled_beyond_labels
            else sum(count for label, count in group.labels.items() if KIND_OF_LABEL[label] == kind)
            / sum(group.labels.values())
        )
        confidence = _confidence(group, kind, agreement)
        if confidence < MIN_CONFIDENCE:
            continue
        in_headline = bool(headline_key) and _mentioned_in(group.name, headline_key)
        relevance = (
            _RELEVANCE_MENTION_WEIGHT * group.mentions / most_mentions
            + _RELEVANCE_POSITION_WEIGHT * (1 - group.first_start / length)
            + _RELEVANCE_HEADLINE_WEIGHT * in_headline
        )
        entities.append(
            Entity(
                name=group.name,
                kind=kind,
                relevance=round(min(1.0, relevance), 3),
                confidence=round(confidence, 3),
                mentions=group.mentions,
            )
        )
    return sorted(entities, key=lambda entity: (-entity.relevance, entity.name))


def _confidence(group: _Group, kind: EntityKind, agreement: float) -> float:
    if kind == "person" and not group.multi_word and group.mentions == 1:
        return _LONE_SURNAME_CONFIDENCE
    base = _SINGLE_MENTION_CONFIDENCE if group.mentions == 1 else _REPEATED_MENTION_CONFIDENCE
    bonus = _MULTI_WORD_BONUS if group.multi_word else 0.0
    return min(1.0, base + bonus) * agreement


def _mentioned_in(name: str, headline_key: str) -> bool:
    words = [word for word in name.casefold().split() if len(word) > 2]
    return bool(words) and words[-1] in headline_key


def entities_of_kind(entities: Sequence[Entity], kind: EntityKind) -> list[Entity]:
    return [entity for entity in entities if entity.kind == kind]
