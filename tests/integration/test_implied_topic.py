"""A question without an "about X" phrase still has a topic: its content words
(lrt_search.answer.implied_topic). An absent one abstains (``implied_topic_known``), and a speaker
who never speaks on it is not quoted for it (``implied_topic_quoted``). A word of general Dutch
or English the minutes lack is not a misspelling: ``ask`` does not answer another question
with a corpus word a few edits away ("tolken" -> "taken")."""

from __future__ import annotations

import pytest

from lrt_search.answer.implied_topic import implied_topic
from lrt_search.answer.informativeness import misspelt
from lrt_search.search.spelling import Suggestion
from lrt_search.service import Engine


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("Was measles vaccination in asylum centres discussed?",
         "measles vaccination asylum centres"),
        ("How did VB react to the flex homes?", "flex homes"),
        ("Hoe hoog is de huurtoeslag voor statushouders?", "huurtoeslag statushouders"),
        ("Wie verving minister De Jonge tijdens de LRT van 8 juli 2022?", "minister Jonge"),
        ("Waarover uitte de VNG zorgen?", ""),  # question word, verb, speaker, stopword
    ],
)  # fmt: skip
def test_the_implied_topic_is_the_content_words_without_the_question_word_and_verb(
    engine: Engine, question: str, topic: str
) -> None:
    assert implied_topic(question, engine.orgs) == topic


@pytest.mark.parametrize(
    ("question", "check", "code"),
    [
        # ("Was X discussed?" now has X read as its topic: rule topic_after_mention)
        ("Was measles vaccination in asylum centres a concern?", "implied_topic_known",
         "topic_absent"),
        ("Hoeveel tolken werken er bij het COA?", "implied_topic_known", "topic_absent"),
        # ("How did VB view ..." now has its topic read as an opinion shape: search/phrases)
        ("How did VB react to the flex homes?", "implied_topic_quoted", "topic_not_quoted"),
    ],
)  # fmt: skip
def test_an_implied_topic_is_checked_like_an_about_phrase(
    engine: Engine, question: str, check: str, code: str
) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == code, (answer.reason_code, answer.reason)
    off = engine.with_settings(engine.settings.replace(disabled_checks=(check,)))
    assert off.ask(question).reason_code != code


def test_an_implied_topic_the_speaker_speaks_on_is_answered(engine: Engine) -> None:
    answer = engine.ask("How did Aedes view the flex homes?")
    assert not answer.abstained, answer.reason
    assert all("flexwoning" in c.quote.lower() for c in answer.citations), answer.answer


def test_only_words_no_dictionary_knows_are_corrected_before_answering() -> None:
    question = "Hoeveel tolken zijn er voor de spreidinswet?"
    suggestions = [
        Suggestion("tolken", "taken", "Hoeveel taken zijn er voor de spreidinswet?"),
        Suggestion("spreidinswet", "spreidingswet", "Hoeveel taken zijn er voor de spreidingswet?"),
    ]
    kept = misspelt(question, suggestions)
    assert [s.word for s in kept] == ["spreidinswet"]
    assert kept[0].query == "Hoeveel tolken zijn er voor de spreidingswet?"
