"""Rule ``sentence_start_not_names`` (search/phrases.py ``names_in``): the capitalised first word
of a question's later sentence, after a sentence of context ("Ik bereid een raadsvergadering
voor. Hoeveel ..."), is no name, as the first word of the question is not; forms of address,
initials and abbreviations before a full stop do not end a sentence."""

from __future__ import annotations

from switched import switched

from lrt_search.search.phrases import names_in
from lrt_search.service import Engine

CONTEXT = (
    "Ik bereid een raadsvergadering voor. Hoeveel statushouders zouden er volgens de LRT van "
    "juli 2022 de komende periode uitstromen?"
)


def test_a_question_after_a_sentence_of_context_is_answered(engine: Engine) -> None:
    answer = engine.ask(CONTEXT)
    assert not answer.abstained
    assert any("7.500 statushouders uitstromen" in c.quote for c in answer.citations)
    off = switched(engine, sentence_start_not_names=False, preamble_context=False).ask(CONTEXT)
    assert off.abstained and off.reason_code == "name_absent"


def test_only_the_first_word_of_a_sentence_is_dropped() -> None:
    assert names_in(CONTEXT) == []
    assert names_in(CONTEXT, sentence_starts=False) == ["Hoeveel"]
    # a name inside the later sentence stays, and so does a multi-word run
    assert names_in("Wij zijn een gemeente in Brabant. Hoeveel plekken?") == ["Brabant"]
    # no sentence ends at a form of address, an initial or an abbreviation
    assert names_in("Wat zei dhr. Kolff over de opvang?") == ["Kolff"]
    assert names_in("Wat zei mevr. Spies in maart 2025?") == ["Spies"]
    assert names_in("Wat zei A. Bakker over Budel?") == ["Bakker", "Budel"]
    assert names_in("Wat is er t.a.v. Budel gezegd?") == ["Budel"]
