"""Generate office variants of the corpus: minutes written in a word processor, exported to PDF.

    python eval/make_office_variants.py OUT_DIR [--keep-odt] [--scans]

Real minutes are mostly written in Word or LibreOffice and exported to PDF. Each corpus file
``<stem>`` is written, from its structure (:func:`make_layout_variants.blocks`), as a flat
OpenDocument text (``.fodt``, the XML written here; no python-docx) and converted by
``libreoffice --headless --convert-to pdf`` into ``<variant>/<stem>.pdf``. Each variant is one
office habit:

- ``office-lists``: bullets as Word writes them, in a symbol font (U+F0B7 in Symbol, U+F0A7 /
  U+F0D8 in Wingdings: private-use characters), sub-bullets "o" in Courier New; the bullets of
  the second agenda item an automatic numbered list "1." with sub-items "a.", of the third "a."
  with sub-items "i." (multilevel lists);
- ``office-headings``: the attendee list as a table (Naam | Organisatie) and the agenda items as
  "Heading 1" paragraphs with automatic outline numbering ("1.", sub-items "2.1");
- ``office-headers``: a page header "Verslag LRT | Kenmerk 2025-0042171 | Datum <date a week
  after the meeting>", a footer "Pagina x van y", and footnotes on two statements;
- ``office-typography``: DejaVu Serif, "fi"/"fl" written as the ligatures U+FB01/U+FB02 (as
  some producers' text layers hold them), justified text broken at soft hyphens,
  typographic quotes and dashes ("‘’", "“”", " – "), non-breaking spaces in "8 juli" and
  "Dhr. Jansen";
- ``office-columns``: the body in a two-column section, and the second agenda item on a
  landscape page;
- ``office-actions``: an "Actielijst" (Nr | Actie | Wie | Wanneer) and a "Besluitenlijst"
  (Nr | Besluit | Agendapunt) table at the end, the rows the body's actions and decisions;
- ``office-hyphenated``: justified, LibreOffice's own Dutch hyphenation (``hyphen-nl``);
- ``office-sidecolumn``: the Rijkshuisstijl's column in the right margin of every page
  (sender, "Datum", "Kenmerk") and "Pagina x van y" in the margin above it.

With ``--scans`` the office-lists and office-headers PDFs are also printed and scanned back
(``make_variants.scan_pdf``: 200 dpi rotated 0.6 degrees and 300 dpi rotated -0.4, speckle)
as ``scan200-<variant>`` and ``scan300-<variant>``: Tesseract reads Word's symbol-font bullets
as it can ("o", "e", "¢", "§", ">", ...).

LibreOffice is needed only to generate the variants (``apt-get install
libreoffice-writer-nogui``, and ``hyphen-nl`` for ``office-hyphenated``), never by
lrt-search or its tests. ``eval/variant_report.py
OUT_DIR`` compares each with the clean parse.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_layout_variants import Block, blocks, soft_hyphens
from make_variants import _dutch, _meeting_date, corpus_files, scan_pdf, variant_writer

VARIANTS = ("office-lists", "office-headings", "office-headers", "office-typography",
            "office-columns", "office-actions", "office-hyphenated",
            "office-sidecolumn")  # fmt: skip
SCANNED = ("office-lists", "office-headers")  # printed and scanned with ``--scans``
SCANS = ((200, 0.6), (300, -0.4))  # dpi, rotation in degrees
_NS = " ".join(
    f'xmlns:{p}="urn:oasis:names:tc:opendocument:xmlns:{u}"'
    for p, u in (
        ("office", "office:1.0"), ("style", "style:1.0"), ("text", "text:1.0"),
        ("table", "table:1.0"), ("fo", "xsl-fo-compatible:1.0"), ("svg", "svg-compatible:1.0"),
        ("draw", "drawing:1.0"),
    )
)  # fmt: skip
_ATTENDEE = re.compile(r"([^,()]*?)\s*\(([^()]+)\)")
_LABELS = ("Datum", "Onze referentie", "Kenmerk")  # a letterhead's side column
_SYMBOL = ' style:font-charset="x-symbol"'
_MARKS = (("\uf0b7", "Symbol"), ("\uf0a7", "Wingdings"), ("\uf0b7", "Symbol"),
          ("\uf0d8", "Wingdings"), ("\uf0b7", "Symbol"))  # fmt: skip


def _level(level: int, char: str, font: str, indent: float) -> str:
    return (
        f'<text:list-level-style-bullet text:level="{level}" text:bullet-char="{char}">'
        f"{_indent(indent)}"
        f'<style:text-properties style:font-name="{font}"/></text:list-level-style-bullet>'
    )


def _number(level: int, form: str, indent: float) -> str:
    return (
        f'<text:list-level-style-number text:level="{level}" style:num-format="{form}"'
        f' style:num-suffix=".">{_indent(indent)}</text:list-level-style-number>'
    )


def _indent(cm: float) -> str:
    return (
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="listtab"'
        f' text:list-tab-stop-position="{cm}cm" fo:text-indent="-0.63cm"'
        f' fo:margin-left="{cm}cm"/></style:list-level-properties>'
    )


def side_column(date: dt.date) -> str:
    """The Rijkshuisstijl's column in the right margin of every page (a frame in the page
    header, placed on the page): the sender, "Datum", "Kenmerk" and "Pagina x van y"."""
    lines = (
        ("SideB", "Directoraat-Generaal Migratie"), ("SideP", "Directie Regie Migratieketen"),
        ("SideB", "Datum"), ("SideP", _dutch(date + dt.timedelta(days=7))),
        ("SideB", "Kenmerk"), ("SideP", "2025-0042171"),
    )  # fmt: skip
    paras = "".join(f'<text:p text:style-name="{s}">{escape(t)}</text:p>' for s, t in lines)
    return (
        '<text:p text:style-name="SideNr"><draw:frame draw:style-name="Side" draw:name="Zijkolom"'
        ' text:anchor-type="char" svg:x="16.2cm" svg:y="4.2cm" svg:width="4.2cm"'
        f' draw:z-index="0"><draw:text-box fo:min-height="6cm">{paras}</draw:text-box>'
        '</draw:frame>Pagina <text:page-number text:select-page="current"/> van <text:page-count/>'
        "</text:p>"
    )


_WHO = re.compile(r"\b(?:VNG|IPO|COA|M?BZK|S?JenV|Aedes|VB|VWS|MVRO|CdK|MAenM|leden)\b")
_WHEN = re.compile(r"\bz\.s\.m\.|(?<=voor )(?:de MR van )?\d{1,2} (?:januari|februari|maart|"
                   r"april|mei|juni|juli|augustus|september|oktober|november|"
                   r"december)")  # fmt: skip
_LABEL = re.compile(r"^\(?\s*(?:Actie|Afspraak|Besluit)\s*:\s*", re.I)


def register_rows(
    parts: list[Block],
) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    """The action list (action, who, when) and the decision list (decision, agenda item) a
    secretary writes at the end of the minutes: the clauses of the body's actions and decisions
    (as the register reads them, :func:`lrt_search.ingest.statement_kinds.find_markers`),
    without their label, in order."""
    from lrt_search.ingest.statement_kinds import find_markers

    actions: list[tuple[str, str, str]] = []
    decisions: list[tuple[str, str]] = []
    item = ""
    for block in parts:
        if block.kind == "heading":
            item = block.number
            continue
        for marker in find_markers(block.text):
            text = _LABEL.sub("", marker.clause(block.text)).rstrip(" (")
            if marker.kind != "actie":
                decisions.append((text, item))
                continue
            who = ", ".join(dict.fromkeys(_WHO.findall(text))) or "Secretariaat LRT"
            when = _WHEN.search(text)
            actions.append((text, who, when[0] if when else "Volgende LRT"))
    return actions, decisions


def register_tables(parts: list[Block]) -> str:
    """The "Actielijst" (Nr | Actie | Wie | Wanneer) and "Besluitenlijst" (Nr | Besluit) tables
    at the end of the minutes."""
    actions, decisions = register_rows(parts)

    def cell(value: str) -> str:
        return f'<table:table-cell table:style-name="Cell"><text:p>{escape(value)}</text:p>'

    def table(name: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
        body = "".join(
            "<table:table-row>"
            + "".join(f"{cell(v)}</table:table-cell>" for v in row)
            + "</table:table-row>"
            for row in [header, *rows]
        )
        return (
            f'<text:p text:style-name="B">{name}</text:p><table:table table:name="{name}"'
            f' table:style-name="Tbl"><table:table-column table:style-name="C1"/>'
            f'<table:table-column table:style-name="C2"/>'
            f'<table:table-column table:number-columns-repeated="{len(header) - 2}"'
            f' table:style-name="C3"/>{body}</table:table>'
        )

    out = table("Actielijst", ("Nr", "Actie", "Wie", "Wanneer"),
                [(str(i), *row) for i, row in enumerate(actions, 1)])  # fmt: skip
    return out + table(
        "Besluitenlijst", ("Nr", "Besluit", "Agendapunt"),
        [(str(i), d, item) for i, (d, item) in enumerate(decisions, 1)],
    )  # fmt: skip


def _styles(variant: str, index: int, date: dt.date) -> str:
    """Font faces, styles, list styles and master pages of one document."""
    char, font = _MARKS[index % len(_MARKS)] if variant == "office-lists" else ("•", "OpenSymbol")
    body_font = "DejaVu Serif" if variant == "office-typography" else "Liberation Sans"
    justified = ("office-typography", "office-columns", "office-hyphenated")
    align = ' fo:text-align="justify"' if variant in justified else ""
    hyphenate = ""
    if variant == "office-hyphenated":  # LibreOffice's own hyphenation (hyphen-nl patterns)
        hyphenate = (' fo:hyphenate="true" fo:hyphenation-remain-char-count="2"'
                     ' fo:hyphenation-push-char-count="2"')  # fmt: skip
    header = footer = ""
    if variant == "office-sidecolumn":
        header = f"<style:header>{side_column(date)}</style:header>"
    if variant == "office-headers":
        stamp = _dutch(date + dt.timedelta(days=7))
        header = f"<style:header><text:p>Verslag LRT | Kenmerk 2025-0042171 | Datum {stamp}"
        header += "</text:p></style:header>"
        footer = (
            '<style:footer><text:p>Pagina <text:page-number text:select-page="current"/> van '
            "<text:page-count/></text:p></style:footer>"
        )
    faces = "".join(
        f'<style:font-face style:name="{f}" svg:font-family="\'{f}\'"{c}/>'
        for f, c in (
            ("Symbol", _SYMBOL), ("Wingdings", _SYMBOL), ("Courier New", ""), ("OpenSymbol", ""),
            ("Liberation Sans", ""), ("DejaVu Serif", ""),
        )
    )  # fmt: skip
    page = (
        '<style:page-layout-properties fo:page-width="{w}" fo:page-height="{h}"'
        ' style:print-orientation="{o}" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm"'
        ' fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>'
    )
    portrait = page.format(w="21cm", h="29.7cm", o="portrait")
    if variant == "office-sidecolumn":  # the text area leaves the right margin to the column
        portrait = portrait.replace('fo:margin-right="2.2cm"', 'fo:margin-right="5.6cm"')
    landscape = page.format(w="29.7cm", h="21cm", o="landscape")
    hf = '<style:header-style><style:header-footer-properties fo:margin-bottom="0.4cm"/>'
    hf += "</style:header-style><style:footer-style><style:header-footer-properties"
    hf += ' fo:margin-top="0.4cm"/></style:footer-style>'
    outline = (
        '<text:outline-level-style text:level="1" style:num-format="1" style:num-suffix=".">'
        f'{_indent(0.9)}</text:outline-level-style><text:outline-level-style text:level="2"'
        ' style:num-format="1" text:display-levels="2">'
        f"{_indent(1.2)}</text:outline-level-style>"
    )
    return (
        f"<office:font-face-decls>{faces}</office:font-face-decls><office:styles>"
        '<style:default-style style:family="paragraph"><style:paragraph-properties'
        ' fo:margin-bottom="0.2cm"/>'
        f'<style:text-properties style:font-name="{body_font}" fo:font-size="10.5pt"'
        f' fo:language="nl" fo:country="NL"{hyphenate}/></style:default-style>'
        '<style:style style:name="Standard" style:family="paragraph">'
        f"<style:paragraph-properties{align}/></style:style>"
        '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="'
        'paragraph" style:default-outline-level="1"><style:paragraph-properties'
        ' fo:margin-top="0.4cm" fo:keep-with-next="always"/><style:text-properties'
        ' fo:font-weight="bold" fo:font-size="12pt"/></style:style>'
        '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="'
        'paragraph" style:default-outline-level="2"><style:text-properties fo:font-weight="bold"'
        "/></style:style>"
        f'<text:outline-style style:name="Outline">{outline}</text:outline-style>'
        '<text:notes-configuration text:note-class="footnote" style:num-format="1"'
        ' text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>'
        "</office:styles><office:automatic-styles>"
        f'<style:page-layout style:name="pm1">{portrait}{hf}</style:page-layout>'
        f'<style:page-layout style:name="pm2">{landscape}{hf}</style:page-layout>'
        '<style:style style:name="P" style:family="paragraph" style:parent-style-name="Standard"/>'
        '<style:style style:name="B" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="Land" style:family="paragraph" style:parent-style-name="B"'
        ' style:master-page-name="Landscape"/>'
        '<style:style style:name="Port" style:family="paragraph" style:parent-style-name="B"'
        ' style:master-page-name="Standard"/>'
        '<style:style style:name="Cols" style:family="section"><style:section-properties>'
        '<style:columns fo:column-count="2" fo:column-gap="0.6cm"/></style:section-properties>'
        "</style:style>"
        '<style:style style:name="Tbl" style:family="table"><style:table-properties'
        ' style:width="16.6cm" table:align="left"/></style:style>'
        '<style:style style:name="Side" style:family="graphic"><style:graphic-properties'
        ' style:wrap="none" style:vertical-pos="from-top" style:vertical-rel="page"'
        ' style:horizontal-pos="from-left" style:horizontal-rel="page" fo:border="none"'
        ' draw:stroke="none" fo:padding="0cm" draw:fill="none"'
        ' fo:background-color="transparent"/></style:style>'
        '<style:style style:name="SideP" style:family="paragraph"><style:paragraph-properties'
        ' fo:margin-bottom="0cm"/><style:text-properties fo:font-size="7.5pt"/></style:style>'
        '<style:style style:name="SideNr" style:family="paragraph" style:parent-style-name="SideP">'
        '<style:paragraph-properties fo:margin-left="13.8cm" fo:margin-right="-3.4cm"/>'
        '<style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="SideB" style:family="paragraph" style:parent-style-name="SideP">'
        '<style:paragraph-properties fo:margin-top="0.25cm"/><style:text-properties'
        ' fo:font-weight="bold"/></style:style>'
        '<style:style style:name="C1" style:family="table-column"><style:table-column-properties'
        ' style:column-width="1cm"/></style:style><style:style style:name="C2"'
        ' style:family="table-column"><style:table-column-properties style:column-width="9.6cm"'
        '/></style:style><style:style style:name="C3" style:family="table-column">'
        '<style:table-column-properties style:column-width="3cm"/></style:style>'
        '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties'
        ' fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>'
        f'<text:list-style style:name="LB">{_level(1, char, font, 0.63)}'
        f"{_level(2, 'o', 'Courier New', 1.27)}</text:list-style>"
        f'<text:list-style style:name="LN">{_number(1, "1", 0.63)}{_number(2, "a", 1.27)}'
        "</text:list-style>"
        f'<text:list-style style:name="LA">{_number(1, "a", 0.63)}{_number(2, "i", 1.27)}'
        "</text:list-style></office:automatic-styles><office:master-styles>"
        f'<style:master-page style:name="Standard" style:page-layout-name="pm1">{header}{footer}'
        '</style:master-page><style:master-page style:name="Landscape"'
        f' style:page-layout-name="pm2">{header}{footer}</style:master-page>'
        "</office:master-styles>"
    )


_QUOTES = (
    (re.compile(r"(?<=\w)'(?=\w)"), "\u2019"),
    (re.compile(r"'(?=\w)"), "\u2018"),
    (re.compile(r"'"), "\u2019"),
    (re.compile(r'"(?=\w)'), "\u201c"),
    (re.compile(r'"'), "\u201d"),
    (re.compile(r" - "), " \u2013 "),
    (re.compile(r"(?<=\d) (?=[a-z]{3,9}\b)"), "\u00a0"),
    (re.compile(r"\b(Dhr\.|Mevr\.|Mw\.) "), "\\1\u00a0"),
    (re.compile(r"fi"), "\ufb01"),  # a ligature's code point in the text layer
    (re.compile(r"fl"), "\ufb02"),
)


def typographic(text: str) -> str:
    """``text`` as a word processor's autocorrect writes it: curly quotes, an en dash, NBSPs."""
    for pattern, repl in _QUOTES:
        text = pattern.sub(repl, text)
    return text


