"""eval/toml_rows.py: the one writer of the generated tables of tests/data/."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

EVAL = Path(__file__).resolve().parents[3] / "eval"
if str(EVAL) not in sys.path:
    sys.path.insert(0, str(EVAL))

from toml_rows import toml_rows, unique_rows, write_rows  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "data"


def test_rows_read_back_as_written() -> None:
    rows = [
        {"phrase": 'de "derde" \\ november', "read": True, "terms": ["amv", "azc"]},
        {"phrase": "", "read": False, "terms": []},
    ]
    assert tomllib.loads(toml_rows(rows))["row"] == rows


def test_a_blank_line_stands_between_two_rows() -> None:
    text = toml_rows([{"a": "x"}, {"a": "y", "b": True}])
    assert text == '[[row]]\na = "x"\n\n[[row]]\na = "y"\nb = true\n'


def test_unique_rows_keeps_the_first_of_each_key() -> None:
    rows = [{"lang": "nl", "p": "x", "n": "1"}, {"lang": "nl", "p": "x", "n": "2"},
            {"lang": "en", "p": "x", "n": "3"}]  # fmt: skip
    assert [r["n"] for r in unique_rows(rows, ("lang", "p"))] == ["1", "3"]


def test_every_generated_table_is_written_again_to_the_byte(tmp_path: Path) -> None:
    tables = ("date_phrases", "period_phrases", "intent_forms", "abbreviation_forms")
    for name in (*tables, "meeting_references"):
        text = (DATA / f"{name}.toml").read_text(encoding="utf-8")
        head = text[: text.index("[[row]]")]
        out = tmp_path / f"{name}.toml"
        write_rows(out, head, tomllib.loads(text)["row"])
        assert out.read_text(encoding="utf-8") == text, name
