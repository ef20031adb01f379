"""The answer figures of `ask` on every answer set at once: dev, the generated set and the
hand-written probes and blind sets. The sets - name, file, split, make_results' short label and what
each holds and how it was written - are registered once, as data, in eval/answer_sets.toml (a new
set is one [[set]] table there); `python eval/answer_sets.py --list` prints them.

Per set: abstained on unanswerable, false abstentions, gold quoted, the reliability of the
confidence labels (share of answers labelled high / medium holding the answer; targets 0.90 /
0.70) and, for the generated set, the unanswerable questions abstained on by how they were made.

    python eval/answer_sets.py [--sets dev,generated,probes,holdout,...] [--disable CHECK ...]
                               [--config FILE.toml]
                               [--dump FILE.json] [--misses]
    python eval/answer_sets.py --list   # name, file, size and description of every set

`--dump` writes every question's record (abstained, reason code, label, gold held) for a diff
between two runs; `--misses` lists the questions each set gets wrong, except those of the held-out
sets (named "*holdout": only their figures are printed). The test split is never run.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path

from blind_sets import blind_sets  # the script's folder is on the path

from lrt_search import Settings
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.evaluation.reliability import abstained_by_change, reliability
from lrt_search.evaluation.runner import ask_all

HERE = Path(__file__).resolve().parent
REGISTRY_FILE = HERE / "answer_sets.toml"
SPLITS = ("dev", "generated", "all")  # never "test"


@dataclass(frozen=True)
class AnswerSet:
    """One answer set of eval/answer_sets.toml: its ``name`` for ``--sets``, its question
    ``file`` in eval/, the ``split`` asked, make_results' short ``label`` ("" for a set outside
    its hand-written table) and a ``description`` of what it holds and how it was written."""

    name: str
    file: Path
    split: str
    description: str
    label: str = ""


def registry(path: Path = REGISTRY_FILE) -> list[AnswerSet]:
    """The answer sets registered in ``path``, in its order; a ValueError for a name given
    twice, a split other than dev, generated or all (never test), or a table lacking a field."""
    with path.open("rb") as handle:
        tables = tomllib.load(handle).get("set", [])
    sets: list[AnswerSet] = []
    for table in tables:
        try:
            entry = AnswerSet(
                name=table["name"],
                file=path.parent / table["file"],
                split=table["split"],
                description=" ".join(table["description"].split()),
                label=table.get("label", ""),
            )
        except KeyError as exc:
            raise ValueError(f"{path}: an answer set lacks {exc}: {table}") from None
        if entry.split not in SPLITS:
            raise ValueError(f"{path}: {entry.name}: split {entry.split!r} not in {SPLITS}")
        if entry.name in {s.name for s in sets}:
            raise ValueError(f"{path}: answer set {entry.name} registered twice")
        sets.append(entry)
    return sets + blind_halves(path, {s.name for s in sets})


def blind_halves(path: Path, registered: set[str]) -> list[AnswerSet]:
    """The design and holdout halves of ``path``'s blind sets (eval/blind_sets.py) that have no
    ``[[set]]`` table of their own, asked whole, in the order of the ``[[blind]]`` tables."""
    halves: list[AnswerSet] = []
    for blind in blind_sets(path).values():
        for part in ("design", "holdout"):
            name = f"{blind.name}_{part}"
            if name not in registered:
                text = f"The {part} half of blind set {blind.name}: {blind.description}"
                file = path.parent / blind.file(part)
                halves.append(AnswerSet(name, file, "all", text, label=name))
    return halves


REGISTRY = registry()
SETS: dict[str, tuple[Path, str]] = {s.name: (s.file, s.split) for s in REGISTRY}


def held_out(name: str) -> bool:
    """Whether the answer set ``name`` is held out ("*holdout"): only its figures are printed,
    its misses are never listed."""
    return name.endswith("holdout")


def readable_sets() -> str:
    """Every set that is not held out, comma-separated: the default ``--sets`` of the listers."""
    return ",".join(n for n in SETS if not held_out(n))


def studied_sets(parser: argparse.ArgumentParser, names: str) -> list[str]:
    """The comma-separated answer sets ``names`` of a script that lists misses; a parser error
    (exit 2, before any question is read) when one of them is held out."""
    sets = names.split(",")
    for name in sets:
        if held_out(name):
            parser.error(f"{name} is only measured, never studied")
    return sets


def sets_parser(doc: str, sets: str = "") -> argparse.ArgumentParser:
    """The parser of a script over the answer sets, with the two options they all take:
    ``--sets`` (comma-separated; default ``sets``, else every readable set) and ``--config`` (a
    TOML file of settings). The script adds its own options."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("--sets", default=sets or readable_sets())
    parser.add_argument("--config", type=Path, default=None, help="a TOML file of settings")
    return parser


