"""Rule ``compound_splits_checked`` (answer/compound_splits.py), no index: every row of the
generated table tests/data/compound_splits.toml (eval/make_compound_splits.py: cuts of Dutch
words of the minutes and of general Dutch that rule ``compound_both_parts`` took at main,
labelled with Hunspell nl and checked by hand) is read as labelled, and cuts made by hand."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from lrt_search.answer.compound_splits import dutch_word, participle_of_particle, real_cut

ROOT = Path(__file__).resolve().parents[3]
ROWS = tomllib.loads((ROOT / "tests/data/compound_splits.toml").read_text("utf-8"))["row"]
# A verb form whose head has a noun reading: the rule reads it as a compound (docs/settings.md).
KNOWN_MISSES = {"bekendstaat"}


def _reads(row: dict) -> bool:
    word, link = row["word"], row["link"]
    cut = len(row["modifier"]) + len(link)
    minutes = set(row["minutes"])
    return real_cut(word, cut, link, lambda w: dutch_word(w, minutes))


def test_the_table_is_read_as_labelled() -> None:
    wrong = [r["word"] for r in ROWS if _reads(r) != r["real"] and r["word"] not in KNOWN_MISSES]
    assert wrong == []
    assert len(ROWS) >= 200
    assert sum(not r["real"] for r in ROWS) >= 100  # the cuts main took that are no words


def test_the_known_misses_are_still_missed() -> None:
    # when the rule learns them, drop them from KNOWN_MISSES
    assert all(_reads(r) != r["real"] for r in ROWS if r["word"] in KNOWN_MISSES)


@pytest.mark.parametrize(
    ("word", "cut", "link", "real"),
    [
        ("gemeentebesturen", 12, "", False),  # gemeentebest | uren
        ("gemeentebesturen", 8, "", True),  # gemeente | besturen
        ("jongeren", 4, "", False),  # jonger + en
        ("verbleven", 4, "", False),  # no "verb"
        ("doorstroomplek", 10, "", True),
        ("huisvestingsachterstand", 12, "s", True),
        ("huisvestingsachterstand", 12, "", False),  # "huisvestings" is read with its link
        ("groepering", 6, "e", False),  # groep + ering
    ],
)
def test_cuts_by_hand(word: str, cut: int, link: str, real: bool) -> None:
    assert real_cut(word, cut, link, dutch_word) is real


def test_participles_of_separable_verbs() -> None:
    assert participle_of_particle("ingelopen")
    assert participle_of_particle("aangenomen")
    assert not participle_of_particle("opvanglocatie")
