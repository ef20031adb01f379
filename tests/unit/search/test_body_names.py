"""Issue 16 session 29 task D (rule ``body_names_read``, tried and deleted): every row of
tests/data/body_names.toml (written by eval/make_body_names.py from a list of Dutch public
bodies, Hunspell nl and wordfreq; not from questions) reads its body as one name: every word of
the body in one name of ``ParsedQuestion.names`` (the speaker's own words count as that name).
No index."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pytest

from lrt_search.config import Settings
from lrt_search.index.analysis import words
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules

_TABLE = Path(__file__).resolve().parents[2] / "data" / "body_names.toml"
#: Rows the reader does not meet, each with why (none listed: see the mark).
KNOWN_MISSES: dict[str, str] = {}
#: Rule body_names_read was tried and deleted (docs/settings.md "Tried and deleted", code at
#: commit 0964b70e): 226 of 544 rows are misread without it, 18 with it.
pytestmark = pytest.mark.xfail(reason="rule body_names_read tried and deleted", strict=False)


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


def read_as_one_name(question: str, body: str, settings: Settings | None = None) -> bool:
    """Whether ``question`` reads ``body`` as one name: a name of its reading holds every word
    of ``body`` in order."""
    rules = SpeakerRules.of(settings or Settings())
    parsed = read_question(question, _table(), Glossary.default(), rules=rules)
    want = words(body)
    return any(words(name)[: len(want)] == want or words(name) == want for name, _ in parsed.names)


@pytest.mark.parametrize("row", rows(), ids=lambda r: r["q"])
def test_a_body_is_read_as_one_name(row: dict) -> None:
    if row["q"] in KNOWN_MISSES:
        pytest.xfail(KNOWN_MISSES[row["q"]])
    assert read_as_one_name(row["q"], row["name"])
