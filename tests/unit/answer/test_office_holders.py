"""Rule office_holders_per_meeting (answer.office_period): an office held by two bodies is
searched as (body, meetings) pairs. Every row of tests/data/office_holders.toml (written by
eval/make_office_holders.py from the minutes' attendee lists and speakers and roles.toml
``offices``) is read with the question reader; the meetings' bodies come from the table, no
index."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from lrt_search.answer.messages import render
from lrt_search.answer.office_period import codes_at, held_dates, office_scope
from lrt_search.config import Settings
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.filters import row_mask
from lrt_search.search.parsed import read_question
from lrt_search.search.query import QueryScope

_TABLE = tomllib.loads(
    (Path(__file__).resolve().parents[2] / "data" / "office_holders.toml").read_text("utf-8")
)
_PRESENT = {
    dt.date.fromisoformat(d).toordinal(): frozenset(c) for d, c in _TABLE["present"].items()
}
_ORGS = OrgTable.default()


def _retriever(settings: Settings) -> Any:
    return SimpleNamespace(settings=settings, _bodies_present=_PRESENT, orgs=_ORGS)


def reading_pairs(question: str, settings: Settings) -> list[str]:
    """The (body, meeting) pairs the question's speaker is searched as: "CODE@date"."""
    parsed = read_question(question, _ORGS)
    scope = QueryScope(since=parsed.since, until=parsed.until)
    found = office_scope(_retriever(settings), parsed, scope)
    codes = list(found[0]) if found else list(parsed.speaker)
    held = dict(found[1].speaker_meetings) if found else {}
    low = parsed.since.toordinal() if parsed.since else None
    high = parsed.until.toordinal() if parsed.until else None
    out = []
    for day, present in _PRESENT.items():
        if (low is not None and day < low) or (high is not None and day > high):
            continue
        for code in codes:
            if code in present and (code not in held or day in held[code]):
                out.append(f"{code}@{dt.date.fromordinal(day).isoformat()}")
    return sorted(out)


@pytest.mark.parametrize("row", _TABLE["row"], ids=lambda r: r["question"])
def test_office_holders_table(row: dict[str, Any]) -> None:
    assert reading_pairs(row["question"], Settings()) == row["pairs"]


_SPOKEN = {"MBZK": [0, 2], "MVRO": [1, 3], "VNG": [0]}


class _Chunks:
    """Four chunks: MBZK speaks on day 1 and day 3, MVRO on day 2 and day 3."""

    dates = np.array([1, 2, 3, 3])

    def __len__(self) -> int:
        return 4

    def rows_spoken_by(self, codes: Any) -> np.ndarray:
        return np.array(sorted({r for c in codes for r in _SPOKEN.get(c, [])}), dtype=np.int64)


def test_the_speaker_filter_holds_each_holder_in_its_meetings() -> None:
    chunks = _Chunks()
    both = row_mask(chunks, (None, None, None), {"MBZK", "MVRO"})  # type: ignore[arg-type]
    assert both is not None and both.tolist() == [True, True, True, True]
    held = {"MBZK": {1}, "MVRO": {2, 3}}
    mask = row_mask(chunks, (None, None, None), {"MBZK", "MVRO", "VNG"}, None, held)  # type: ignore[arg-type]
    assert mask is not None and mask.tolist() == [True, True, False, True]


def test_a_statement_speaks_for_the_office_only_in_its_holders_meetings() -> None:
    meetings = (("SJenV", frozenset({dt.date(2023, 11, 3).toordinal()})),)
    codes = frozenset({"SJenV", "MAenM"})
    assert codes_at(codes, meetings, dt.date(2023, 11, 3)) == codes
    assert codes_at(codes, meetings, dt.date(2025, 3, 19)) == {"MAenM"}
    assert codes_at(codes, (), dt.date(2025, 3, 19)) == codes  # the rule off / one holder


def test_the_reason_names_each_holder_with_its_meetings() -> None:
    held = held_dates((("MBZK", frozenset({dt.date(2023, 11, 3).toordinal()})),))
    assert held == {"MBZK": ["2023-11-03"]}
    params = {"speaker": "MBZK, MVRO", "held": {**held, "MVRO": ["2025-03-19"]}, "topic": "x"}
    text = render("topic_not_quoted", params, "en")
    assert text == "no statement by MBZK (in 2023-11-03), MVRO (in 2025-03-19) mentions “x”"
    assert "MBZK (op 2023-11-03)" in render("topic_not_quoted", params, "nl")