def _inline(text: str, variant: str) -> str:
    if variant == "office-typography":
        return soft_hyphens(escape(typographic(text)))
    return escape(text)


def _attendee_table(text: str) -> str:
    """The "Aanwezig ..." paragraph as a table (Naam | Organisatie), what is left after it as a
    paragraph."""
    rest = text.split(None, 1)[1] if " " in text else ""
    rows = _ATTENDEE.findall(rest)
    tail = _ATTENDEE.sub("", rest).strip(" ,.")

    def cell(value: str) -> str:
        return f'<table:table-cell table:style-name="Cell"><text:p>{escape(value)}</text:p>'

    body = "".join(
        f"<table:table-row>{cell(name.strip(' ,'))}</table:table-cell>{cell(org)}"
        "</table:table-cell></table:table-row>"
        for name, org in [("Naam", "Organisatie"), *rows]
    )
    out = '<text:p text:style-name="B">Aanwezig</text:p><table:table table:name="Aanwezig"'
    out += ' table:style-name="Tbl"><table:table-column table:number-columns-repeated="2"/>'
    out += f"{body}</table:table>"
    return out + (f'<text:p text:style-name="P">{escape(tail)}</text:p>' if tail else "")


def _preamble(parts: list[Block], variant: str) -> tuple[list[str], list[Block]]:
    """The paragraphs before the first heading (the attendees joined in one paragraph and, in
    ``office-headings``, made a table; the absentees after "Afwezig" in one paragraph of their
    own) and the blocks from the first heading on."""
    first = next((i for i, b in enumerate(parts) if b.kind == "heading"), len(parts))
    out: list[str] = []
    attendees = absent = ""
    for block in parts[:first]:
        if block.text.startswith("Aanwezig"):
            attendees = block.text
        elif block.text.startswith("Afwezig"):
            absent = block.text
        elif block.text in _LABELS:
            absent, attendees = _attendees_done(out, attendees, absent, variant)
            out.append(f'<text:p text:style-name="P">{_inline(block.text, variant)}</text:p>')
        elif absent:
            absent += " " + block.text
        elif attendees:
            attendees += " " + block.text
        else:
            out.append(f'<text:p text:style-name="P">{_inline(block.text, variant)}</text:p>')
    _attendees_done(out, attendees, absent, variant)
    return out, parts[first:]


