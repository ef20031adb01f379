"""OCR of PDF pages that have no text layer: render with pypdfium2, read with Tesseract.

Tesseract is a system program (Debian: ``apt-get install -y tesseract-ocr tesseract-ocr-nld``),
called through pytesseract. :func:`ocr_status` says whether it can be used; :func:`ocr_pages`
reads the pages. Neither imports anything heavy until it is needed.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext

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


def ocr_pages(
    pdf_data: bytes,
    pages: Iterable[int],
    language: str = "nld",
    dpi: int = 300,
    progress: ProgressFactory | None = None,
) -> dict[int, str]:
    """The OCR text of each 1-based page in ``pages`` of the PDF ``pdf_data``.

    Raises :class:`OcrUnavailableError` when Tesseract or its ``language`` data is missing.
    """
    wanted = sorted(set(pages))
    if not wanted:
        return {}
    problem = ocr_status(language)
    if problem is not None:
        raise OcrUnavailableError(problem)
    import pypdfium2 as pdfium
    import pytesseract

    texts: dict[int, str] = {}
    document = pdfium.PdfDocument(pdf_data)
    try:
        with (progress or _no_progress)(len(wanted), "OCR of scanned pages") as advance:
            for number in wanted:
                page = document[number - 1]
                image = page.render(scale=dpi / 72).to_pil()
                texts[number] = pytesseract.image_to_string(
                    image, lang=language, config="--psm 4"
                )
                page.close()
                advance(1)
    finally:
        document.close()
    return texts
