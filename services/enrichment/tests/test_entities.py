"""Merging, cleaning and scoring of entity mentions (no model needed)."""

import pytest

from inkstream_enrichment.entities import (
    Mention,
    clean_name,
    coordinated_with_places,
    fold_genitives,
    follows_locative,
    joined_when_adjacent,
    kind_from_head,
    merge_mentions,
    name_rules,
)
from inkstream_enrichment.places import Gazetteer, load_gazetteer, place_key


def names(entities: list, kind: str) -> list[str]:
    return sorted(entity.name for entity in entities if entity.kind == kind)


def test_a_surname_joins_the_full_name_even_when_the_model_called_it_an_organisation() -> None:
    entities = merge_mentions(
        [
            Mention("Jens Stoltenberg", "PERSON", 10),
            Mention("Stoltenberg", "ORG", 200),
            Mention("Stoltenberg", "PERSON", 400),
        ],
        text_length=1000,
    )

    [person] = entities
    assert (person.name, person.kind, person.mentions) == ("Jens Stoltenberg", "person", 3)


def test_two_people_sharing_a_surname_keep_the_surname_apart() -> None:
    entities = merge_mentions(
        [
            Mention("Ed Miliband", "PERSON", 0),
            Mention("David Miliband", "PERSON", 50),
            Mention("Miliband", "PERSON", 90),
            Mention("Miliband", "PERSON", 120),
        ]
    )

    assert names(entities, "person") == ["David Miliband", "Ed Miliband", "Miliband"]


def test_leading_the_and_possessives_are_stripped() -> None:
    assert clean_name("the Kremlin") == "Kremlin"
    assert clean_name("Russia’s") == "Russia"
    assert clean_name("“NATO,") == "NATO"


def test_an_acronym_joins_the_name_it_stands_for() -> None:
    entities = merge_mentions([Mention("the European Union", "ORG", 0), Mention("EU", "ORG", 300)])

    [union] = entities
    assert (union.name, union.mentions) == ("European Union", 2)


def test_a_capitalised_sentence_opener_used_elsewhere_as_a_word_is_not_an_entity() -> None:
    entities = merge_mentions(
        [Mention("Wildfires", "PERSON", 0, sentence_start=True)],
        lowercase_words=frozenset({"wildfires"}),
    )

    assert entities == []


def test_a_one_word_person_named_once_is_dropped_but_a_titled_one_is_kept() -> None:
    lone = merge_mentions([Mention("Kyiv", "PERSON", 40)])
    titled = merge_mentions([Mention("Francis", "PERSON", 40, after_title=True)])

    assert lone == []
    assert names(titled, "person") == ["Francis"]


def test_a_list_the_model_ran_together_becomes_separate_entities() -> None:
    entities = merge_mentions([Mention("Mombasa, Kisumu", "GPE", 0)])

    assert names(entities, "place") == ["Kisumu", "Mombasa"]


def test_the_last_word_of_a_name_corrects_the_kind() -> None:
    assert kind_from_head("Chhatrapati Shivaji Maharaj International Airport") == "place"
    assert kind_from_head("Great Barrier Reef Marine Park Authority") == "organisation"
    assert kind_from_head("Berlin International Film Festival") == "event"
    assert kind_from_head("Moscow") is None


def test_relevance_favours_frequent_early_and_headline_entities() -> None:
    entities = merge_mentions(
        [
            Mention("Ukraine", "GPE", 0),
            Mention("Ukraine", "GPE", 100),
            Mention("Ukraine", "GPE", 500),
            Mention("Belgium", "GPE", 900),
        ],
        headline="Ukraine asks for more",
        text_length=1000,
    )

    assert [entity.name for entity in entities] == ["Ukraine", "Belgium"]
    assert entities[0].relevance > 0.9 > 0.2 > entities[1].relevance


def test_repeated_consistent_mentions_are_more_certain_than_one() -> None:
    entities = merge_mentions(
        [Mention("Moscow", "GPE", 0), Mention("Moscow", "GPE", 50), Mention("Prague", "GPE", 90)]
    )

    confidence = {entity.name: entity.confidence for entity in entities}
    assert confidence["Moscow"] > confidence["Prague"] >= 0.5
    assert all(entity.creator == "machine" for entity in entities)


