"""The check ablation table: figures with every check on, and the change with one off."""

from __future__ import annotations

from lrt_search.evaluation.ablation import (
    ALL_ON,
    AblationRow,
    count_table,
    markdown_table,
    without_effect,
)
from lrt_search.evaluation.runner import AnswerStats


def _stats(abstained_u: int, false_abst: int, gold: int) -> AnswerStats:
    return AnswerStats(
        answerable=10,
        unanswerable=10,
        quotes_with_gold=gold,
        abstained_answerable=false_abst,
        abstained_unanswerable=abstained_u,
    )


def test_rows_show_the_change_and_name_checks_without_effect() -> None:
    rows = [
        AblationRow(ALL_ON, {"dev": _stats(9, 0, 8), "generated": _stats(8, 1, 9)}),
        AblationRow("topic_absent", {"dev": _stats(5, 0, 8), "generated": _stats(6, 0, 9)}),
        AblationRow("idle", {"dev": _stats(9, 0, 8), "generated": _stats(8, 1, 9)}),
    ]
    assert rows[1].figures("dev") == (0.5, 0.0, 0.8)
    assert without_effect(rows) == ["idle"]
    table = markdown_table(rows)
    assert table[2].startswith(f"| {ALL_ON} | 0.900 | 0.000 | 0.800 | 0.800 | 0.100 | 0.900 |")
    assert table[3] == "| topic_absent | -0.400 | 0 | 0 | -0.200 | -0.100 | 0 |"
    assert table[4] == "| idle | 0 | 0 | 0 | 0 | 0 | 0 |"
    assert rows[1].to_dict()["sets"]["dev"]["abstained_on_unanswerable"] == 0.5


def test_count_table_shows_counts_then_changes_and_fits_a_narrow_screen() -> None:
    rows = [
        AblationRow(ALL_ON, {"quote_probe": _stats(9, 0, 8), "blind_probe": _stats(8, 1, 9)}),
        AblationRow("rule compound_parts", {"quote_probe": _stats(9, 2, 8),
                                            "blind_probe": _stats(8, 1, 9)}),
        AblationRow("topic_known", {"quote_probe": _stats(5, 0, 8),
                                    "blind_probe": _stats(8, 1, 3)}),
    ]  # fmt: skip
    table = count_table(rows, {"quote_probe": "quote", "blind_probe": "blind"})
    assert table[0] == "| off | quote | blind |"
    assert table[2] == f"| {ALL_ON} | 9/10 0/10 | 8/10 1/10 |"
    assert table[3] == "| rule compound_parts | 0 +2 | = |"
    assert table[4] == "| topic_known | -4 0 | = |"  # gold quoted is not in this table
    assert max(map(len, table)) <= 100
