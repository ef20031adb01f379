"""Issue 16 session 27 task B, rule ``unwritten_day_unheld`` on the bundled corpus: a day with
its month and no year, in a question without a word of the meetings, that no meeting was held
on and no passage writes, abstains ``no_meeting`` naming the day (answered off: any meeting
quoted); a day the minutes write, or a meeting's day, is still answered with its gold."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.service import Engine


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("Waar ligt de AMvB voor de Spreidingswet op 19 mei?", "op 19 mei in enig jaar"),
        ("What will be shared with the provinces in the week of July 25?", "on July 25 in any"),
    ],
)
def test_an_unheld_unwritten_day_is_refused(engine: Engine, question: str, shown: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "no_meeting", answer.reason
    assert shown in answer.reason, answer.reason
    off = switched(engine, unwritten_day_unheld=False).ask(question)
    assert not off.abstained, off.reason


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("Waar ligt de AMvB voor de Spreidingswet op 12 mei?", "op 12 mei in de MR ligt"),
        ("What did the COA say on 8 July about the capacity decision?", "capaciteitsbesluit"),
    ],
)
def test_a_written_or_held_day_is_answered(engine: Engine, question: str, gold: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any(gold in c.quote for c in answer.citations)
