"""Merging, cleaning and scoring of entity mentions (no model needed)."""

from inkstream_enrichment.entities import Mention, clean_name, kind_from_head, merge_mentions


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
