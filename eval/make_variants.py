"""Generate the variant test set: the five corpus minutes as they are really published.

    python eval/make_variants.py OUT_DIR

writes, per corpus file ``<stem>``:

- ``pdf/<stem>.pdf``: a PDF with a running header, a Woo stamp ("Documentnummer 3 |
  Woo-besluit 2025-0142") and a page footer ("Pagina 1 van 4") on every page;
- ``pdf-narrow/<stem>.pdf``: the same on A5 pages in 11 pt: other line wraps, more page breaks;
- ``crlf-cp1252/<stem>.txt``: Windows line endings, cp1252 bytes;
- ``bullets/<stem>.txt``: other bullet styles ("*", "–", "a. b. c.");
- ``dates/<stem>.txt``: the meeting date written as "19-03-2025", "woensdag 19 maart 2025" or
  under "Datum vergadering: ...";
- ``redaction/<stem>.txt``: Woo redaction codes (5.1.2e) instead of or next to attendee names;
- ``pdf-hyphenated/<stem>.pdf``: a text layer whose words are broken at line ends ("wijzi-");
- ``pdf-letterhead/<stem>.pdf``: a ministry letterhead ("Directie Regie Migratieketen", "Team
  Spreidingswet") at the top of every page;
- ``pdf-redacted/<stem>.pdf``: attendee names redacted (5.1.2e) in a stamped PDF;
- ``scan/<stem>.pdf``: printed with "•" bullets and the letterhead, then scanned at 200 dpi,
  slightly rotated, with speckle noise: images only, read by OCR;

and ``bundle/woo-bundle.pdf``: a two-page Woo decision letter and an inventory list, then all five
minutes, each with stamps and page footers, with one page (``BUNDLE_IMAGE_PAGE``) rendered as an
image without a text layer; ``bundle-unstamped/woo-bundle.pdf``: the same without document
numbers, running headers, per-document footers or scanned page, only numbered across the bundle
("Pagina 7 van 17"), so documents must be found by their first lines.
Everything is deterministic. ``eval/variant_report.py`` compares the parse of each variant with
the parse of the clean file.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
WOO_ID = "2025-0142"
TEXT_VARIANTS = ("crlf-cp1252", "bullets", "dates", "redaction")
PDF_VARIANTS = ("pdf-hyphenated", "pdf-letterhead", "pdf-redacted")
#: The bundle page that is rendered as an image: the second page of the 2023-04-06 minutes.
BUNDLE_IMAGE_PAGE = 7
BUNDLE_NAME = "woo-bundle.pdf"
IMAGE_DPI = 300

_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip
_BULLET_LINE = re.compile(r"^(\s*)(?:-|•)\s+(?=\S)")
_DATE_LINE = re.compile(
    r"^(?P<key>Vergaderdatum en -tijd|Vergaderdatum|Vergaderplaats)(?P<sep>\s+)"
    r"(?P<date>\d{1,2} [a-z]+ \d{4})(?P<rest>.*)$"
)
_NAME = re.compile(r"\b(Dhr\.?|Mevr\.?|Mw\.?|dhr\.)\s+([A-Z][^,()\[\]]*?)\s*(?=\()")


def corpus_files(corpus: Path = CORPUS) -> list[Path]:
    """The five clean minutes files."""
    return sorted(corpus.glob("*.txt"))


def _meeting_date(path: Path) -> dt.date:
    return dt.date.fromisoformat(path.name[:10])


def _dutch(date: dt.date, weekday: bool = False) -> str:
    text = f"{date.day} {_MONTHS[date.month - 1]} {date.year}"
    return f"{_WEEKDAYS[date.weekday()]} {text}" if weekday else text


# ---------------------------------------------------------------------------------------------
# Text variants
# ---------------------------------------------------------------------------------------------


def other_bullets(text: str, style: str) -> str:
    """Bullets "-" and "•" written as ``style``: "*", "–" or "a." (a. b. c. per list)."""
    out: list[str] = []
    letter = 0
    for line in text.split("\n"):
        m = _BULLET_LINE.match(line)
        if not m:
            if line.strip():
                letter = 0
            out.append(line)
            continue
        if style == "a.":
            mark = f"{chr(ord('a') + letter % 26)}."
            letter += 1
        else:
            mark = style
        out.append(m.group(1) + mark + " " + line[m.end() :])
    return "\n".join(out)


def other_date(text: str, form: int, date: dt.date) -> str:
    """The meeting-date line rewritten in one of four forms (``form`` 0-3)."""

    def rewrite(m: re.Match[str]) -> str:
        key, sep, rest = m.group("key"), m.group("sep"), m.group("rest")
        if form == 0:
            return f"Datum vergadering: {date.strftime('%d-%m-%Y')}{rest}"
        if form == 1:
            return f"{key}{sep}{_dutch(date, weekday=True)}{rest}"
        if form == 2:
            return f"{key}{sep}{date.strftime('%d-%m-%Y')}{rest}"
        return f"Datum vergadering: {_dutch(date, weekday=True)}{rest}"

    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _DATE_LINE.match(line.strip()):
            lines[i] = _DATE_LINE.sub(rewrite, line.strip())
            return "\n".join(lines)
    raise ValueError(f"no meeting-date line to rewrite for {date}")


def redact_names(text: str) -> str:
    """Attendee names replaced by the Woo code 5.1.2e: instead of the name ("5.1.2e (IPO)") or
    next to the title ("Dhr. 5.1.2e (IPO)"), alternating."""
    count = 0

    def sub(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return "5.1.2e " if count % 2 else f"{m.group(1)} 5.1.2e "

    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.strip().startswith("Aanwezig"))
    end = next(i for i in range(start, len(lines)) if re.match(r"^\s*1\.\s", lines[i]))
    block = _NAME.sub(sub, "\n".join(lines[start:end]))
    return "\n".join([*lines[:start], block, *lines[end:]])


def text_variants(source: Path, index: int) -> dict[str, bytes]:
    """The text variants of one corpus file, as the bytes to write."""
    text = source.read_text(encoding="utf-8")
    date = _meeting_date(source)
    return {
        "crlf-cp1252": text.replace("\n", "\r\n").encode("cp1252"),
        "bullets": other_bullets(text, ("*", "–", "a.", "*", "a.")[index % 5]).encode("utf-8"),
        "dates": other_date(text, index % 4, date).encode("utf-8"),
        "redaction": redact_names(text).encode("utf-8"),
    }


# ---------------------------------------------------------------------------------------------
# PDFs
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stamp:
    """What is printed on every page of a document besides its text."""

    header: str | None = None
    doc_number: int | None = None
    footer: bool = True  # "Pagina x van y"
    letterhead: tuple[str, ...] = ()  # ministry letterhead lines at the top of every page


_VOWELS = set("aeiouyäëïöüéèáó")


def _break_points(word: str) -> list[int]:
    """Where a word may be broken at a line end: after an existing hyphen, or between syllables
    (vowel | consonant vowel, or consonant | consonant), never inside "ch", "ij" or a digit run,
    and leaving two letters at least on each side."""
    points = [i + 1 for i, c in enumerate(word[:-1]) if c == "-" and i >= 1]
    for i in range(2, len(word) - 2):
        a, b, c = word[i - 1].lower(), word[i].lower(), word[i + 1].lower()
        if not (a.isalpha() and b.isalpha() and c.isalpha()) or word[i - 1] == "-":
            continue
        if a + b in ("ch", "ij") or (a in _VOWELS and b in _VOWELS) or word[i - 2 : i] == "ij":
            continue
        if (a in _VOWELS and b not in _VOWELS and c in _VOWELS) or (
            a not in _VOWELS and b not in _VOWELS and word[i - 2].lower() in _VOWELS
        ):
            points.append(i)
    return sorted(set(points))


def hyphenate_lines(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """``text`` wrapped to ``width`` (as ``measure`` measures strings), breaking a word that
    does not fit at its last break point that does fit, with a hyphen, as word processors do."""
    out: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if measure(candidate) <= width:
            line = candidate
            continue
        fits = [
            i
            for i in _break_points(word)
            if measure(f"{line} {word[:i]}{'' if word[i - 1] == '-' else '-'}") <= width
        ]
        if line and fits and len(word) >= 6:
            cut = fits[-1]
            out.append(f"{line} {word[:cut]}{'' if word[cut - 1] == '-' else '-'}")
            line = word[cut:]
        else:
            if line:
                out.append(line)
            line = word
    if line:
        out.append(line)
    return out


def render_pdf(
    lines: list[str],
    stamp: Stamp,
    page: str | tuple[float, float] = "A4",
    size: int = 10,
    hyphenate: bool = False,
) -> bytes:
    """A PDF of ``lines`` (one multi_cell per line) with the stamp's letterhead, running header,
    a Woo stamp and a "Pagina x van y" footer on every page; ``hyphenate``: words are broken at
    line ends with a hyphen (:func:`hyphenate_lines`)."""
    from fpdf import FPDF

    class _Pdf(FPDF):
        def header(self) -> None:
            self.set_font("helvetica", size=8)
            for text in stamp.letterhead:
                self.cell(0, 4, text, new_x="LMARGIN", new_y="NEXT")
            if stamp.doc_number is not None:
                self.cell(
                    0,
                    4,
                    f"Documentnummer {stamp.doc_number} | Woo-besluit {WOO_ID}",
                    align="R",
                    new_x="LMARGIN",
                    new_y="NEXT",
                )
            if stamp.header:
                self.cell(0, 4, stamp.header, new_x="LMARGIN", new_y="NEXT")
            self.ln(4)
            self.set_font("helvetica", size=size)

        def footer(self) -> None:
            if not stamp.footer:
                return
            self.set_y(-15)
            self.set_font("helvetica", size=8)
            self.cell(0, 8, f"Pagina {self.page_no()} van {{nb}}", align="C")
            self.set_font("helvetica", size=size)

    pdf = _Pdf(format=page)
    pdf.core_fonts_encoding = "windows-1252"  # the corpus's curly quotes, dashes and bullets
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("helvetica", size=size)
    for line in lines:
        line = line.replace("\t", "    ").replace("\r", "")
        if line.strip() and hyphenate:
            for part in hyphenate_lines(line.strip(), pdf.epw, pdf.get_string_width):
                pdf.cell(0, size / 2, part, new_x="LMARGIN", new_y="NEXT")
        elif line.strip():
            pdf.multi_cell(0, size / 2, line.strip(), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(3)
    return bytes(pdf.output())


def minutes_pdf(
    source: Path, doc_number: int | None = None, stamps: bool = True, narrow: bool = False
) -> bytes:
    """A corpus file as a published PDF: running header, stamp and page footers (or, without
    ``stamps``, none of them); ``narrow``: A5 pages in 11 pt, so lines wrap elsewhere and pages
    break inside statements more often."""
    date = _meeting_date(source)
    header = f"Landelijke Regietafel Migratie en Integratie - verslag van {_dutch(date)}"
    lines = source.read_text(encoding="utf-8").split("\n")
    if not stamps:
        return render_pdf(lines, Stamp(None, None, footer=False))
    stamp = Stamp(header, doc_number if doc_number is not None else 1)
    return render_pdf(lines, stamp, (148, 210), 11) if narrow else render_pdf(lines, stamp)


DECISION_LETTER = """Ministerie van Asiel en Migratie
Directie Wetgeving en Juridische Zaken
Datum 12 mei 2025
Onderwerp Besluit op uw Woo-verzoek
Geachte heer/mevrouw,
In uw brief van 3 februari 2025 heeft u met een beroep op de Wet open overheid (Woo) gevraagd om
openbaarmaking van de verslagen van de Landelijke Regietafel Migratie en Integratie (LRT) over de
periode 2022 tot en met 2025.
1. Verloop van de procedure
Uw verzoek is op 4 februari 2025 ontvangen. Bij brief van 10 februari 2025 is de ontvangst
bevestigd. Op 3 maart 2025 is de beslistermijn met vier weken verdaagd. Belanghebbenden zijn in de
gelegenheid gesteld hun zienswijze te geven.
2. Besluit
Ik heb besloten de documenten die onder uw verzoek vallen gedeeltelijk openbaar te maken. De
documenten zijn opgenomen in de inventarislijst bij dit besluit. Per document is aangegeven of het
openbaar, gedeeltelijk openbaar of niet openbaar wordt gemaakt.
3. Overwegingen
Persoonsgegevens van ambtenaren die niet in de openbaarheid treden zijn weggelakt op grond van
artikel 5.1, tweede lid, aanhef en onder e, van de Woo (5.1.2e). Namen van bewindspersonen en
bestuurders van medeoverheden zijn openbaar gemaakt, omdat zij in de openbaarheid treden.
Het belang van de eerbiediging van de persoonlijke levenssfeer weegt in deze gevallen zwaarder dan
het algemeen belang van openbaarheid. Dit geldt ook voor directe telefoonnummers en e-mailadressen.
4. Wijze van openbaarmaking
De documenten worden elektronisch aan u verstrekt en gepubliceerd op de website van de
rijksoverheid, samen met dit besluit en de inventarislijst. De documenten zijn samengevoegd in
een bestand. Waar informatie is weggelakt staat de grond voor de weglakking vermeld.
Tegen dit besluit kunt u binnen zes weken na de dag van bekendmaking bezwaar maken. Stuur uw
bezwaarschrift naar de minister van Asiel en Migratie, Postbus 20011, 2500 EH Den Haag.
Ondertekend in de naam van het college, met de hoogste zorgvuldigheid gecontroleerd en verzonden
aan de verzoeker, met een afschrift aan de betrokken medeoverheden en aan de koepels.
Met vriendelijke groet,
De minister van Asiel en Migratie,
namens deze,
de directeur Wetgeving en Juridische Zaken"""


LETTERHEAD = (
    "Ministerie van Asiel en Migratie",
    "Directie Regie Migratieketen",
    "Team Spreidingswet",
)
SCAN_DPI = 200
SCAN_ROTATION = 0.6  # degrees: a sheet fed slightly askew
SCAN_NOISE = 18  # grey levels of speckle


def published_pdf(source: Path, variant: str) -> bytes:
    """A corpus file as one of the PDF variants: ``pdf-hyphenated`` (a text layer with words
    broken at line ends), ``pdf-letterhead`` (a ministry letterhead on every page) or
    ``pdf-redacted`` (attendee names replaced by 5.1.2e, stamped as a Woo document)."""
    lines = source.read_text(encoding="utf-8").split("\n")
    if variant == "pdf-hyphenated":
        return render_pdf(lines, Stamp(None, None, footer=True), hyphenate=True)
    if variant == "pdf-letterhead":
        return render_pdf(lines, Stamp(None, None, footer=True, letterhead=LETTERHEAD))
    if variant == "pdf-redacted":
        redacted = redact_names(source.read_text(encoding="utf-8")).split("\n")
        return render_pdf(redacted, Stamp(None, 1, footer=True))
    raise ValueError(f"unknown PDF variant {variant}")


def bulleted(lines: list[str]) -> list[str]:
    """Lines with their "-" bullets written as "•", as a word processor prints them."""
    return [_BULLET_LINE.sub(lambda m: m.group(1) + "• ", line) for line in lines]


def scanned_pdf(source: Path, pages: int | None = None, dpi: int = SCAN_DPI) -> bytes:
    """A corpus file printed with "•" bullets and the ministry letterhead, then scanned: every
    page an image only (``dpi``, rotated by :data:`SCAN_ROTATION` degrees, speckle noise), no
    text layer. ``pages``: only the first pages (for quick tests)."""
    lines = bulleted(source.read_text(encoding="utf-8").split("\n"))
    printed = render_pdf(lines, Stamp(None, None, footer=True, letterhead=LETTERHEAD))
    return scan_pdf(printed, source.name, pages, dpi)


def scan_pdf(
    printed: bytes, seed: str, pages: int | None = None, dpi: int = SCAN_DPI,
    rotation: float = SCAN_ROTATION,
) -> bytes:  # fmt: skip
    """``printed`` (a PDF) scanned: every page an image only (``dpi``, rotated by ``rotation``
    degrees, speckle noise drawn from ``seed``), no text layer. ``pages``: only the first."""
    import random

    import pypdfium2 as pdfium
    from fpdf import FPDF
    from PIL import Image

    document = pdfium.PdfDocument(printed)
    count = len(document) if pages is None else min(pages, len(document))
    noise = random.Random(seed)
    pdf = FPDF(format="A4")
    for number in range(count):
        image = document[number].render(scale=dpi / 72).to_pil().convert("L")
        image = image.rotate(rotation, resample=Image.Resampling.BICUBIC, fillcolor=255)
        pixels = image.load()
        width, height = image.size
        for _ in range(width * height // 200):
            x, y = noise.randrange(width), noise.randrange(height)
            pixels[x, y] = max(
                0, min(255, pixels[x, y] + noise.randint(-SCAN_NOISE, SCAN_NOISE) * 4)
            )
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        pdf.add_page()
        pdf.image(io.BytesIO(buffer.getvalue()), x=0, y=0, w=210, h=297)
    document.close()
    return bytes(pdf.output())


def decision_letter_pdf(footer: bool = True) -> bytes:
    """A two-page Woo decision letter (page footers, no document number)."""
    lines = DECISION_LETTER.split("\n")
    # Spread it over two pages, as a published letter with wide spacing.
    padded = [line for text in lines for line in (text, "", "")]
    return render_pdf(padded, Stamp(None, None, footer))


def inventory_pdf(sources: list[Path], footer: bool = True) -> bytes:
    """The inventory list of the bundle: one row per minutes document."""
    rows = [
        "Inventarislijst Woo-besluit " + WOO_ID,
        "",
        "Nr.   Datum        Document                       Beoordeling      Grond",
    ]
    for number, source in enumerate(sources, start=1):
        date = _meeting_date(source)
        rows.append(
            f"{number}     {date.strftime('%d-%m-%Y')}   Verslag LRT {_dutch(date):<20}"
            "   Deels openbaar   5.1.2e"
        )
    return render_pdf(rows, Stamp(None, None, footer))


def page_as_image(pdf_data: bytes, page: int, dpi: int = IMAGE_DPI) -> bytes:
    """A one-page PDF holding page ``page`` (1-based) of ``pdf_data`` as an image only."""
    import pypdfium2 as pdfium
    from fpdf import FPDF

    document = pdfium.PdfDocument(pdf_data)
    image = document[page - 1].render(scale=dpi / 72).to_pil().convert("L")
    document.close()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(io.BytesIO(buffer.getvalue()), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def bundle_pdf(
    sources: list[Path], image_page: int | None = BUNDLE_IMAGE_PAGE, stamps: bool = True
) -> bytes:
    """The decision letter, the inventory list and the five minutes in one PDF, with page
    ``image_page`` rendered as an image (no text layer). Without ``stamps`` the pages carry no
    document numbers, running headers or per-document footers, only the bundle's own page
    numbers ("Pagina 7 van 17")."""
    from pypdf import PdfReader, PdfWriter

    parts = [decision_letter_pdf(stamps), inventory_pdf(sources, stamps)]
    parts += [minutes_pdf(s, number, stamps) for number, s in enumerate(sources, start=1)]
    writer = PdfWriter()
    for data in parts:
        writer.append(PdfReader(io.BytesIO(data)))
    buffer = io.BytesIO()
    writer.write(buffer)
    whole = buffer.getvalue() if stamps else number_pages(buffer.getvalue())
    if image_page is None:
        return whole
    return with_image_pages(whole, [image_page])


def number_pages(pdf_data: bytes) -> bytes:
    """``pdf_data`` with "Pagina x van N" printed at the foot of every page (N: all pages)."""
    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_data)))
    total = len(writer.pages)
    for number, page in enumerate(writer.pages, start=1):
        overlay = FPDF(format="A4")
        overlay.set_auto_page_break(False)
        overlay.add_page()
        overlay.set_font("helvetica", size=8)
        overlay.set_y(-15)
        overlay.cell(0, 8, f"Pagina {number} van {total}", align="C")
        page.merge_page(PdfReader(io.BytesIO(bytes(overlay.output()))).pages[0])
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def with_image_pages(pdf_data: bytes, pages: list[int]) -> bytes:
    """``pdf_data`` with the given 1-based pages replaced by images of themselves (scans)."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(pdf_data))
    images = {n: PdfReader(io.BytesIO(page_as_image(pdf_data, n))).pages[0] for n in pages}
    writer = PdfWriter()
    for number, page in enumerate(reader.pages, start=1):
        writer.add_page(images.get(number, page))
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------


