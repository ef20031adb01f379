"""docs/settings.md lists every field of Settings (it drifted by 20 fields once)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from lrt_search.config import Settings

DOC = Path(__file__).resolve().parents[2] / "docs" / "settings.md"


def test_every_settings_field_is_listed_in_docs_settings() -> None:
    text = DOC.read_text(encoding="utf-8")
    missing = [f.name for f in dataclasses.fields(Settings) if f"\n{f.name}: " not in text]
    assert not missing, f"docs/settings.md lacks {missing}"
