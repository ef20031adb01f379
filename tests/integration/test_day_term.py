"""A question's day as a term a quote must hold (answer/day_term.py) on the bundled corpus:
the day with its month, not its day number alone."""

from __future__ import annotations

import datetime as dt

from lrt_search.answer.date_written import written_days, written_points
from lrt_search.answer.day_term import day_term
from lrt_search.service import Engine

#: Rule day_of_mention reads 1 April 2025 as a topic's day ("1 april" is written); the March
#: 2025 minutes on the Spreidingswet write "na 1 juli", not "1 april".
_OTHER_MONTH = "Wat gebeurt er op 1 april 2025 met de Spreidingswet?"
_MAY = dt.date(2025, 5, 1)
_MEETING = dt.date(2025, 3, 19)


def test_a_day_requires_its_month() -> None:
    (point,) = written_points("Wat was het streven vóór 1 mei 2025?")
    assert point.terms == frozenset({day_term(_MAY)})
    assert not written_days(point.terms, "de brief voor 1 april uit te sturen", _MEETING)


def test_a_day_is_written_in_any_form() -> None:
    terms = [day_term(_MAY)]
    for text in ("voor 1 mei", "before May 1", "op 01-05-2025", "per 1-5", "op 1 mei 2025"):
        assert written_days(terms, text, _MEETING) == day_term(_MAY), text
    for text in ("op 1 mei 2024", "1-5-2024", "1 april", "11-5", "1-50"):
        assert not written_days(terms, text, _MEETING), text
    # a yearless day means the year its meeting means (75 days before to 290 after)
    assert not written_days(terms, "voor 1 mei", dt.date(2023, 4, 6))


def test_a_quote_of_the_day_number_in_another_month_is_no_answer(engine: Engine) -> None:
    answer = engine.ask(_OTHER_MONTH)
    assert any("day of the topic: 2025-04-01" in note for note in answer.notes)
    assert answer.abstained