def test_labels_that_are_not_entities_are_ignored() -> None:
    entities = merge_mentions(
        [Mention("Russian", "NORP", 0), Mention("Friday", "DATE", 10), Mention("AI", "ORG", 20)]
    )

    assert entities == []


PLACES = Gazetteer(
    regions=frozenset({"maharashtra", "taiwan", "cyprus", "senegal", "malawi", "bayern"}),
    cities=frozenset({"kisumu", "khan younis", "nice", "jackson", "toyota"}),
)


def test_a_known_place_the_model_called_a_person_is_a_place_unless_titled() -> None:
    entities = merge_mentions(
        [
            Mention("Khan Younis", "PERSON", 0),
            Mention("Kyiv", "PERSON", 40),
            Mention("Jackson", "PERSON", 90, after_title=True),
        ],
        gazetteer=PLACES,
    )

    assert names(entities, "place") == ["Khan Younis"]
    assert names(entities, "person") == ["Jackson"]


def test_a_known_place_called_an_organisation_is_a_place_only_where_a_place_stands() -> None:
    in_a_place = merge_mentions(
        [Mention("Kisumu", "ORG", 0, after_locative=True)], gazetteer=PLACES
    )
    as_a_subject = merge_mentions([Mention("Nice", "ORG", 0)], gazetteer=PLACES)

    assert names(in_a_place, "place") == ["Kisumu"]
    assert names(as_a_subject, "organisation") == ["Nice"]


def test_a_known_region_labelled_as_a_nationality_is_a_place() -> None:
    entities = merge_mentions(
        [Mention("Maharashtra", "NORP", 0), Mention("Kenyan", "NORP", 30)], gazetteer=PLACES
    )

    assert names(entities, "place") == ["Maharashtra"]
    assert [entity.name for entity in entities] == ["Maharashtra"]


def test_a_place_opening_an_organisations_name_stays_a_place() -> None:
    entities = merge_mentions(
        [
            Mention("Taiwan", "GPE", 0),
            Mention("Taiwan Semiconductor Manufacturing Company", "ORG", 200),
            Mention("Bayern Munich", "ORG", 400),
            Mention("Bayern", "ORG", 600),
        ],
        gazetteer=PLACES,
    )

    assert names(entities, "place") == ["Taiwan"]
    assert names(entities, "organisation") == [
        "Bayern Munich",
        "Taiwan Semiconductor Manufacturing Company",
    ]


def test_a_name_whose_head_gives_its_kind_keeps_full_confidence() -> None:
    [airport] = merge_mentions([Mention("Jomo Kenyatta International Airport", "ORG", 0)])

    assert (airport.kind, airport.confidence) == ("place", 0.8)


def test_two_names_joined_by_and_are_split_only_when_each_names_its_kind() -> None:
    universities = merge_mentions(
        [Mention("The University of Kent and Cardiff University", "ORG", 0)]
    )
    country = merge_mentions([Mention("Bosnia and Herzegovina", "GPE", 0)])
    union = merge_mentions([Mention("the University and College Union", "ORG", 0)])

    assert names(universities, "organisation") == ["Cardiff University", "University of Kent"]
    assert names(country, "place") == ["Bosnia and Herzegovina"]
    assert names(union, "organisation") == ["University and College Union"]


def test_a_head_before_of_gives_the_kind() -> None:
    assert kind_from_head("University of Kent") == "organisation"
    assert kind_from_head("Gulf of Mexico") == "place"
    assert kind_from_head("Bank of England") == "organisation"


def test_a_preposition_of_place_before_a_name_is_noticed() -> None:
    text = "Protests spread to Kisumu and from the Seine; Nice said"
    assert follows_locative(text, text.index("Kisumu"))
    assert follows_locative(text, text.index("Seine"))
    assert not follows_locative(text, text.index("Nice"))


