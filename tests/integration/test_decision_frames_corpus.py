"""Rule decision_frames_read on the bundled corpus: the table's answer lines
(tests/data/decision_frames.toml) are records of the register exactly where the table says X is
recorded; "decided or only asked?" on a topic only discussed is answered by the discussion
(eval/decision_frame_probe.jsonl df-a07, refused record_other_topic without the rule); whether
a decision was taken on a topic whose modifier only a record holds is refused (df-u07, answered
with the rule off)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from switched import switched

from lrt_search.answer.selection import is_decision
from lrt_search.service import Engine

_ROWS = tomllib.loads(
    (Path(__file__).resolve().parents[1] / "data" / "decision_frames.toml").read_text("utf-8")
)["row"]
_ASKED_OR = "Is er een besluit genomen over de doelgroepbeperkingen, of was het alleen een vraag van de CdK?"  # noqa: E501
_MODIFIER = "Staat de tijdelijke bescherming van Oekraïners na een vrede op de besluitenlijst?"


def test_the_tables_answer_lines_are_records_where_it_says(engine: Engine) -> None:
    wanted = {(r["answer"], r["answer_kind"]) for r in _ROWS}
    said = [s for c in engine.chunks for s in c.statements]
    for line, kind in sorted(wanted):
        holding = [s for s in said if line in " ".join(s.text.split())]
        assert len(holding) == 1, line
        assert is_decision(holding[0].kind, holding[0].text) == (kind == "record"), line


def test_decided_or_only_asked_is_answered_by_the_discussion(engine: Engine) -> None:
    off = switched(engine, decision_frames_read=False).ask(_ASKED_OR)
    assert off.abstained and off.reason_code == "record_other_topic", off.reason
    on = switched(engine, decision_frames_read=True).ask(_ASKED_OR)
    assert not on.abstained, on.reason
    assert any("CdK vraagt aandacht voor doelgroepbeperkingen" in c.quote for c in on.citations)


def test_a_record_on_the_modifier_does_not_record_x(engine: Engine) -> None:
    off = switched(engine, decision_frames_read=False).ask(_MODIFIER)
    assert not off.abstained
    on = switched(engine, decision_frames_read=True).ask(_MODIFIER)
    assert on.abstained and on.reason_code == "claim_unrecorded", on.reason