def _attendees_done(out: list[str], attendees: str, absent: str, variant: str) -> tuple[str, str]:
    """Append the attendee paragraph (or table) and the absentee paragraph to ``out``; returns
    two empty strings (nothing left to gather)."""
    if attendees and variant == "office-headings":
        out.append(_attendee_table(attendees))
    elif attendees:
        out.append(f'<text:p text:style-name="P">{_inline(attendees, variant)}</text:p>')
    if absent:
        out.append(f'<text:p text:style-name="P">{_inline(absent, variant)}</text:p>')
    return "", ""


def _heading(block: Block, variant: str, item: int) -> str:
    text = _inline(block.text, variant)
    if variant == "office-headings":
        num, sub = (
            (block.number[:-1], block.number[-1])
            if block.number[-1].isalpha()
            else (block.number, "")
        )
        level = 2 if sub else 1
        start = ord(sub) - ord("a") + 1 if sub else int(num)
        return (
            f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}"'
            f' text:restart-numbering="true" text:start-value="{start}">{text}</text:h>'
        )
    style = "B"
    if variant == "office-columns" and item == 2:
        style = "Land"
    elif variant == "office-columns" and item == 3:
        style = "Port"
    return f'<text:p text:style-name="{style}">{escape(block.number)}. {text}</text:p>'


