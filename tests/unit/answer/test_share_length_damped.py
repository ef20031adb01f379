"""Rule share_length_damped: a long line's term share is no evidence that it answers."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from lrt_search.answer.share_length import damped, length_damped, share_factor
from lrt_search.config import Settings
from lrt_search.models import Span
from lrt_search.results import Citation


def _citation(quote: str, score: float, lexical: float) -> Citation:
    return Citation(
        "2023-04-06#3", dt.date(2023, 4, 6), "3", "LRT", quote, None, score, Span(1, 1), lexical
    )


#: A long process line holding many of the question's words, and the short line that answers.
LONG = _citation(" ".join(["taakstelling"] * 120), 0.90, 0.6)
SHORT = _citation("VNG maakt zich zorgen over hoogte van de taakstelling.", 0.87, 0.2)


def test_a_line_up_to_the_length_keeps_its_share() -> None:
    assert share_factor(10, 30) == 1.0
    assert share_factor(30, 30) == 1.0
    assert share_factor(120, 30) == pytest.approx(0.5)
    # 0: the rule is off
    assert share_factor(120, 0) == 1.0


def test_the_long_line_loses_its_lead() -> None:
    out = damped([LONG, SHORT], 0.15, 30)
    assert [c.quote for c in out] == [SHORT.quote, LONG.quote]
    # the long line keeps half its share's credit (0.15 x 0.6 x 0.5 lost); the short one all
    assert out[1].score == pytest.approx(0.90 - 0.15 * 0.6 * 0.5)
    assert out[0].score == pytest.approx(0.87)
    # the share the checks and the confidence read is kept
    assert out[1].lexical == LONG.lexical


def test_short_lines_only_are_left_as_they_are() -> None:
    other = _citation("Het IPO sluit zich aan bij de VNG.", 0.80, 0.5)
    candidates = [SHORT, other]
    assert damped(candidates, 0.15, 30) is candidates


def test_a_long_line_without_the_question_words_keeps_its_score() -> None:
    long_silent = _citation(" ".join(["woningen"] * 120), 0.91, 0.0)
    out = damped([long_silent, SHORT], 0.15, 30)
    assert [c.score for c in out] == [0.91, 0.87]


def test_off_the_long_line_keeps_its_lead() -> None:
    frame = SimpleNamespace(retriever=SimpleNamespace(settings=Settings(share_length_words=0)))
    candidates = [LONG, SHORT]
    assert length_damped(frame, candidates) is candidates  # type: ignore[arg-type]


def test_on_by_default() -> None:
    frame = SimpleNamespace(retriever=SimpleNamespace(settings=Settings()))
    out = length_damped(frame, [LONG, SHORT])  # type: ignore[arg-type]
    assert out[0].quote == SHORT.quote
    assert length_damped(frame, []) == []  # type: ignore[arg-type]
