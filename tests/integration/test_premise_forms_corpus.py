"""Rule premise_forms_read (answer/act_forms.py) on the bundled corpus: "the closing session"
describes a session (the minutes' "eindsessie") and presupposes no closure, so the question is
answered only with the rule (eval/premise_forms_probe.jsonl pfm-a01); "Why did the COA close
..." presupposes a closure the minutes do not state, refused only with the rule (pfm-u02)."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

_SESSION = "In which month is the closing session on the provinces' options at the IBT planned?"
_CLOSED = "Why did the COA close the reception location in Budel in March 2025?"


def test_a_closing_session_presupposes_no_closure(engine: Engine) -> None:
    off = switched(engine, premise_forms_read=False).ask(_SESSION)
    assert off.abstained and off.reason_code == "premise_unsupported"
    on = switched(engine, premise_forms_read=True).ask(_SESSION)
    assert not on.abstained, on.reason
    assert any("eindsessie gepland staat" in c.quote for c in on.citations)


def test_did_the_coa_close_presupposes_a_closure(engine: Engine) -> None:
    off = switched(engine, premise_forms_read=False).ask(_CLOSED)
    assert not off.abstained
    on = switched(engine, premise_forms_read=True).ask(_CLOSED)
    assert on.abstained, [c.quote for c in on.citations]
