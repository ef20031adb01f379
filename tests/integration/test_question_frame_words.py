"""Rule question_frame_words (issue 16 task A2, blind13 b13-003): the words that frame a
question - interrogative pronominal adverbs ("waarover"), a separable verb whose particle closes
the Dutch clause ("spraken ... af"), request words ("quote", "qoute") - are no topic words."""

from __future__ import annotations

from lrt_search.answer.frame_words import frame_words, is_request_word, without_frame
from lrt_search.service import Engine

QUESTION = "Welke actie spraken BZK en Aedes op 3 november 2023 af, en waarover?"  # b13-003
GOLD = "BZK en Aedes spreken door over opties voor het"


def test_frame_words_of_a_question() -> None:
    assert frame_words(QUESTION) == {"spraken", "af", "waarover"}
    assert {"riep", "op", "waartoe"} <= frame_words("Waartoe riep MAenM de medeoverheden op?")
    assert {"exact", "words"} <= frame_words("What did the VNG say, exact words please")
    assert "kosten" not in frame_words("Welke kosten kwamen er bij?")  # a noun, not the verb
    assert not frame_words("Which words did the VNG use for the plan?")
    assert without_frame("actie spraken waarover", QUESTION) == "actie"


def test_request_words_and_their_typos() -> None:
    assert is_request_word("qoute") and is_request_word("citaat")
    assert not is_request_word("quota") and not is_request_word("route")


def test_the_agreed_action_is_answered_with_the_rule(engine: Engine) -> None:
    answer = engine.ask(QUESTION)
    assert not answer.abstained, answer.reason
    assert any(GOLD in c.quote for c in answer.citations), [c.quote for c in answer.citations]


def test_without_the_rule_the_frame_words_read_as_its_topic(engine: Engine) -> None:
    off = engine.with_settings(
        engine.settings.replace(
            question_frame_words=False,
            implied_topic_speaker_only=False,
            word_forms_read=False,  # since session 26 it finds "spraken ... af" as "afspraak"
        )
    )
    answer = off.ask(QUESTION)
    assert answer.abstained and answer.reason_code == "topic_not_quoted"
