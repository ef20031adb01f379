"""Rule ``lead_ins_read`` (on by default) on the bundled corpus: an asker's lead-in before a
colon is no stance and no topic. "In the context of a complaint about housing status holders:"
made "complaint" a stance the quotes must state and the lead-in part of the premise (refused
``premise_unsupported``); read from its body, the Interior minister's statement answers. A
topicless body takes the lead-in's "over X" as its topic: "Voor een klacht over Ter Apel: wat
zei het COA in maart 2025?" is answered with the COA's Ter Apel statement, and refused without
the rule; "over woonboten" is refused ``topic_absent`` naming "woonboten"."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine


def test_a_complaint_files_lead_in_is_no_stance(engine: Engine) -> None:
    question = (
        "In the context of a complaint about housing status holders: did the Interior minister"
        " stress in November 2023 that it is about more than extra reception?"
    )
    answer = switched(engine, lead_ins_read=True).ask(question)
    assert not answer.abstained, answer.reason
    assert any("niet alleen gaan om extra opvang" in c.quote for c in answer.citations)
    off = switched(engine, lead_ins_read=False).ask(question)
    assert off.abstained and off.reason_code == "premise_unsupported"


def test_a_topicless_body_is_asked_about_the_lead_ins_subject(engine: Engine) -> None:
    question = "Voor een klacht over Ter Apel: wat zei het COA in maart 2025?"
    answer = switched(engine, lead_ins_read=True).ask(question)
    assert not answer.abstained, answer.reason
    assert any("Ter Apel is stabiel" in c.quote for c in answer.citations)
    assert switched(engine, lead_ins_read=False).ask(question).abstained
    twin = switched(engine, lead_ins_read=True).ask(
        "Voor een klacht over woonboten: wat zei het COA in maart 2025?"
    )
    assert twin.abstained and twin.reason_code == "topic_absent"
    assert "woonboten" in (twin.reason or "")
