"""Time the text-layer reading of PDF variants against a floor measured in the same run.

    python eval/bench_pdf_ingest.py DIR [DIR ...] [--old SRC] [--runs N]

Every ``*.pdf`` under the folders (variants of ``make_variants``, ``make_layout_variants``,
``make_office_variants``, ``make_tex_variants``; scans are skipped: their time is Tesseract's)
is read in a child process three ways, run after run in turn (floor, new, old, floor, ...):

- **floor**: PDFium opens each file and reads each page's text (``get_text_range``): what any
  reader of the text layer must do;
- **new**: ``lrt_search.ingest.reading.pdf_pages`` of this checkout (font headings, note marks,
  drawn bullets, dash bullets on top of the floor);
- **old** (with ``--old SRC``, a folder holding another checkout's ``lrt_search``): the same
  function of that code.

Printed: the CPU seconds (user + system of the child) of each, median/min/max over the runs,
and each run's ratio to the floor of the same run (median/min/max), as ``eval/bench`` does
(docs/performance.md). CPU time hardly depends on the other processes of a shared machine.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench.measure import run_once, summary

FLOOR = """
import sys
from pathlib import Path
import pypdfium2 as pdfium
for name in sys.argv[1:]:
    document = pdfium.PdfDocument(Path(name).read_bytes())
    for page in document:
        page.get_textpage().get_text_range()
    document.close()
"""

READ = """
import sys
from pathlib import Path
from lrt_search.ingest.reading import pdf_pages
for name in sys.argv[1:]:
    path = Path(name)
    pdf_pages(path, path.read_bytes())
"""


def _files(folders: list[str]) -> list[str]:
    return sorted(
        str(p)
        for folder in folders
        for p in Path(folder).rglob("*.pdf")
        if not p.parent.name.startswith(("scan", "bundle"))
    )


def _command(script: str, files: list[str], src: str | None) -> list[str]:
    prefix = ["env", f"PYTHONPATH={src}"] if src else []
    return [*prefix, sys.executable, "-c", script, *files]


def main(argv: list[str] | None = None) -> int:
    """Print the figures; 2 on bad arguments."""
    args = sys.argv[1:] if argv is None else argv
    runs, old, folders = 5, None, []
    it = iter(args)
    for arg in it:
        if arg == "--runs":
            runs = int(next(it))
        elif arg == "--old":
            old = next(it)
        else:
            folders.append(arg)
    files = _files(folders)
    if not files:
        print(__doc__)
        return 2
    here = str(Path(__file__).resolve().parents[1])
    commands = {"floor": _command(FLOOR, files, None), "new": _command(READ, files, here)}
    if old:
        commands["old"] = _command(READ, files, os.path.abspath(old))
    for command in commands.values():  # warm-up: bytecode and the file cache
        run_once(command)
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            cpu[name].append(run_once(command)[1])
    print(f"{len(files)} PDFs, {runs} runs; CPU seconds (median/min/max), ratio to the floor")
    for name, values in cpu.items():
        ratios = [v / f for v, f in zip(values, cpu["floor"], strict=True)]
        s, r = summary(values), summary(ratios, 2)
        print(
            f"{name:6} {s['median']:.3f} / {s['min']:.3f} / {s['max']:.3f} s   "
            f"x floor {r['median']:.2f} / {r['min']:.2f} / {r['max']:.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
