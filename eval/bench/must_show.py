"""Issue 19's "Must show" list as one table of a bench run: each target with the value
measured in that run, its limit and whether it is met.

Ratios are medians of interleaved pairs (:func:`bench.measure.paired`). A target is judged on
wall time, as the issue states it; the CPU ratio (user + system of the child, which the other
processes of a shared machine hardly change) is printed beside it, and a line met in wall
time but not in CPU says so.
"""

from __future__ import annotations

import importlib.util
from typing import Any

#: Issue 19's limits.
ASK_TO_SEARCH = 1.5
ASK_MEMORY_TO_SEARCH = 1.2
START_TO_FLOOR = 1.4
DECISIONS_TO_FLOOR = 0.6
INSTALL_MB = 350.0
#: Import names of the ``[eval]`` extra (pyproject.toml): what ``lrt-search eval`` and the
#: data-making scripts of eval/ import beyond the default install.
EVAL_MODULES = ("ir_measures", "scipy", "wordfreq", "spylls", "stopwordsiso")


def _pair(ratio: dict[str, Any], cpu: dict[str, Any] | None) -> tuple[float, float | None]:
    return ratio["median"], None if cpu is None else cpu["median"]


def _ratios(row: dict[str, Any]) -> dict[str, tuple[float, float | None]]:
    ask, decisions = row["ask"], row["decisions"]
    return {
        "ask_to_search": _pair(ask["ratio_to_search"], ask.get("cpu_ratio_to_search")),
        "ask_memory": (ask["memory_ratio_to_search"], None),
        "search_start": _pair(row["ratio"], row.get("cpu_ratio")),
        "ask_start": _pair(ask["ratio"], ask.get("cpu_ratio")),
        "decisions": _pair(decisions["ratio"], decisions.get("cpu_ratio")),
    }


_LINES = (
    ("ask_to_search", "`ask` <= 1.5x `search` with the same words", ASK_TO_SEARCH),
    ("ask_memory", "`ask` peak memory <= 1.2x `search`'s", ASK_MEMORY_TO_SEARCH),
    ("search_start", "CLI `search` <= 1.4x the floor (bytecode cached)", START_TO_FLOOR),
    ("ask_start", "CLI `ask` <= 1.4x the floor (bytecode cached)", START_TO_FLOOR),
    ("decisions", "`decisions` <= 0.6x the search floor", DECISIONS_TO_FLOOR),
)


def _cell(value: tuple[float, float | None]) -> str:
    wall, cpu = value
    return f"{wall:.2f}x" if cpu is None else f"{wall:.2f}x (CPU {cpu:.2f}x)"


def _verdict(values: list[tuple[float, float | None]], limit: float) -> str:
    if any(wall > limit for wall, _ in values):
        return "NOT met"
    if any(cpu is not None and cpu > limit for _, cpu in values):
        return "met in wall time, not in CPU"
    return "met"


def must_show(result: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per target: its text, the value per size (corpus and the largest synthetic
    size), and the verdict."""
    sizes = result["sizes"]
    keys = ["corpus", *sorted((k for k in sizes if k != "corpus"), key=int)[-1:]]
    keys = [k for k in keys if "ask" in sizes[k]]
    measured = {k: _ratios(sizes[k]) for k in keys}
    rows = []
    for name, text, limit in _LINES:
        values = [measured[k][name] for k in keys]
        rows.append(
            {
                "target": text,
                "cells": {k: _cell(measured[k][name]) for k in keys},
                "verdict": _verdict(values, limit),
            }
        )
    install = result.get("install")
    if install is not None:
        mb = install["total_mib"] * 2**20 / 1e6
        rows.append(
            {
                "target": "default install <= 350 MB (`pip install -e .`, fresh venv)",
                "cells": {"corpus": f"{mb:.0f} MB ({install['total_mib']} MiB)"},
                "verdict": "met" if mb <= INSTALL_MB else "NOT met",
            }
        )
    missing = [m for m in EVAL_MODULES if importlib.util.find_spec(m) is None]
    rows.append(
        {
            "target": "`[eval]` brings what evaluation needs (" + ", ".join(EVAL_MODULES) + ")",
            "cells": {"corpus": "missing: " + ", ".join(missing) if missing else "all present"},
            "verdict": "NOT met" if missing else "met",
        }
    )
    return rows


def render(rows: list[dict[str, Any]], sizes: list[str]) -> list[str]:
    """The rows as a Markdown table."""
    header = ["must show (issue 19)", *sizes, "met?"]
    body = [[r["target"], *(r["cells"].get(k, "") for k in sizes), r["verdict"]] for r in rows]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]
    out = ["| " + " | ".join(c.ljust(w) for c, w in zip(header, widths, strict=True)) + " |"]
    out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    out += [
        "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in body
    ]
    return out
