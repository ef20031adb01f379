"""Rule share_length_damped (answer/share_length.py) on the bundled corpus: the March 2025
minister's short line "Op dit moment zitten te veel statushouders in de asielopvang." is no
longer left out by long lines that hold more of an English question's glossary terms (the
40-word line of July 2022 on housing permit holders, MVRO's 90-word round of the package)."""

from __future__ import annotations

from lrt_search.service import Engine

_QUESTION = "Are too many people with a residence permit still living in reception centres?"
_GOLD = "zitten te veel statushouders in de asielopvang"


def test_the_short_line_is_quoted(engine: Engine) -> None:
    answer = engine.ask(_QUESTION)
    assert not answer.abstained
    assert any(_GOLD in c.quote for c in answer.citations)


def test_off_the_long_lines_leave_it_out(engine: Engine) -> None:
    off = engine.with_settings(engine.settings.replace(share_length_words=0))
    answer = off.ask(_QUESTION)
    assert not any(_GOLD in c.quote for c in answer.citations)
    # the rule orders the quotes only: the confidence is the same
    assert answer.confidence == engine.ask(_QUESTION).confidence
