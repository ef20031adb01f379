"""Rule anchor_replies_only on every row of tests/data/bullet_replies.toml (written by
eval/make_bullet_replies.py): the statement before a quote by the asked speaker lends its topic
(``Quote.heading_terms``) only when the quote replies to it; with the rule off it lends in every
row (the rows labelled ``replies = false`` are the failing count at main). The rule is left off by
default (docs/settings.md); these tests switch it on."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from lrt_search.answer.checks import Quote
from lrt_search.answer.evidence import Requirements
from lrt_search.service import Engine

ROWS: list[dict[str, Any]] = tomllib.loads(
    (Path(__file__).resolve().parents[1] / "data" / "bullet_replies.toml").read_text("utf-8")
)["row"]


def _lends(engine: Engine, row: dict[str, Any]) -> bool:
    """Whether the first statement's topic word counts for the second (the asked speaker's)."""
    needs = Requirements(
        topic=row["topic"], topic_terms=frozenset(engine.analyzer.tokenize(row["topic"]))
    )
    quote = Quote(
        engine, needs, row["second"], row["heading"], tuple(row["second_speakers"]),
        frozenset(row["second_speakers"][:1]), frozenset(), False, None,
        before=row["first"], before_speakers=tuple(row["first_speakers"]),
    )  # fmt: skip
    assert not needs.topic_terms & quote.terms, row["topic"]  # X stands in the first only
    return bool(needs.topic_terms & quote.heading_terms)


def test_the_table_holds_replies_and_pairs_that_do_not_reply() -> None:
    assert len(ROWS) >= 100
    replies = sum(r["replies"] for r in ROWS)
    assert 10 <= replies <= len(ROWS) - 50, replies


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['date']}-{r['topic']}" for r in ROWS])
def test_the_statement_before_lends_its_topic_only_to_a_reply(
    engine: Engine, row: dict[str, Any]
) -> None:
    on = engine.with_settings(engine.settings.replace(anchor_replies_only=True))
    assert _lends(on, row) is row["replies"], (row["signal"], row["first"], row["second"])


def test_with_the_rule_off_every_statement_before_lends(engine: Engine) -> None:
    # the default: the rule is left off (docs/settings.md, anchor_replies_only)
    off = engine.with_settings(engine.settings.replace(anchor_replies_only=False))
    failing = [r for r in ROWS if _lends(off, r) is not r["replies"]]
    assert len(failing) == sum(not r["replies"] for r in ROWS) == 86
