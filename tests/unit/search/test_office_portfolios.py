"""Issue 16 session 30 task F2 (rule ``office_portfolios_read``; eval/blind30.md class 5): every
row of tests/data/office_portfolios.toml (written by eval/make_office_portfolios.py from the
portfolios of lexicon/data/organisations.toml; not from questions) is read with the one body its
portfolio names as the speaker ("the state secretary for participation" -> SZW, the body of the
minutes' "SPenI"; never the head alone's SJenV). No index."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pytest

from lrt_search.config import Settings
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import ParsedQuestion, read_question
from lrt_search.search.query import SpeakerRules

_TABLE = Path(__file__).resolve().parents[2] / "data" / "office_portfolios.toml"


@cache
def rows() -> list[dict]:
    return tomllib.loads(_TABLE.read_text(encoding="utf-8"))["row"]


@cache
def _table() -> OrgTable:
    s = Settings()
    flags = (s.org_full_names, s.org_groups, s.org_longest_title)
    return OrgTable.default(
        None, *flags, s.org_english_forms, s.org_coordinated_heads, s.org_dutch_forms
    )


def reading(question: str, settings: Settings | None = None) -> ParsedQuestion:
    rules = SpeakerRules.of(settings or Settings())
    return read_question(question, _table(), Glossary.default(), rules=rules)


#: Rule office_portfolios_read was measured and deleted (docs/settings.md "Tried and deleted"):
#: at main 28 of the 100 rows fail (every portfolio that is one conjunct of a body's subject).
@pytest.mark.xfail(strict=False, reason="office_portfolios_read deleted; 28/100 rows fail")
@pytest.mark.parametrize("row", rows(), ids=lambda r: r["q"])
def test_an_office_with_its_portfolio_is_its_body(row: dict) -> None:
    assert reading(row["q"]).speaker == (row["code"],)