def variant_writer(
    out: Path, written: dict[str, list[Path]], log: Callable[[str], None] | None = None
) -> Callable[[str, str, bytes], None]:
    """A ``put(variant, name, data)`` that writes ``out/variant/name`` and records it in
    ``written`` (per variant), saying so through ``log``."""

    def put(variant: str, name: str, data: bytes) -> None:
        target = out / variant / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.setdefault(variant, []).append(target)
        if log:
            log(f"wrote {target}")

    return put


def write_variants(
    out: Path, corpus: Path = CORPUS, log: Callable[[str], None] | None = None, scans: bool = True
) -> dict[str, list[Path]]:
    """Write every variant under ``out`` (``scans``: also the scanned ``scan`` variant, which
    takes OCR time to read); returns the written files per variant name."""
    sources = corpus_files(corpus)
    written: dict[str, list[Path]] = {}
    put = variant_writer(out, written, log)

    for index, source in enumerate(sources):
        put("pdf", source.stem + ".pdf", minutes_pdf(source))
        put("pdf-narrow", source.stem + ".pdf", minutes_pdf(source, narrow=True))
        for variant in PDF_VARIANTS:
            put(variant, source.stem + ".pdf", published_pdf(source, variant))
        if scans:
            put("scan", source.stem + ".pdf", scanned_pdf(source))
        for variant, data in text_variants(source, index).items():
            put(variant, source.name, data)
    put("bundle", BUNDLE_NAME, bundle_pdf(sources))
    put("bundle-unstamped", BUNDLE_NAME, bundle_pdf(sources, image_page=None, stamps=False))
    return written


def main(argv: list[str] | None = None) -> int:
    """``python eval/make_variants.py OUT_DIR``."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python eval/make_variants.py OUT_DIR", file=sys.stderr)
        return 2
    write_variants(Path(args[0]), log=print)
    return 0


if __name__ == "__main__":
    sys.exit(main())
