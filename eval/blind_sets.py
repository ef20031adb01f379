"""The blind question sets of issue 16, read from their one ``[[blind]]`` table each in
eval/answer_sets.toml: a set ``blindN`` is the file eval/blindN_source.jsonl split by
eval/split_blind.py into eval/blindN_design.jsonl and eval/blindN_holdout.jsonl.

    [[blind]]
    name = "blind22"              # the set; its files are blind22_{source,design,holdout}.jsonl
    seed = 19                     # the seed of its split
    strata = ["answerable", "persona", "lang"]   # the row keys the split is stratified by
    half = 55                     # questions per half
    personas = { a = ["nl", "en"], b = ["en"] }  # each persona (style) and its languages
    family = "b3..b10"            # optional: the family dump_families sums it in (else its own)
    description = "..."           # what the set holds; the halves' description when they have
                                  # no [[set]] table of their own

The table registers the source file; the halves are answer sets (eval/answer_sets.py appends
the ones without a [[set]] table: the design half readable, the holdout half only measured).
A new blind set needs its three files and this one table, no code (docs/evaluation.md).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REGISTRY_FILE = HERE / "answer_sets.toml"
PARTS = ("source", "design", "holdout")


@dataclass(frozen=True)
class BlindSet:
    """One blind set: its ``name``, split ``seed`` and ``strata``, questions per ``half``, its
    ``personas`` (persona -> languages; empty for a set without personas), the dump family it
    is summed in (``family``, "" for its own) and its ``description``."""

    name: str
    seed: int
    strata: tuple[str, ...]
    half: int
    description: str
    personas: dict[str, frozenset[str]] = field(default_factory=dict)
    family: str = ""

    def file(self, part: str) -> str:
        """The file name of the set's ``part`` ("source", "design" or "holdout")."""
        return f"{self.name}_{part}.jsonl"


def blind_sets(path: Path = REGISTRY_FILE) -> dict[str, BlindSet]:
    """The blind sets of ``path``'s ``[[blind]]`` tables, by name in its order; a ValueError
    for a name given twice or a table lacking a field."""
    with path.open("rb") as handle:
        tables = tomllib.load(handle).get("blind", [])
    sets: dict[str, BlindSet] = {}
    for table in tables:
        try:
            entry = BlindSet(
                name=table["name"],
                seed=int(table["seed"]),
                strata=tuple(table["strata"]),
                half=int(table["half"]),
                description=" ".join(table["description"].split()),
                personas={p: frozenset(ls) for p, ls in table.get("personas", {}).items()},
                family=table.get("family", ""),
            )
        except KeyError as exc:
            raise ValueError(f"{path}: a blind set lacks {exc}: {table}") from None
        if entry.name in sets:
            raise ValueError(f"{path}: blind set {entry.name} registered twice")
        sets[entry.name] = entry
    return sets


def owner(file_name: str, sets: dict[str, BlindSet]) -> str:
    """The blind set one of whose files is named ``file_name`` ("" for none)."""
    return next((s.name for s in sets.values() for p in PARTS if s.file(p) == file_name), "")


def half_set(set_name: str, sets: dict[str, BlindSet]) -> str:
    """The blind set whose design or holdout half is the answer set ``set_name`` ("" for
    none)."""
    name, _, part = set_name.rpartition("_")
    return name if name in sets and part in PARTS[1:] else ""


BLIND = blind_sets()
