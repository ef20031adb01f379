"""Issue 16 session 29 task F2, rule frame_words_unread (tried and deleted, code at commit
27e918e6; the table stays, its test xfail: 1512 of 2576 rows fail without the rule): a claim
of the minutes in every claim-check or question frame of the word data
(tests/data/frame_words.toml, written by eval/make_frame_words.py) is read as its bare
statement: the same topic terms and missing words (answer.topics.topic_terms), the same
glossary and synonym expansions (the scope's ``glossary_terms``) and the same BM25 query
terms. "Is it true that ..." had "true" -> "echt" as a topic word."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

import pytest

from lrt_search.answer.topics import topic_terms
from lrt_search.index.analysis import is_english
from lrt_search.service import Engine

_TABLE = Path(__file__).resolve().parents[1] / "data" / "frame_words.toml"
#: Known misses (110 rows, every Dutch frame of one claim): the bare statement is no Dutch
#: sentence to the reader ("In juli 2022 verbleven er 2.193 asielzoekers in Ter Apel?" holds
#: no Dutch function word it counts), so it is expanded by the glossary ("Ter Apel") where the
#: framed question, a Dutch sentence by its frame, gets the synonyms: the frame's words are
#: gone from both, the bare statement's language is misread.
KNOWN_MISS = frozenset(["In juli 2022 verbleven er {} asielzoekers in Ter Apel?"])


@cache
def _rows() -> list[dict]:
    return tomllib.loads(_TABLE.read_text(encoding="utf-8"))["row"]


def reading(engine: Engine, text: str, english: bool) -> tuple:
    """Topic terms, missing words, expansions and BM25 query terms of ``text``."""
    retriever = engine.evidence
    check = topic_terms(retriever, text, english)
    known = retriever.bm25.terms
    bm25 = {t for t in retriever.analyzer.tokenize_query(text, known) if t in known}
    expanded = set(retriever.scope(text).glossary_terms)
    return sorted(check.terms), sorted(check.missing), sorted(expanded), sorted(bm25)


def misread(engine: Engine, row: dict) -> str | None:
    """How ``row``'s question is read otherwise than its bare statement, or None."""
    english = is_english(row["bare"])
    framed_reading = reading(engine, row["question"], english)
    bare = reading(engine, row["bare"], english)
    return None if framed_reading == bare else f"{framed_reading} != {bare}"


@pytest.mark.xfail(reason="rule frame_words_unread deleted (code at 27e918e6): 1512 of 2576 fail")
def test_every_frame_is_read_as_its_bare_statement(engine: Engine) -> None:
    rows = [r for r in _rows() if re.sub(r"[\d.,]+", "{}", r["bare"]) not in KNOWN_MISS]
    assert len(_rows()) - len(rows) == 110
    wrong = {r["question"]: why for r in rows if (why := misread(engine, r))}
    assert not wrong, f"{len(wrong)} of {len(_rows())} rows misread: {list(wrong.items())[:5]}"


def test_the_table_has_every_kind() -> None:
    kinds = {(r["lang"], r["kind"]) for r in _rows()}
    assert kinds == {(g, k) for g in ("nl", "en") for k in ("opener", "closer", "tail")}


def test_is_it_true_is_answered_as_did(engine: Engine) -> None:
    # tq-a11's class, refused low_confidence 0.32 with the frame and answered 0.88 without: not
    # by the frame's words (rule frame_words_unread changed no answer) but by rule premise_act -
    # a claim's premise act "increase" (raised) must be stated, and the minutes' "toe te laten
    # nemen" was none of its stated forms; rule act_forms_split_read (session 30) reads it
    answer = engine.ask(
        "Is it true that COA made two suggestions to increase the allocations to "
        "statushouders in november 2023?"
    )
    assert not answer.abstained, answer.reason
