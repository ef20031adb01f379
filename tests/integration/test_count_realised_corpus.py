"""Rule ``count_realised`` (answer/count_realised.py) on the bundled corpus: a number of
something done asked where the minutes give only a target, a need or an expectation is refused
``count_unrealised`` with a true reason; a number done or as it is, or a target asked as one, is
answered. Switched off, the refused ones are answered."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.evaluation.reason_minutes import Minutes
from lrt_search.evaluation.reason_truth import false_reason
from lrt_search.service import Engine


@pytest.mark.parametrize(
    "question",
    [
        # "Dit jaar moeten nog circa 13.000 statushouders van huisvesting voorzien"
        "Hoeveel statushouders zijn er in 2023 daadwerkelijk gehuisvest, volgens de LRT van "
        "november 2023?",
        # "De inzet is om op deze manier per week 500 extra plekken te realiseren"
        "Hoeveel extra plekken per week heeft het coördinatiecentrum in november 2023 "
        "gerealiseerd?",
        # "De komende periode zullen 7.500 statushouders uitstromen."
        "How many permit holders had actually moved out of reception after the July 2022 meeting?",
    ],
)
def test_a_number_done_only_planned_abstains(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "count_unrealised", answer.reason
    assert false_reason(Minutes(engine), answer) is None
    assert not switched(engine, count_realised=False).ask(question).abstained


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        (
            "How many asylum seekers were accommodated in Ter Apel at the time of the July 2022 "
            "meeting?",
            "2.193 asielzoekers",
        ),
        ("Hoeveel mensen werden er in november 2023 in de voorportalen opgevangen?", "1500"),
        (
            "Hoeveel statushouders moesten er in november 2023 dit jaar nog gehuisvest worden?",
            "13.000 statushouders",
        ),
    ],
)
def test_a_number_done_or_a_target_asked_is_answered(
    engine: Engine, question: str, quote: str
) -> None:
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any(quote in c.quote for c in answer.citations)
