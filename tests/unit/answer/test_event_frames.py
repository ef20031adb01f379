"""The reading of tests/data/event_frames.toml (eval/make_event_frames.py) before rule
``event_frames_read``: whether a question keeps its one day a meeting's
(answer.day_of_mention ``day_reading``); no index. Committed with its failing count at main
(145 of 254 rows) before the reader changes."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from lrt_search.answer.day_of_mention import day_reading
from lrt_search.config import Settings

ROOT = Path(__file__).resolve().parents[3]
ROWS = tomllib.loads((ROOT / "tests/data/event_frames.toml").read_text("utf-8"))["row"]
#: Rows read wrong at main (before rule event_frames_read).
FAILING_MAIN = 145


def _failing(settings: Settings) -> list[str]:
    out = []
    for row in ROWS:
        day = dt.date.fromisoformat(row["day"])
        kept = day_reading(row["question"], row["lang"] == "en", day, (), settings)[0]
        if kept != (row["reading"] == "meeting"):
            out.append(row["question"])
    return out


@pytest.mark.xfail(reason="rule event_frames_read not built yet", strict=True)
def test_every_row_read() -> None:
    assert _failing(Settings()) == []


def test_rows_failing_main() -> None:
    assert len(_failing(Settings())) == FAILING_MAIN
