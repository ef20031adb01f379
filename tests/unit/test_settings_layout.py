"""The layout of Settings (session 28, task E): the answer rules' fields live in one frozen mixin
per stage (lrt_search.rule_settings) and stay flat fields of Settings."""

from __future__ import annotations

import dataclasses
import inspect
from pathlib import Path

import pytest

from lrt_search import rule_settings
from lrt_search.config import Settings
from lrt_search.errors import ConfigError

MIXINS = [getattr(rule_settings, name) for name in rule_settings.__all__]
CLASSES = [*MIXINS, Settings]


def _own(cls: type) -> set[str]:
    """The fields a class writes itself (its annotations), not those it inherits."""
    return set(inspect.get_annotations(cls))


def test_settings_inherits_every_stage_class() -> None:
    assert set(MIXINS) <= set(Settings.__mro__)
    assert len(MIXINS) == 6


def test_no_field_is_defined_in_two_classes() -> None:
    """A name in two classes would silently take the default of the one first in the MRO."""
    seen: dict[str, str] = {}
    twice = []
    for cls in CLASSES:
        for name in _own(cls):
            if name in seen:
                twice.append(f"{name}: {seen[name]} and {cls.__name__}")
            seen[name] = cls.__name__
    assert not twice, twice


def test_every_field_is_defined_once_and_flat() -> None:
    names = [f.name for f in dataclasses.fields(Settings)]
    assert len(names) == len(set(names))
    assert set(names) == set().union(*(_own(cls) for cls in CLASSES))


def test_stage_classes_are_frozen_and_generate_no_init() -> None:
    """Settings generates the one __init__, __eq__, __hash__ and __repr__ over all fields; the
    mixins generating their own would double the work at import (start-up time)."""
    for cls in MIXINS:
        params = cls.__dataclass_params__  # type: ignore[attr-defined]
        assert params.frozen and not params.init and not params.eq and not params.repr, cls
        assert "__init__" not in cls.__dict__, cls


def test_a_rule_field_is_read_set_and_replaced_flat(tmp_path: Path) -> None:
    base = Settings()
    assert base.abstain_below == 0.4 and base.speaker_fallback is True
    assert Settings(abstain_below=0.5).abstain_below == 0.5
    changed = base.replace(speaker_fallback=False, abstain_below=1)
    assert changed.speaker_fallback is False and changed.abstain_below == 1.0
    assert dataclasses.replace(base, max_quotes=3).max_quotes == 3
    assert changed != base and base == Settings() and hash(base) == hash(Settings())
    toml = tmp_path / "rules.toml"
    toml.write_text('[answer]\nspeaker_fallback = false\nunread_not_high = "all"\n')
    loaded = Settings.from_toml(toml)
    assert loaded.speaker_fallback is False and loaded.unread_not_high == "all"
    assert loaded.to_dict()["unread_not_high"] == "all"
    with pytest.raises(ConfigError, match="unread_not_high"):
        base.replace(unread_not_high="some")
    with pytest.raises(dataclasses.FrozenInstanceError):
        base.abstain_below = 0.1  # type: ignore[misc]
