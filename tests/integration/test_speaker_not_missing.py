"""Rule ``speaker_not_missing`` (answer/missing_names.py): a reason never lists the asked speaker
among the names no statement of the speaker mentions; eval/reasons_true.py counts a reason that
does as false (reason_words.own_speaker, read by reason_truth.false_reason). Switched off,
"coa" was listed."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.evaluation.reason_truth import Minutes, false_reason
from lrt_search.service import Engine

QUESTIONS = ["What did COA say about capacity in Ter Appel?", "Wat zei coa over Ter Appel?"]


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_speaker_is_not_a_missing_name(engine: Engine, question: str) -> None:
    typed = switched(engine, spelling_read_first=False)
    answer = typed.ask(question)
    assert answer.abstained and answer.reason_code == "name_not_quoted"
    assert [n.lower() for n in answer.reason_params["names"]] == ["ter appel"]
    assert false_reason(Minutes(typed), answer) is None


def test_off_the_speaker_is_listed_and_the_checker_says_so(engine: Engine) -> None:
    off = switched(engine, spelling_read_first=False, speaker_not_missing=False)
    answer = off.ask(QUESTIONS[0])
    assert "coa" in [n.lower() for n in answer.reason_params["names"]]
    assert "own speaker" in (false_reason(Minutes(off), answer) or "")
