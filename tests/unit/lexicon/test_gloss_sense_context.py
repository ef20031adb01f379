"""Rule gloss_sense_context (lexicon/gloss_senses.py, lexicon/data/sense_contexts.toml): every
row of tests/data/gloss_sense_context.toml (written by eval/make_gloss_sense_context.py) - an
English word of a single-word glossary term in a collocation of its glossed sense or of another
one - is read as the glossary term, or not, as the table says; no index needed."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from lrt_search.lexicon.gloss_senses import without_glossed
from lrt_search.lexicon.glossary import Glossary, _contexts, other_sense, unglossed

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "gloss_sense_context.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]


def glossed(question: str, form: str) -> bool:
    """Whether the glossary reads ``form`` in ``question`` as the term it reads alone."""
    glossary = Glossary.default()
    own = {id(entry) for _, entry in glossary.matches(form)}
    return any(
        id(entry) in own and form in re.findall(r"\w+", surface.lower())
        for surface, entry in glossary.matches(question)
    )


def test_the_table_is_written_by_its_generator() -> None:
    before = TABLE_PATH.read_text("utf-8")
    script = ROOT / "eval" / "make_gloss_sense_context.py"
    subprocess.run([sys.executable, str(script)], check=True, capture_output=True)
    assert TABLE_PATH.read_text("utf-8") == before
    assert {r["sense"] for r in ROWS} == {"other", "glossed"}


@pytest.mark.parametrize("row", ROWS, ids=[str(r["question"]) for r in ROWS])
def test_every_row_reads_the_glossed_term_as_the_table_says(row: dict[str, object]) -> None:
    assert glossed(str(row["question"]), str(row["form"])) is row["glossed"]


@pytest.mark.parametrize("row", ROWS, ids=[str(r["question"]) for r in ROWS])
def test_every_row_reads_the_form_in_the_sense_the_table_says(row: dict[str, object]) -> None:
    assert (str(row["form"]) in unglossed(str(row["question"]))) is not row["glossed"]


def test_the_first_fitting_pattern_decides() -> None:
    tokens = ["how", "close", "the", "azc", "is", "to", "the", "school"]
    assert other_sense(tokens, 1)  # "how _" before the glossed "_ the"
    assert not other_sense(["did", "they", "close", "the", "azc"], 2)
    assert not other_sense(
        ["they", "plan", "to", "close", "to", "new", "arrivals"], 3
    )  # "to _" first
    assert other_sense(["the", "azc", "is", "close", "to", "a", "school"], 3)
    assert not other_sense(["close"], 0)  # no context: the glossed sense


def test_a_topic_is_read_with_its_question() -> None:
    glossary = Glossary.default()
    question = "How close is the azc to a school?"
    assert not [e for _, e in glossary.matches("close azc school", context=question)
                if "sluiting" in e.nl]  # fmt: skip
    assert [e for _, e in glossary.matches("close azc school") if "sluiting" in e.nl]
    off = Glossary.default(senses=False)
    assert [e for _, e in off.matches(question) if "sluiting" in e.nl]


def test_the_glossed_senses_translations_are_left_out() -> None:
    near = ["dichtbij", "nabij", "nauw", "sluiten", "zich sluiten"]
    assert without_glossed("close", near) == ["dichtbij", "nabij", "nauw"]
    assert without_glossed("level", ["hoogte", "niveau"]) == ["niveau"]
    assert without_glossed("bill", ["rekening", "wetsvoorstel"]) == ["rekening"]


def test_every_word_of_the_data_is_a_one_word_glossary_term() -> None:
    glossary = Glossary.default()
    for form in _contexts():
        assert any(surface.lower() == form for surface, _ in glossary.matches(form)), form


def test_every_candidate_word_is_decided() -> None:
    """Each candidate of eval/make_gloss_sense_context.py --candidates is either a [[word]] of
    sense_contexts.toml (its other sense read by collocation) or listed under
    [no_second_sense] or [dropped] with why - never both, never neither."""
    sys.path.insert(0, str(ROOT / "eval"))
    from make_gloss_sense_context import candidates

    data = tomllib.loads(
        (ROOT / "lrt_search" / "lexicon" / "data" / "sense_contexts.toml").read_text("utf-8")
    )
    framed = {form for word in data["word"] for form in word["forms"]}
    decided = data.get("no_second_sense", {}) | data.get("dropped", {})
    assert all(str(why).strip() for why in decided.values())
    assert not framed & set(decided)
    assert set(candidates()) <= framed | set(decided), sorted(
        set(candidates()) - framed - set(decided)
    )
    assert set(decided) <= set(candidates())
