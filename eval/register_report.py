"""Compare the decisions register read from variant PDFs with the register of the clean corpus.

    python eval/register_report.py VARIANT_DIR [VARIANT ...]

Per variant folder (each holds PDFs of the corpus meetings, as ``make_office_variants`` writes
them) and meeting: the clean register's entries found in the variant's register (the same
kind and, nearly, the same text: OCR and a line's break may change a character or two), of
those with the same organisations, and the variant's entries the clean register does not have
(an action list at the end of the minutes read as new entries, or text read wrong). A variant
register that finds every clean entry with its organisations and adds none reads as the clean
file does.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import replace
from difflib import SequenceMatcher
from pathlib import Path

from lrt_search.answer.decisions import Decision, corpus_register
from lrt_search.config import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_variants import CORPUS


def _key(text: str) -> str:
    return " ".join(text.lower().replace("(", " ").replace(")", " ").split()).rstrip(" .")


def _same(a: Decision, b: Decision) -> bool:
    if a.kind != b.kind:
        return False
    x, y = _key(a.text), _key(b.text)
    return x == y or SequenceMatcher(None, x, y, autojunk=False).ratio() >= 0.95


def register(folder: Path) -> dict[str, list[Decision]]:
    """The register of the minutes in ``folder``, by meeting date."""
    settings = replace(Settings(), corpus_dir=folder)
    out: dict[str, list[Decision]] = defaultdict(list)
    for d in corpus_register(settings).decisions:
        out[d.meeting_date.isoformat()].append(d)
    return out


def compare(clean: list[Decision], got: list[Decision]) -> tuple[int, int, list[Decision]]:
    """(clean entries found, of those with the same organisations, variant entries unmatched)."""
    free = list(got)
    found = same_orgs = 0
    for entry in clean:
        match = next((g for g in free if _same(entry, g)), None)
        if match is not None:
            free.remove(match)
            found += 1
            same_orgs += match.orgs == entry.orgs
    return found, same_orgs, free


def main(argv: list[str] | None = None) -> int:
    """Print one row per variant and meeting, then the entries added."""
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print(__doc__)
        return 2
    root = Path(args[0])
    names = args[1:] or sorted(p.name for p in root.iterdir() if p.is_dir())
    clean = register(CORPUS)
    print("| variant | meeting | clean entries | found | same orgs | added |")
    print("|---|---|---:|---:|---:|---:|")
    added_lines = []
    for name in names:
        got = register(root / name)
        for date in sorted(clean):
            found, orgs, extra = compare(clean[date], got.get(date, []))
            print(f"| {name} | {date} | {len(clean[date])} | {found} | {orgs} | {len(extra)} |")
            added_lines += [f"{name} {date} {d.kind} {list(d.orgs)} {d.text[:90]!r}" for d in extra]
    for line in added_lines:
        print("added:", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
