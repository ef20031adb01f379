"""`ask` abstains, with a reason naming what is missing, when the minutes do not answer.

The questions are the issue's examples of confident wrong answers; every one must now abstain
and say why. Answerable questions of the same shapes must still be answered.
"""

from __future__ import annotations

import json

import pytest

from lrt_search.service import Engine


@pytest.mark.parametrize(
    ("question", "reason_holds"),
    [
        ("What did the LRT decide about the budget of the national police?", "national police"),
        ("Wat zei de VNG over de Spreidingswet?", "Spreidingswet"),
        ("Wat is het standpunt van de PVV?", "PVV"),
        ("Who chaired the meeting of 3 November 2023?", "chair"),
        ("?", "geen woorden"),
        ("Wat zei de Raad voor Vluchtelingenwerk over de opvang?", "Raad voor Vluchtelingenwerk"),
        ("What was decided at the LRT meeting of 18 December 2024?", "2024-12-18"),
        ("Welke afspraken zijn er in 2021 gemaakt?", "2021"),
        ("Hoeveel kost een flexwoning gemiddeld?", "geldbedrag"),
        ("What allocation percentage did Aedes and BZK agree on?", "percentage"),
        ("Wat is er gezegd over de huisvesting van arbeidsmigranten?", "arbeidsmigranten"),
    ],
)
def test_issue_examples_abstain_with_a_reason(
    engine: Engine, question: str, reason_holds: str
) -> None:
    answer = engine.ask(question)
    assert answer.abstained, (question, [c.quote for c in answer.citations])
    assert answer.citations == []
    assert answer.reason and reason_holds in answer.reason, answer.reason
    assert answer.reason in answer.answer
    data = answer.to_dict()
    assert data["abstained"] is True and data["reason"] == answer.reason


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("what did IPO say about indeplaatsstelling", "IPO herkent de geuite zorgen"),
        ("Wie was voorzitter van de LRT van 19 maart 2025?", "Mw. Faber (AenM, voorzitter)"),
        ("Wat zei MAenM over de spreidingswet?", "de spreidingswet wil intrekken"),
        ("Hoeveel asielzoekers verbleven er in juli 2022 in Ter Apel?", "2.193 asielzoekers"),
    ],
)
def test_answerable_questions_of_the_same_shapes_are_answered(
    engine: Engine, question: str, quote: str
) -> None:
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any(quote in c.quote for c in answer.citations), [c.quote for c in answer.citations]
    assert 0.0 <= answer.confidence <= 1.0
    assert answer.confidence_label in ("high", "medium", "low")


def test_without_evidence_checks_the_issue_examples_are_answered(engine: Engine) -> None:
    # The checks are what makes the difference (the same question answered without them).
    loose = engine.with_settings(engine.settings.replace(evidence_checks=False))
    assert not loose.ask("Wat zei de VNG over de Spreidingswet?").abstained


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    from lrt_search.interfaces.cli import main

    with pytest.raises(SystemExit) as info:
        main(argv)
    code = info.value.code
    return (0 if code is None else int(code)), capsys.readouterr().out


def test_cli_shows_confidence_word_and_reason(built, capsys) -> None:
    paths = ["--corpus", str(built.corpus), "--index", str(built.index)]
    code, out = _run(["ask", "Wat is het standpunt van de PVV?", *paths], capsys)
    assert code == 0
    assert "PVV" in out and "komt niet voor in de notulen" in out
    code, out = _run(["ask", "what did IPO say about indeplaatsstelling", *paths], capsys)
    assert code == 0
    assert any(f"confidence {w} (" in out for w in ("high", "medium", "low"))
    code, out = _run(["ask", "Wat is het standpunt van de PVV?", "--json", *paths], capsys)
    data = json.loads(out)
    assert data["abstained"] and "PVV" in data["reason"]
    assert data["confidence_label"] in ("high", "medium", "low")
