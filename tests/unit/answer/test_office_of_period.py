"""Rule office_of_period (answer.office_period): an office whose holder changes with the cabinet
resolves, per period, to the body present in that period's meetings. Attendee lists,
statements' speakers and questions are built by hand; no index."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import pytest

from lrt_search.answer import office_period
from lrt_search.answer.messages import render
from lrt_search.answer.office_period import (
    gate_office_unheld,
    holders_in,
    office_named,
    office_scope,
)
from lrt_search.config import Settings
from lrt_search.search.parsed import ParsedQuestion
from lrt_search.search.query import QueryScope

_NOV, _MARCH = dt.date(2023, 11, 3), dt.date(2025, 3, 19)
_LISTS = [
    (_NOV.toordinal(), "Dhr. Van der Maat (SJenV), Dhr. De Jonge (MBZK), Mevr. Spies (VNG)"),
    (_MARCH.toordinal(), "Mw. Faber (AenM, voorzitter) Mw. Keizer (VRO) Mw. Spies (Aedes)"),
]
_CODES = {"SJenV": "SJenV", "MBZK": "MBZK", "VNG": "VNG", "AenM": "MAenM", "VRO": "MVRO"}


class _Facts:
    def present_lists(self, since: int | None, until: int | None) -> list[tuple[int, str]]:
        return list(_LISTS)


def _retriever(on: bool = True) -> Any:
    chunks = [SimpleNamespace(meeting_date=_MARCH, speakers=("SJenV",))]
    orgs = SimpleNamespace(resolve=_CODES.get)
    settings = Settings(office_of_period=on)
    return SimpleNamespace(settings=settings, chunks=chunks, orgs=orgs)


@pytest.fixture(autouse=True)
def _facts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(office_period, "corpus_facts", lambda chunks: _Facts())


def _parsed(words: str, code: str, since: dt.date | None, until: dt.date | None) -> ParsedQuestion:
    return ParsedQuestion(
        f"What did the {words} say?", speaker=(code,), speaker_words=(words,), since=since,
        until=until, period_scope="meeting" if since else "",
    )  # fmt: skip


def _scope(since: dt.date | None, until: dt.date | None) -> QueryScope:
    return QueryScope(since=since, until=until)


def test_an_office_needs_a_title_and_a_portfolio_word() -> None:
    assert office_named("housing minister", "MVRO") == "housing"
    assert office_named("minister voor Asiel en Migratie", "MAenM") == "asylum"
    assert office_named("asielminister", "MAenM") == "asylum"
    assert office_named("interior minister", "MBZK") == "interior"
    assert office_named("ministerie van asiel en migratie", "MAenM") is None  # no title
    assert office_named("MAenM", "MAenM") is None  # the body's own code
    assert office_named("de staatssecretaris", "SJenV") is None  # no portfolio


def test_the_holder_of_each_meeting() -> None:
    r = _retriever()
    assert holders_in(r, "housing", _NOV.toordinal(), _NOV.toordinal()) == ["MBZK"]
    assert holders_in(r, "housing", _MARCH.toordinal(), _MARCH.toordinal()) == ["MVRO"]
    # SJenV speaks in March 2025 too, but the minister comes first among the holders
    assert holders_in(r, "asylum", _MARCH.toordinal(), None) == ["MAenM"]
    assert holders_in(r, "asylum", None, None) == ["SJenV", "MAenM"]
    assert holders_in(r, "interior", _MARCH.toordinal(), None) == []


def test_the_office_with_a_period_is_its_holder_then() -> None:
    nov = (dt.date(2023, 11, 1), dt.date(2023, 11, 30))
    codes, read, note = office_scope(_retriever(), _parsed("housing minister", "MVRO", *nov),
                                     _scope(*nov)) or ((), None, "")  # fmt: skip
    assert codes == ["MBZK"] and read is not None and read.speaker == ("MBZK",)
    assert "MBZK" in note


def test_without_a_period_the_table_body_stays() -> None:
    parsed = _parsed("asylum minister", "MAenM", None, None)
    off = _retriever()
    off.settings = Settings(office_holders_per_meeting=False)
    assert office_scope(off, parsed, _scope(None, None)) is None  # the table's body
    # rule office_holders_per_meeting (tests/unit/answer/test_office_holders.py): the holders
    # of the phrase's own title, each with the meetings it held the office in
    found = office_scope(_retriever(), parsed, _scope(None, None))
    assert found is not None and found[0] == ["MAenM"]  # the minister, not SJenV
    assert dict(found[1].speaker_meetings) == {"MAenM": frozenset({_MARCH.toordinal()})}
    housing = office_scope(_retriever(), _parsed("housing minister", "MVRO", None, None),
                           _scope(None, None))  # fmt: skip
    assert housing is not None and housing[0] == ["MBZK", "MVRO"]
    assert dict(housing[1].speaker_meetings) == {
        "MBZK": frozenset({_NOV.toordinal()}), "MVRO": frozenset({_MARCH.toordinal()})
    }  # fmt: skip
    assert "MBZK (2023-11-03); MVRO (2025-03-19)" in housing[2]


def test_no_holder_in_the_period_abstains_naming_office_and_period() -> None:
    march = (dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    found = office_scope(_retriever(), _parsed("interior minister", "MBZK", *march), _scope(*march))
    assert found is not None
    codes, read, _ = found
    assert codes == [] and read.office_unheld == "interior minister"
    asked = SimpleNamespace(reading=read, since=march[0], until=march[1])
    params = gate_office_unheld(asked)  # type: ignore[arg-type]
    assert params == {
        "names": ["interior minister"],
        "words": ["MBZK"],
        "period": "2025-03-01 to 2025-03-31",
    }
    text = render("office_unheld", params, "en")
    assert "interior minister" in text and "2025-03-01" in text and "MBZK" in text


def test_off_and_other_speakers_leave_the_reading() -> None:
    nov = (dt.date(2023, 11, 1), dt.date(2023, 11, 30))
    parsed = _parsed("housing minister", "MVRO", *nov)
    assert office_scope(_retriever(on=False), parsed, _scope(*nov)) is None
    assert office_scope(_retriever(), _parsed("VNG", "VNG", *nov), _scope(*nov)) is None
    asked = SimpleNamespace(reading=parsed, since=nov[0], until=nov[1])
    assert gate_office_unheld(asked) is None  # type: ignore[arg-type]


def test_the_office_phrase_as_a_focus_name_stands_for_its_holder() -> None:
    from lrt_search.answer.person_period import as_speaker_body

    r = _retriever()
    r.orgs.expand = lambda code: {code}
    parsed = _parsed("minister voor Volkshuisvesting", "MBZK", _NOV, _NOV)
    forms = ("minister voor volkshuisvesting", (("minister",),), frozenset({"MVRO"}))
    assert as_speaker_body(r, parsed, forms)[2] == frozenset({"MBZK"})
    off = _retriever(on=False)
    off.orgs.expand = lambda code: {code}
    assert as_speaker_body(off, parsed, forms)[2] == frozenset({"MVRO"})  # the table's body
