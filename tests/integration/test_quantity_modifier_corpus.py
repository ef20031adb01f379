"""Rule quantity_modifier (answer/count_modifier.py, check quantity_modifier) on the bundled
corpus: "how many MODIFIER NOUN" is not answered by a number of the noun without the modifier
(eval/quantity_modifier_probe.jsonl), with a true reason; "extra plekken" still answers."""

from __future__ import annotations

from switched import switched

from lrt_search.evaluation.reason_count import count_unmodified
from lrt_search.evaluation.reason_truth import Minutes, false_reason
from lrt_search.service import Engine

_VULNERABLE = "Hoeveel kwetsbare statushouders moesten er in november 2023 nog gehuisvest worden?"
_SICK = "How many sick asylum seekers were staying in Ter Apel in July 2022?"
_EXTRA = "Hoeveel extra plekken wil het coördinatiecentrum per week realiseren?"


def test_a_number_of_the_noun_without_the_modifier_abstains(engine: Engine) -> None:
    off = switched(engine, quantity_modifier=False).ask(_VULNERABLE)
    assert not off.abstained  # "circa 13.000 statushouders van huisvesting voorzien"
    assert any("13.000 statushouders" in c.quote for c in off.citations)
    on = switched(engine, quantity_modifier=True).ask(_VULNERABLE)
    assert on.abstained and on.reason_code == "count_unmodified", on.reason
    assert on.reason_params["names"] == ["kwetsbare statushouders"]
    assert false_reason(Minutes(engine), on) is None


def test_an_english_modifier_abstains_with_a_true_reason(engine: Engine) -> None:
    on = switched(engine, quantity_modifier=True).ask(_SICK)
    assert on.abstained and on.reason_code == "count_unmodified", on.reason
    assert false_reason(Minutes(engine), on) is None


def test_an_addition_still_answers(engine: Engine) -> None:
    on = switched(engine, quantity_modifier=True).ask(_EXTRA)
    assert not on.abstained, on.reason
    assert any("500 extra plekken" in c.quote for c in on.citations)


def test_the_reason_is_false_when_a_sentence_gives_the_modified_count(engine: Engine) -> None:
    november = "2023-11-01 to 2023-11-30"
    params = {"names": ["extra plekken"], "words": ["plekken"], "period": november}
    assert count_unmodified(Minutes(engine), None, params)
    params["names"] = ["permanente plekken"]
    assert count_unmodified(Minutes(engine), None, params) is None
