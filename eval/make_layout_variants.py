"""Generate layout variants of the corpus that ``eval/make_variants.py`` does not make.

    python eval/make_layout_variants.py OUT_DIR [--scans] [--no-chromium]

Each corpus file ``<stem>`` is laid out again from its structure (headings, bullets, paragraphs)
and written, per variant, as ``<variant>/<stem>.pdf``:

- ``serif-justified``: Times 11 pt, justified, words broken at line ends with a hyphen (also at
  a compound's own hyphen: "COA-" / "locaties"), bullets drawn with hanging indents as "•",
  "–", ZapfDingbats "▪" or Symbol "•", a running header "LRT | verslag <d-m-Y>" and a page
  number "- n -";
- ``two-column``: Helvetica 9 pt in two justified, hyphenated columns, a running header
  ("Verslag Landelijke Regietafel ... <date>") over both columns and "<n>" at the foot;
- ``agenda-forms``: Courier 10 pt, agenda items written "Agendapunt 3: ...", sub-items "2.1"
  (for "2a"), and the bullets of one item numbered "1." "2." and of another "a)" "b)";
- ``chromium-columns`` (Chromium's print to PDF, a real layout engine): two CSS columns,
  justified, broken at soft hyphens, Liberation Serif, bullets as "–" list markers, a page
  header and "Pagina n" in the page margins;
- ``chromium-discs``: the same, with Chromium's own list markers (a disc, a circle for a
  sub-bullet), which it draws as shapes: the text layer has no bullet character;
- ``scan-serif`` (with ``--scans``): ``serif-justified`` printed and scanned at 300 dpi, rotated
  0.4 degrees, for Tesseract.

Everything is deterministic. ``eval/variant_report.py OUT_DIR`` compares each with the clean
parse (it accepts "2.1" for "2a" and ignores list numbers that replace bullets).
"""

from __future__ import annotations

import datetime as dt
import html
import io
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_variants import (
    _break_points,
    _dutch,
    _meeting_date,
    corpus_files,
    hyphenate_lines,
    variant_writer,
)

VARIANTS = ("serif-justified", "two-column", "agenda-forms")
_BULLET = re.compile(r"^\s*(?:-|•|o)\s+(?=\S)")
_HEADING = re.compile(r"^(?P<num>\d{1,2})(?P<sub>[a-z])?\.\s+(?P<title>\S.*)$")


@dataclass(frozen=True)
class Block:
    """One paragraph of a minutes file: a heading, a bullet, a sub-bullet or plain text."""

    kind: str  # "heading", "bullet", "sub" or "text"
    text: str
    number: str = ""  # a heading's number ("2a")


def _continues(previous: Block | None, text: str) -> bool:
    """A line after a blank line that still continues the bullet above: the bullet's sentence
    is open (no closing mark) and the line starts in lower case (the PDF export of the source
    broke "o VNG steunt ... te" / "" / "zorgen voor ..." with an empty line)."""
    return (
        previous is not None
        and previous.kind in ("bullet", "sub")
        and not previous.text.endswith((".", ":", ";", "?", "!", ")"))
        and text[0].islower()
    )


def blocks(source: Path) -> list[Block]:
    """The paragraphs of a corpus file, in order (blank lines dropped; markdown bold kept out; a
    body line that continues the sentence of the line before it joined to it)."""
    out: list[Block] = []
    in_body = False
    blank = True
    last = 0  # the number of the last agenda item
    for raw in source.read_text(encoding="utf-8").split("\n"):
        text = raw.replace("**", "").replace("\t", " ").strip()
        after_blank, blank = blank, not text
        if not text:
            continue
        m = _HEADING.match(text)
        num = int(m.group("num")) if m else 0
        # the next item ("2."), or a sub-item ("2a."), not a list's "1." inside an item
        heading = (
            bool(m)
            and not raw.startswith(" ")
            and (num == last + 1 or bool(m and m.group("sub") and num == last))
        )
        previous = out[-1] if out else None
        if (
            in_body
            and (not after_blank or _continues(previous, text))
            and previous is not None
            and previous.kind != "heading"
            and len(previous.text.split()) >= 6  # a full line, not a letterhead's
            and not heading
            and not _BULLET.match(raw)
            and (not previous.text.endswith((".", ":", ";", "?", ")")) or text[0].islower())
        ):  # a line the source wrapped by hand: the same paragraph
            out[-1] = Block(previous.kind, f"{previous.text} {text}", previous.number)
            continue
        if m and heading:
            in_body, last = True, num
            out.append(Block("heading", m.group("title"), m.group("num") + (m.group("sub") or "")))
        elif _BULLET.match(raw):
            sub = raw.lstrip().startswith("o ") or raw.startswith(("  ", "\t"))
            kind = "sub" if sub and in_body else "bullet"
            out.append(Block(kind, _BULLET.sub("", raw).strip()))
        else:
            out.append(Block("text", text))
    return out