def test_the_gazetteer_knows_cities_regions_and_countries_as_news_writes_them() -> None:
    gazetteer = load_gazetteer()

    for city in ("Kisumu", "Khan Younis", "El Fasher", "Kyiv", "Lusaka", "Chelsea", "Toyota"):
        assert gazetteer.is_place(city), city
    for city_only in ("Chelsea", "Toyota", "Nice", "Khan Younis"):
        assert not gazetteer.is_region(city_only), city_only
    for region in ("Mahārāshtra", "Uttar Pradesh", "Sonora", "Taiwan", "Russia", "Cyprus"):
        assert gazetteer.is_region(region), region
    # Acronyms and names one language gives a city ("Hamas" for Hamm) are not places.
    for other in ("UN", "Hamas", "Google", "Reuters"):
        assert not gazetteer.is_place(other), other
    assert place_key("Mahārāshtra") == "maharashtra"


def test_a_known_country_called_an_organisation_is_a_place_but_a_city_needs_context() -> None:
    entities = merge_mentions(
        [Mention("Cyprus", "ORG", 0), Mention("Toyota", "ORG", 40)], gazetteer=PLACES
    )

    assert names(entities, "place") == ["Cyprus"]
    assert names(entities, "organisation") == ["Toyota"]


def test_names_listed_after_a_place_stand_where_places_stand() -> None:
    text = "Crowds gathered in Casablanca, Marrakech and Tangier while Toyota and Nice said"
    mentions = [
        Mention(
            name, label, text.index(name), after_locative=follows_locative(text, text.index(name))
        )
        for name, label in [
            ("Casablanca", "GPE"),
            ("Marrakech", "ORG"),
            ("Tangier", "ORG"),
            ("Toyota", "ORG"),
            ("Nice", "ORG"),
        ]
    ]

    listed = {
        mention.text: mention.after_locative for mention in coordinated_with_places(mentions, text)
    }

    assert listed == {
        "Casablanca": True,
        "Marrakech": True,
        "Tangier": True,
        "Toyota": False,
        "Nice": False,
    }


def test_titles_lower_case_words_and_scores_are_not_part_of_a_name() -> None:
    assert clean_name("goalkeeper Yassine Bounou") == "Yassine Bounou"
    assert clean_name("Senegal 2-1") == "Senegal"
    assert clean_name("de Vries") == "de Vries"
    [archbishop] = merge_mentions([Mention("Archbishop Tadeusz Wojda", "PERSON", 0)])
    [pope] = merge_mentions([Mention("Pope Francis", "PERSON", 0)])

    assert (archbishop.name, archbishop.kind) == ("Tadeusz Wojda", "person")
    assert pope.name == "Pope Francis"


def test_a_name_whose_surname_alone_is_a_person_is_a_person() -> None:
    entities = merge_mentions(
        [Mention("Chidera Okafor", "GPE", 0), Mention("Okafor", "PERSON", 300)],
        gazetteer=PLACES,
    )

    [okafor] = entities
    assert (okafor.name, okafor.kind, okafor.mentions) == ("Chidera Okafor", "person", 2)


def test_a_name_labelled_a_nationality_is_kept_when_its_words_say_what_it_is() -> None:
    entities = merge_mentions(
        [
            Mention("Lake Tanganyika", "NORP", 0),
            Mention("Malawi", "NORP", 40),
            Mention("Congolese", "NORP", 80),
            Mention("Cyclone Fina", "PERSON", 120),
        ],
        gazetteer=PLACES,
    )

    assert names(entities, "place") == ["Lake Tanganyika", "Malawi"]
    assert names(entities, "event") == ["Cyclone Fina"]


def test_names_the_model_split_in_two_are_joined() -> None:
    text = "President Samia Suluhu Hassan met the Ceylon Workers Congress and Kenya Airways"
    spans = [
        ("Samia Suluhu", "PERSON"),
        ("Hassan", "GPE"),
        ("Ceylon Workers", "ORG"),
        ("Congress", "ORG"),
        ("Kenya", "GPE"),
        ("Airways", "ORG"),
    ]
    mentions = [Mention(name, label, text.index(name)) for name, label in spans]

    joined = joined_when_adjacent(mentions, text)

    assert [(mention.text, mention.label) for mention in joined] == [
        ("Samia Suluhu Hassan", "PERSON"),
        ("Ceylon Workers Congress", "ORG"),
        ("Kenya Airways", "ORG"),
    ]


