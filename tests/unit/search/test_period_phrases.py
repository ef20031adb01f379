"""Rules ``period_phrase_spans`` and ``period_half_terms``: the table of everyday period
phrases (tests/data/period_phrases.toml, every combination of season / half / quarter / part,
with and without an article and "van"/"of", after the lead words, Dutch and English; written by
eval/make_period_phrases.py) is read as the table says, and the generator still writes it."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import question_period, read_question
from lrt_search.search.period_phrases import bounded_period, half_of
from lrt_search.search.query import SpeakerRules

ROOT = Path(__file__).resolve().parents[3]
TABLE = tomllib.loads((ROOT / "tests" / "data" / "period_phrases.toml").read_text("utf-8"))
ROWS = TABLE["row"]


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def test_the_table_is_written_by_its_generator(tmp_path: Path) -> None:
    table = ROOT / "tests" / "data" / "period_phrases.toml"
    before = table.read_text("utf-8")
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_period_phrases.py")], check=True)
    assert table.read_text("utf-8") == before
    assert len(ROWS) > 750


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['lang']}:{r['phrase']}" for r in ROWS])
def test_every_phrase_reads_as_the_table_says(row: dict[str, object]) -> None:
    question = str(TABLE[f"carrier_{row['lang']}"]).format(phrase=row["phrase"])
    since, until, _ = question_period(question, True, None, spans=True)
    want = ("", "") if row.get("read", True) is False else (row["since"], row["until"])
    assert (_iso(since), _iso(until)) == want


@pytest.mark.parametrize(
    ("text", "since", "until"),
    [
        ("What was said around the summer of 2022?", "2022-06-01", "2022-08-31"),
        ("Wat vond de VNG najaar 2023 van de brief?", "2023-09-01", "2023-11-30"),
        ("Wat zei COA tijdens het derde kwartaal van 2023?", "2023-07-01", "2023-09-30"),
    ],
)
def test_a_phrase_after_around_or_during_or_a_bare_season_is_the_period(
    text: str, since: str, until: str
) -> None:
    found = bounded_period(text)
    assert found is not None and (_iso(found[0]), _iso(found[1])) == (since, until)


def test_a_bound_word_before_a_phrase_is_no_span() -> None:
    """Rule period_phrase_bounds (an open period after "na"/"since") is deleted: no span."""
    assert bounded_period("Wat zei MBZK na de zomer van 2023 over X?") is None
    assert bounded_period("Moet het tot de zomer 2025 klaar zijn?") is None


def test_an_article_before_a_season_or_half_keeps_the_topic_reading() -> None:
    text = "Wat is de taakstelling voor de tweede helft van 2025?"
    assert question_period(text, True, None, spans=True)[:2] == (None, None)
    assert bounded_period("Wat weet je over het najaar van 2022?") is None


@pytest.mark.parametrize(
    ("since", "until", "half"),
    [
        ((2022, 9, 1), (2022, 11, 30), "2022-II"),
        ((2023, 1, 1), (2023, 4, 30), "2023-I"),
        ((2023, 7, 1), (2023, 9, 30), "2023-II"),
        ((2023, 5, 1), (2023, 8, 31), ""),  # mid-2023 lies across the halves
        ((2023, 3, 1), (2023, 3, 31), ""),  # a month is no half's
        ((2023, 12, 1), (2024, 2, 29), ""),  # winter
    ],
)
def test_half_of(since: tuple[int, int, int], until: tuple[int, int, int], half: str) -> None:
    assert half_of(dt.date(*since), dt.date(*until)) == half


def test_a_topic_period_inside_a_half_requires_the_half() -> None:
    question = (
        "Wat was de opdracht voor het huisvesten van vergunninghouders in het najaar van 2022?"
    )
    table = OrgTable.default()
    on = read_question(question, table, has_meeting=lambda s, u: False)
    off = read_question(
        question, table, has_meeting=lambda s, u: False, rules=SpeakerRules(period_half_terms=False)
    )
    assert on.period_scope == off.period_scope == "topic"
    assert on.period_terms == frozenset({"2022-ii"}) and "2022-II" in on.half_years
    assert off.period_terms == frozenset({"2022"}) and not off.half_years


def test_the_switches() -> None:
    """``period_phrase_spans`` is on by default; off, a bare season is not read."""
    table = OrgTable.default()
    bare = "Wat vond de VNG najaar 2023 van de brief?"
    assert read_question(bare, table).until == dt.date(2023, 11, 30)
    rules = SpeakerRules(period_phrase_spans=False)
    assert read_question(bare, table, rules=rules).since is None