def heading_text(block: Block, form: str) -> str:
    """A heading as printed: ``plain`` "2a. Title", ``agendapunt`` "Agendapunt 2a: Title"
    (sub-items "2.1 Title")."""
    if form == "plain":
        return f"{block.number}. {block.text}"
    num, sub = block.number[:-1], block.number[-1]
    if sub.isalpha():
        return f"{num}.{ord(sub) - ord('a') + 1} {block.text}"
    return f"Agendapunt {block.number}: {block.text}"


def numbered_bullets(items: list[Block]) -> Iterator[tuple[Block, str]]:
    """Each block with its printed bullet mark in ``agenda-forms``: the bullets of the second
    heading's item numbered "1." "2.", of the third "a)" "b)", elsewhere "•"."""
    heading = 0
    count = 0
    for block in items:
        if block.kind == "heading":
            heading += 1
            count = 0
            yield block, ""
            continue
        if block.kind not in ("bullet", "sub"):
            yield block, ""
            continue
        count += 1
        if block.kind == "sub":
            yield block, "o"
        elif heading == 2:
            yield block, f"{count}."
        elif heading == 3:
            yield block, f"{chr(ord('a') + (count - 1) % 26)})"
        else:
            yield block, "•"


# ---------------------------------------------------------------------------------------------
# fpdf2 layouts
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    """How a variant is printed."""

    font: str
    size: float
    columns: int
    header: Callable[[dt.date, int], str]
    footer: Callable[[int], str]
    marks: tuple[str, ...]  # bullet marks, one per meeting ("zapf:n": ZapfDingbats char n)
    heading_form: str = "plain"
    numbered: bool = False


STYLES: dict[str, Style] = {
    "serif-justified": Style(
        "times",
        11,
        1,
        lambda d, n: f"LRT | verslag {d.strftime('%d-%m-%Y')}",
        lambda n: f"- {n} -",
        ("•", "–", "zapf:n", "symbol:\xb7", "–"),
    ),
    "two-column": Style(
        "helvetica",
        9,
        2,
        lambda d, n: f"Verslag Landelijke Regietafel Migratie en Integratie {_dutch(d)}",
        str,
        ("–", "•", "zapf:l", "–", "zapf:n"),
    ),
    "agenda-forms": Style(
        "courier",
        10,
        1,
        lambda d, n: f"Verslag LRT {_dutch(d)}",
        lambda n: f"Pagina {n}",
        ("•",),
        heading_form="agendapunt",
        numbered=True,
    ),
}


