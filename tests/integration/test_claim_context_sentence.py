"""Rule ``claim_context_sentence`` (answer/claim_detail.py): the words a claim check compares
around a claim's number are those of its whole sentence, in the question and in the quote, not
five on either side: a period between the counted noun and the number ("the housing target for
2022-II set at 13,500") pushed the noun out of both windows, and the claim was refused as
stating the number "of something else" while the quote states exactly it."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.claim_detail import mentions
from lrt_search.service import Engine

# The minutes (2022-07-08): "De taakstelling voor 2022-II is vastgesteld op 13.500."
_CLAIM = "Was the housing target for 2022-II set at 13,500?"


def test_the_whole_sentence_is_the_context() -> None:
    text = "De taakstelling voor 2022-II is vastgesteld op 13.500. Er wordt bezien of meer kan."
    start = text.index("13.500")
    near = mentions(text, [(start, start + 6)], None)[0].near
    assert "taakstelling" in near and "bezien" not in near
    assert "taakstelling" not in mentions(text, [(start, start + 6)])[0].near


def test_a_claim_the_quote_states_is_answered_with_it(engine: Engine) -> None:
    answer = engine.ask(_CLAIM)
    assert not answer.abstained, answer.reason
    assert "13.500" in answer.citations[0].quote
    off = switched(engine, claim_context_sentence=False).ask(_CLAIM)
    assert off.abstained and off.reason_code == "claim_number_other"


def test_a_number_of_something_else_is_still_refused(engine: Engine) -> None:
    # 2.193 are asylum seekers in Ter Apel (2022-07-08), not places the capacity decision gives.
    answer = engine.ask("Klopt het dat het capaciteitsbesluit 2.193 plekken gaf?")
    assert answer.abstained
