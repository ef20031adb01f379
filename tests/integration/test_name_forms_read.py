"""Issue 16 session 25 task A2: what the names check makes of every name-like word of
tests/data/name_forms.toml (written by eval/make_name_forms.py from the minutes, the lexicon
data and general knowledge; not from questions). A ``name`` is checked and found, an
``absent_name`` checked and reported absent, a ``word`` never reported absent and never a name
a quote must hold on its own (``answer.evidence.Asked.names``, read as ``ask`` reads it)."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pytest

from lrt_search.answer.evidence import Asked
from lrt_search.answer.names import NOT_FOCUS
from lrt_search.index.analysis import words
from lrt_search.search.abbreviations import read_abbreviations
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules, scope_of
from lrt_search.search.typed_spelling import read_spelling
from lrt_search.service import Engine

_TABLE = Path(__file__).resolve().parents[1] / "data" / "name_forms.toml"
_NOT_KEY = frozenset(["de", "het", "the", "van", "der", "den", "op", "of", "mw", "ms"])


@cache
def _rows() -> list[dict]:
    return tomllib.loads(_TABLE.read_text(encoding="utf-8"))["row"]


def _key(text: str) -> set[str]:
    """The folded words of ``text`` that identify it ("COA's" -> {"coa"})."""
    out = set()
    for w in words(text):
        w = w.removesuffix("'s").removesuffix("’s")
        if w not in _NOT_KEY:
            out.add(w)
    return out


def _overlaps(form: str, label: str) -> bool:
    a, b = _key(form), _key(label)
    return any(x == y or (min(len(x), len(y)) > 3 and (x.startswith(y) or y.startswith(x)))
               for x in a for y in b)  # fmt: skip


def checked(engine: Engine, question: str) -> tuple[list[tuple[str, bool]], set[str]]:
    """The names check's (form, known) pairs of ``question`` read as ``ask`` reads it, and the
    forms that stand for the asked speaker."""
    retriever = engine.evidence
    question, _ = read_abbreviations(retriever, question)
    question, _ = read_spelling(retriever, question)
    rules = SpeakerRules.of(retriever.settings)
    parsed = read_question(question, retriever.orgs, retriever.glossary, rules=rules)
    asked = Asked(retriever, question, scope_of(parsed, retriever.glossary, None), parsed=parsed)
    speaker = {n for n, kind in parsed.names if kind == "speaker"} | set(parsed.speaker_words)
    return asked.names, speaker


def misread(engine: Engine, row: dict) -> list[str]:
    """What of ``row`` the names check reads otherwise than its labels say."""
    names, speaker = checked(engine, row["q"])
    bad = []
    for label in row.get("name", []):
        if not any(known and _overlaps(f, label) for f, known in names):
            bad.append(f"name {label!r} not found: {names}")
        if any(not known and _overlaps(f, label) for f, known in names):
            bad.append(f"name {label!r} reported absent: {names}")
    for label in row.get("absent_name", []):
        if not any(not known and _overlaps(f, label) for f, known in names):
            bad.append(f"absent name {label!r} not reported: {names}")
    for label in row.get("word", []):
        for form, known in names:
            if not _overlaps(form, label) or form in speaker:
                continue
            alone = _key(form) <= _key(label) and form.lower() not in NOT_FOCUS
            if not known or alone:
                bad.append(f"word {label!r} read as a name {form!r} ({known}): {names}")
    return bad


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["q"][:60])
def test_a_name_form_is_read_as_its_label_says(engine: Engine, row: dict) -> None:
    assert misread(engine, row) == []


def test_the_table_holds_every_label_and_style() -> None:
    rows = _rows()
    for key in ("name", "absent_name", "word"):
        assert sum(len(r.get(key, [])) for r in rows) >= 20, key
    assert {r["style"] for r in rows} == {"formal", "title", "lower", "initial"}
    assert {r["lang"] for r in rows} == {"nl", "en"}


def test_the_switch(engine: Engine) -> None:
    from switched import switched

    off = switched(engine, name_forms_read=False)
    row = {"q": "Is er afgesproken welke Rijksambtenaren aansluiten bij de PRT's?"}
    row["word"] = ["Rijksambtenaren"]
    assert misread(engine, row) == []
    assert misread(off, row) != []


def test_a_name_the_minutes_write_as_a_compound_part(engine: Engine) -> None:
    # The minutes (2023-04-06): "... naar aanleiding van de Benen op Tafelsessie van 17 februari"
    from switched import switched

    question = (
        "What did JenV explain about the arrangement drawn up after the Benen op Tafel session?"
    )
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("Tafelsessie" in c.quote for c in answer.citations)
    off = switched(engine, name_forms_read=False).ask(question)
    assert off.abstained and off.reason_code == "name_absent"


def test_a_country_the_minutes_never_write_is_absent(engine: Engine) -> None:
    answer = engine.ask("What did the minister say about refugees from Afghanistan?")
    assert answer.abstained and answer.reason_code == "name_absent"
    assert "Afghanistan" in (answer.reason or "")
