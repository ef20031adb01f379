"""The named rules of the topic and premise checks (answer.check_rules.RULES): each is switched by a
real Settings field whose default keeps it on, works in real checks, and has a unique name."""

from __future__ import annotations

import dataclasses

from lrt_search import Settings
from lrt_search.answer.check_rules import RULES
from lrt_search.answer.checks import check_names


def test_every_rule_is_switched_by_a_settings_field_that_is_on_by_default() -> None:
    fields = {f.name for f in dataclasses.fields(Settings)}
    default = Settings()
    for rule in RULES:
        assert rule.setting in fields, rule
        assert getattr(default, rule.setting) != rule.off, rule
        off = default.replace(**{rule.setting: rule.off})  # a valid configuration
        assert getattr(off, rule.setting) == rule.off


def test_rules_name_real_checks_and_are_unique() -> None:
    assert len({r.name for r in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.checks and set(rule.checks) <= set(check_names()), rule
