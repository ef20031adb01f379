"""Read a minutes file (.txt, .md or .pdf) into lines of text, with page numbers for PDFs."""

from __future__ import annotations

import codecs
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ..errors import ReadError
from .dash_bullets import with_dash_sub_bullets
from .drawn_marks import page_marks, with_drawn_bullets
from .font_headings import finish, with_font_headings
from .note_marks import MASK, masked, note_mark_positions, with_notes_in_place
from .page_chars import PageChars, hyphen_gap_positions

#: File suffixes lrt-search can ingest.
SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".pdf")


@dataclass(frozen=True)
class SourceText:
    """The raw text of a file: its physical lines, and the page of each line for a PDF."""

    path: Path
    lines: tuple[str, ...]
    pages: tuple[int, ...] | None = None
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()
    ocr_pages: frozenset[int] = frozenset()  # PDF pages whose text was read by OCR

    def page_of(self, line_no: int) -> int | None:
        """The PDF page (1-based) of 1-based line ``line_no``, or ``None`` for text files."""
        if self.pages is None or not 1 <= line_no <= len(self.pages):
            return None
        return self.pages[line_no - 1]


def read_source(path: Path | str) -> SourceText:
    """Read ``path`` into a :class:`SourceText` (for a PDF: its text layer as it is, without OCR
    or bundle splitting; :func:`lrt_search.ingest.corpus.read_file` does those).

    Raises :class:`ReadError` (naming the file) for a missing, unreadable, empty, binary or
    unsupported file, or a PDF without a text layer.
    """
    path = Path(path)
    data = read_bytes(path)
    if path.suffix.lower() == ".pdf":
        return _read_pdf(path, data)
    return read_text(path, data)


def check_regular_file(path: Path) -> int:
    """The size of ``path``; :class:`ReadError` when it is not a regular file (a FIFO, a
    device, a socket: opening or reading those can block forever). Checked with ``os.stat``
    before the file is opened."""
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        kind = "a FIFO" if stat.S_ISFIFO(info.st_mode) else "a device or socket"
        raise ReadError(path, f"is {kind}, not a regular file")
    return info.st_size


def skipped_by_corpus_reader(path: Path) -> str | None:
    """Why the corpus folder's reader (:func:`corpus_files`) would skip a file of this name, or
    None when it reads it."""
    if path.name.startswith("."):
        return "hidden files (name starting with '.') are not read from the corpus folder"
    if path.stem.lower() == "readme":
        return "README files are not read from the corpus folder; rename it"
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        return f"unsupported format {path.suffix or '(none)'}"
    return None


