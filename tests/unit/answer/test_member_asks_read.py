"""Rule member_asks_read (answer/member_asks.py), read by hand: which noun after a "which" word
is the class asked, with the rule on and off; no index needed."""

from __future__ import annotations

import pytest

from lrt_search.answer.asked_class import asked_member
from lrt_search.answer.member_asks import member_nouns


@pytest.mark.parametrize(
    ("question", "on", "off"),
    [
        ("Welke van de gemeenten doen mee?", ("place", "gemeenten"), ("", "")),
        ("Which of the ministries took part?", ("org", "ministries"), ("", "")),
        ("Which types of locations were named?", ("place", "locations"), ("", "")),
        ("welke kosten gemeenten noodopvang", ("", ""), ("place", "gemeenten")),
        ("which costs municipalities emergency reception", ("", ""), ("place", "municipalities")),
        ("Welke drie provincies deden mee?", ("place", "provincies"), ("place", "provincies")),
        ("Welke andere gemeenten deden mee?", ("place", "gemeenten"), ("place", "gemeenten")),
        (
            "Which alternative locations were inventoried?",
            ("place", "locations"),
            ("place", "locations"),
        ),
        ("Welke soort gemeenten had problemen?", ("place", "gemeenten"), ("place", "gemeenten")),
        ("Weet de VNG welke gemeenten er zijn?", ("place", "gemeenten"), ("place", "gemeenten")),
        ("Hoeveel gemeenten deden mee?", ("", ""), ("", "")),
    ],
)
def test_class_asked_on_and_off(question: str, on: tuple[str, str], off: tuple[str, str]) -> None:
    assert asked_member(question, True, True) == on
    assert asked_member(question, True, False) == off


def test_member_nouns_keep_the_index_of_their_which_word() -> None:
    nouns = member_nouns("Welke afspraak is gemaakt over welke twee gemeenten?")
    assert nouns == [(0, "afspraak"), (1, "twee"), (1, "gemeenten")]


def test_a_plural_noun_is_asked_itself_in_english() -> None:
    assert member_nouns("Which costs municipalities?") == [(0, "costs")]


def test_one_reader_gives_the_old_two_words_with_the_rule_off() -> None:
    """Off (``reads=False``), the one "which" reader gives the two words after each "which"
    word as written ("" for a missing second), a two-word "which" word spaced once only."""
    assert member_nouns("Welke van de gemeenten?", reads=False) == [(0, "van"), (0, "de")]
    assert member_nouns("Welke gemeenten", reads=False) == [(0, "gemeenten"), (0, "")]
    assert member_nouns("Wat  voor landen", reads=False) == []
    assert member_nouns("Wat  voor landen", reads=True) == [(0, "landen")]
