"""Minutes as ministries publish them (issue 18), as real PDFs made by fpdf2 and read by the
real pipeline (pypdf, pypdfium2, Tesseract): a text layer with words broken at line ends, and a
scan with "•" bullets at 200 dpi, rotated and noisy, under a running letterhead."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from lrt_search.config import Settings
from lrt_search.ingest.corpus import read_minutes
from lrt_search.models import Meeting

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "corpus" / "2023-11-10-lrt.txt"

sys.path.insert(0, str(ROOT / "eval"))
import make_variants  # noqa: E402
import variant_report  # noqa: E402


@pytest.fixture(scope="module")
def clean() -> Meeting:
    return read_minutes(SOURCE)


def _read(tmp_path: Path, data: bytes) -> Meeting:
    path = tmp_path / "lrt-2023-11-10.pdf"
    path.write_bytes(data)
    return read_minutes(path, Settings(ocr_cache_dir=tmp_path / "ocr"))


def test_hyphenated_text_layer_reads_like_the_clean_file(clean: Meeting, tmp_path: Path) -> None:
    data = make_variants.published_pdf(SOURCE, "pdf-hyphenated")
    import io

    from pypdf import PdfReader

    layer = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert len(re.findall(r"[a-z]-\n[a-z]", layer)) >= 10  # the PDF really breaks words
    got = _read(tmp_path, data)
    assert variant_report.split_words(clean, got) == 0
    texts = [s.text for s in got.statements]
    assert [s.text for s in clean.statements] == texts  # every statement verbatim
    assert [s.speakers for s in clean.statements] == [s.speakers for s in got.statements]


def test_running_letterhead_is_no_item(clean: Meeting, tmp_path: Path) -> None:
    got = _read(tmp_path, make_variants.published_pdf(SOURCE, "pdf-letterhead"))
    assert [i.title for i in got.items] == [i.title for i in clean.items]
    assert not any("Spreidingswet" in s.text for s in got.statements)


def test_scan_with_round_bullets_keeps_its_statements(clean: Meeting, tmp_path: Path) -> None:
    """Two pages, 200 dpi, rotated 0.6 degrees, speckled: Tesseract reads "•" as "e", "«" or
    nothing; the word boxes give the bullets back."""
    got = _read(tmp_path, make_variants.scanned_pdf(SOURCE))
    comparison = variant_report.compare("scan", clean, got)
    assert comparison.ocr
    assert abs(len(got.statements) - len(clean.statements)) <= 0.1 * len(clean.statements)
    assert comparison.speakers >= 0.9
    assert all(i.number for i in got.items)  # no letterhead line became an unnumbered item
    assert not any(re.match(r"^[e«*] ", s.text) for s in got.statements)
