"""Rule ``possessive_bodies_read`` (search/possessive_bodies.py, issue 16 session 29 task A2):
a body owning the subject of a passive of speech, discussion or decision is no speaker; where
the form makes it the actor it is. By hand, no index (the table is
test_possessive_bodies_table.py)."""

from __future__ import annotations

import pytest

from lrt_search.search.possessive_bodies import spoken_owner


def _owner(question: str, body: str) -> bool:
    start = question.index(body)
    return spoken_owner(question, 0, start, start + len(body))


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("Werd het aanbod van het COA besproken?", "COA"),
        ("Is het plan van de VNG besproken in de LRT?", "VNG"),
        ("Werd het voorstel van de VNG aangenomen?", "VNG"),
        ("Was the proposal of the IPO discussed?", "IPO"),
        ("Was the letter from the VNG discussed at the LRT?", "VNG"),
        ("Was the COA's offer of flexible housing proposed for the agenda?", "COA"),
        ("Was the IPO's request to change the text accepted in July 2022?", "IPO"),
    ],
)
def test_the_owner_of_a_passive_subject_is_no_speaker(question: str, body: str) -> None:
    assert _owner(question, body)


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("Werd het aanbod door het COA besproken?", "COA"),  # the agent
        ("Was the offer proposed by the COA?", "COA"),
        ("Heeft de VNG het voorstel besproken?", "VNG"),  # an active subject
        ("Did the VNG discuss the plan?", "VNG"),
        ("Wat was het voorstel van de VNG?", "VNG"),  # the act itself asked
        ("What was the COA's note?", "COA"),
        ("What did the COA's director say?", "COA"),
        ("Wat was het voorstel van de VNG dat werd besproken?", "VNG"),  # another clause
        # Dutch read: the English "said" is no Dutch participle
        ("Wat was de response van de staatssecretaris when they said X?", "staatssecretaris"),
    ],
)
def test_the_actor_stays_the_speaker(question: str, body: str) -> None:
    assert not _owner(question, body)