def config_settings(args: argparse.Namespace) -> Settings:
    """The settings of ``--config`` (the defaults without one)."""
    return Settings.from_toml(args.config) if args.config else Settings()


def studied(parser: argparse.ArgumentParser) -> tuple[argparse.Namespace, list[str], Settings]:
    """``parser``'s arguments, the sets of ``--sets`` (a parser error, before any question is
    read, for a held-out one: :func:`studied_sets`) and the settings of ``--config``."""
    args = parser.parse_args()
    return args, studied_sets(parser, args.sets), config_settings(args)


def print_totals(total: dict[str, int]) -> None:
    """The closing block of a lister: "ALL:" and one line per counted key, sorted."""
    print("ALL:")
    for key, count in sorted(total.items()):
        print(f"  {key}\t{count}")


def _share(a: int, b: int) -> str:
    return f"{a}/{b} ({a / b:.3f})" if b else "-"


def list_sets(sets: list[AnswerSet]) -> list[str]:
    """One block per answer set of ``sets``: its name, file, split and number of questions
    asked, then its description (``--list``)."""
    lines = []
    for s in sets:
        size = len(load_questions(s.file, s.split))
        label = f", label {s.label}" if s.label else ""
        lines.append(f"{s.name}  eval/{s.file.name} ({s.split}: {size} questions{label})")
        lines.extend(
            textwrap.wrap(s.description, width=96, initial_indent="    ", subsequent_indent="    ")
        )
    return lines


def main() -> int:
    parser = sets_parser(__doc__, ",".join(SETS))
    parser.add_argument("--disable", action="append", default=[], help="a check to switch off")
    parser.add_argument("--dump", type=Path, default=None)
    parser.add_argument("--misses", action="store_true")
    parser.add_argument(
        "--list", action="store_true", help="print the registered sets; ask nothing"
    )
    args = parser.parse_args()
    if args.list:
        print("\n".join(list_sets(REGISTRY)))
        return 0
    settings = config_settings(args)
    if args.disable:
        settings = settings.replace(disabled_checks=tuple(args.disable))
    engine = engine_for(settings)
    dump: dict[str, dict] = {}
    for name in args.sets.split(","):
        path, split = SETS[name]
        questions = load_questions(path, split)
        stats, records = ask_all(engine, questions, progress=False)
        print(
            f"{name:9} abstained on unanswerable "
            f"{_share(stats.abstained_unanswerable, stats.unanswerable)}  false abstentions "
            f"{_share(stats.abstained_answerable, stats.answerable)}  gold quoted "
            f"{_share(stats.quotes_with_gold, stats.answerable)}"
        )
        rows = "  ".join(f"{r.label} {_share(r.right, r.count)}" for r in reliability(records))
        print(f"{'':9} {rows}")
        if name in ("generated", "reworded"):
            changes = abstained_by_change(records)
            print(f"{'':9} " + "  ".join(f"{c}: {a}/{n}" for c, (a, n) in changes.items() if c))
        texts = {q.id: q.question for q in questions}
        for r in records:
            dump[f"{name}:{r.id}"] = {**asdict(r), "question": texts[r.id]}
            if args.misses and not r.right and not held_out(name):
                print(
                    f"   miss {r.id} [{r.change or r.answerable}] {texts[r.id]!r} -> "
                    f"{'abstained ' + str(r.reason_code) if r.abstained else r.label}"
                )
    if args.dump:
        args.dump.write_text(json.dumps(dump, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
