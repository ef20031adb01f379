"""Rule ``chat_abbreviations`` (search/abbreviations.py): the chat abbreviations of
lexicon/data/abbreviations.toml are read as their full forms before a question is read; none of
them is a word of the bundled minutes or an organisation alias. Switched off, the question is
read as typed."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.index.analysis import dutch_stopwords
from lrt_search.index.facts import spelling_counts
from lrt_search.search.abbreviations import expand, table
from lrt_search.service import Engine


def test_the_tables_are_real_lists_that_share_no_form() -> None:
    assert len(table("nl")) >= 40 and len(table("en")) >= 40
    assert not set(table("nl")) & set(table("en"))


def test_no_form_is_a_word_of_the_minutes_or_an_organisation(engine: Engine) -> None:
    vocabulary = spelling_counts(list(engine.chunks))
    assert "spreidingswet" in vocabulary  # the vocabulary is the minutes'
    for lang in ("nl", "en"):
        for form in table(lang):
            word = form.rstrip("/")
            assert word not in vocabulary, form
            assert engine.orgs.resolve(word) is None and not engine.orgs.query_mentions(word), form


def test_forms_are_read_whole_and_by_language() -> None:
    def known(word: str) -> bool:
        return word == "vr"  # a word of the index ("VR", veiligheidsregio) stays as written

    text, made = expand("wnr gaat budel open vr asielzoekers", known)
    assert text == "wanneer gaat budel open vr asielzoekers"
    assert [m.note() for m in made] == ["abbreviation: wnr -> wanneer"]
    assert expand("why did mvro refuse to talk w/vng abt statushouders", known)[0] == (
        "why did mvro refuse to talk with vng about statushouders"
    )
    assert "u" in dutch_stopwords()
    assert expand("wat vindt u van de spreidingswet", known)[1] == ()  # Dutch "u"
    assert expand("what did u say abt it", known)[0] == "what did you say about it"
    assert expand("wat zei OA over wtk", known)[1] == ()  # capitals, no whole form


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "wt is er afgspr over betrekken van gmntn en provincies bij de lagere regels",
            "betrokken bij uitwerking lagere regelgeving",
        ),
        ("did ppl complain that mtg papers came too late to prepare", "late aanlevering"),
    ],
)
def test_a_phone_question_is_answered_and_noted(engine: Engine, question: str, gold: str) -> None:
    answer = engine.ask(question)
    assert answer.question == question  # as written
    assert any(n.startswith("abbreviation: ") for n in answer.notes), answer.notes
    assert not answer.abstained, answer.reason
    assert any(gold in c.quote for c in answer.citations)
    off = switched(engine, chat_abbreviations=False).ask(question)
    assert not any(n.startswith("abbreviation: ") for n in off.notes)
    assert off.abstained or not any(gold in c.quote for c in off.citations)


def test_the_r_of_an_abbreviation_of_the_minutes_is_no_chat_are(engine: Engine) -> None:
    # "I&R" (identificatie en registratie, minutes of 2023-11-03): its "R" stands in an
    # abbreviation joined by "&", not alone, so it is no chat "r" ("are"); and the minutes write
    # "I&R", so it is no unread name either, though the index keeps no term of it.
    question = "what was said about the I&R process of people waiting in Ter Apel"
    answer = engine.ask(question)
    assert not any(n.startswith("abbreviation: ") for n in answer.notes), answer.notes
    assert not any("I&R" in u["text"] for u in answer.unread), answer.unread
    assert not answer.abstained, answer.reason
    assert any("(I&R) proces" in c.quote for c in answer.citations)
    assert expand("r u sure the I&R process is done", lambda w: False)[0] == (
        "are you sure the I&R process is done"
    )
