"""OCR of PDF pages that have no text layer: render with pypdfium2, read with Tesseract.

Tesseract is a system program (Debian: ``apt-get install -y tesseract-ocr tesseract-ocr-nld``),
called through pytesseract. :func:`ocr_status` says whether it can be used; :func:`ocr_pages`
reads the pages. Neither imports anything heavy until it is needed.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from .ocr_layout import LAYOUT_VERSION, OcrLine, drop_furniture, layout_lines

#: One line telling a user how to get Tesseract with its Dutch data.
INSTALL_HINT = (
    "install Tesseract with Dutch data to read scanned pages: "
    "apt-get install -y tesseract-ocr tesseract-ocr-nld (Debian/Ubuntu)"
)

#: ``progress(total, label)`` -> a context manager yielding ``advance(n)``.
ProgressFactory = Callable[[int, str], AbstractContextManager[Callable[[int], None]]]


class OcrUnavailableError(Exception):
    """Tesseract (or its language data) is not installed; the message says how to install it."""


def _no_progress(total: int, label: str) -> AbstractContextManager[Callable[[int], None]]:
    return nullcontext(lambda n: None)


def ocr_status(language: str = "nld") -> str | None:
    """``None`` when Tesseract with ``language`` data can be used, else the reason and the fix."""
    if shutil.which("tesseract") is None:
        return f"Tesseract is not installed; {INSTALL_HINT}"
    import pytesseract

    try:
        languages = set(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractError, OSError) as exc:  # pragma: no cover - broken install
        return f"Tesseract does not run ({exc}); {INSTALL_HINT}"
    missing = [lang for lang in language.split("+") if lang not in languages]
    if missing:
        return f"Tesseract has no '{'+'.join(missing)}' language data; {INSTALL_HINT}"
    return None


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/lrt-search/ocr``, or ``~/.cache/lrt-search/ocr``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "lrt-search" / "ocr"


class OcrCache:
    """OCR lines on disk, one JSON file per (PDF content hash, page, language, dpi, layout
    version). Files are written to a temporary name and renamed, so a killed run never leaves
    half a page."""

    def __init__(self, folder: Path, pdf_data: bytes, language: str, dpi: int) -> None:
        self.folder = folder
        digest = hashlib.sha256(pdf_data).hexdigest()
        self.prefix = f"{digest}-{language}-{dpi}-layout{LAYOUT_VERSION}"

    def _path(self, page: int) -> Path:
        return self.folder / f"{self.prefix}-p{page}.json"

    def get(self, page: int) -> list[OcrLine] | None:
        """The cached lines of ``page``, or None."""
        try:
            data = json.loads(self._path(page).read_text(encoding="utf-8"))
            return [OcrLine.from_list(item) for item in data]
        except (OSError, UnicodeDecodeError, ValueError, TypeError, IndexError):
            return None

    def put(self, page: int, lines: list[OcrLine]) -> None:
        """Store the lines of ``page``; a cache that cannot be written is skipped silently."""
        target = self._path(page)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary = target.with_name(f".{target.name}.{os.getpid()}")
            temporary.write_text(json.dumps([line.as_list() for line in lines]), "utf-8")
            os.replace(temporary, target)
        except OSError:
            pass


def ocr_pages(
    pdf_data: bytes,
    pages: Iterable[int],
    language: str = "nld",
    dpi: int = 300,
    progress: ProgressFactory | None = None,
    cache_dir: Path | None = None,
    psm: int = 3,
) -> dict[int, str]:
    """The OCR text of each 1-based page in ``pages`` of the PDF ``pdf_data``, with bullets
    recovered and repeated letterheads dropped (:func:`ocr_page_lines`)."""
    found = ocr_page_lines(pdf_data, pages, language, dpi, progress, cache_dir, psm)
    return {number: "\n".join(line.text for line in lines) for number, lines in found.items()}


def ocr_page_lines(
    pdf_data: bytes,
    pages: Iterable[int],
    language: str = "nld",
    dpi: int = 300,
    progress: ProgressFactory | None = None,
    cache_dir: Path | None = None,
    psm: int = 3,
) -> dict[int, list[OcrLine]]:
    """The OCR lines of each 1-based page in ``pages`` of the PDF ``pdf_data``, built from
    Tesseract's word boxes (:mod:`lrt_search.ingest.ocr_layout`), without the letterhead and
    stamp lines that repeat at the top or bottom of the pages; pages found in ``cache_dir``
    (when given) are not read again.

    Raises :class:`OcrUnavailableError` when a page must be read and Tesseract or its
    ``language`` data is missing.
    """
    cache = OcrCache(cache_dir, pdf_data, f"{language}-psm{psm}", dpi) if cache_dir else None
    texts: dict[int, list[OcrLine]] = {}
    wanted = []
    for number in sorted(set(pages)):
        cached = cache.get(number) if cache else None
        if cached is None:
            wanted.append(number)
        else:
            texts[number] = cached
    if not wanted:
        return drop_furniture(texts)
    problem = ocr_status(language)
    if problem is not None:
        raise OcrUnavailableError(problem)
    import pypdfium2 as pdfium
    import pytesseract

    document = pdfium.PdfDocument(pdf_data)
    try:
        with (progress or _no_progress)(len(wanted), "OCR of scanned pages") as advance:
            for number in wanted:
                page = document[number - 1]
                image = page.render(scale=dpi / 72).to_pil()
                data = pytesseract.image_to_data(
                    image, lang=language, config=f"--psm {psm}", output_type=pytesseract.Output.DICT
                )
                texts[number] = layout_lines(data, image.height, image.convert("L"))
                page.close()
                if cache:
                    cache.put(number, texts[number])
                advance(1)
    finally:
        document.close()
    return drop_furniture(texts)
