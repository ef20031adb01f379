"""Rule record_abbreviation_forms (answer/record_forms.py, read by answer/records.py), on inputs
built by hand: a topic word whose glossary term the record writes as its abbreviation
("provinciale regietafels" / "PRT's") counts as held by that record; a full form written by the
record counts only when the topic wrote the abbreviation; off, nothing is widened."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from lrt_search.answer.record_forms import (
    TermForms,
    held_units,
    is_abbreviation,
    topic_term_forms,
    widened,
)
from lrt_search.answer.records import claim_unrecorded
from lrt_search.lexicon.glossary import GlossaryEntry

_DAY = dt.date(2023, 4, 6)
_PRT = GlossaryEntry(en=("provincial tables",), nl=("PRT", "PRT's", "provinciale regietafels"))
_CHAIN = GlossaryEntry(en=("chain",), nl=("keten", "asielketen"))  # no abbreviation
_MR = GlossaryEntry(en=("council of ministers",), nl=("MR", "Ministerraad"))


def _tokenize(text: str) -> list[str]:
    out = []
    for w in text.lower().replace(".", "").replace("'s", "").split():
        if w == "mr":  # a stop word of the analyzer
            continue
        out.append(w[:-1] if w.endswith("s") and len(w) > 4 else w)
    return out


class _Chunks(list):
    def row_of(self, chunk_id: str) -> int:
        return next(i for i, c in enumerate(self) if c.chunk_id == chunk_id)


_RECORD = "Afspraak: Binnen paar dagen een lijst met wie vanuit Rijk aansluit bij de PRT's."
_CHUNKS = _Chunks(
    [
        SimpleNamespace(
            chunk_id="m#2",
            meeting_date=_DAY,
            text=f"2a. Governance\n- {_RECORD}",
            statements=[SimpleNamespace(kind="decision", text=_RECORD)],
        )
    ]
)
_CANDIDATE = SimpleNamespace(chunk_id="m#2", kind="decision", quote=_RECORD)


def _frame(topic: str, units: list[set[str]], on: bool = True, english: bool = False) -> Any:
    glossary = SimpleNamespace(entries=[_PRT, _CHAIN, _MR], matches=lambda text: [])
    retriever = SimpleNamespace(
        settings=SimpleNamespace(record_holds_claim=True, record_abbreviation_forms=on),
        analyzer=SimpleNamespace(tokenize=_tokenize),
        bm25=SimpleNamespace(terms={"prt", "provinciale", "regietafel", "rijk", "keten"}),
        glossary=glossary,
        chunks=_CHUNKS,
    )
    parsed = SimpleNamespace(asks=lambda i: i in {"agreed", "decision_verb", "yes_no"})
    needs = SimpleNamespace(
        topic=topic,
        topic_units=tuple(frozenset(u) for u in units),
        topic_whole=frozenset().union(*units),
        topic_terms=frozenset().union(*units),
    )
    return SimpleNamespace(
        retriever=retriever, needs=needs, parsed=parsed, scope=SimpleNamespace(english=english),
        since=None, until=None, question="Klopt het?",  # no decision verb to look up
    )  # fmt: skip


def test_abbreviations_are_told_from_words() -> None:
    assert is_abbreviation("PRT's") and is_abbreviation("MR") and is_abbreviation("AMvB")
    assert not is_abbreviation("provinciale regietafels") and not is_abbreviation("Ministerraad")


def test_the_topic_names_a_term_with_an_abbreviation() -> None:
    frame = _frame("Rijk provinciale regietafels", [{"rijk"}, {"provinciale"}, {"regietafel"}])
    (entry,) = topic_term_forms(frame)
    assert entry.terms == {"prt", "provinciale", "regietafel"}
    assert entry.forms == (("prt",), ("prt",))  # only the abbreviations count in a record
    assert topic_term_forms(_frame("de asielketen", [{"keten"}])) == ()  # no abbreviation


def test_off_reads_nothing() -> None:
    frame = _frame("provinciale regietafels", [{"provinciale"}, {"regietafel"}], on=False)
    assert topic_term_forms(frame) == ()


def test_a_record_writing_the_abbreviation_holds_the_words() -> None:
    units = [frozenset({"provinciale"}), frozenset({"regietafel"}), frozenset({"rijk"})]
    entry = TermForms(frozenset({"prt", "provinciale", "regietafel"}), (("prt",),))
    frame = _frame("provinciale regietafels", [set(u) for u in units])
    assert held_units(frame, _RECORD, units, (entry,)) == units[:2]
    assert held_units(frame, "Geen afkorting hier.", units, (entry,)) == []
    assert widened(units, (entry,))[0] == {"provinciale", "prt", "regietafel"}
    assert widened(units, (entry,))[2] == {"rijk"}


def test_a_claim_in_full_words_answers_from_the_abbreviated_record() -> None:
    units = [{"rijk"}, {"provinciale"}, {"regietafel"}]
    on = _frame("Rijk provinciale regietafels", units)
    assert claim_unrecorded(on, [_CANDIDATE], ()) is None
    off = _frame("Rijk provinciale regietafels", units, on=False)
    reason = claim_unrecorded(off, [_CANDIDATE], ())
    assert reason is not None and reason.code == "claim_unrecorded"


def test_a_claimed_change_no_record_holds_still_abstains() -> None:
    frame = _frame("provinciale regietafels financieren", [{"provinciale"}, {"financier"}])
    frame.retriever.bm25.terms.add("financier")
    reason = claim_unrecorded(frame, [_CANDIDATE], ())
    assert reason is not None and reason.code == "claim_unrecorded"


def test_the_abbreviation_asked_finds_any_form() -> None:
    frame = _frame("de MR van 21 april", [{"ministerraad"}])
    (entry,) = topic_term_forms(frame)
    assert ("ministerraad",) in entry.forms and ("mr",) in entry.forms
