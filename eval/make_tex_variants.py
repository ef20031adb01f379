"""Generate TeX variants of the corpus: minutes typeset with pdfLaTeX.

    python eval/make_tex_variants.py OUT_DIR

Each corpus file ``<stem>`` is written, from its structure (:func:`make_layout_variants.blocks`,
without the source's repeated page letterheads), as a LaTeX ``article`` and typeset by
``pdflatex`` into ``<variant>/<stem>.pdf``:

- ``tex-article``: Latin Modern (T1), justified text with TeX's hyphenation (English patterns,
  the only ones ``texlive-latex-base`` has: Dutch words are broken where English would break
  them), the ligatures "fi", "fl", "ff" in the fonts, the agenda items as unnumbered
  ``\\section*`` headings "2. Title", bullets as ``itemize`` ("•", sub-bullets "–"), the second
  item's bullets an ``enumerate`` ("1.", sub-items "(a)"), a page number at each page's foot;
- ``tex-sections``: the same with the agenda items numbered by LaTeX (``\\section``: "2 Title",
  no full stop) and sub-items as ``\\subsection`` ("2.1 Title");
- ``tex-ot1``: ``tex-article`` in LaTeX's default fonts (Computer Modern, OT1 encoding: no
  ``fontenc``), which print an accented letter as an accent placed over the letter: the text
  layer holds "Financi\u00a8ele", "co\u00a8ordinatie".

pdfLaTeX is needed only to generate the variants (``apt-get install texlive-latex-base``),
never by lrt-search or its tests. ``eval/variant_report.py OUT_DIR`` compares each with the
clean parse.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_layout_variants import Block, blocks
from make_office_variants import without_page_letterheads
from make_variants import corpus_files, variant_writer

VARIANTS = ("tex-article", "tex-sections", "tex-ot1")
_SPECIAL = re.compile(r"[\\&%$#_{}~^]")
_ESCAPES = {"\\": r"\textbackslash{}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
_FONTS = "\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n"
_PREAMBLE = r"""\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}
\usepackage[margin=2.5cm]{geometry}
\setlength{\parindent}{0pt}
\setlength{\parskip}{0.5\baselineskip}
"""


def tex_escape(text: str) -> str:
    """``text`` with LaTeX's special characters escaped."""
    return _SPECIAL.sub(lambda m: _ESCAPES.get(m[0], "\\" + m[0]), text)


def _front(parts: list[Block]) -> Iterator[str]:
    """The paragraphs before the first heading: the attendees ("Aanwezig" up to "Afwezig" or
    the letterhead's side column) and the absentees each one paragraph."""
    group = ""
    for block in parts:
        text = tex_escape(block.text)
        if block.text.startswith(("Aanwezig", "Afwezig")) or block.text in (
            "Datum", "Onze referentie", "Kenmerk",
        ):  # fmt: skip
            if group:
                yield group + "\n"
            group = text if block.text.startswith(("Aanwezig", "Afwezig")) else ""
            if not group:
                yield text + "\n"
        elif group:
            group += " " + text
        else:
            yield text + "\n"
    if group:
        yield group + "\n"


def _heading(block: Block, variant: str) -> str:
    title = tex_escape(block.text)
    sub = block.number[-1].isalpha()
    if variant == "tex-sections":
        number = int(block.number[:-1] if sub else block.number)
        if sub:
            return f"\\setcounter{{subsection}}{{{ord(block.number[-1]) - ord('a')}}}" + (
                f"\\subsection{{{title}}}\n"
            )
        return f"\\setcounter{{section}}{{{number - 1}}}\\section{{{title}}}\n"
    return f"\\section*{{{block.number}. {title}}}\n"


def _body(parts: list[Block], variant: str) -> Iterator[str]:
    """Headings, lists (``itemize``; in the second agenda item ``enumerate``) and paragraphs."""
    item = 0
    depth: list[str] = []
    for block in parts:
        want = {"bullet": 1, "sub": 2 if depth else 1}.get(block.kind, 0)  # no "sub" first
        kind = "enumerate" if item == 2 else "itemize"
        while len(depth) > want:
            yield f"\\end{{{depth.pop()}}}\n"
        while len(depth) < want:
            depth.append(kind)
            yield f"\\begin{{{kind}}}\n"
        if block.kind == "heading":
            item += 1
            yield _heading(block, variant)
        elif want:
            yield f"\\item{{}} {tex_escape(block.text)}\n"
        else:
            yield tex_escape(block.text) + "\n\n"
    while depth:
        yield f"\\end{{{depth.pop()}}}\n"


def minutes_tex(source: Path, variant: str) -> str:
    """A corpus file as a LaTeX article in the style of ``variant``."""
    parts = without_page_letterheads(blocks(source))
    first = next((i for i, b in enumerate(parts) if b.kind == "heading"), len(parts))
    front = "\n".join(_front(parts[:first]))
    fonts = "" if variant == "tex-ot1" else _FONTS
    body = "".join(_body(parts[first:], variant))
    return _PREAMBLE + fonts + "\\begin{document}\n" + front + "\n" + body + "\\end{document}\n"


def tex_pdf(document: str, pdflatex: str = "pdflatex") -> bytes:
    """``document`` typeset by ``pdflatex`` (run twice, as for a table of references)."""
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "minutes.tex").write_text(document, encoding="utf-8")
        for _ in range(2):
            subprocess.run(
                [pdflatex, "-interaction=nonstopmode", "-halt-on-error", "minutes.tex"],
                cwd=tmp, check=True, capture_output=True, timeout=300,
            )  # fmt: skip
        return (Path(tmp) / "minutes.pdf").read_bytes()


def write_tex_variants(out: Path) -> dict[str, list[Path]]:
    """Write every TeX variant under ``out``; returns the written files per variant."""
    pdflatex = shutil.which("pdflatex")
    if pdflatex is None:
        raise SystemExit("pdflatex not found: apt-get install texlive-latex-base")
    written: dict[str, list[Path]] = {}
    put = variant_writer(out, written, print)
    for source in corpus_files():
        for variant in VARIANTS:
            put(variant, source.stem + ".pdf", tex_pdf(minutes_tex(source, variant), pdflatex))
    return written


def main(argv: list[str] | None = None) -> int:
    """``python eval/make_tex_variants.py OUT_DIR``."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python eval/make_tex_variants.py OUT_DIR")
        return 2
    write_tex_variants(Path(args[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
