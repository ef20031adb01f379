"""Rule quote_refused_best (answer/refused_best.py): a statement that scores more than
``refused_best_margin`` above the answer's best quote but was refused by a quote check is
quoted after the other quotes; whether to answer, the confidence and the other quotes stay;
margin 0 switches the rule off."""

from __future__ import annotations

import pytest

from lrt_search.results import Answer
from lrt_search.service import Engine


def _both(engine: Engine, question: str) -> tuple[Answer, Answer]:
    base = engine.settings
    on = engine.with_settings(base.replace(refused_best_margin=0.03)).ask(question)
    off = engine.with_settings(base.replace(refused_best_margin=0.0)).ask(question)
    return on, off


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        # the COA's later bullet of 3 November 2023 had no speaker of its own: speaker_speaks
        # refused it, and the answer quoted only the COA's first bullet. Since rule
        # presentation_block (ingest/speaker_blocks.py) it is the COA's: quoted without this rule.
        (
            "Wat zei het COA op 3 november 2023 over mensen die in voorportalen verblijven?",
            "circa 1500 mensen in voorportalen",
        ),
        # the state secretary's later bullet of 19 March 2025 (the Wet Inburgering), the same
        (
            "Wanneer komt er volgens de staatssecretaris een wetsvoorstel om de inburgeringswet"
            " aan te passen?",
            "aanpassing van de Wet Inburgering",
        ),
    ],
)
def test_a_later_bullet_of_the_speaker_is_quoted(
    engine: Engine, question: str, refused: str
) -> None:
    on, off = _both(engine, question)
    assert not on.abstained and not off.abstained
    assert any(refused in c.quote for c in on.citations)
    assert any(refused in c.quote for c in off.citations)


@pytest.mark.parametrize(
    "question",
    [
        "Wordt het vertrekmoratorium voor Syriërs verlengd?",
        "What did the COA say about the situation in Ter Apel in March 2025?",
    ],
)
def test_an_answer_without_a_far_closer_refused_statement_is_unchanged(
    engine: Engine, question: str
) -> None:
    on, off = _both(engine, question)
    assert [c.quote for c in on.citations] == [c.quote for c in off.citations]
    assert on.confidence == off.confidence


def test_an_abstention_stays_an_abstention(engine: Engine) -> None:
    """The rule adds a quote to an answer; it never answers a question the checks refused."""
    on, off = _both(engine, "Wordt het vertrekmoratorium voor Afghanen verlengd?")
    assert on.abstained and off.abstained
    assert on.reason_code == off.reason_code


def test_another_speakers_statement_is_not_added_to_a_speaker_question(engine: Engine) -> None:
    """A statement refused because another organisation said it stays out: "Wat zei het IPO
    ..." quotes the IPO only (a statement without a speaker of its own may be added)."""
    on, _ = _both(engine, "Wat zei het IPO over indeplaatsstelling?")
    assert not on.abstained
    assert all(not c.speakers or "IPO" in c.speakers for c in on.citations)
