"""Rule counted_topical (answer/property_tied.py, used by rule property_tied; on by default): a
number next to the counted noun of a "how many X" question answers it only when its statement
holds every word of the topic that the best statement on the topic holds; "500 extra plekken"
(the coordination centre's aim) is no count of places in hotels and recreatieparken."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

_HOTELS = "Hoeveel plekken in hotels en recreatieparken zijn er in november 2023 gevonden?"
_BUDEL = "hoeveel asielzoekers kunnen in budel terecht"


def test_a_number_of_the_noun_without_the_topic_does_not_answer(engine: Engine) -> None:
    on = switched(engine, counted_topical=True).ask(_HOTELS)
    assert on.abstained and on.reason_code == "no_count", on.reason_code
    off = switched(engine, counted_topical=False, count_realised=False).ask(_HOTELS)
    assert not off.abstained  # "500 extra plekken" (count_realised off: "gevonden" is done)


def test_a_place_in_lower_case_is_a_name_the_count_must_hold(engine: Engine) -> None:
    """ "budel" in a search-box question is the place Budel (rule name_forms_read, session 25):
    "2.193 asielzoekers in Ter Apel" answers it with neither rule, as "Budel" capitalised."""
    for counted in (True, False):
        answer = switched(engine, counted_topical=counted).ask(_BUDEL)
        assert answer.abstained, counted
        assert not any("2.193" in c.quote for c in answer.citations), counted
    off = switched(engine, counted_topical=False, name_forms_read=False).ask(_BUDEL)
    assert not off.abstained  # the number of another place, when "budel" is no name


def test_a_number_of_the_noun_on_the_topic_still_answers(engine: Engine) -> None:
    on = switched(engine, counted_topical=True)
    for question, number in (
        ("hoeveel gemeenten interesse in een dsl", "60 gemeenten"),
        ("How many places could the DSLs create for permit holders?", "8500 plekken"),
        # a translated topic word ("refugees" -> "vluchteling") is not required of the number
        ("How many places could the DSLs create for refugees who have a permit?", "8500 plekken"),
    ):
        answer = on.ask(question)
        assert not answer.abstained, question
        assert any(number in c.quote for c in answer.citations), question
