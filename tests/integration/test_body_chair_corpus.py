"""Rule ``body_chair`` (search/body_chair.py) on the bundled corpus: "the chair of the VB" is
the Veiligheidsberaad's chair (April 2023: "sluit ook de voorzitter van het VB aan"; "VB geeft
aan dat rol van VR's ..."), not who chaired the meeting (the April 2023 list marks no chair:
with the rule off the question is refused ``no_chair``); "who chaired" keeps the chair intent."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.service import Engine

_SAID = "What did the chair of the VB say about the role of the safety regions in April 2023?"
_JOINED = "Why did the chair of the VB join the LRT in April 2023?"


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (_SAID, "VB geeft aan dat rol van VR's voor cno afloopt op 1 juli"),
        (_JOINED, "sluit ook de voorzitter van het VB aan"),
    ],
)
def test_the_chair_of_a_body_is_that_bodys_chair(engine: Engine, question: str, gold: str) -> None:
    on = engine.ask(question)
    assert not on.abstained, on.reason
    assert any(gold in c.quote for c in on.citations)
    off = switched(engine, body_chair=False).ask(question)
    assert off.abstained and off.reason_code == "no_chair"


def test_who_chaired_keeps_the_chair_intent(engine: Engine) -> None:
    answer = engine.ask("Who was the chair of the meeting of 19 March 2025?")
    assert not answer.abstained
    assert any("Faber" in c.quote for c in answer.citations)
