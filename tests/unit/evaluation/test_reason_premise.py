"""The check of reason ``premise_unsupported`` of a why-premise (issue 16 task C4,
:mod:`lrt_search.evaluation.reason_premise`) on minutes built by hand: a reason that a
statement of the period contradicts (it holds every content word of the premise, in some form)
is false; its twin, whose premise holds a word no statement holds, is true."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from lrt_search.answer.messages import render
from lrt_search.evaluation.reason_minutes import Minutes
from lrt_search.evaluation.reason_premise import premise_units, word_forms
from lrt_search.evaluation.reason_truth import false_reason
from lrt_search.index.analysis import DutchAnalyzer

_CODES = {"vng": "VNG", "coa": "COA"}


class _Orgs:
    def resolve(self, name: str) -> str | None:
        return _CODES.get(name.lower())

    def mentions(self, text: str) -> list[SimpleNamespace]:
        return [SimpleNamespace(code=c) for w, c in _CODES.items() if w in text.lower()]


class _Engine:
    """An engine of two statements (hashable, as the checker caches per engine)."""

    def __init__(self) -> None:
        self.analyzer = DutchAnalyzer()
        self.orgs = _Orgs()
        said = [
            ("2025-03-19", "Overig", "De VNG spreekt hun zorgen uit over de LVV.", ("VNG",)),
            ("2023-11-10", "Opvang", "Het COA sluit de locatie in Ter Apel niet.", ("COA",)),
        ]
        self.chunks = [
            SimpleNamespace(
                meeting_date=dt.date.fromisoformat(day), kind="item", item_title=title,
                text=text, statements=(SimpleNamespace(text=text, speakers=speakers),),
            )
            for day, title, text, speakers in said
        ]  # fmt: skip
        terms = {t for c in self.chunks for t in self.analyzer.tokenize(c.text)}
        self.bm25 = SimpleNamespace(terms=terms)


_ENGINE = _Engine()
_MINUTES = Minutes(_ENGINE)


def _answer(premise: str, lang: str = "nl", period: str | None = None) -> SimpleNamespace:
    params = {"speaker": "VNG", "premise": premise, **({"period": period} if period else {})}
    return SimpleNamespace(
        question="?",
        reason_code="premise_unsupported",
        reason_params=params,
        reason=render("premise_unsupported", params, lang),
        filters={"language": lang},
        citations=[],
        closest=[],
    )


def test_a_statement_holding_every_word_in_another_form_makes_it_false() -> None:
    # "sprak ... uit" is "spreekt ... uit" (a strong verb's forms); "in maart" frames.
    wrong = false_reason(_MINUTES, _answer("sprak de VNG in maart 2025 zorgen uit over de LVV"))
    assert wrong and "spreekt hun zorgen" in wrong


def test_its_twin_whose_premise_word_no_statement_holds_is_true() -> None:
    assert false_reason(_MINUTES, _answer("sprak de VNG haar steun uit voor de LVV")) is None
    assert premise_units(_ENGINE, "sprak de VNG haar steun uit voor de LVV", False) is None


def test_only_statements_of_the_period_count() -> None:
    premise = "sprak de VNG zorgen uit over de LVV"
    assert false_reason(_MINUTES, _answer(premise, period="2025-03-19"))
    assert false_reason(_MINUTES, _answer(premise, period="2023-11-10")) is None


def test_the_text_names_no_speaker_so_any_speaker_counts() -> None:
    # The reason's speaker is VNG; the statement is the COA's: the text says "no statement".
    assert false_reason(_MINUTES, _answer("sloot het COA de locatie in Ter Apel"))


def test_an_english_premise_is_read_through_its_translations() -> None:
    assert "sluiten" in word_forms("shut", True)
    assert false_reason(_MINUTES, _answer("did the COA shut the location", "en"))
    assert false_reason(_MINUTES, _answer("did the COA sue the location", "en")) is None
