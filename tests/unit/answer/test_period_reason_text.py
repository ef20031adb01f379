"""The reason "no meeting" says "on" a day, "between" two dates, "in" a year, in both
languages ("er is geen vergadering in 2024-12-18" read wrong)."""

from __future__ import annotations

import pytest

from lrt_search.answer.messages import render


@pytest.mark.parametrize(
    ("period", "lang", "text"),
    [
        ("2024-12-18", "nl", "er is geen vergadering op 2024-12-18 in het corpus"),
        ("2024-12-18", "en", "the corpus has no meeting on 2024-12-18"),
        ("2024-01-01 to 2024-03-31", "nl", "er is geen vergadering van 2024-01-01 t/m 2024-03-31"),
        ("2024-01-01 to 2024-12-31", "en", "no meeting between 2024-01-01 and 2024-12-31"),
        ("2024-01-01", "en", "the corpus has no meeting on 2024-01-01"),
    ],
)
def test_no_meeting_names_the_period_as_a_sentence_would(period: str, lang: str, text: str) -> None:
    assert text in render("no_meeting", {"period": period}, lang)
