"""Rule meeting_date_not_content: the date that picks the meetings is no asked content."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from lrt_search.answer.meeting_date_terms import content_terms, date_terms, rescored
from lrt_search.config import Settings
from lrt_search.models import Span
from lrt_search.results import Citation
from lrt_search.search.query import QueryScope


def _tokenize(text: str) -> list[str]:
    return [w.strip(".,;:?!").lower() for w in text.split() if w.strip(".,;:?!")]


def _frame(
    question: str,
    since: dt.date | None = dt.date(2023, 4, 1),
    until: dt.date | None = dt.date(2023, 4, 30),
    on: bool = True,
    period_terms: frozenset[str] = frozenset(),
) -> SimpleNamespace:
    retriever = SimpleNamespace(
        settings=Settings(meeting_date_not_content=on),
        analyzer=SimpleNamespace(tokenize=_tokenize),
    )
    return SimpleNamespace(
        retriever=retriever,
        scope=QueryScope(since=since, until=until),
        question=question,
        period_terms=period_terms,
    )


QUESTION = "What did the state secretary expect of the housing target in April 2023?"
TERMS = ["staatssecretaris", "taakstelling", "april", "2023"]


def test_date_words_are_months_years_and_days() -> None:
    assert date_terms("Wat zei de VNG op 10 november 2023 over 500 plekken?", _tokenize) == {
        "10",
        "november",
        "2023",
    }
    assert date_terms("Wat zei de VNG over de taakstelling?", _tokenize) == set()


def test_a_meeting_period_leaves_its_words_out() -> None:
    assert content_terms(_frame(QUESTION), TERMS) == ["staatssecretaris", "taakstelling"]
    # an open period (only a lower or upper bound) picks the meetings too
    assert content_terms(_frame(QUESTION, until=None), TERMS) == TERMS[:2]


def test_no_meeting_period_or_the_rule_off_keeps_every_word() -> None:
    assert content_terms(_frame(QUESTION, since=None, until=None), TERMS) == TERMS
    assert content_terms(_frame(QUESTION, on=False), TERMS) == TERMS


def test_a_topic_period_still_counts() -> None:
    frame = _frame(QUESTION, period_terms=frozenset({"2023"}))
    assert content_terms(frame, TERMS) == ["staatssecretaris", "taakstelling", "2023"]


def _citation(quote: str, score: float) -> Citation:
    return Citation("2023-04-06#3", dt.date(2023, 4, 6), "3", "LRT", quote, None, score, Span(1, 1))


def test_the_line_that_writes_dates_loses_its_lead() -> None:
    process = _citation("De MR van 21 april 2023 agendeert de taakstelling.", 0.90)
    answer = _citation("Staatssecretaris verwacht dat de taakstelling niet lager zal zijn.", 0.88)
    idf = {"taakstelling": 1.0, "april": 1.0, "2023": 1.0, "verwacht": 1.0}
    terms = ["verwacht", "taakstelling", "april", "2023"]
    kept = ["verwacht", "taakstelling"]
    out = rescored([process, answer], terms, kept, _tokenize, idf, 0.15)
    assert [c.quote for c in out] == [answer.quote, process.quote]
    # the process line loses the credit of "april" and "2023" (2/4 of the share); the answer,
    # which holds no date word, keeps its score
    assert out[0].score == pytest.approx(0.88)
    assert out[1].score == pytest.approx(0.90 - 0.15 * 0.5)
    # the share the checks and the confidence read is kept
    assert out[0].lexical == answer.lexical
