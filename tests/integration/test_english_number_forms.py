"""Rule ``english_number_forms`` (answer/english_numbers.py): the day of an English month-first
date ("nov 3 2023") and an ordinal are no number a claim states, "13k" is 13000, and an English
claim's stopwords ("been", a Dutch word too) are no words around its number; and the date
grammar reads "Nov 3rd, 2023" and "the 8th of July 2022" as days (search/periods.py,
search/query.py, lexicon/dates.py)."""

from __future__ import annotations

import datetime as dt

from switched import switched

from lrt_search.answer.claim_detail import claim_mentions
from lrt_search.answer.claim_forms import ClaimReading
from lrt_search.search.question_period import find_period
from lrt_search.service import Engine

_ON = ClaimReading(forms=True, english=True, english_forms=True)
_OFF = ClaimReading(forms=True, english=True)


def test_the_day_of_a_month_first_date_is_no_claimed_number() -> None:
    question = "did the VNG want a joint signal on the letters going out, nov 3 2023"
    assert claim_mentions(question, _ON) == []
    assert [m.digits for m in claim_mentions(question, _OFF)] == ["3"]
    assert claim_mentions("Was the target met by the 3rd of November 2023?", _ON) == []


def test_thousands_written_with_k() -> None:
    question = "Is it true that 13k people arrived by November 3rd, 2023?"
    assert [m.digits for m in claim_mentions(question, _ON)] == ["13000"]


def test_english_dates_are_days() -> None:
    day = dt.date(2023, 11, 3)
    for written in ("Nov 3rd, 2023", "the 3rd of November 2023", "nov 3 2023"):
        assert find_period(f"What was said on {written}?")[:2] == (day, day), written


def test_an_english_claim_stated_by_the_minutes_is_answered(engine: Engine) -> None:
    # The minutes (2022-07-08): "De kale taakstelling van 10.000 is behaald."
    question = "Had the basic target of 10,000 been met by the July 2022 meeting?"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert "10.000" in answer.citations[0].quote
    off = switched(engine, english_number_forms=False).ask(question)
    assert off.abstained and off.reason_code == "claim_number_other"
