"""Issue 16 task G: a reason never says an English word is absent whose Dutch glossary form
the minutes write.

Rule ``glossary_word_reason``: "quota" heads the glossary term "housing quota"
("taakstelling"), so "the topic 'quota' does not occur" was false; the reason now names what the
minutes lack ("fishing quota"), or only the word they lack in any form ("vaccination" of
"vaccination campaign": "campaign" heads "phone campaign", "belactie"). The glossary entry
"proposal": "voorstel" and the role "secretary": "staatssecretaris" (roles.toml) are data.
Rule ``english_word_in_dutch``: an English word of a Dutch query is found through its Dutch
forms."""

from __future__ import annotations

from switched import switched

from lrt_search.evaluation.reason_truth import Minutes, false_reason
from lrt_search.service import Engine


def test_the_head_is_named_with_its_modifier(engine: Engine) -> None:
    minutes = Minutes(engine)
    question = "What concerns were voiced about the fishing quota?"
    answer = engine.ask(question)
    assert answer.reason_code == "topic_absent"
    assert answer.reason_params["words"] == ["fishing quota"]
    assert false_reason(minutes, answer) is None
    # both rules off (rule glossary_head_reason reads the bare "quota" too: topic_head_unread)
    off = switched(engine, glossary_word_reason=False, glossary_head_reason=False).ask(question)
    assert off.reason_params["words"] == ["quota"]
    assert false_reason(minutes, off)


def test_only_the_word_lacking_in_any_form_is_named(engine: Engine) -> None:
    question = "What criticism was made about the vaccination campaign?"
    answer = engine.ask(question)
    assert answer.reason_code == "topic_absent"
    assert "campaign" not in answer.reason_params["words"]
    assert false_reason(Minutes(engine), answer) is None
    off = switched(engine, glossary_word_reason=False).ask(question)
    assert "campaign" in off.reason_params["words"]


def test_the_proposal_is_the_minutes_voorstel(engine: Engine) -> None:
    question = "Was regional responsibility part of the proposal discussed on 3 November 2023?"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("onderdeel van het voorstel" in c.quote for c in answer.citations)


def test_the_secretary_is_no_absent_name(engine: Engine) -> None:
    answer = engine.ask("What did the secretary say about football clubs in April 2023?")
    assert answer.reason_code != "name_absent", answer.reason


def test_an_english_word_in_a_dutch_query_is_read_through_its_dutch_forms(engine: Engine) -> None:
    # Rule english_word_in_dutch: "current" is "huidig" ("Het huidige systeem ... vastgelopen").
    question = "mvro current systeem vastgelopen qoute"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("Het huidige systeem loopt niet goed" in c.quote for c in answer.citations)
    off = switched(engine, english_word_in_dutch=False).ask(question)
    assert off.reason_code == "topic_absent" and off.reason_params["words"] == ["current"]
    absent = engine.ask("current situatie ijshockey competitie quote")
    assert absent.reason_code == "topic_absent"
