"""The act check's reason names the act with its object (issue 16 session 30 task C2): "no
statement supports the premise 'dalen'" was false where a passage shown says "De instroom van
Syriërs daalt"; the reason says "toewijzingen statushouders laten dalen" and its checker asks a
passage shown to state the act and hold the object's words. By hand, no index."""

from __future__ import annotations

from lrt_search.answer.act_stated import act_params
from lrt_search.answer.evidence import Requirements


def test_the_premise_names_the_act_with_its_object() -> None:
    needs = Requirements(
        topic="toewijzingen statushouders laten dalen", acts=("lower",), act_words="dalen"
    )
    params = act_params(needs)
    assert params["premise"] == "toewijzingen statushouders laten dalen"
    assert params["object"] == "toewijzingen statushouders laten"
    assert params["act"] == "lower"


def test_a_topic_without_the_act_words_gets_them_after_it() -> None:
    needs = Requirements(topic="Oekraïne-opvang", acts=("stop",), act_words="stoppen")
    params = act_params(needs)
    assert params["premise"] == "Oekraïne-opvang stoppen"
    assert params["object"] == "Oekraïne-opvang"


def test_act_words_that_hold_the_object_are_the_premise() -> None:
    """ "withdraw from the national coordination body": no word of the topic beside them."""
    needs = Requirements(
        topic="withdraw national coordination body",
        acts=("leave",),
        act_words="withdraw from the national coordination body",
    )
    assert act_params(needs) == {
        "premise": "withdraw from the national coordination body",
        "act": "leave",
    }
