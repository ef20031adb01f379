"""Rule ``comparison_word_not_topic`` on the bundled corpus: in "Werd X zowel in P1 als in P2
besproken?" and "Were X mentioned both in P1 and in P2?" the topic is X, so a side whose
meetings never name X has no statement and the comparison abstains naming it (off, the topic
"X zowel" / "both" lets any statement of that side stand for it)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from switched import switched

from lrt_search.service import Engine

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def test_a_side_without_the_topic_abstains_naming_it(engine: Engine) -> None:
    question = "Werd het coördinatiecentrum zowel in april 2023 als op 10 november 2023 besproken?"
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "comparison_side_absent", answer.reason
    assert answer.reason_params == {"side": "april 2023"}
    april = (CORPUS / "2023-04-06-lrt.txt").read_text(encoding="utf-8").lower()
    assert "coördinatiecentrum" not in april  # the reason is true of the minutes
    assert not switched(engine, comparison_word_not_topic=False).ask(question).abstained


def test_both_before_the_periods_leaves_the_topic_to_the_subject(engine: Engine) -> None:
    answer = engine.ask("Were hotels mentioned both in July 2022 and in March 2025?")
    assert answer.abstained and answer.reason_params == {"side": "July 2022"}, answer.reason
    july = (CORPUS / "2022-07-08-lrt.txt").read_text(encoding="utf-8").lower()
    assert "hotel" not in july


def test_each_side_quotes_its_statement_on_the_topic(engine: Engine) -> None:
    question = "Kwam de doorstroomlocatie zowel op 10 november 2023 als in maart 2025 ter sprake?"
    answer = engine.ask(question)
    assert not answer.abstained
    dates = {c.meeting_date for c in answer.citations}
    assert {dt.date(2023, 11, 10), dt.date(2025, 3, 19)} <= dates
    assert all("doorstroomlocatie" in c.quote for c in answer.citations)
