"""Rule ``spelling_read_first`` (search/typed_spelling.py): a word the minutes write in another
spelling is read as theirs before the question is read, so the names check sees "Ter Apel" for
"Ter Appel"; a name of its own the minutes lack ("Lammers", "Jansen", "Zwolle") is never made
into another. Off by default (it gains only on its own probe); switched off, the question is read
as typed and refused."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.search.typed_spelling import read_spelling
from lrt_search.service import Engine


@pytest.fixture
def on(engine: Engine) -> Engine:
    """The engine with the rule switched on."""
    return switched(engine, spelling_read_first=True)


def test_a_name_in_another_spelling_is_read_as_the_minutes_write_it(on: Engine) -> None:
    text, notes = read_spelling(on, "What did COA say about capacity in Ter Appel?")
    assert text == "What did COA say about capacity in Ter Apel?"
    assert notes == ["spelling: Ter Appel -> Ter Apel"]
    assert read_spelling(on, "hoeveel asielzoekers zaten er in ter appel")[0].endswith("ter apel")


@pytest.mark.parametrize(
    "question",
    [
        "wat zei Lammers over de uitstroom van statushouders",
        "wat zei Jansen over de taakstelling",
        "What did COA say about capacity in Zwolle?",
        "wat vond de VNG van het appèl op gemeenten",
    ],
)
def test_a_name_of_its_own_is_left_as_written(on: Engine, question: str) -> None:
    assert read_spelling(on, question) == (question, [])


def test_the_misspelt_place_is_answered_and_noted(on: Engine, engine: Engine) -> None:
    question = "What did COA say about capacity in Ter Appel?"
    answer = on.ask(question)
    assert answer.question == question
    assert not answer.abstained, answer.reason
    assert "spelling: Ter Appel -> Ter Apel" in answer.notes
    off = switched(engine, spelling_read_first=False).ask(question)
    assert off.abstained and off.reason_code == "name_not_quoted"
