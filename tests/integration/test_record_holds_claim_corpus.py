"""Rule record_holds_claim (answer/records.py) on the bundled corpus: a yes/no claim of a
decision the register does not record abstains with reason claim_unrecorded
(eval/decision_asserted_probe.jsonl da-u05: closing doorstroomlocaties in March 2025, answered
without the rule), and its twin whose decision is recorded still answers with it (da-a05)."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

_UNRECORDED = "Klopt het dat er in maart 2025 is besloten de doorstroomlocaties te sluiten?"
_RECORDED = "Klopt het dat er in maart 2025 is ingestemd met de taakstelling?"


def test_a_claimed_decision_without_a_record_abstains(engine: Engine) -> None:
    off = switched(engine, record_holds_claim=False).ask(_UNRECORDED)
    assert not off.abstained  # without the rule: a quote on doorstroomlocaties
    on = switched(engine, record_holds_claim=True).ask(_UNRECORDED)
    assert on.abstained and on.reason_code == "claim_unrecorded", on.reason


def test_a_recorded_decision_answers(engine: Engine) -> None:
    on = switched(engine, record_holds_claim=True).ask(_RECORDED)
    assert not on.abstained, on.reason
    assert any("Er wordt ingestemd met de taakstelling" in c.quote for c in on.citations)
