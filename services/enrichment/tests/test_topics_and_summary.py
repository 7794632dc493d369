"""IPTC Media Topics and extractive summaries on plain text (no NER model needed)."""

import pytest

from inkstream_enrichment.analysis import stop_words
from inkstream_enrichment.summary import split_sentences, summarise
from inkstream_enrichment.topics import TopicModel, classify, load_topic_model, stem

SPORT = (
    "Arsenal beat Chelsea 3-1 on Saturday to go top of the league. The striker scored twice "
    "in the second half and the goalkeeper saved a penalty. The manager praised his players "
    "after the match, and the club's fans celebrated a win that keeps the title race open "
    "with four games of the season left."
)
WAR_AND_POLITICS = (
    "Russian troops launched a new offensive near Kharkiv as missiles and drones hit the "
    "front line. NATO foreign ministers met in Brussels to discuss sending more weapons and "
    "air defence, and the government in Kyiv urged allies to lift restrictions on strikes on "
    "military targets. The Kremlin's spokesman said the alliance was escalating the war, "
    "and the president warned of consequences. In parliament, the opposition party demanded "
    "a vote on new sanctions, and the prime minister said the government would present its "
    "policy to lawmakers after the summit."
)


@pytest.fixture(scope="module")
def model() -> TopicModel:
    return load_topic_model()


def test_the_vocabulary_holds_the_seventeen_top_level_media_topics(model: TopicModel) -> None:
    qcodes = sorted(topic.qcode for topic in model.top_level)

    assert len(qcodes) == 17
    assert qcodes[0] == "medtop:01000000"
    assert qcodes[-1] == "medtop:17000000"


def test_evidence_most_news_uses_weighs_less_than_telling_evidence(model: TopicModel) -> None:
    unweighted = load_topic_model(with_frequencies=False)
    economy, conflict = "medtop:04000000", "medtop:16000000"

    assert model.evidence[economy][("million",)] < unweighted.evidence[economy][("million",)]
    assert model.evidence[conflict][("rebel",)] > unweighted.evidence[conflict][("rebel",)]


def test_a_match_report_is_sport_alone(model: TopicModel) -> None:
    topics = classify(model, SPORT)

    assert [topic.qcode for topic in topics if topic.level == 1] == ["medtop:15000000"]
    assert topics[0].uri == "http://cv.iptc.org/newscodes/mediatopic/15000000"
    assert 0.5 < topics[0].confidence <= 1


def test_a_war_story_with_diplomacy_is_conflict_and_politics(model: TopicModel) -> None:
    topics = classify(model, WAR_AND_POLITICS)

    top_level = {topic.qcode for topic in topics if topic.level == 1}
    assert top_level == {"medtop:16000000", "medtop:11000000"}
    assert all(topic.creator == "machine" for topic in topics)


def test_second_level_topics_need_strong_evidence_and_follow_their_parent(
    model: TopicModel,
) -> None:
    topics = classify(model, WAR_AND_POLITICS * 3)

    for index, topic in enumerate(topics):
        if topic.level == 2:
            parent = model.topics[topic.qcode].parent
            assert parent in {t.qcode for t in topics[:index]}


def test_languages_without_cue_words_get_no_topics(model: TopicModel) -> None:
    assert classify(model, SPORT, language="it") == []
    assert classify(model, "", language="en") == []


@pytest.mark.parametrize(
    ("language", "text", "qcode"),
    [
        (
            "de",
            "Der Bundesliga-Spitzenreiter gewann das Derby mit 3:1, zwei Tore schoss "
            "der Stürmer nach der Pause, der Trainer lobte die Mannschaft.",
            "medtop:15000000",
        ),
        (
            "nb",
            "Stortinget vedtok statsbudsjettet etter lange forhandlinger mellom "
            "regjeringspartiene og opposisjonen, og statsministeren var fornøyd.",
            "medtop:11000000",
        ),
        (
            "sv",
            "Skogsbranden i Ljusdal har tvingat hundratals invånare att evakuera, och "
            "räddningstjänsten kämpar mot lågorna med helikoptrar.",
            "medtop:03000000",
        ),
        (
            "fr",
            "Le tribunal correctionnel a condamné l'ancien maire à deux ans de prison "
            "pour corruption et détournement de fonds publics.",
            "medtop:02000000",
        ),
        (
            "es",
            "Los sindicatos convocaron una huelga general contra la reforma laboral y "
            "exigen subidas salariales para los trabajadores.",
            "medtop:09000000",
        ),
    ],
)
def test_each_language_finds_topics_by_its_own_cue_stems(
    model: TopicModel, language: str, text: str, qcode: str
) -> None:
    topics = classify(model, text, language=language)

    assert topics
    assert topics[0].qcode == qcode


def test_plurals_fold_to_their_singular() -> None:
    assert [stem(word) for word in ("strikes", "missiles", "parties", "crisis")] == [
        "strike",
        "missile",
        "party",
        "crisis",
    ]


def test_sentences_split_on_punctuation_but_not_on_abbreviations() -> None:
    text = "Mr. Smith went to Washington. He met U.S. officials!\n\nThe talks ended."

    assert split_sentences(text) == [
        "Mr. Smith went to Washington.",
        "He met U.S. officials!",
        "The talks ended.",
    ]


def test_a_summary_is_made_of_the_articles_own_sentences_in_order() -> None:
    summary = summarise(WAR_AND_POLITICS, stop_words("en"), max_sentences=2)

    sentences = split_sentences(WAR_AND_POLITICS)
    chosen = [sentence for sentence in sentences if sentence in summary]
    assert len(chosen) == 2
    assert summary == " ".join(chosen)


def test_a_summary_of_nothing_is_empty() -> None:
    assert summarise("") == ""
