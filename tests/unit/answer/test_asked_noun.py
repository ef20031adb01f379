"""The nouns a Dutch question counts or asks the state of (rule asked_noun_absent)."""

from __future__ import annotations

from lrt_search.answer.asked_noun import asked_nouns


def test_the_state_asked_of_gives_every_lower_case_content_word_of_its_phrase() -> None:
    assert asked_nouns("Hoe staat het met de bewaking van de azc's?") == ["bewaking", "azc"]
    assert asked_nouns("Hoe zit het nu met de huisvesting van studenten?") == [
        "huisvesting",
        "studenten",
    ]
    assert asked_nouns("Hoe staat het met de opvang in Ter Apel?") == ["opvang"]  # no names


def test_a_count_gives_its_first_noun_after_adjectives_and_names() -> None:
    assert asked_nouns("Hoeveel kinderen in het azc gaan naar school?") == ["kinderen"]
    assert asked_nouns("Hoeveel Oekraïense vluchtelingen kwamen er?") == ["vluchtelingen"]
    assert asked_nouns("Hoeveel nieuwe plekken zijn er nodig?") == ["plekken"]


def test_other_questions_ask_no_noun_this_way() -> None:
    assert asked_nouns("Wat zei de VNG over de bewaking van azc's?") == []
    assert asked_nouns("Hoe kijkt het IPO naar de spreidingswet?") == []
