"""Published layouts that ``eval/make_variants.py`` does not make, as real PDFs from
``eval/make_layout_variants.py`` (fpdf2 with Times, Helvetica and Courier, justified and
hyphenated, hanging bullets drawn in ZapfDingbats or Symbol), read by the real pipeline and
compared with the clean parse by ``eval/variant_report.py``."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from lrt_search.config import Settings
from lrt_search.ingest.corpus import read_minutes
from lrt_search.models import Meeting

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "eval"))
import make_layout_variants  # noqa: E402
import variant_report  # noqa: E402


def _layer(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def _read(tmp_path: Path, data: bytes, name: str) -> Meeting:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(data)
    return read_minutes(path, Settings(ocr_cache_dir=tmp_path / "ocr"))


@pytest.mark.parametrize("index", [2, 3])  # ZapfDingbats "■", Symbol "•"
def test_symbol_font_bullets_glued_to_their_text(index: int, tmp_path: Path) -> None:
    source = ROOT / "corpus" / "2023-11-03-lrt.txt"
    data = make_layout_variants.layout_pdf(source, "serif-justified", index)
    assert ("■CdK" if index == 2 else "• CdK") in _layer(data)  # "■" glued to its text
    clean, got = read_minutes(source), _read(tmp_path, data, source.stem)
    comparison = variant_report.compare("serif-justified", clean, got)
    assert comparison.statements == (42, 42)
    assert comparison.speakers == 1.0 and comparison.verbatim == 1.0


def test_agendapunt_headings_decimal_sub_items_and_numbered_lists(tmp_path: Path) -> None:
    """Headings "Agendapunt 3: ...", "2.1 ..." for "2a", and an item whose bullets are numbered "1."
    to "5." (its "3." is no agenda item) and another lettered "a)" glued to the text."""
    for stem in ("2023-04-06-lrt", "2023-11-10-lrt"):
        source = ROOT / "corpus" / f"{stem}.txt"
        data = make_layout_variants.layout_pdf(source, "agenda-forms")
        layer = _layer(data)
        assert "Agendapunt 1: " in layer
        clean, got = read_minutes(source), _read(tmp_path, data, stem)
        comparison = variant_report.compare("agenda-forms", clean, got)
        assert comparison.items == 1.0
        assert comparison.statements[0] == comparison.statements[1]
        assert comparison.speakers == 1.0
    assert [i.number for i in got.items] == ["1", "2", "3", "4", "5"]
    decimal = _read(
        tmp_path,
        make_layout_variants.layout_pdf(ROOT / "corpus" / "2023-04-06-lrt.txt", "agenda-forms"),
        "decimal",
    )
    assert [i.number for i in decimal.items if i.number and "." in i.number] == ["2.1", "2.2"]


def test_two_narrow_columns_read_like_the_clean_file(tmp_path: Path) -> None:
    """Helvetica 9 pt in two justified, hyphenated columns (as ``make_layout_variants`` writes
    them): short last lines of a wrapped sentence ("Dat maakt intensieve interdepartementale
    afstem-" / "ming noodzakelijk.") are no sub-headings, a heading wrapped before its year
    ("... 17 FEBRUARI" / "2023") keeps it, and a word broken after a slash
    ("regionaal/provin-" / "ciaal") is joined."""
    for index, stem in ((1, "2023-04-06-lrt"), (4, "2025-03-19-lrt")):
        source = ROOT / "corpus" / f"{stem}.txt"
        data = make_layout_variants.layout_pdf(source, "two-column", index)
        assert _layer(data).count("-\n") >= 20  # the columns really break words
        clean, got = read_minutes(source), _read(tmp_path, data, stem)
        comparison = variant_report.compare("two-column", clean, got)
        assert comparison.items == 1.0, [i.title for i in got.items]
        assert comparison.statements[0] == comparison.statements[1]
        assert comparison.speakers == 1.0 and comparison.split == 0


def test_chromium_columns_with_soft_hyphens_read_word_for_word(tmp_path: Path) -> None:
    """Chromium's print to PDF (two CSS columns, justified, broken at soft hyphens, "–" list
    markers, page header and "Pagina n" in the margins) writes a word in pieces at every soft
    hyphen, which pypdf reads as "Lan de lijke"; the text comes from PDFium, which reads the
    glyphs where they stand, and the "‐" (U+2010) at a line end is repaired like "-"."""
    source = ROOT / "corpus" / "2023-11-10-lrt.txt"
    data = make_layout_variants.chromium_pdf(source)
    assert "Lan de lijke" in _layer(data)  # what pypdf makes of it
    clean, got = read_minutes(source), _read(tmp_path, data, source.stem)
    comparison = variant_report.compare("chromium-columns", clean, got)
    assert comparison.items == 1.0 and comparison.speakers == 1.0
    assert comparison.statements == (23, 23) and comparison.verbatim == 1.0
    assert comparison.lost == 0 and comparison.split == 0
    assert not any("Pagina" in s.text or "Regietafel" in s.text for s in got.statements)


@pytest.fixture(scope="module")
def square_scan(tmp_path_factory: pytest.TempPathFactory) -> tuple[Meeting, Meeting]:
    """The clean parse of 2023-11-03 and that of its first two serif-justified pages with
    ZapfDingbats "■" bullets, printed and scanned at 300 dpi (real Tesseract, read once)."""
    source = ROOT / "corpus" / "2023-11-03-lrt.txt"
    data = make_layout_variants.scan(
        make_layout_variants.layout_pdf(source, "serif-justified", 2), pages=2
    )
    return read_minutes(source), _read(tmp_path_factory.mktemp("square"), data, source.stem)


def test_scan_with_hanging_square_bullets(square_scan: tuple[Meeting, Meeting]) -> None:
    """Two pages of Times 11 pt, justified, with ZapfDingbats "■" bullets at a hanging indent,
    "o" sub-bullets and a justified heading "2. GEZAMENLIJKE ...", printed and scanned at 300
    dpi: Tesseract reads the squares as nothing or as a stray "mn" in a block of its own, and
    "2." far left of the heading as "ja". The strays join their lines, solid ink before a line
    is a bullet, a doubtful stray is read again on its own, and a continuation line at the
    hanging indent is no bullet."""
    clean, got = square_scan
    assert all(s.span.ocr for s in got.statements)
    assert [i.number for i in got.items[:2]] == ["1", "2-4"]
    clean_keys = [variant_report._statement_key(s.text) for s in clean.statements]
    got_keys = [variant_report._statement_key(s.text) for s in got.statements]
    matched = variant_report._match(got_keys, clean_keys)
    assert len(got_keys) >= 15
    # 25 of 26 (session 22; 23 of 28 before a line after a full line ending a sentence where it
    # hangs needed ink left of it to be a lost bullet); the last one is cut by the page
    assert sum(j is not None for j in matched) >= 0.9 * len(got_keys)
    assert not any(s.text.startswith(("o ", "mn", "ja ")) for s in got.statements)


def test_a_justified_paragraph_split_at_a_line_end_full_stop(
    square_scan: tuple[Meeting, Meeting],
) -> None:
    """A bullet's justified paragraph whose line ends at the right margin with a full stop
    ("... als tijdelijke uitstroommogelijkheden." / "Op die manier wordt ...") goes on at the
    hanging indent with no glyph: the next line is no lost bullet (no ink left of it), so the
    statement keeps its second sentence (before: two statements, the second without COA)."""
    _, got = square_scan
    texts = [s.text for s in got.statements]
    assert any("uitstroommogelijkheden. Op die manier" in t for t in texts)
    assert not any(t.startswith("Op die manier") for t in texts)


@pytest.mark.parametrize("layout", ["two-column", "chromium-columns"])
def test_a_heading_goes_on_where_its_printed_line_goes_on(layout: str, tmp_path: Path) -> None:
    """A narrow column breaks "3. Versnelling implementatie Uitvoeringsagenda Flexibilisering
    Asielketen" before a capitalised word (with a hyphen, "Fle-" / "xibilisering Asielketen", or
    without) and the merged heading "2. ... 3. ... 4. ..." of 2023-11-03 mid-word
    ("STATUSHOU-" / "DERS 3. PAKKET ..."): the rest of the heading is no sub-heading and no new
    agenda item. Before the rule: items 0.80 (2022-07-08) and 0.50 (2023-11-03)."""
    for index, stem in ((0, "2022-07-08-lrt"), (2, "2023-11-03-lrt")):
        source = ROOT / "corpus" / f"{stem}.txt"
        if layout == "two-column":
            data = make_layout_variants.layout_pdf(source, layout, index)
        else:
            data = make_layout_variants.chromium_pdf(source)
        clean, got = read_minutes(source), _read(tmp_path, data, stem)
        comparison = variant_report.compare(layout, clean, got)
        assert [i.number for i in got.items] == [i.number for i in clean.items]
        assert [i.titles for i in got.items] == [i.titles for i in clean.items]
        assert comparison.items == 1.0 and comparison.speakers == 1.0


def test_list_markers_chromium_draws_as_shapes(tmp_path: Path) -> None:
    """Chromium's own list markers (a disc, a circle for a nested list) are drawn as paths: the
    text layer has no bullet, so without the drawn markers the bullets of each item read as one
    statement (2023-11-10: 23 -> 5 statements, speakers 0.000). A filled shape before a line is
    a bullet, an outline one a sub-bullet."""
    source = ROOT / "corpus" / "2023-11-10-lrt.txt"
    data = make_layout_variants.chromium_pdf(source, drawn_markers=True)
    layer = _layer(data)
    assert "•" not in layer and "–" not in layer  # no marker in the text layer
    clean, got = read_minutes(source), _read(tmp_path, data, source.stem)
    comparison = variant_report.compare("chromium-discs", clean, got)
    assert comparison.statements == (23, 23) and comparison.speakers == 1.0
    assert [s.level for s in got.statements] == [s.level for s in clean.statements]
    assert comparison.verbatim == 1.0 and comparison.lost == 0


def test_a_bullet_broken_by_a_blank_line_stays_one_block() -> None:
    """The source's "o VNG steunt ... te" / blank / "zorgen voor ..." is one sub-bullet, as
    the clean parse reads it (the generators printed the tail as text, and the next "o" as a
    first-level bullet); a paragraph after a closed sentence stays its own block."""
    source = ROOT / "corpus" / "2023-11-03-lrt.txt"
    parts = make_layout_variants.blocks(source)
    vng = next(b for b in parts if b.text.startswith("VNG steunt het voorstel"))
    assert vng.kind == "sub"
    assert "zorgen voor meer uitplaatsing" in vng.text
    assert not any(b.text.startswith("zorgen voor meer") for b in parts)
    clean = {" ".join(s.text.split()) for s in read_minutes(source, Settings()).statements}
    starts = ("MBZK onderstreept de nood", "De acties die uit", "VNG steunt", "MBZK gaat in op")
    joined = [" ".join(b.text.split()) for b in parts if b.text.startswith(starts)]
    assert len(joined) == 4 and all(text in clean for text in joined)
    oproep = next(b for b in parts if b.text.startswith("Oproep om te blijven kijken"))
    assert parts[parts.index(oproep) - 1] == vng  # the sub-bullet after it: level 2 in tex