class _Printer:
    """Lays out lines in columns on A4 pages with fpdf2, page header and footer included."""

    def __init__(self, style: Style, date: dt.date) -> None:
        from fpdf import FPDF

        self.style, self.date = style, date
        self.pdf = FPDF(format="A4", unit="mm")
        self.pdf.core_fonts_encoding = "windows-1252"
        self.pdf.set_auto_page_break(False)
        self.line_height = style.size * 0.45
        self.gutter = 8.0
        self.width = (self.pdf.w - 40 - self.gutter * (style.columns - 1)) / style.columns
        self.column = 0
        self.y = 0.0
        self._new_page()

    def _new_page(self) -> None:
        pdf, style = self.pdf, self.style
        pdf.add_page()
        number = pdf.page_no()
        pdf.set_font(style.font, size=8)
        pdf.set_xy(20, 10)
        pdf.cell(0, 4, style.header(self.date, number))
        pdf.set_xy(20, pdf.h - 14)
        pdf.cell(0, 4, style.footer(number), align="C")
        self.column, self.y = 0, 22.0

    def measure(self, text: str, bold: bool = False) -> float:
        """The width of ``text`` in the body font (``bold``: its bold weight)."""
        self.pdf.set_font(self.style.font, "B" if bold else "", size=self.style.size)
        return self.pdf.get_string_width(text)

    def _room(self, height: float) -> None:
        if self.y + height <= self.pdf.h - 22:
            return
        if self.column + 1 < self.style.columns:
            self.column += 1
            self.y = 22.0
        else:
            self._new_page()

    def gap(self) -> None:
        """Half a line of white space between paragraphs."""
        self.y += self.line_height / 2

    def paragraph(self, text: str, mark: str = "", indent: float = 0.0, bold: bool = False) -> None:
        """``text`` wrapped (hyphenated) and justified in the current column, with a bullet
        ``mark`` hanging in front of it."""
        pdf, style = self.pdf, self.style
        hang = 5.0 if mark else 0.0
        width = self.width - indent - hang
        lines = hyphenate_lines(text, width, lambda t: self.measure(t, bold))
        x0 = 20 + self.column * (self.width + self.gutter) + indent
        for index, line in enumerate(lines):
            self._room(self.line_height)
            x0 = 20 + self.column * (self.width + self.gutter) + indent
            if index == 0 and mark:
                self._mark(mark, x0)
            pdf.set_font(style.font, "B" if bold else "", size=style.size)
            pdf.set_xy(x0 + hang, self.y)
            if index == len(lines) - 1:
                pdf.cell(width, self.line_height, line)
            else:
                self._justified(line, x0 + hang, width)
            self.y += self.line_height

    def _justified(self, line: str, x: float, width: float) -> None:
        """``line`` spread over ``width``: each word placed on its own, as TeX and many word
        processors write justified text (the spaces are gaps, not characters)."""
        words = line.split()
        if len(words) < 2:
            self.pdf.set_xy(x, self.y)
            self.pdf.cell(width, self.line_height, line)
            return
        widths = [self.pdf.get_string_width(w) for w in words]
        space = (width - sum(widths)) / (len(words) - 1)
        for word, w in zip(words, widths, strict=True):
            self.pdf.set_xy(x, self.y)
            self.pdf.cell(w, self.line_height, word)
            x += w + space

    def _mark(self, mark: str, x: float) -> None:
        font, _, char = mark.partition(":")
        if char and font in ("zapf", "symbol"):
            self.pdf.set_font("zapfdingbats" if font == "zapf" else "symbol", size=self.style.size)
            mark = char
        else:
            self.pdf.set_font(self.style.font, size=self.style.size)
        self.pdf.set_xy(x, self.y)
        self.pdf.cell(4, self.line_height, mark)

    def output(self) -> bytes:
        """The PDF."""
        return bytes(self.pdf.output())


def layout_pdf(source: Path, variant: str, index: int = 0) -> bytes:
    """A corpus file printed in the style of ``variant`` (see the module docstring)."""
    style = STYLES[variant]
    printer = _Printer(style, _meeting_date(source))
    mark = style.marks[index % len(style.marks)]
    parts = blocks(source)
    marked = numbered_bullets(parts) if style.numbered else ((b, "") for b in parts)
    for block, number_mark in marked:
        if block.kind == "heading":
            printer.gap()
            printer.paragraph(heading_text(block, style.heading_form), bold=True)
        elif block.kind in ("bullet", "sub"):
            indent = 5.0 if block.kind == "sub" else 0.0
            chosen = number_mark or ("o" if block.kind == "sub" else mark)
            printer.paragraph(block.text, chosen, indent)
        else:
            printer.paragraph(block.text)
        printer.gap()
    return printer.output()


# ---------------------------------------------------------------------------------------------
# Chromium
# ---------------------------------------------------------------------------------------------

_CSS = """
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-left { content: "HEADER"; font: 8pt 'Liberation Sans'; }
  @bottom-right { content: "Pagina " counter(page); font: 8pt 'Liberation Sans'; } }
body { font: 10pt/1.3 'Liberation Serif'; columns: 2; column-gap: 8mm; text-align: justify; }
h2 { font-size: 10.5pt; margin: 8pt 0 4pt; break-after: avoid; }
p { margin: 0 0 4pt; }
ul { margin: 0 0 4pt; padding-left: 5mm; list-style-type: "– "; }
ul ul { list-style-type: "o "; }
li { margin-bottom: 3pt; }
"""


def soft_hyphens(text: str) -> str:
    """``text`` with soft hyphens at the break points of its longer words, so Chromium breaks
    words at line ends as a word processor with Dutch hyphenation does."""

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        if len(w) < 8 or "-" in w:
            return w
        points = _break_points(w)
        return "".join(
            ("\u00ad" if i in points else "") + c for i, c in enumerate(w)
        )  # fmt: skip

    return re.sub(r"[^\W\d_][\w-]*", word, text)


