"""Words of a promise read as intent ``agreed`` on the bundled corpus (issue 16, session 22 task
D3): "What was promised about X" is answered from the record that holds X
(eval/agreed_topic_probe.jsonl at-a09), and its twins on a topic no record of the period holds
abstain with reason record_other_topic as "What was agreed about X" does (at-u01, at-u02 with
the verb of a promise; before these words they were answered from the discussion)."""

from __future__ import annotations

import pytest

from lrt_search.service import Engine

_LADDER = "What was promised about the escalation ladder in July 2022?"


def test_what_was_promised_is_answered_from_the_record(engine: Engine) -> None:
    answer = engine.ask(_LADDER)
    assert not answer.abstained, answer.reason
    assert any(
        "SJenV zal hier in samenwerking met MVRO op toezien" in c.quote for c in answer.citations
    )


@pytest.mark.parametrize(
    "question",
    [
        "What was promised about the departure moratorium for Syria in March 2025?",
        "Wat is er in maart 2025 beloofd over het vertrekmoratorium voor Syrië?",
    ],
)
def test_a_promise_no_record_holds_abstains(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "record_other_topic", answer.reason
