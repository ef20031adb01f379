"""Rule ``english_premise_checked`` (off by default: docs/settings.md; issue 16 session 27 task
E3): an English why-premise none of whose words the check reads requires each word whose Dutch
translations the minutes hold, in any of the minutes' forms of them; a premise no word of which
can be translated stays unchecked. Read on the statement text alone, no index (a stand-in
engine fitted on the corpus text, eval/premise_text.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "eval"))

from premise_text import TextEngine, needs_of, supports  # noqa: E402

from lrt_search.config import Settings  # noqa: E402

LAW = "MAenM licht toe dat zij de spreidingswet wil intrekken en dat de taakstelling eraf gaat."
EU = (
    "De staatssecretaris geeft aan te verwachten dat de EU tijdelijke richtlijn Oekraïense "
    "ontheemden met een jaar wordt verlengd."
)


@pytest.fixture(scope="module")
def on() -> TextEngine:
    return TextEngine(Settings(english_premise_checked=True))


@pytest.fixture(scope="module")
def off() -> TextEngine:
    return TextEngine(Settings(english_premise_checked=False))


@pytest.mark.parametrize(
    ("question", "statement", "held"),
    [
        ("Why does MAenM want to withdraw the dispersal law?", LAW, True),
        ("Why does MAenM want to extend the dispersal law?", LAW, False),
        ("Why is the temporary directive expected to be extended?", EU, True),  # "verlengd"
        ("Why is the temporary directive expected to be abolished?", EU, False),
    ],
)
def test_act_checked_through_translations(on, off, question, statement, held) -> None:
    """On, the act and its object are checked through their translations (the minutes'
    "verlengd" meets "extended" through "verlengen"); off, no word is checked."""
    assert supports(on, question, statement, True) is held
    assert supports(off, question, statement, True) is True
    assert needs_of(off, question, True) == ()


def test_untranslated_premise_stays_unchecked(on) -> None:
    """A premise whose words no dictionary translates is never refused on them."""
    assert needs_of(on, "Why did MAenM apologise?", True) == ()
    assert supports(on, "Why did MAenM apologise?", LAW, True) is True


def test_dutch_premise_unchanged(on, off) -> None:
    """The rule reads English premises only."""
    question = "Waarom wil MAenM de spreidingswet intrekken?"
    assert needs_of(on, question, False) == needs_of(off, question, False)
