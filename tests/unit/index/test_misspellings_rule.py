"""Rule ``minutes_misspellings_read`` (index.misspellings, index.analysis) on texts written by
hand: what is read as a misspelling, what never is, and how the analyzer reads it."""

from __future__ import annotations

from lrt_search.index.analysis import DutchAnalyzer
from lrt_search.index.misspellings import minutes_misspellings


def test_a_lower_case_typo_of_one_common_word() -> None:
    text = "Aan het einde van de periode is 50% van de achtstand in gehaald."
    assert minutes_misspellings([text]) == {"achtstand": "achterstand", "in gehaald": "ingehaald"}


def test_a_typo_at_the_start_of_a_sentence_is_read() -> None:
    assert minutes_misspellings(["Het loopt. Achtstand blijft."]) == {"achtstand": "achterstand"}


def test_names_codes_and_addresses_never() -> None:
    texts = [
        "Via de Achtstand regeling kan er ondersteund worden.",  # capital mid-sentence
        "BRIEVEN AAN TWEDE KAMER",  # capitals: an acronym's form
        "Mail naar info@achtstand.nl of www.achtstand.nl/jenv",  # addresses
        "Zie ACHTSTAND en AchtStand.",
    ]
    assert minutes_misspellings(texts) == {}


def test_a_word_near_two_common_words_is_not_read() -> None:
    assert minutes_misspellings(["dat is redacted."]) == {}  # redactie, redacteur, ...


def test_a_particle_before_a_common_word_is_a_formation() -> None:
    assert minutes_misspellings(["opmerkingen over uitplaatsen statushouders"]) == {}


def test_split_words_that_are_no_participle_are_not_joined() -> None:
    assert minutes_misspellings(["in geval van nood, op nieuw beleid"]) == {}


def test_general_words_and_the_minutes_terms_are_not_read() -> None:
    text = "de achterstand, de statushouders, de doorstroomlocaties en de flexwoningen"
    assert minutes_misspellings([text]) == {}


def _analyzer(**options: object) -> DutchAnalyzer:
    texts = ["Aan het einde van de periode is 50% van de achtstand in gehaald.", "Opvang."]
    return DutchAnalyzer(**options).fit(texts)  # type: ignore[arg-type]


def test_a_text_gives_the_right_forms_after_its_own_terms() -> None:
    analyzer = _analyzer()
    terms = analyzer.tokenize("50% van de achtstand in gehaald")
    assert terms[:3] == ["50", "achtstand", "haal"]
    assert {"achterstand", "inhaal"} <= set(terms[3:])
    assert analyzer.tokenize("achtstand")[:1] == ["achtstand"]  # a word's own term first


def test_a_query_in_the_right_form_meets_the_text_terms() -> None:
    analyzer = _analyzer()
    text = set(analyzer.tokenize("50% van de achtstand in gehaald"))
    assert set(analyzer.tokenize_query("achterstanden")) <= text
    assert set(analyzer.tokenize_query("ingehaald")) <= text
    assert analyzer.tokenize_query("ingehaald") == ["inhaal"]  # no bare "haal"


def test_switched_off_nothing_is_read_but_the_map_is_kept() -> None:
    analyzer = _analyzer(misspellings_read=False)
    assert analyzer.corrections == {"achtstand": "achterstand", "in gehaald": "ingehaald"}
    assert "achterstand" not in analyzer.tokenize("de achtstand")
    on = analyzer.with_options(misspellings_read=True)
    assert "achterstand" in on.tokenize("de achtstand")


def test_the_map_is_stored_and_read_back() -> None:
    analyzer = _analyzer()
    again = DutchAnalyzer.from_dict(analyzer.to_dict())
    assert again.corrections == analyzer.corrections
    assert again.misspellings_read
