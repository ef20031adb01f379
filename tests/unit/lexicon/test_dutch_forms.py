"""The Dutch inflected forms of lexicon/data/inflections.toml (section ``dutch``) that rule
``dutch_inflections`` looks a topic word up by, and the form whose word class tells what the word
is (lrt_search.lexicon.dutch_forms)."""

from __future__ import annotations

from lrt_search.lexicon.dutch_forms import class_form, dutch_forms


def test_a_present_tense_gives_its_infinitive() -> None:
    assert dutch_forms("afrondt")[0] == "afronden"
    assert "vinden" in dutch_forms("vindt")


def test_a_latin_plural_gives_its_singular() -> None:
    assert "crisis" in dutch_forms("crises")


def test_an_undeclined_adjective_gives_its_declined_form() -> None:
    assert "onderlinge" in dutch_forms("onderling")


def test_short_stems_give_no_forms() -> None:
    assert "kenen" not in dutch_forms("kent")  # a stem of three letters: not a verb's
    assert dutch_forms("wet") == ()
    assert "gangen" not in dutch_forms("gang")


def test_the_class_is_read_by_the_form_the_table_holds() -> None:
    assert class_form("afrondt") == "afronden"  # a verb form the table holds as "afronden"
    assert class_form("onderling") == "onderlinge"
    assert class_form("rustig") == "rustig"  # in the table itself
    assert class_form("dorpen") == "dorpen"  # a noun: no form of it is an adjective or verb
    assert class_form("afrondt", inflections=False) == "afrondt"
