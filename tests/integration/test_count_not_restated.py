"""Rule count_not_restated (answer/shape.py, check answer_shape): a number the "how many"
question states itself ("How many of the 7,500 permit holders ...?") does not answer it; another
number of the statement still does ("Hoeveel plekken levert de 30.000 regeling op?" ->
"1000-3000 plekken")."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.shape import answers_shape
from lrt_search.service import Engine

_OF = "Hoeveel van de 7.500 vergunninghouders zijn daadwerkelijk uitgeplaatst?"
_SCHEME = "Hoeveel plekken levert de 30.000 regeling volgens een uitvraag bij gemeenten op?"


def test_the_questions_own_number_is_no_count() -> None:
    text = "De komende periode zullen 7.500 statushouders uitstromen."
    assert answers_shape(text, set(), {"7500"}, True, None)
    assert not answers_shape(text, set(), {"7500"}, True, None, restated=True)
    other = "De 30.000 regeling. Uit een uitvraag blijkt dat dit 1000-3000 plekken oplevert."
    assert answers_shape(other, set(), {"30000"}, True, None, restated=True)


def test_how_many_of_a_stated_number_abstains(engine: Engine) -> None:
    off = switched(engine, count_not_restated=False, count_realised=False).ask(_OF)
    # without the rule (and count_realised, session 28, which refuses a target for a done
    # number): the statement of the 7.500 answers
    assert not off.abstained
    on = switched(engine, count_not_restated=True).ask(_OF)
    assert on.abstained, [c.quote for c in on.citations]


def test_another_number_of_the_statement_answers(engine: Engine) -> None:
    on = switched(engine, count_not_restated=True).ask(_SCHEME)
    assert not on.abstained, on.reason
    assert any("1000-3000 plekken" in c.quote for c in on.citations)
