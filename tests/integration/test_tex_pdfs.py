"""Minutes typeset with pdfLaTeX in its default fonts (``eval/make_tex_variants.py``,
``tex-ot1``; the PDF is committed, so no TeX is needed here): Computer Modern's text layer gives
an accented letter as a spacing accent before the letter ("Financi\u00a8ele") and the itemize
bullet as a control character (U+0088); both parse as the clean file."""

from __future__ import annotations

import re
from pathlib import Path

from lrt_search.config import Settings
from lrt_search.ingest.corpus import read_file, read_minutes

PDF = Path(__file__).resolve().parents[1] / "data" / "tex" / "computer-modern.pdf"
CLEAN = Path(__file__).resolve().parents[2] / "corpus" / "2022-07-08-lrt.txt"


def test_computer_modern_pdf_parses_as_the_clean_file() -> None:
    clean = read_minutes(CLEAN, Settings())
    got = read_file(PDF, Settings()).meetings[0]
    texts = {s.text for s in got.statements}
    assert "Financiële" in " ".join(texts)
    assert "\u00a8" not in " ".join(texts)
    assert "Mw. Van Gennip kan niet aanwezig zijn en wordt vervangen door DGSZI." in texts
    assert len(got.statements) == len(clean.statements)
    # the second item's bullets are an enumerate: "1. De opties ..." (numbered as printed)
    assert [(_unnumbered(s.text), s.speakers) for s in got.statements] == [
        (s.text, s.speakers) for s in clean.statements
    ]


def _unnumbered(text: str) -> str:
    return re.sub(r"^\d\.\s", "", text)
