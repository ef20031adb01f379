"""Issue 16 task E2 (session 19), rule ``address_not_name``: a form of address or a title
before a person's name ("Mr De Jonge", "Ms Van Gennip", "Minister Keizer") is no part of the
name the minutes must hold; the minutes write "Dhr. De Jonge", "Mw. Van Gennip"."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.search.address import without_address
from lrt_search.search.phrases import names_in
from lrt_search.service import Engine


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("Who stood in for Mr De Jonge at the meeting of 8 July?", "Dhr. De Jonge"),
        ("At the meeting before 6 April 2023, who replaced Ms Van Gennip?", "Van Gennip"),
    ],
)
def test_a_person_named_with_an_english_address_is_found(
    engine: Engine, question: str, gold: str
) -> None:
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any(gold in c.quote for c in answer.citations)
    # rule stand_in_lines reads the replacement lines itself: off, so the name is what counts
    off = switched(engine, address_not_name=False, stand_in_lines=False).ask(question)
    assert off.abstained and off.reason_code in ("name_absent", "name_not_quoted"), off.reason


def test_a_person_no_list_names_is_refused_by_the_name_alone(engine: Engine) -> None:
    question = "Who replaced Mr Van Dam at the LRT of 8 July 2022?"
    assert engine.ask(question).reason_code == "absence_unstated"  # rule stand_in_lines
    answer = switched(engine, stand_in_lines=False).ask(question)
    assert answer.abstained and answer.reason_code == "name_absent", answer.reason
    assert answer.reason_params["names"] == ["Van Dam"]


def test_titles_stay_names_without_a_name_after_them() -> None:
    assert without_address(["Minister", "De", "Jonge"]) == ["De", "Jonge"]
    assert without_address(["State", "Secretary", "Van", "der", "Maat"]) == ["Van", "der", "Maat"]
    assert without_address(["Mrs", "van", "Gennip"]) == ["van", "Gennip"]
    assert names_in("What did the State Secretary say about the backlog?") == ["State Secretary"]
    assert names_in("Who replaced Mr Van Dam?", address=False) == ["Mr Van Dam"]
    office = "Wat zei de Minister van Binnenlandse Zaken?"
    assert names_in(office) == names_in(office, address=False)
