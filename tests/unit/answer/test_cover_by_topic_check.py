"""Rule ``cover_by_topic_check`` (answer.cover_check), built by hand: the terms the topic check
read with a kept statement (its own, its item heading's, the statement before it when anchored:
``Quote.terms | Quote.heading_terms``) are kept per candidate and counted by the confidence
feature ``topic_cover``; with the rule off, or for a candidate not kept this way, the cover
reads the quote alone. No index."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from lrt_search.answer.checks import Quote
from lrt_search.answer.cover_check import checked_terms, read_with
from lrt_search.answer.evidence import Requirements
from lrt_search.config import Settings
from lrt_search.models import Span
from lrt_search.results import Citation

_DAY = dt.date(2025, 3, 19)
_NEEDS = Requirements(
    topic="het integraal pakket",
    topic_terms=frozenset({"integraal", "pakket"}),
    topic_units=(frozenset({"integraal"}), frozenset({"pakket"})),
)


def _retriever(on: bool) -> Any:
    analyzer = SimpleNamespace(tokenize=lambda text: text.lower().rstrip(".").split())
    return SimpleNamespace(settings=Settings(cover_by_topic_check=on), analyzer=analyzer)


def _quote(retriever: Any, before: str) -> Quote:
    return Quote(
        retriever, _NEEDS, "het ipo vraagt om een uitvoeringstoets", "integraal pakket",
        ("IPO",), frozenset({"IPO"}), frozenset(), False, None, before=before,
    )  # fmt: skip


def _citation() -> Citation:
    return Citation(f"{_DAY}#2", _DAY, "2", "LRT", "het ipo vraagt om een uitvoeringstoets",
                    "IPO", 0.8, Span(4, 4), speakers=("IPO",))  # fmt: skip


def _frame(on: bool = True) -> Any:
    return SimpleNamespace(retriever=_retriever(on), check_terms={})


def test_the_terms_the_check_read_are_kept_and_read_back() -> None:
    frame, c = _frame(), _citation()
    read_with(frame, _quote(frame.retriever, "ipo pleit voor samenhang"), c)
    held = checked_terms(frame, c)
    assert {"integraal", "pakket"} <= held  # the item heading the check read
    assert {"samenhang", "uitvoeringstoets"} <= held  # before (anchored: by IPO) and its own


def test_rule_off_or_a_candidate_not_kept_reads_the_quote_alone() -> None:
    frame, c = _frame(on=False), _citation()
    read_with(frame, _quote(frame.retriever, ""), c)
    assert frame.check_terms == {} and checked_terms(frame, c) == frozenset()
    assert checked_terms(_frame(), c) == frozenset()  # on, but never kept (a record, a header)
