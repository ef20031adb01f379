"""The check ablation table: figures with every check on, and the change with one off."""

from __future__ import annotations

from lrt_search.evaluation.ablation import ALL_ON, AblationRow, markdown_table, without_effect
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


def test_every_rule_switch_turns_a_setting_away_from_its_default() -> None:
    from lrt_search import Settings
    from lrt_search.evaluation.ablation import RULE_SWITCHES

    default = Settings()
    assert RULE_SWITCHES
    for rule, changes in RULE_SWITCHES.items():
        switched = default.replace(**changes)  # an unknown field would raise
        assert all(getattr(switched, k) != getattr(default, k) for k in changes), rule
