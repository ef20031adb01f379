"""Rule ``date_forms_read`` (search/date_forms.py) on the bundled corpus: a meeting's date in
digits ("8/7/2022", "op 8-7") or with its weekday is its date; a day in such a form with no
meeting is refused as such; with the rule off the form is no period."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

# The minutes (2022-07-08): "De VNG verzoekt om t.a.v. de flexibele opvang (maatregel 8)"
QUESTION = "Wat vroeg de VNG op {day} over de flexibele opvang?"


def _from_july(answer: object) -> bool:
    return any(
        "flexibele opvang" in c.quote and str(c.meeting_date) == "2022-07-08"
        for c in answer.citations  # type: ignore[attr-defined]
    )


def test_a_numeric_date_is_the_meeting_date(engine: Engine) -> None:
    for day in ("8/7/2022", "8-7-22", "8.7.2022", "vrijdag 8 juli 2022", "8-7"):
        answer = engine.ask(QUESTION.format(day=day))
        assert not answer.abstained and _from_july(answer), (day, answer.reason)
        assert any(n.startswith("date: ") for n in answer.notes)


def test_a_numeric_date_without_a_meeting_is_refused(engine: Engine) -> None:
    refused = engine.ask(QUESTION.format(day="8/6/2022"))
    assert refused.abstained and refused.reason_code == "no_meeting", refused.reason
    off = switched(engine, date_forms_read=False).ask(QUESTION.format(day="8/6/2022"))
    assert off.reason_code != "no_meeting"  # off, no period is read
