"""The reliability table: answers by confidence label with the share holding the answer."""

from __future__ import annotations

import math

from lrt_search.evaluation.reliability import AnswerRecord, abstained_by_change, reliability


def _r(i: int, answerable: bool, abstained: bool, label: str, gold: bool, change: str = ""):  # type: ignore[no-untyped-def]
    return AnswerRecord(f"q{i}", answerable, abstained, 0.5, label, gold, change)


def test_rows_count_answers_holding_the_answer_per_label() -> None:
    records = [
        _r(1, True, False, "high", True),
        _r(2, True, False, "high", False),  # answered, but no gold quote
        _r(3, False, False, "high", False),  # answered an unanswerable question
        _r(4, True, False, "medium", True),
        _r(5, False, True, "low", False, "org_swap"),  # right abstention
        _r(6, True, True, "low", False),  # false abstention
    ]
    rows = {row.label: row for row in reliability(records)}
    assert (rows["high"].count, rows["high"].right) == (3, 1)
    assert rows["high"].meets_target is False
    assert (rows["medium"].count, rows["medium"].right) == (1, 1)
    assert rows["medium"].meets_target is True
    assert rows["low"].count == 0 and math.isnan(rows["low"].share)
    assert rows["low"].meets_target is None
    assert (rows["abstained"].count, rows["abstained"].right) == (2, 1)
    assert rows["low"].to_dict()["share"] is None


def test_abstentions_by_change_count_unanswerable_only() -> None:
    records = [
        _r(1, False, True, "low", False, "org_swap"),
        _r(2, False, False, "medium", False, "org_swap"),
        _r(3, False, True, "low", False, "no_meeting"),
        _r(4, True, True, "low", False, "org_swap"),
    ]
    assert abstained_by_change(records) == {"no_meeting": (1, 1), "org_swap": (1, 2)}