def _note(number: int) -> str:
    return (
        f'<text:note text:id="ftn{number}" text:note-class="footnote"><text:note-citation>'
        f'{number}</text:note-citation><text:note-body><text:p text:style-name="P">Zie de '
        f"bijlage bij dit verslag (nummer {number + 3}).</text:p></text:note-body></text:note>"
    )


def _lists(parts: list[Block], variant: str) -> Iterator[str]:
    """The body from the first heading on: headings, lists (one per run of bullets) and
    paragraphs."""
    item = 0
    notes = 0
    open_list = ""
    for block in parts:
        if block.kind in ("bullet", "sub"):
            if not open_list:
                style = "LB"
                if variant == "office-lists" and item in (2, 3):
                    style = "LN" if item == 2 else "LA"
                yield f'<text:list text:style-name="{style}">'
                open_list = style
            text = _inline(block.text, variant)
            if variant == "office-headers" and notes < 2 and item in (1, 2) and text.endswith("."):
                notes += 1
                text += _note(notes)
            para = f'<text:list-item><text:p text:style-name="P">{text}</text:p></text:list-item>'
            yield (
                para
                if block.kind == "bullet"
                else f"<text:list-item><text:list>{para}</text:list></text:list-item>"
            )
            continue
        if open_list:
            yield "</text:list>"
            open_list = ""
        if block.kind == "heading":
            item += 1
            yield _heading(block, variant, item)
        else:
            yield f'<text:p text:style-name="P">{_inline(block.text, variant)}</text:p>'
    if open_list:
        yield "</text:list>"