def test_a_possessive_or_a_word_between_keeps_names_apart() -> None:
    text = "Britain's Keir Starmer and Chelsea"
    mentions = [
        Mention("Britain's", "GPE", 0),
        Mention("Keir Starmer", "PERSON", text.index("Keir")),
        Mention("Chelsea", "ORG", text.index("Chelsea")),
    ]

    assert len(joined_when_adjacent(mentions, text)) == 3


def test_a_plural_apostrophe_inside_a_name_does_not_split_it() -> None:
    text = "The Ceylon Workers' Congress said"
    mentions = [
        Mention("The Ceylon Workers'", "ORG", 0),
        Mention("Congress", "ORG", text.index("Congress")),
    ]

    [joined] = joined_when_adjacent(mentions, text)

    assert (joined.text, joined.label) == ("The Ceylon Workers' Congress", "ORG")


def test_an_abbreviation_the_model_called_a_place_is_an_organisation() -> None:
    entities = merge_mentions(
        [
            Mention("CERN", "GPE", 0),
            Mention("CERN", "GPE", 50),
            Mention("G42", "PERSON", 90),
            Mention("USA", "GPE", 120),
        ]
    )

    assert names(entities, "organisation") == ["CERN", "G42"]
    assert names(entities, "place") == ["USA"]


def test_a_trailing_lower_case_word_is_not_part_of_a_name() -> None:
    assert clean_name("Yunnan province") == "Yunnan"
    assert clean_name("the Democratic Centre party") == "Democratic Centre"


def test_a_company_is_known_by_its_last_word() -> None:
    assert kind_from_head("Xcel Energy") == "organisation"
    assert kind_from_head("Zijin Mining") == "organisation"
    assert kind_from_head("Copa Libertadores") == "event"


@pytest.mark.parametrize(
    ("language", "mention", "name"),
    [
        ("fr", "la Meuse", "Meuse"),
        ("fr", "l'Assemblée nationale", "Assemblée nationale"),
        ("fr", "Office fédéral de l'environnement", "Office fédéral de l'environnement"),
        ("es", "en Estados Unidos", "Estados Unidos"),
        ("nb", "Også Universitetet i Bergen", "Universitetet i Bergen"),
        ("nb", "Den norske kirke", "Den norske kirke"),
        ("de", "der Deutschen Bahn", "Deutsche Bahn"),
    ],
)
def test_each_language_cuts_its_own_articles_and_prepositions_off_names(
    language: str, mention: str, name: str
) -> None:
    assert clean_name(mention, name_rules(language)) == name


@pytest.mark.parametrize(
    ("language", "name", "kind"),
    [
        ("fr", "Université libre de Bruxelles", "organisation"),
        ("es", "Confederación Hidrográfica del Guadalquivir", None),
        ("es", "Ministerio de Sanidad", "organisation"),
        ("de", "Bundesamt für Migration und Flüchtlinge", "organisation"),
        ("de", "Oberlandesgericht München", "organisation"),
        ("sv", "Utrikesdepartementet", "organisation"),
        ("nb", "Oslo lufthavn", "place"),
        ("en", "University of Kent", "organisation"),
    ],
)
def test_head_words_and_endings_of_each_language_give_a_name_s_kind(
    language: str, name: str, kind: str | None
) -> None:
    assert kind_from_head(name, name_rules(language)) == kind


def test_genitives_fold_into_the_name_the_text_uses_elsewhere() -> None:
    mentions = [
        Mention("Jonas Gahr Støre", "PERSON", 0),
        Mention("Støres", "PERSON", 40),
        Mention("Natos", "ORG", 60),
        Mention("NATO", "ORG", 80),
        Mention("Paris", "LOC", 90),
    ]

    folded = [mention.text for mention in fold_genitives(mentions, "s")]

    assert folded == ["Jonas Gahr Støre", "Støre", "NATO", "NATO", "Paris"]


def test_function_words_alone_are_no_names_in_languages_that_capitalise_them() -> None:
    mentions = [Mention("Vi", "ORG", 0, sentence_start=True), Mention("Equinor", "ORG", 30)]

    entities = merge_mentions(mentions, rules=name_rules("nb"))

    assert [entity.name for entity in entities] == ["Equinor"]
