"""Line-end hyphenation: words broken by a PDF's line wrap are joined, elided compound parts
and real hyphenated compounds keep their hyphen, citations keep the source lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from lrt_search.config import Settings
from lrt_search.ingest.corpus import meeting_from_source
from lrt_search.ingest.hyphenation import join_halves, vocabulary
from lrt_search.ingest.reading import SourceText

HEAD = ["Vergaderdatum 8 juli 2022", "1. Opening"]


@pytest.mark.parametrize(
    ("head", "tail", "joined"),
    [
        ("wijzi", "ging", "wijziging"),  # a known word (wordfreq)
        ("coördinatie", "centrum", "coördinatiecentrum"),
        ("Rijks", "en", None),  # "Rijks- en gemeentelijke": an elided part, not a break
        ("Noord", "Brabant", "Noord-Brabant"),  # capitalised second part
        ("COA", "locaties", "COA-locaties"),  # an acronym
        ("2025", "II", "2025-II"),
        ("COÖRDINATIECEN", "TRUM", "COÖRDINATIECENTRUM"),  # a heading in capitals
        ("politie", "inzet", "politie-inzet"),  # a vowel on both sides
    ],
)
def test_join_halves(head: str, tail: str, joined: str | None) -> None:
    assert join_halves(head, tail, frozenset()) == joined


def test_the_documents_own_spelling_wins() -> None:
    own = vocabulary(["de spreidings-wet is aangenomen"])
    assert join_halves("spreidings", "wet", own) == "spreidings-wet"
    assert "wijzi" not in vocabulary(["een wijzi-", "ging"])


def parse(lines: list[str]) -> list[tuple[str, int, int]]:
    source = SourceText(Path("minutes.txt"), tuple(lines))
    meeting = meeting_from_source(source, Settings(), stem="minutes")
    return [(s.text, s.span.line_start, s.span.line_end) for s in meeting.statements]


def test_a_broken_word_is_joined_and_cites_both_lines() -> None:
    got = parse(
        [*HEAD, "- Het verslag wordt met een wijzi-", "ging vastgesteld.", "- VNG meldt dit."]
    )
    assert got[0] == ("Het verslag wordt met een wijziging vastgesteld.", 3, 4)
    assert got[1][0] == "VNG meldt dit."


def test_a_half_word_alone_on_its_line_is_merged() -> None:
    got = parse([*HEAD, "- Het verslag kent een wijzi-", "ging.", "- VNG meldt dit."])
    assert got[0] == ("Het verslag kent een wijziging.", 3, 4)


def test_elision_and_bullets_keep_the_hyphen() -> None:
    got = parse(
        [*HEAD, "- Rijks-", "en gemeentelijke diensten overleggen.", "- In- en uit-", "- IPO."]
    )
    assert got[0][0] == "Rijks- en gemeentelijke diensten overleggen."
    assert got[1][0] == "In- en uit-"  # the next line is a bullet of its own: nothing to join


def test_quotes_and_brackets_around_a_broken_word() -> None:
    got = parse(
        [*HEAD, "- Er komt een 'doorstroom-", "locatie' per organisa-", "tie(s).", "- IPO."]
    )
    assert got[0][0] == "Er komt een 'doorstroomlocatie' per organisatie(s)."
