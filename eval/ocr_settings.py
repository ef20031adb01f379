"""Measure OCR settings (render dpi, Tesseract page segmentation mode) on the scanned variant.

    python eval/ocr_settings.py [STEM ...]

For each corpus file (default: 2023-04-06-lrt and 2023-11-10-lrt) it prints, per setting, the
statements clean -> scan, speaker agreement with the clean parse, words lost and the seconds
the OCR took (no cache). The scans are made by ``make_variants.scanned_pdf`` (200 dpi, "•"
bullets, rotation, noise); the settings are how lrt-search renders and reads them.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_variants import CORPUS, scanned_pdf
from variant_report import compare

from lrt_search.config import Settings
from lrt_search.ingest.corpus import read_minutes

SETTINGS = ((200, 3), (300, 3), (300, 4), (300, 6), (400, 3))


def main(argv: list[str] | None = None) -> int:
    """Print one row per (file, dpi, psm)."""
    stems = (sys.argv[1:] if argv is None else argv) or ["2023-04-06-lrt", "2023-11-10-lrt"]
    print("| file | dpi | psm | statements | speakers | words lost | seconds |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for stem in stems:
            source = CORPUS / f"{stem}.txt"
            clean = read_minutes(source)
            path = Path(tmp) / f"{stem}.pdf"
            path.write_bytes(scanned_pdf(source))
            for dpi, psm in SETTINGS:
                settings = Settings(ocr_dpi=dpi, ocr_psm=psm, ocr_cache=False)
                start = time.perf_counter()
                got = read_minutes(path, settings)
                seconds = time.perf_counter() - start
                row = compare("scan", clean, got)
                print(
                    f"| {stem} | {dpi} | {psm} | {row.statements[0]} -> {row.statements[1]}"
                    f" | {row.speakers:.3f} | {row.lost} / {row.words} | {seconds:.1f} |"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
