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

import pytest

from lrt_search.answer.office_period import office_scope
from lrt_search.config import Settings
from lrt_search.lexicon.organisations import OrgTable
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
