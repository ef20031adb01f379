"""Rule ``claim_context_sentence`` (answer/claim_detail.py): when a quote states the very number
a claim names, the words compared around the two are those of their whole sentences, not five on
either side: a period between the counted noun and the number ("the housing target for 2022-II
set at 13,500") pushed the noun out of both windows, and the claim was refused as stating the
number "of something else" while the quote states exactly it. A bound's number ("at least
100") is still compared over the words near it: a sentence holds other numbers."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

# The minutes (2022-07-08): "De taakstelling voor 2022-II is vastgesteld op 13.500."
_CLAIM = "Was the housing target for 2022-II set at 13,500?"


def test_a_claim_the_quote_states_is_answered_with_it(engine: Engine) -> None:
    answer = engine.ask(_CLAIM)
    assert not answer.abstained, answer.reason
    assert "13.500" in answer.citations[0].quote
    # (rule english_number_forms alone answers it too: "for" is an English stopword, no context)
    off = switched(engine, claim_context_sentence=False, english_number_forms=False).ask(_CLAIM)
    assert off.abstained and off.reason_code == "claim_number_other"


def test_a_bound_is_not_met_by_another_number_of_the_sentence(engine: Engine) -> None:
    # "Ongeveer 60 gemeenten hebben aangegeven interesse te hebben in een DSL, waarmee 8500
    # plekken zouden kunnen ontstaan": 8500 is no count of municipalities (claim_bound_probe cb14).
    question = "Is it true that at least 100 municipalities showed interest in a DSL in March 2025?"
    answer = engine.ask(question)
    assert answer.abstained and str(answer.reason_code).startswith("claim_number_")
