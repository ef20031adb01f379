"""Rule ``strong_pasts_read`` (answer/premise_forms.py): every row of the generated table
tests/data/strong_pasts.toml (eval/make_strong_pasts.py: Hunspell nl, wordfreq, inflections.toml
``dutch_strong``) - a strong or irregular verb's past singular, past plural or participle, with a
prefix or particle or none, is read as its infinitive ("verbleven" -> "verblijven", "ging" ->
"gaan"); a twin that is no past form ("leven" is no past of "lijven"; "blijft" is a present) is
read as none. No index."""

from __future__ import annotations

import tomllib
from pathlib import Path

from lrt_search.answer.premise_forms import strong_forms

_TABLE = Path(__file__).resolve().parents[2] / "data" / "strong_pasts.toml"
_ROWS = tomllib.loads(_TABLE.read_text(encoding="utf-8"))["row"]


def read(form: str) -> str:
    """The infinitive the reader gives a past form, "" for none."""
    forms = strong_forms(form, complete=True)
    return forms[0] if form in forms[2:] else ""


def test_every_row() -> None:
    wrong = [(r["kind"], r["form"], r["infinitive"], read(r["form"])) for r in _ROWS]
    wrong = [w for w in wrong if w[2] != w[3]]
    assert not wrong, f"{len(wrong)} of {len(_ROWS)} rows read wrong: {wrong[:20]}"


def test_table_kinds() -> None:
    kinds = {r["kind"] for r in _ROWS}
    assert {"past", "past_plural", "participle", "prefixed_past", "twin", "not_past"} <= kinds
