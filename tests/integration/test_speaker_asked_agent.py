"""Issue 16 task C2, rule ``speaker_asked_agent``: a question that asks its speaker by a
wh-agent ("... by who", "... door wie", "according to whom", "volgens wie") names no speaker;
a body it names is the object or topic ("aanbod vng ... gebruikt door wie": the VNG made the
offer, MVRO took it up). Read as the speaker, the body filtered the statements to its own and
the gold, said by another, was no candidate. Switched off to show the reading it removes."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.query import SpeakerRules
from lrt_search.search.speaker_position import speaker_mentions
from lrt_search.service import Engine


@pytest.mark.parametrize(
    "question",
    [
        "vws ocw joining lrt seen as positive by who",
        "aanbod vng om in gesprek te gaan gebruikt door wie",
        "The VNG's offer to talk was taken up by whom?",
        "ipo voorstel taakstelling volgens wie",
    ],
)
def test_a_body_of_a_question_asking_who_is_no_speaker(engine: Engine, question: str) -> None:
    orgs: OrgTable = engine.orgs
    assert speaker_mentions(question, orgs) == []
    off = SpeakerRules(speaker_asked_agent=False)
    assert speaker_mentions(question, orgs, off) != []


def test_a_body_named_as_speaker_still_speaks(engine: Engine) -> None:
    mentions = speaker_mentions("Wat zei de VNG over het aanbod?", engine.orgs)
    assert [m.code for m in mentions] == ["VNG"]


def test_the_statement_of_another_body_answers(engine: Engine) -> None:
    question = "aanbod vng om in gesprek te gaan gebruikt door wie"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert "MVRO maakt graag gebruik van het aanbod van de VNG" in answer.citations[0].quote
    off = switched(engine, speaker_asked_agent=False).ask(question)
    assert all("MVRO maakt graag gebruik" not in c.quote for c in off.citations[:1])
