"""The engine of a test with some settings changed (a rule switched off or on)."""

from __future__ import annotations

from lrt_search.service import Engine


def switched(engine: Engine, **changes: object) -> Engine:
    """``engine`` with the settings ``changes`` (``switched(engine, org_groups=False)``)."""
    return engine.with_settings(engine.settings.replace(**changes))
