"""``lrt-search eval --ablate-checks`` (evaluation.ablate_checks) measures every named rule of
answer.check_rules.RULES too: one row per rule switched off, in which a question only that rule
answers is refused."""

from __future__ import annotations

from lrt_search.answer.check_rules import RULES
from lrt_search.evaluation.ablation import ALL_ON, ablate_checks, count_table
from lrt_search.evaluation.questions import Gold, Question
from lrt_search.service import Engine


def test_each_rule_has_a_row_and_switching_one_off_shows_its_effect(engine: Engine) -> None:
    question = Question(
        "t1",
        "Waar trekken vluchtelingen naartoe?",
        "nl",
        "probe",
        "probe",
        True,
        (Gold("2025-03-19", "trekt naar de randstad"),),
    )
    table = ablate_checks(engine.settings, {"probe": [question]})
    rows = {row.check: row for row in table}
    assert {f"rule {r.name}" for r in RULES} <= set(rows)
    assert rows[ALL_ON].figures("probe")[1:] == (0.0, 1.0)  # answered with the gold quote
    assert rows["rule function_compounds"].figures("probe")[1] == 1.0  # "naartoe" refused
    lines = count_table(table)
    assert lines[2] == f"| {ALL_ON} | 0/0 0/1 |"
    assert "| rule function_compounds | 0 +1 |" in lines
