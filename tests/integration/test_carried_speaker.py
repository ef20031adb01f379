"""Rule speaker_carried_over (answer/carried_speaker.py): a bullet with no speaker written on it
counts, for the speaker checks, as said by the speaker of the nearest statement before it in the
same passage, unless an agreement, decision, action or note stands between."""

from __future__ import annotations

import pytest

from lrt_search.answer.carried_speaker import carried_speakers
from lrt_search.models import Span, Statement
from lrt_search.results import Answer
from lrt_search.service import Engine


def _both(engine: Engine, question: str) -> tuple[Answer, Answer]:
    on = engine.with_settings(engine.settings.replace(speaker_carried_over=True)).ask(question)
    off = engine.with_settings(engine.settings.replace(speaker_carried_over=False)).ask(question)
    return on, off


def _statement(text: str, speakers: tuple[str, ...] = (), kind: str = "statement") -> Statement:
    return Statement(text, Span(1, 1, 1, 1), speakers, kind)  # type: ignore[arg-type]


def test_a_run_of_bullets_carries_the_last_speaker_until_an_agreement() -> None:
    statements = [
        _statement("COA geeft een toelichting.", ("COA",)),
        _statement("De situatie is kritiek."),
        _statement("Ook verblijven mensen in voorportalen."),
        _statement("VNG vraagt aandacht.", ("VNG",)),
        _statement("Het is urgent."),
        _statement("Afspraak: er komt een notitie.", kind="decision"),
        _statement("Medeoverheden spreken zorgen uit."),
    ]
    assert carried_speakers(statements) == [(), ("COA",), ("COA",), (), ("VNG",), (), ()]
    assert carried_speakers(statements, on=False) == [()] * len(statements)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        # 3 November 2023: "COA geeft een toelichting ..." and later bullets without a speaker
        (
            "Hoeveel extra plekken per week wil het COA met het coördinatiecentrum realiseren?",
            "500 extra plekken",
        ),
        (
            "Hoeveel mensen verblijven volgens het COA in de voorportalen?",
            "1500 mensen in voorportalen",
        ),
    ],
)
def test_a_speakers_later_bullet_answers_what_they_said(
    engine: Engine, question: str, gold: str
) -> None:
    on, off = _both(engine, question)
    assert not on.abstained
    assert any(gold in c.quote for c in on.citations)
    assert off.abstained or not any(gold in c.quote for c in off.citations)


@pytest.mark.parametrize(
    "question",
    [
        "Hoe is volgens de VNG de opvangsituatie in Ter Apel in november 2023?",
        "Bij welke gemeenten is volgens het COA interbestuurlijk toezicht nodig?",
    ],
)
def test_another_organisations_bullets_are_not_carried_to_the_one_asked(
    engine: Engine, question: str
) -> None:
    assert _both(engine, question)[0].abstained