def without_page_letterheads(parts: list[Block]) -> list[Block]:
    """``parts`` without the letterhead that the source repeats where its PDF's pages broke
    (from a line equal to the file's first line: the letterhead's lines and the side column's
    "Datum" / "Onze referentie" with their values). A word processor prints it as a page
    header, never in the body."""
    first = next((i for i, b in enumerate(parts) if b.kind == "heading"), len(parts))
    letterhead = {b.text for b in parts[:first] if not b.text.startswith("Aanwezig")}
    out: list[Block] = []
    skipping = label = False
    for i, block in enumerate(parts):
        if i > first and parts and block.kind == "text" and block.text == parts[0].text:
            skipping = True
        if (
            skipping
            and block.kind == "text"
            and (label or block.text in letterhead or block.text in _LABELS)
        ):
            label = block.text in _LABELS
            continue
        skipping = label = False
        out.append(block)
    return out


def minutes_fodt(source: Path, variant: str, index: int = 0) -> str:
    """A corpus file as a flat OpenDocument text in the style of ``variant``."""
    date = _meeting_date(source)
    head, rest = _preamble(without_page_letterheads(blocks(source)), variant)
    body = "".join(_lists(rest, variant))
    if variant == "office-actions":
        body += register_tables(rest)
    if variant == "office-columns":
        body = f'<text:section text:style-name="Cols" text:name="Body">{body}</text:section>'
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document {_NS} office:version="1.3"'
        ' office:mimetype="application/vnd.oasis.opendocument.text">'
        f"{_styles(variant, index, date)}<office:body><office:text>"
        f"{''.join(head)}{body}</office:text></office:body></office:document>"
    )


