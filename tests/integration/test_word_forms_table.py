"""Issue 16 session 26 task E: the forms in which a question writes a word of the minutes
(tests/data/word_forms.toml, written by eval/make_word_forms.py from the bundled index's
vocabulary, wordfreq and Hunspell's Dutch words; no questions). The topic check's word lookup
(answer.topics.topic_terms, as ``ask`` reads an "about X" phrase) finds every ``found`` form in
the minutes, with the terms of the minutes' word it ``meets`` (a compound part: of any compound
holding it), and no other form; a particle that is a preposition makes no separable verb
(``avoid``: "vangt op de gemeente" is no "opvangen")."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from lrt_search.answer.topics import topic_terms
from lrt_search.service import Engine

_TABLE = Path(__file__).resolve().parents[1] / "data" / "word_forms.toml"


@cache
def _rows() -> list[dict]:
    return tomllib.loads(_TABLE.read_text(encoding="utf-8"))["row"]


def misread(engine: Engine, row: dict) -> str | None:
    """Why the lookup reads ``row`` otherwise than the table says, or None."""
    retriever = engine.evidence
    check = topic_terms(retriever, row["form"], row["lang"] == "en")
    found = bool(check.found) and not check.missing
    if found != row["found"]:
        return f"found={found} missing={check.missing}"
    if "avoid" in row and (wrong := set(retriever.analyzer.tokenize(row["avoid"])) & check.terms):
        return f"meets {row['avoid']}: {sorted(wrong)}"  # a preposition is no verb's particle
    if found and row["lang"] == "nl" and row["kind"] not in ("compound_part", "unaccented_head"):
        # the terms of the minutes' word it meets, or its own (a form the analyzer's stem meets
        # as the minutes write it: "ondersteunde", "ondersteund"), or a glossary term's; of a
        # separable verb written apart ("aan te passen", "vangt ze op") the word's it meets
        meets = row["meets"] if isinstance(row["meets"], list) else [row["meets"]]
        apart = row["kind"] in ("te_infinitive", "split")
        own = {
            t
            for m in [*meets, *([] if apart else [row["form"]])]
            for t in retriever.analyzer.tokenize(m)
        }
        if not own & check.terms and not retriever.glossary.matches(row["form"]):
            return f"meets none of {meets}: {sorted(check.terms)[:6]}"
    return None


def test_every_word_form_is_read(engine: Engine) -> None:
    wrong = {r["form"]: why for r in _rows() if (why := misread(engine, r))}
    assert not wrong, f"{len(wrong)} of {len(_rows())} rows misread: {wrong}"


def test_the_table_has_every_kind() -> None:
    kinds = {r["kind"] for r in _rows()}
    assert {"present_t", "strong", "plural", "compound", "spaced", "english"} <= kinds
    assert {"absent", "false_compound"} <= kinds
    assert {"te_infinitive", "split", "preposition", "unaccented"} <= kinds  # session 26 task E2
    assert all(r["found"] is (r["kind"] not in ("absent", "false_compound")) for r in _rows())


def test_a_compound_written_apart_is_answered_from_the_minutes_word(engine: Engine) -> None:
    # rule word_forms_read off: topic_absent "raak", "vlakken" (word_forms_probe wf-a08)
    answer = engine.ask("Wat zei het IPO over raak-vlakken met het toezicht?")
    assert not answer.abstained, answer.reason
    assert any("raakvlakken" in c.quote.lower() for c in answer.citations)