def read_bytes(path: Path) -> bytes:
    """The bytes of a minutes file; :class:`ReadError` for a missing, unreadable, empty or
    unsupported file."""
    suffix = path.suffix.lower()
    if path.is_dir():
        raise ReadError(path, "is a directory, not a file (give the files in it)")
    if suffix not in SUPPORTED_SUFFIXES:
        raise ReadError(
            path,
            f"unsupported format {suffix or '(none)'}; expected {', '.join(SUPPORTED_SUFFIXES)}",
        )
    try:
        check_regular_file(path)
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError(path, "no such file") from None
    except OSError as exc:
        raise ReadError(path, f"cannot be read ({exc.strerror or exc})") from None
    if not data.strip():
        raise ReadError(path, "empty file")
    return data


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control / max(len(sample), 1) > 0.05


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose mark it starts with
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decode_with_bom(path: Path, data: bytes) -> tuple[str, str] | None:
    """The text and encoding of UTF-16 or UTF-32 ``data`` that starts with a byte order mark,
    or ``None`` for data without one."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise ReadError(
                    path,
                    f"starts with a {encoding.upper()} byte order mark but is not "
                    f"valid {encoding.upper()} (byte {exc.start})",
                ) from None
    return None


def read_text(path: Path, data: bytes) -> SourceText:
    """The lines of the text file ``data`` (UTF-8, UTF-16/32 with a byte order mark, else cp1252
    or latin-1 with a warning)."""
    if data.startswith(b"%PDF-"):
        raise ReadError(path, "is a PDF file with a text suffix; rename it to .pdf")
    unicode = _decode_with_bom(path, data)  # Notepad's "Unicode": UTF-16 with a byte order mark
    if unicode is not None:
        text, encoding = unicode
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        return SourceText(path, tuple(text.split("\n")), None, encoding, ())
    if _looks_binary(data):
        raise ReadError(path, "binary data, not a text file")
    warnings: list[str] = []
    try:
        text = data.decode("utf-8-sig")
        encoding = "utf-8"
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
            encoding = "cp1252"
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            encoding = "latin-1"
        warnings.append(f"{path}: not valid UTF-8 (byte {exc.start}); decoded as {encoding}")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return SourceText(path, tuple(text.split("\n")), None, encoding, tuple(warnings))


@dataclass(frozen=True)
class PdfPage:
    """The extracted text of one PDF page, and whether the page draws an image (a scan?)."""

    number: int
    text: str
    has_image: bool


def pdf_pages(path: Path, data: bytes) -> list[PdfPage]:
    """The text layer of every page of the PDF ``data`` (read from ``path``): checked and
    opened with pypdf, the text read by PDFium (:func:`pdfium_texts`; pypdf's text when PDFium
    cannot read the file).

    Raises :class:`ReadError` for a file that is no PDF, an encrypted or a corrupt one.
    """
    if not data.startswith(b"%PDF-"):
        raise ReadError(path, "not a PDF file (no %PDF header)")
    pages = _pypdf_pages(path, data, with_text=False)
    texts = pdfium_texts(data, len(pages))
    if texts is None:
        return _pypdf_pages(path, data, with_text=True)
    return [PdfPage(p.number, text, p.has_image) for p, text in zip(pages, texts, strict=True)]


def pdfium_texts(data: bytes, count: int) -> list[str] | None:
    """The text of every page as PDFium reads it, or ``None`` when PDFium cannot read the file
    or counts other pages than pypdf.

    PDFium puts the spaces and line breaks where the glyphs stand, so words that a layout
    engine writes in pieces (Chromium at every soft hyphen: "Lan de lijke") or one by one
    (justified text) come out whole; pypdf's text of such pages splits or glues words. The
    hyphen PDFium takes for a line-end break (U+FFFE) is written back as "-" and a line break,
    so lines, and the citations that count them, stay as printed. A list marker drawn as a
    shape (Chromium's discs) is written back as a bullet (:mod:`.drawn_marks`); a footnote's
    raised reference number is dropped, its note moved from the page's foot to after the
    sentence that holds its mark (:mod:`.note_marks`); a heading told by its font gets its
    number's full stop and its wrapped lines back (:mod:`.font_headings`)."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return None
    try:
        if len(document) != count:
            return None
        texts = []
        before: tuple[str, PageChars] | None = None  # the previous page, for a list going on
        for page in document:
            textpage = page.get_textpage()
            chars = PageChars(textpage)  # each character read once, shared by the readers
            raw = with_font_headings(textpage.get_text_range(), chars)
            notes = note_mark_positions(raw, chars)
            plain = masked(raw, notes + hyphen_gap_positions(raw, chars))
            text = with_dash_sub_bullets(plain, chars, before)
            before = (plain, chars)
            text = with_drawn_bullets(text, chars, page_marks(page))
            text = finish(with_notes_in_place(text.replace(MASK, ""), notes, raw))
            texts.append(text.replace("\ufffe", "-\n").replace("\r\n", "\n").replace("\r", "\n"))
        return texts
    except pdfium.PdfiumError:
        return None
    finally:
        document.close()


def _pypdf_pages(path: Path, data: bytes, with_text: bool) -> list[PdfPage]:
    import io
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    # pypdf's own warnings about odd files: the reader reports what it could not read itself.
    # Set here, where pypdf is first imported (logging costs a search's start-up ~10 ms).
    logging.getLogger("pypdf").setLevel(logging.ERROR)

    pages: list[PdfPage] = []
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                raise ReadError(path, "encrypted PDF; decrypt it first") from None
        for number, page in enumerate(reader.pages, start=1):
            text = (page.extract_text() or "") if with_text else ""
            resources = page.get("/Resources")
            xobjects = resources.get_object().get("/XObject") if resources else None
            pages.append(PdfPage(number, text, bool(xobjects)))
    except ReadError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, AttributeError) as exc:
        raise ReadError(path, f"truncated or corrupt PDF ({type(exc).__name__}: {exc})") from None
    return pages


def pdf_lines(pages: list[PdfPage]) -> tuple[list[str], list[int]]:
    """The physical lines of ``pages`` and the page number of each line."""
    lines: list[str] = []
    numbers: list[int] = []
    for page in pages:
        for line in page.text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
            lines.append(line)
            numbers.append(page.number)
    return lines, numbers


def _read_pdf(path: Path, data: bytes) -> SourceText:
    lines, pages = pdf_lines(pdf_pages(path, data))
    if not any(line.strip() for line in lines):
        raise ReadError(path, "PDF has no text layer (a scan?); read_file() reads it with OCR")
    return SourceText(path, tuple(lines), tuple(pages), "pdf", ())


def corpus_files(folder: Path | str) -> list[Path]:
    """The minutes files in ``folder`` (sorted), skipping README files and hidden files."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ReadError(folder, "corpus folder does not exist")
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file()
        and p.suffix.lower() in SUPPORTED_SUFFIXES
        and not p.name.startswith(".")
        and p.stem.lower() != "readme"
    )
