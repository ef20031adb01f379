"""Rule ``ordinal_forms_everywhere`` (search/date_forms.py) on the bundled corpus: a bound
written with an ordinal day and its article ("after the 1st of March 2025") is the bound, not
the day; a quarter or half with the long Dutch suffix ("het 2de kwartaal van 2025") is that
quarter; with the rule off the first is read as the day (no meeting) and the second as no
period (eval/ordinal_forms_probe.jsonl ofp-a07, ofp-u10)."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

# The minutes (2025-03-19): "Aedes licht toe dat het realiseren van flexwoningen ook tijd kost."
AFTER = "What did Aedes say about flexible homes after the 1st of March 2025?"
# The minutes (2025-03-19), the last meeting: nothing from April 2025 on.
QUARTER = "Wat zei SJenV in het 2de kwartaal van 2025 over het inburgeringsbeleid?"


def test_a_bound_with_an_ordinal_day_is_the_bound(engine: Engine) -> None:
    answer = engine.ask(AFTER)
    assert not answer.abstained, answer.reason
    assert any(str(c.meeting_date) == "2025-03-19" and "flexwoningen" in c.quote
               for c in answer.citations)  # fmt: skip
    off = switched(engine, ordinal_forms_everywhere=False).ask(AFTER)
    assert off.abstained and off.reason_code == "no_meeting"  # off: the day 1 March 2025


def test_a_quarter_with_the_long_suffix_is_the_quarter(engine: Engine) -> None:
    refused = engine.ask(QUARTER)
    assert refused.abstained and refused.reason_code == "no_meeting", refused.reason
    off = switched(engine, ordinal_forms_everywhere=False).ask(QUARTER)
    assert off.reason_code != "no_meeting"  # off, no period is read
