"""Figures of one or two runs of ``eval/answer_sets.py --dump`` per fold of the out-of-fold
discipline (docs/development.md), before -> after on the questions both dumps hold.

    python eval/fold_figures.py before.json after.json
    python eval/fold_figures.py --reasons before.json [after.json]

The folds (:func:`fold_of`): **design** - the design halves of blind3..blind10, dev, the probes
whose name starts with a..m, the generated set; **validation** - the design halves of blind11
up to every registered blind set but the newest, the probes n..z; **derived** - every other set
of split "generated" (reworded, perfect_form, discussion_form, everyday_speech); the **newest**
blind set's design half; the **holdout** halves summed in groups (b3..b10, b11..b19, b20..b23,
b24..b25, then one each; other held-out sets together) - never listed, summed only; **other
readable** (a set that is no probe by name, as comparison_probe2). Per fold: false abstentions
FA, unanswerable abstained UA, gold quoted and high-labelled answers holding gold / given - the
figures of /work/notes/agg26.py, reproduced exactly on /work/notes/s27/base.json (its holdout
groups and its design rows b3..b10 and b11..b25, printed as "blind design" sub-rows).

``--reasons``: false (answerable) / right (unanswerable) abstentions per reason_code per fold
D (design), V (validation and the newest blind design half), G (generated and derived), O
(other readable), held-out sets left out, sorted by FA - UA: the table of
/work/notes/reason_precision.py, reproduced exactly on /work/notes/s27/base.json (with two
dumps, a cell that changed reads "before->after").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from answer_sets import SETS, held_out  # the script's folder is on the path
from blind_sets import BLIND

#: The holdout groups by blind number (sets written in one session or wave); later ones each.
HOLDOUT_GROUPS = ((3, 10), (11, 19), (20, 23), (24, 25))
#: The coarse column of ``--reasons`` of each fold (reason_precision.py's D, V, G, O).
REASON_COLUMN = {"design": "D", "validation": "V", "newest": "V", "derived": "G", "other": "O"}
_BLIND = re.compile(r"blind(\d+)_(design|holdout)$")


def newest_blind(names: Iterable[str] = BLIND) -> int:
    """The number of the newest registered blind set (blind26 -> 26)."""
    return max(int(m[1]) for n in names if (m := re.fullmatch(r"blind(\d+)", n)))


def derived_sets() -> frozenset[str]:
    """The sets of split "generated" but the generated set itself."""
    return frozenset(n for n, (_, split) in SETS.items() if split == "generated") - {"generated"}


def fold_of(name: str, newest: int, derived: frozenset[str]) -> str:
    """The fold of answer set ``name``: "design", "validation", "derived", "newest",
    "other", or for a held-out set its group ("holdout b3..b10", "holdout b26",
    "holdout other")."""
    blind = _BLIND.fullmatch(name)
    if held_out(name):
        if not blind:
            return "holdout other"
        n = int(blind[1])
        group = next((g for g in HOLDOUT_GROUPS if g[0] <= n <= g[1]), (n, n))
        return "holdout b" + (f"{group[0]}..b{group[1]}" if group[0] != group[1] else str(n))
    if blind:
        n = int(blind[1])
        return "design" if n <= 10 else ("newest" if n == newest else "validation")
    if name in ("dev", "generated"):
        return "design"
    if name in derived:
        return "derived"
    if name.endswith("_probe") or name == "probes":
        return "design" if name[0] <= "m" else "validation"
    return "other"


def reason_column(name: str, newest: int, derived: frozenset[str]) -> str | None:
    """The ``--reasons`` column of set ``name`` (None for a held-out set)."""
    if held_out(name):
        return None
    return "G" if name == "generated" else REASON_COLUMN[fold_of(name, newest, derived)]


def figures(dump: dict[str, dict], keys: list[str]) -> str:
    """``FA a/n, UA u/m, gold g, high r/t`` of ``keys`` (agg26.py's figures)."""
    fa = na = ua = nu = gold = right = high = 0
    for key in keys:
        row = dump[key]
        if row["answerable"]:
            na, fa, gold = na + 1, fa + row["abstained"], gold + bool(row.get("has_gold"))
        else:
            nu, ua = nu + 1, ua + row["abstained"]
        if not row["abstained"] and row.get("label") == "high":
            high += 1
            right += bool(row.get("has_gold")) if row["answerable"] else 0
    return f"FA {fa}/{na}, UA {ua}/{nu}, gold {gold}, high {right}/{high}"


def fold_rows(dumps: list[dict[str, dict]], newest: int, derived: frozenset[str]) -> list[str]:
    """One line per fold (and the blind design sub-rows), before -> after."""
    keys = [k for k in dumps[-1] if all(k in d for d in dumps)]
    groups: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        name = key.split(":")[0]
        fold = fold_of(name, newest, derived)
        groups[fold].append(key)
        if fold in ("design", "validation") and _BLIND.fullmatch(name):
            groups[f"{fold}: blind design halves"].append(key)
    order = ["design", "design: blind design halves", "validation"]
    order += ["validation: blind design halves", "derived", "newest", "other"]
    order += sorted((g for g in groups if g.startswith("holdout")), key=_holdout_order)
    return [
        f"{name:32s} ({len(groups[name])}) "
        + "  ->  ".join(figures(d, groups[name]) for d in dumps)
        for name in order
        if groups[name]
    ]


def _holdout_order(group: str) -> tuple[int, str]:
    first = re.search(r"\d+", group)
    return (int(first[0]) if first else 10**6, group)


def reason_rows(dumps: list[dict[str, dict]], newest: int, derived: frozenset[str]) -> list[str]:
    """reason_precision.py's table: per reason_code FA, UA and each column's FA/UA."""
    both = {k for k in dumps[-1] if all(k in d for d in dumps)}
    tables = []
    for dump in dumps:
        table: dict[str, Counter[str]] = defaultdict(Counter)
        for key in (k for k in dump if k in both):
            row, column = dump[key], reason_column(key.split(":")[0], newest, derived)
            if column is not None and row["abstained"]:
                table[row.get("reason_code")][column + ("a" if row["answerable"] else "u")] += 1
        tables.append(table)
    last = tables[-1]
    codes = list(last) + [c for t in tables[:-1] for c in t if c not in last]
    totals = {c: [sum(last[c][f + s] for f in "DVGO") for s in "au"] for c in codes}
    out = ["reason_code  FA/UA per fold D(design) V(validation) G(generated/derived) O(other)"]
    for code in sorted(codes, key=lambda c: -(totals[c][0] - totals[c][1])):
        cells = [_cell([t[code] for t in tables], f) for f in "DVGO"]
        fa, ua = totals[code]
        out.append(f"{code!s:32s} FA {fa:4d} UA {ua:4d} | " + "  ".join(cells))
    return out


def _cell(counts: list[Counter[str]], column: str) -> str:
    pairs = [f"{c[column + 'a']}/{c[column + 'u']}" for c in counts]
    return f"{column}:" + (pairs[0] if len(set(pairs)) == 1 else "->".join(pairs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dumps", nargs="+", type=Path, help="one dump, or before and after")
    parser.add_argument("--reasons", action="store_true", help="abstentions per reason_code")
    args = parser.parse_args()
    if len(args.dumps) > 2:
        parser.error("give one dump, or two (before, after)")
    dumps = [json.loads(p.read_text(encoding="utf-8")) for p in args.dumps]
    rows = reason_rows if args.reasons else fold_rows
    print("\n".join(rows(dumps, newest_blind(), derived_sets())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
