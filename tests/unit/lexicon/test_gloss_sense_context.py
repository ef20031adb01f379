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

from lrt_search.lexicon.glossary import Glossary

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


# At this commit the reader is main's: the glossary reads the form as its term in every
# context, so the rows of the other sense fail (108 of 195); the rule removes the mark.
_UNREAD = pytest.mark.xfail(reason="rule gloss_sense_context not written yet", strict=False)
_PARAMS = [pytest.param(r, marks=_UNREAD if r["sense"] == "other" else ()) for r in ROWS]


@pytest.mark.parametrize("row", _PARAMS, ids=[str(r["question"]) for r in ROWS])
def test_every_row_reads_the_glossed_term_as_the_table_says(row: dict[str, object]) -> None:
    assert glossed(str(row["question"]), str(row["form"])) is row["glossed"]
