"""models.Meeting.attendance: one JSON form of who was present and absent, for ``meetings
--json`` (Meeting.summary) and the ingest report (``check --json``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from lrt_search.models import Attendee, Meeting


def _meeting() -> Meeting:
    return Meeting(
        date=dt.date(2023, 11, 3),
        title="LRT",
        source=Path("2023-11-03-lrt.txt"),
        attendees=(Attendee("Jan Jansen", "Vereniging", "VNG", role="voorzitter"),),
        absentees=(Attendee("Piet", None),),
    )


def test_an_attendee_is_listed_without_its_role() -> None:
    assert Attendee("Jan", "Vereniging", "VNG", "voorzitter").to_dict() == {
        "name": "Jan", "organisation": "Vereniging", "org_code": "VNG"}  # fmt: skip


def test_the_summary_lists_attendance_in_its_place() -> None:
    summary = _meeting().summary()
    keys = list(summary)
    assert keys.index("attendees") == keys.index("n_chunks") + 1
    assert keys.index("absentees") == keys.index("attendees") + 1
    assert summary["attendees"] == [{"name": "Jan Jansen", "organisation": "Vereniging",
                                     "org_code": "VNG"}]  # fmt: skip
    assert summary["absentees"] == [{"name": "Piet", "organisation": None, "org_code": None}]
