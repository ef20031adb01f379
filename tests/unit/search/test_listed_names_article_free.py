"""Rule ``listed_names_article_free`` (issue 16 session 30 task F2: rule attendance_org_listed's
``not_listed`` read "de commissaris van de koning" as no body), by hand. No index."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from test_office_portfolios import _table  # the test folder is on the path

from lrt_search.answer.attendance import _resolved
from lrt_search.lexicon.organisations import OrgTable


def test_not_listed_reads_a_name_with_its_article() -> None:
    orgs: OrgTable = _table()
    assert _resolved(orgs, "de commissaris van de koning", True) == "CdK"
    assert _resolved(orgs, "het COA", True) == "COA"
    assert _resolved(orgs, "de commissaris van de koning", False) is None
    assert _resolved(orgs, "de spreidingswet", True) is None


def _rows() -> list[dict]:
    path = Path(__file__).resolve().parents[2] / "data" / "listed_names.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))["row"]


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["name"])
def test_every_generated_name_with_its_article_is_its_body(row: dict) -> None:
    """tests/data/listed_names.toml (eval/make_listed_names.py): 400 of 416 rows fail at main."""
    assert _resolved(_table(), row["name"], True) == (row["code"] or None)
