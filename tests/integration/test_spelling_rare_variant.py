"""Rule ``spelling_rare_variant`` (search/typed_spelling.rare_variant): a word of general Dutch
the minutes lack that is a rare spelling of their word ("lokatie" for "locatie", "reakties" for
"reacties": the same spelling key, the minutes' word at least
``spelling_rare_variant_margin`` more frequent) is read as theirs; two words of their own
("reden" / "redden"), an accent of emphasis ("vóór") and a word that joins its neighbour into a
word of the minutes ("doorstroom lokaties") are not. Off, "lokatie" is a topic the minutes lack
and the question is refused."""

from __future__ import annotations

from switched import switched

from lrt_search.search.typed_spelling import rare_variant, read_spelling
from lrt_search.service import Engine

QUESTION = "budel lokatie defensie helderheid"
GOLD = "Vraag vanuit de VNG is of Defensie de locatie Budel wil gebruiken."


def test_a_rare_spelling_of_a_word_of_the_minutes_is_read_as_theirs(engine: Engine) -> None:
    assert read_spelling(engine, QUESTION) == (
        "budel locatie defensie helderheid",
        ["spelling: lokatie -> locatie"],
    )
    answer = engine.ask(QUESTION)
    assert not answer.abstained
    assert any(GOLD in " ".join(c.quote.split()) for c in answer.citations)


def test_off_the_rare_spelling_is_a_missing_topic(engine: Engine) -> None:
    off = switched(engine, spelling_rare_variant_margin=0.0)
    assert read_spelling(off, QUESTION)[1] == []
    answer = off.ask(QUESTION)
    assert answer.abstained and answer.reason_code == "topic_absent"


def test_words_of_their_own_and_accents_are_not_read_as_variants() -> None:
    assert rare_variant("reakties", "reacties", 1.0)
    assert not rare_variant("reden", "redden", 1.0)  # "redden" is the rarer word
    assert not rare_variant("vóór", "voor", 1.0)  # an accent only
    assert not rare_variant("cabinet", "kabinet", 1.0)  # an English word, not a Dutch spelling


def test_a_word_that_joins_its_neighbour_is_left_to_the_join(engine: Engine) -> None:
    text, notes = read_spelling(engine, "doorstroom lokaties statushouders")
    assert notes == []
    assert text == "doorstroom lokaties statushouders"
