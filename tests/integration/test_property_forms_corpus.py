"""Rule property_forms_read (answer/property_forms.py) on the bundled corpus: a period question
answered by a half-year the minutes write as "2022-II" (eval/property_forms_probe.jsonl pf-a01)
is answered only with the rule; a "when" question that names the half-year itself is not
answered by the statement that only repeats it (pf-u01)."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

_PERIOD = "Voor welke periode is de taakstelling van 13.500 vastgesteld?"
_NAMED = "Wanneer wordt besloten over een verhoging van de taakstelling voor 2022-II?"


def test_a_half_year_states_the_period(engine: Engine) -> None:
    off = switched(engine, property_forms_read=False).ask(_PERIOD)
    assert off.abstained and off.reason_code == "no_time"
    on = switched(engine, property_forms_read=True).ask(_PERIOD)
    assert not on.abstained, on.reason
    assert any("2022-II is vastgesteld op 13.500" in c.quote for c in on.citations)


def test_the_questions_own_half_year_is_no_answer(engine: Engine) -> None:
    on = switched(engine, property_forms_read=True).ask(_NAMED)
    assert on.abstained, [c.quote for c in on.citations]