_DRAWN_MARKERS = "ul { list-style-type: disc; } ul ul { list-style-type: circle; }"


def minutes_html(source: Path, drawn_markers: bool = False) -> str:
    """A corpus file as an HTML page for Chromium's print to PDF; ``drawn_markers``: Chromium's
    own disc and circle list markers (drawn as shapes) instead of "–" and "o" (text)."""
    date = _meeting_date(source)
    css = _CSS.replace("HEADER", f"Landelijke Regietafel Migratie en Integratie - {_dutch(date)}")
    css += _DRAWN_MARKERS if drawn_markers else ""
    body: list[str] = []
    open_list = False
    for block in blocks(source):
        text = soft_hyphens(html.escape(block.text))
        if block.kind in ("bullet", "sub"):
            if not open_list:
                body.append("<ul>")
                open_list = True
            item = f"<li>{text}</li>"
            body.append(item if block.kind == "bullet" else f"<ul>{item}</ul>")
            continue
        if open_list:
            body.append("</ul>")
            open_list = False
        if block.kind == "heading":
            body.append(f"<h2>{block.number}. {text}</h2>")
        else:
            body.append(f"<p>{text}</p>")
    if open_list:
        body.append("</ul>")
    return f'<!doctype html><html lang="nl"><meta charset="utf-8"><style>{css}</style>' + (
        "<body>" + "\n".join(body) + "</body></html>"
    )


def chromium_pdf(source: Path, chromium: str = "chromium", drawn_markers: bool = False) -> bytes:
    """A corpus file printed to PDF by headless Chromium (:func:`minutes_html`)."""
    return html_pdf(minutes_html(source, drawn_markers), chromium)


def html_pdf(page_html: str, chromium: str = "chromium") -> bytes:
    """An HTML page printed to PDF by headless Chromium."""
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "minutes.html"
        out = Path(tmp) / "minutes.pdf"
        page.write_text(page_html, encoding="utf-8")
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                f"--user-data-dir={tmp}/profile",
                "--no-pdf-header-footer",
                f"--print-to-pdf={out}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        return out.read_bytes()


# ---------------------------------------------------------------------------------------------
# Scans
# ---------------------------------------------------------------------------------------------

SCAN_DPI = 300
SCAN_ROTATION = 0.4


def scan(pdf_data: bytes, dpi: int = SCAN_DPI, pages: int | None = None) -> bytes:
    """``pdf_data`` printed and scanned: every page a grey image (``dpi``, rotated by
    :data:`SCAN_ROTATION` degrees), no text layer. ``pages``: only the first pages."""
    import pypdfium2 as pdfium
    from fpdf import FPDF
    from PIL import Image

    document = pdfium.PdfDocument(pdf_data)
    count = len(document) if pages is None else min(pages, len(document))
    pdf = FPDF(format="A4")
    for number in range(count):
        image = document[number].render(scale=dpi / 72).to_pil().convert("L")
        image = image.rotate(SCAN_ROTATION, resample=Image.Resampling.BICUBIC, fillcolor=255)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        pdf.add_page()
        pdf.image(io.BytesIO(buffer.getvalue()), x=0, y=0, w=210, h=297)
    document.close()
    return bytes(pdf.output())


def write_layout_variants(
    out: Path, scans: bool = False, chromium: bool = True, log: Callable[[str], None] | None = None
) -> dict[str, list[Path]]:
    """Write every layout variant under ``out``; returns the written files per variant."""
    written: dict[str, list[Path]] = {}
    put = variant_writer(out, written, log)

    for index, source in enumerate(corpus_files()):
        name = source.stem + ".pdf"
        for variant in VARIANTS:
            data = layout_pdf(source, variant, index)
            put(variant, name, data)
            if scans and variant == "serif-justified":
                put("scan-serif", name, scan(data))
        if chromium:
            put("chromium-columns", name, chromium_pdf(source))
            put("chromium-discs", name, chromium_pdf(source, drawn_markers=True))
    return written


def main(argv: list[str] | None = None) -> int:
    """``python eval/make_layout_variants.py OUT_DIR [--scans] [--no-chromium]``."""
    args = sys.argv[1:] if argv is None else argv
    folders = [a for a in args if not a.startswith("--")]
    if len(folders) != 1:
        print("usage: python eval/make_layout_variants.py OUT_DIR [--scans] [--no-chromium]")
        return 2
    write_layout_variants(
        Path(folders[0]), "--scans" in args, "--no-chromium" not in args, log=print
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
