"""Rule comparison_both_sides: which questions compare two sides, which sides, and whether a
quote states an amount (lrt_search.answer.comparison; no index needed)."""

from __future__ import annotations

import datetime as dt

from lrt_search.answer.comparison import read_comparison, states_amount
from lrt_search.search.periods import period_points


def test_two_periods_with_a_word_of_change_are_two_sides() -> None:
    found = read_comparison(
        "Hoe is de situatie in Ter Apel veranderd tussen november 2023 en maart 2025?"
    )
    assert found is not None and not found.amounts
    first, second = found.sides
    assert (first.since, first.until) == (dt.date(2023, 11, 1), dt.date(2023, 11, 30))
    assert (second.since, second.until) == (dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    assert not first.named and not second.named


def test_comparing_amounts_of_two_half_years_orders_the_sides_in_time() -> None:
    found = read_comparison("Was the housing target for 2025-II lower than the one for 2022-II?")
    assert found is not None and found.amounts
    assert [s.words for s in found.sides] == ["2022-II", "2025-II"]
    assert all(s.named for s in found.sides)  # a statement naming the half-year speaks for it


def test_since_one_period_with_a_change_verb_compares_it_with_now() -> None:
    found = read_comparison("Is het aantal gemeenten in de pilot sinds 2023 gegroeid?")
    assert found is not None and found.amounts
    assert found.sides[1].words == "now" and found.sides[1].until is None
    assert found.sides[1].since == dt.date(2024, 1, 1)


def test_both_in_two_years_is_a_comparison_of_statements_not_amounts() -> None:
    found = read_comparison("Werd de Spreidingswet zowel in 2023 als in 2025 besproken?")
    assert found is not None and not found.amounts


def test_questions_that_compare_nothing_are_not_comparisons() -> None:
    # a period range without a word of change, "since" without one, a change with one period
    assert (
        read_comparison("Wat werd er tussen april en november 2023 besproken over Ter Apel?")
        is None
    )
    assert read_comparison("Wat zei de VNG sinds 2023 over de taakstelling?") is None
    assert read_comparison("Is de situatie in Ter Apel in 2023 veranderd?") is None
    assert read_comparison("Hoe heeft de taakstelling zich ontwikkeld tussen 2022 en 2025?") is None


def test_a_month_alone_is_a_period_only_before_and() -> None:
    assert [p[0] for p in period_points("tussen april en november 2023")] == [
        "april",
        "november 2023",
    ]
    assert [p[0] for p in period_points("it may be higher in 2023 than in 2024")] == [
        "2023",
        "2024",
    ]


def test_an_amount_is_a_number_that_is_not_a_date_year_or_time() -> None:
    assert states_amount("De taakstelling voor 2025-II wordt op 13.000 gezet.")
    assert states_amount("de gemeentelijke bezettingsgraad is bijna 100%")
    assert not states_amount(
        "VB geeft aan dat rol van VR's afloopt op 1 juli, voor opvang op 1 januari 2024."
    )
    assert not states_amount("de taakstelling huisvesting voor 2023-II is niet gehaald")
    assert not states_amount("1) laat gemeenten niet wachten 2) zet amv samen in een woning")


def test_a_comparison_keeps_its_words_as_the_question_wrote_them() -> None:
    found = read_comparison("Is het aantal asielzoekers in Ter Apel sinds juli 2022 Gedaald?")
    assert found is not None and found.words == ("het aantal", "Gedaald")
    both = read_comparison("Werd de spreidingswet zowel in 2022 als in 2025 besproken?")
    assert both is not None and both.words == ("zowel",)
    assert read_comparison("Is het aantal asielzoekers in Ter Apel gedaald?") is None
