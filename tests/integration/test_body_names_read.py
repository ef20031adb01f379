"""Issue 16 session 29 task D (rule ``body_names_read``): what the names check of ``ask``
makes of the body of every row of tests/data/body_names.toml (eval/make_body_names.py): a body
the minutes hold (``present``: its words in order in a file of corpus/*.txt) is checked and
found, never reported absent; one they do not hold is checked and reported absent as one name
(``answer.evidence.Asked.names``: a form holding every word of the body, not known)."""

from __future__ import annotations

import importlib.util
import tomllib
from functools import cache
from pathlib import Path

import pytest
from test_name_forms_read import checked  # this folder is on the path

from lrt_search.index.analysis import words
from lrt_search.service import Engine

_TABLE = Path(__file__).resolve().parents[1] / "data" / "body_names.toml"


@cache
def rows() -> list[dict]:
    return tomllib.loads(_TABLE.read_text(encoding="utf-8"))["row"]


_UNIT = Path(__file__).resolve().parents[1] / "unit" / "search" / "test_body_names.py"


@cache
def known_miss(row_q: str) -> str:
    """Why the row of question ``row_q`` is a known miss (the unit test's list), or ""."""
    spec = importlib.util.spec_from_file_location("body_names_unit", _UNIT)
    assert spec is not None and spec.loader is not None
    unit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(unit)
    row = next(r for r in rows() if r["q"] == row_q)
    return unit.known_miss(row)


def misread(engine: Engine, row: dict) -> str:
    """How the names check reads ``row``'s body otherwise than its label, or ""."""
    names, speaker = checked(engine, row["q"])
    want = words(row["name"])
    whole = [(f, k) for f, k in names if words(f) == want]
    if row["present"]:
        if any(not k for f, k in names if set(words(f)) & set(want)):
            return f"present body reported absent: {names}"
        return "" if whole or row["name"] in speaker else f"present body not checked: {names}"
    return "" if any(not k for _, k in whole) else f"absent body not reported: {names}"


@pytest.mark.parametrize("row", rows(), ids=lambda r: r["q"])
def test_a_body_is_checked_as_the_index_says(engine: Engine, row: dict) -> None:
    if known_miss(row["q"]):
        pytest.xfail(known_miss(row["q"]))
    assert not misread(engine, row)


# By hand, on the corpus (no table).


def test_a_body_name_is_known_only_with_its_words_together(engine: Engine) -> None:
    from switched import switched

    from lrt_search.answer.names import name_known

    on, off = engine.evidence, switched(engine, body_names_read=False).evidence
    # The minutes write "de Tweede Kamer", "de Raad van State", "de eerste keer", "de Kamer".
    assert name_known(on, "Tweede Kamer") and name_known(on, "Raad van State")
    assert not name_known(on, "Eerste Kamer") and name_known(off, "Eerste Kamer")
    # "Justitie en Veiligheid" is JenV; the inspectorate of that name is another body.
    assert not name_known(on, "Inspectie Justitie en Veiligheid")
    assert name_known(off, "Inspectie Justitie en Veiligheid")


def test_an_absent_body_as_adjective_and_noun_is_refused_by_name(engine: Engine) -> None:
    from switched import switched

    question = "What did the Nationale ombudsman contribute at the LRT of March 2025?"
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "name_absent"
    assert answer.reason_params["names"] == ["Nationale ombudsman"]
    off = switched(engine, body_names_read=False).ask(question)
    assert off.reason_code != "name_absent"


def test_a_present_body_in_lower_case_is_answered(engine: Engine) -> None:
    answer = engine.ask("Welke brief ging in november 2023 in afschrift naar de Tweede kamer?")
    assert not answer.abstained, answer.reason
    assert any("afschrift aan de Tweede Kamer" in c.quote for c in answer.citations)
