"""Issue 16 task G2: the last false reasons of task G.

Rule ``glossary_phrase_frame_word``: "calling" is a word of speech, so the implied topic of
"Did VWS discuss the calling campaign?" was "campaign" alone, lacking ("the topic 'campaign'
does not occur" is false: the minutes write "belactie", the glossary's "calling campaign"). A
word of speech or of the frame inside an English glossary phrase of more than one word is kept.
Rule ``unread_role_forms``: the "not understood" note no longer lists a role word whose Dutch
form the minutes write ("secretary": "staatssecretaris")."""

from __future__ import annotations

from switched import switched

from lrt_search.evaluation.reason_truth import Minutes, false_reason
from lrt_search.service import Engine


def test_the_calling_campaign_is_read_whole(engine: Engine) -> None:
    question = "What did the state secretary have to say on the calling campaign?"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    off = switched(engine, glossary_phrase_frame_word=False).ask(question)
    assert off.reason_code == "topic_absent"
    assert false_reason(Minutes(engine), off)


def test_an_unanswerable_calling_campaign_question_gets_a_true_reason(engine: Engine) -> None:
    answer = engine.ask("Did VWS discuss the calling campaign?")
    assert answer.abstained
    assert answer.reason_code != "topic_absent", answer.reason
    assert false_reason(Minutes(engine), answer) is None


def _unread_words(answer: object) -> str:
    return " ".join(str(u.get("text", u)) for u in answer.unread)  # type: ignore[attr-defined]


def test_a_role_word_read_is_no_unread_word(engine: Engine) -> None:
    question = "What did the secretary say about the proposal for the coordination centre?"
    assert "secretary" not in _unread_words(engine.ask(question))
    off = switched(engine, unread_role_forms=False).ask(question)
    assert "secretary" in _unread_words(off)
