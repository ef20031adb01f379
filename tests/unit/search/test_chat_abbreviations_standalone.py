"""Rule ``chat_abbreviations`` reads a chat form only as a word standing alone
(search/abbreviations.py ``standalone``): a letter of an abbreviation joined by "&", "/", "-",
"+" or "." ("I&R", "J&V", "VWS/OCW", "R-route", "U.S.") is no chat "r" or "u" (issue 16,
session 23 task G4). Inputs built by hand; nothing is a word of the index here."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.abbreviations import expand, standalone
from lrt_search.search.unread import find_unread


def _unknown(word: str) -> bool:
    return False


@pytest.mark.parametrize(
    "question",
    [
        "how long does the I&R process take",
        "wat zei J&V over het I&R proces?",
        "what did VWS/OCW say about schools",
        "when does the R-route start",
        "what did the U.S. say",
        "what about the R&D budget",
        "is the I+R plan ready",
    ],
)
def test_a_letter_of_a_joined_abbreviation_stays(question: str) -> None:
    text, made = expand(question, _unknown)
    assert text == question and made == ()


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("u r right", "you are right"),
        ("r u there", "are you there"),
        ("R u there?", "are you there?"),
        ("what r the plans (abt) housing", "what are the plans (about) housing"),
        ("why did mvro talk w/vng abt it", "why did mvro talk with vng about it"),
        ("what was said w/o a plan", "what was said without a plan"),
    ],
)
def test_a_standalone_form_is_still_read(question: str, read: str) -> None:
    assert expand(question, _unknown)[0] == read


def test_standalone_strips_quotes_brackets_and_punctuation_only() -> None:
    text = 'is "r" I&R, (u) U.S.?'
    assert standalone(text, text.index("r"), text.index("r") + 1)
    assert not standalone(text, text.index("R"), text.index("R") + 1)
    assert standalone(text, text.index("u"), text.index("u") + 1)
    assert not standalone(text, text.index("U"), text.index("U") + 1)


def test_the_r_of_i_and_r_is_noted_nowhere() -> None:
    _, made = expand("u know the I&R process? r u sure", _unknown)
    assert [m.note() for m in made] == [
        "abbreviation: u -> you",
        "abbreviation: r -> are",
        "abbreviation: u -> you",
    ]


class _NoTerms:
    """An analyzer whose index keeps no term of a name (as "I&R": single letters)."""

    def tokenize_query(self, word: str, known: object) -> list[str]:
        return []


def test_an_abbreviation_the_minutes_write_is_no_unread_name() -> None:
    question = "how long does the I&R process take for the XQZ"
    args = (question, OrgTable.default(), None, _NoTerms(), frozenset({"process", "take"}))
    names = [u.text for u in find_unread(*args) if u.kind == "name"]
    assert names == ["I&R", "XQZ"]  # read, no longer "I&are"; then not known
    names = [u.text for u in find_unread(*args, written={"I&R"}) if u.kind == "name"]
    assert names == ["XQZ"]