def office_pdf(document: str, office: str = "libreoffice") -> bytes:
    """A flat OpenDocument text converted to PDF by headless LibreOffice."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "minutes.fodt"
        source.write_text(document, encoding="utf-8")
        subprocess.run(
            [office, f"-env:UserInstallation=file://{tmp}/profile", "--headless",
             "--convert-to", "pdf", "--outdir", tmp, str(source)],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip
        return (Path(tmp) / "minutes.pdf").read_bytes()


def write_office_variants(
    out: Path, keep_odt: bool = False, scans: bool = False
) -> dict[str, list[Path]]:
    """Write every office variant under ``out`` (``scans``: also :data:`SCANNED` printed and
    scanned as ``scan<dpi>-<variant>``); returns the written files per variant."""
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        raise SystemExit("libreoffice not found: apt-get install libreoffice-writer-nogui")
    written: dict[str, list[Path]] = {}
    put = variant_writer(out, written, print)
    for index, source in enumerate(corpus_files()):
        for variant in VARIANTS:
            document = minutes_fodt(source, variant, index)
            if keep_odt:
                odt = out.parent / f"{out.name}-fodt" / variant / f"{source.stem}.fodt"
                odt.parent.mkdir(parents=True, exist_ok=True)
                odt.write_text(document, encoding="utf-8")
            data = office_pdf(document, office)
            put(variant, source.stem + ".pdf", data)
            for dpi, rotation in SCANS if scans and variant in SCANNED else ():
                name = f"scan{dpi}-{variant}"
                put(
                    name,
                    source.stem + ".pdf",
                    scan_pdf(data, name + source.stem, None, dpi, rotation),
                )
    return written


def main(argv: list[str] | None = None) -> int:
    """``python eval/make_office_variants.py OUT_DIR [--keep-odt] [--scans]``."""
    args = sys.argv[1:] if argv is None else argv
    folders = [a for a in args if not a.startswith("--")]
    if len(folders) != 1:
        print("usage: python eval/make_office_variants.py OUT_DIR [--keep-odt] [--scans]")
        return 2
    write_office_variants(Path(folders[0]), "--keep-odt" in args, "--scans" in args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
