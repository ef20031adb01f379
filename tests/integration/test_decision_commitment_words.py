"""Issue 16 task G, rule ``decision_commitment_words``: a commitment in words of those at the
table ("..., zullen we contact leggen met de desbetreffende provincie") counts as a record of
"what was agreed/decided about X" (a candidate holding one is no reason for rule
``decision_no_record`` to abstain); a topic without a decision or a commitment still abstains."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.answer.commitments import commits_in_words
from lrt_search.service import Engine


@pytest.mark.parametrize(
    ("sentence", "commits"),
    [
        ("Waar we constateren dat een gemeente achterloopt, zullen we contact leggen.", True),
        ("We will inform the members before the next meeting.", True),
        ("Wij gaan de gemeenten hierover informeren.", True),
        ("We zullen niet meer betalen.", False),  # denied
        ("Zullen we de provincies benaderen?", False),  # asked
        ("Daarbij gaan we ervan uit dat het lukt.", False),  # no action
        ("De VNG zal de gemeenten informeren.", False),  # an organisation: statement_kinds
    ],
)
def test_a_commitment_in_words(sentence: str, commits: bool) -> None:
    assert commits_in_words(sentence) is commits


def test_a_topic_without_a_commitment_still_abstains(engine: Engine) -> None:
    both = switched(engine, decision_no_record=True, decision_commitment_words=True)
    answer = both.ask("Wat is er besloten over de opstartwoningen?")
    assert answer.abstained and answer.reason_code == "no_record", answer.reason
