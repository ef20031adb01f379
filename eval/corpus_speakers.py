"""The speakers of every statement of the bundled corpus, to compare before and after a speaker
rule.

    python eval/corpus_speakers.py --save FILE.json   # write every statement's speakers
    python eval/corpus_speakers.py --diff FILE.json   # list the statements whose speakers differ

The file holds one record per statement (meeting file, agenda item, position, text, speakers);
``--diff`` prints each statement whose speakers changed (before -> after) and how many did.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from lrt_search.ingest.corpus import read_minutes
from lrt_search.ingest.reading import corpus_files

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def statements(folder: Path = CORPUS) -> list[dict[str, object]]:
    """One record per statement of every minutes file in ``folder``, in reading order."""
    out: list[dict[str, object]] = []
    for path in corpus_files(folder):
        meeting = read_minutes(path)
        for item in meeting.items:
            for index, statement in enumerate(item.statements):
                out.append(
                    {
                        "key": f"{path.name}#{item.number or item.title}#{index}",
                        "text": statement.text,
                        "speakers": list(statement.speakers),
                    }
                )
    return out


def diff(before: list[dict[str, object]], after: list[dict[str, object]]) -> list[str]:
    """One line per statement whose speakers differ, and one per statement only one side has."""
    old = {str(r["key"]): r for r in before}
    new = {str(r["key"]): r for r in after}
    lines: list[str] = []
    for key in sorted(old.keys() | new.keys()):
        a, b = old.get(key), new.get(key)
        if a is None or b is None or a["text"] != b["text"]:
            lines.append(f"{key}: statement {'added' if a is None else 'changed or removed'}")
        elif a["speakers"] != b["speakers"]:
            lines.append(f"{key}: {a['speakers']} -> {b['speakers']}: {str(b['text'])[:110]}")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Save the corpus's speakers or compare them with a saved file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--diff", type=Path)
    args = parser.parse_args(argv)
    now = statements()
    if args.save:
        args.save.write_text(json.dumps(now, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{len(now)} statements written to {args.save}")
        return 0
    lines = diff(json.loads(args.diff.read_text(encoding="utf-8")), now)
    for line in lines:
        print(line)
    print(f"{len(lines)} of {len(now)} statements differ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
