"""Minutes as they are published: Woo bundles, scanned pages (real Tesseract), page furniture,
other bullets, date forms, redaction codes, cp1252. The variants are generated from the corpus
by ``eval/make_variants.py`` and compared with the clean files by ``eval/variant_report.py``.

OCR is slow, so the bundle (with its one scanned page) is read once per session.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from eval_scripts import load_eval_script

from lrt_search.config import Settings
from lrt_search.errors import ReadError
from lrt_search.index.chunk_writing import write_chunks
from lrt_search.index.chunkstore import ChunkStore
from lrt_search.ingest.bundles import classify
from lrt_search.ingest.cleaning import is_page_furniture
from lrt_search.ingest.corpus import FileRead, load_corpus, read_file, read_minutes
from lrt_search.ingest.ocr_layout import LAYOUT_VERSION

ROOT = Path(__file__).resolve().parents[2]
MEETING_DATES = ["2022-07-08", "2023-04-06", "2023-11-03", "2023-11-10", "2025-03-19"]


make_variants = load_eval_script("make_variants")
variant_report = load_eval_script("variant_report")


@pytest.fixture(scope="session")
def variants(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The variant test set, generated once."""
    out = tmp_path_factory.mktemp("variants")
    make_variants.write_variants(out, scans=False)
    return out


@pytest.fixture(scope="session")
def ocr_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty OCR cache for the session, so Tesseract really runs."""
    return tmp_path_factory.mktemp("ocr-cache")


@pytest.fixture(scope="session")
def bundle(variants: Path, ocr_cache: Path) -> FileRead:
    """The Woo bundle read once (OCR of its scanned page included)."""
    path = variants / "bundle" / make_variants.BUNDLE_NAME
    return read_file(path, Settings(ocr_cache_dir=ocr_cache))


# ------------------------------------------------------------------------------ the bundle


def test_bundle_gives_five_meetings_and_skips_letter_and_inventory(bundle: FileRead) -> None:
    assert [m.date.isoformat() for m in bundle.meetings] == MEETING_DATES
    ranges = [(p.first_page, p.last_page, p.kind) for p in bundle.parts]
    assert ranges == [
        (1, 2, "letter"),
        (3, 3, "inventory list"),
        (4, 5, "minutes"),
        (6, 8, "minutes"),
        (9, 12, "minutes"),
        (13, 14, "minutes"),
        (15, 18, "minutes"),
    ]
    assert [p.kind for p in bundle.skipped] == ["letter", "inventory list"]
    assert all("not minutes" in (p.skipped or "") for p in bundle.skipped)


def test_bundle_items_match_the_clean_files(bundle: FileRead) -> None:
    for meeting in bundle.meetings:
        clean = read_minutes(ROOT / "corpus" / f"{meeting.date.isoformat()}-lrt.txt")
        assert [i.number for i in meeting.items] == [i.number for i in clean.items]
        assert len(meeting.statements) == len(clean.statements)


def test_bundle_citations_carry_the_bundle_page(bundle: FileRead) -> None:
    pages = {p.first_page: (p.first_page, p.last_page) for p in bundle.parts}
    for meeting, first in zip(bundle.meetings, [4, 6, 9, 13, 15], strict=True):
        low, high = pages[first]
        for chunk in meeting.chunks:
            assert chunk.span.page_start is not None
            assert low <= chunk.span.page_start <= chunk.span.page_end <= high, chunk.citation
            assert chunk.source == make_variants.BUNDLE_NAME
    by_date = {m.date.isoformat(): m for m in bundle.meetings}
    taakstelling = next(
        c for c in by_date["2025-03-19"].chunks if c.item_number == "3" and c.kind == "item"
    )
    assert "p. 16" in taakstelling.citation
    ids = [c.chunk_id for m in bundle.meetings for c in m.chunks]
    assert len(ids) == len(set(ids))


def test_scanned_page_is_read_by_ocr_and_marked(bundle: FileRead, tmp_path: Path) -> None:
    assert bundle.ocr_pages == (make_variants.BUNDLE_IMAGE_PAGE,)
    meeting = next(m for m in bundle.meetings if m.date.isoformat() == "2023-04-06")
    # A statement that stands only on the scanned page (p. 7) of the bundle.
    found = [s for s in meeting.statements if "lijst met wie vanuit Rijk hoogambtelijk" in s.text]
    assert len(found) == 1
    statement = found[0]
    assert statement.span.ocr and statement.span.page_start == 7
    assert "p. 7 (OCR)" in statement.span.describe()
    chunk = next(c for c in meeting.chunks if statement in c.statements)
    assert "(OCR)" in chunk.citation
    # The OCR mark survives the index's chunk store.
    write_chunks(tmp_path, [chunk])
    again = ChunkStore(tmp_path, 1)[0]
    assert again.citation == chunk.citation and again.statements == chunk.statements
    # Text pages are not marked.
    first = next(c for c in meeting.chunks if c.item_number == "1")
    assert "(OCR)" not in first.citation


def test_bundle_without_document_stamps_is_split_by_its_first_lines(variants: Path) -> None:
    # Pages are numbered across the bundle ("Pagina 7 van 17"), which marks no document start.
    read = read_file(variants / "bundle-unstamped" / make_variants.BUNDLE_NAME)
    assert read.ocr_pages == ()
    assert [m.date.isoformat() for m in read.meetings] == MEETING_DATES
    kinds = [(p.kind, p.skipped is None) for p in read.parts]
    assert kinds == [("letter", False), ("inventory list", False)] + [("minutes", True)] * 5
    assert read.parts[0].title == "Besluit op uw Woo-verzoek"
    # Each meeting starts on the page of its first line: the "verslag"/letterhead block.
    for meeting, part in zip(read.meetings, read.parts[2:], strict=True):
        assert meeting.chunks[0].span.page_start == part.first_page


READ_WITHOUT_TESSERACT = """
import json, sys
from lrt_search.config import Settings
from lrt_search.ingest.corpus import read_file
read = read_file(sys.argv[1], Settings(ocr_cache_dir=sys.argv[2]))
print(json.dumps([list(read.ocr_pages), list(read.warnings)]))
"""


def test_ocr_text_is_cached_and_read_again_without_tesseract(
    variants: Path, bundle: FileRead, ocr_cache: Path
) -> None:
    page = make_variants.BUNDLE_IMAGE_PAGE
    cached = list(ocr_cache.iterdir())
    assert len(cached) == 1 and cached[0].name.endswith(
        f"-nld-psm3-300-layout{LAYOUT_VERSION}-p{page}.json"
    )
    # A process that cannot run Tesseract (not on its PATH) reads the page from the cache.
    path = variants / "bundle" / make_variants.BUNDLE_NAME
    env = {**os.environ, "PATH": str(Path(sys.executable).parent)}
    result = subprocess.run(
        [sys.executable, "-c", READ_WITHOUT_TESSERACT, str(path), str(ocr_cache)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [[page], []]


def test_corpus_folder_accepts_a_bundle(variants: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    pdf = variants / "pdf" / "2022-07-08-lrt.pdf"
    (corpus / "one.pdf").write_bytes(pdf.read_bytes())
    (corpus / "cp.txt").write_bytes((variants / "crlf-cp1252" / "2023-11-10-lrt.txt").read_bytes())
    meetings = load_corpus(corpus)
    assert [m.date.isoformat() for m in meetings] == ["2022-07-08", "2023-11-10"]


# ------------------------------------------------------------------------------ the variants


def test_every_variant_keeps_dates_items_speakers_and_text(
    variants: Path, bundle: FileRead
) -> None:
    rows = variant_report.compare_all(variants, exclude=("bundle",))
    clean = variant_report.clean_meetings()
    rows += variant_report.compare_meetings("bundle", bundle.meetings, clean)
    print()
    print(variant_report.HEADER)
    for row in rows:
        print(row.row())
    names = {r.variant for r in rows}
    assert names == {
        "pdf",
        "pdf-narrow",
        "crlf-cp1252",
        "bullets",
        "dates",
        "redaction",
        "bundle",
        "bundle-unstamped",
        "pdf-hyphenated",
        "pdf-letterhead",
        "pdf-redacted",
    }
    for name in names:
        assert sum(r.date_ok for r in rows if r.variant == name) == 5, name
    for row in rows:
        assert row.items >= 0.98, row
        assert row.speakers >= 0.98, row
        assert row.attendee_orgs == 1.0, row
        if row.ocr:  # Tesseract may misread a character ("2023-II" as "2023-Il")
            assert row.lost <= 0.005 * row.words, row
        else:
            assert row.lost == 0 and row.added == 0, row
            assert row.split == 0 and row.verbatim == 1.0, row
            assert row.statements[0] == row.statements[1], row
    assert sum(r.ocr for r in rows) == 1


def test_redaction_codes_replace_names_but_keep_organisations(variants: Path) -> None:
    meeting = read_minutes(variants / "redaction" / "2023-11-03-lrt.txt")
    clean = read_minutes(ROOT / "corpus" / "2023-11-03-lrt.txt")
    assert [a.org_code for a in meeting.attendees] == [a.org_code for a in clean.attendees]
    names = [a.name for a in meeting.attendees]
    assert "[redacted]" in names and "Dhr. [redacted]" in names
    assert not any("5.1.2e" in n for n in names)


def test_cp1252_text_is_read_with_a_warning(variants: Path) -> None:
    meeting = read_minutes(variants / "crlf-cp1252" / "2023-11-03-lrt.txt")
    assert any("cp1252" in w for w in meeting.warnings)
    assert "COÖRDINATIECENTRUM" in meeting.items[1].title


# ------------------------------------------------------------------------------ rules


@pytest.mark.parametrize(
    "text",
    [
        "Pagina 2 van 4",
        "Pagina 12",
        "Documentnummer 12 | Woo-besluit 2025-0142",
        "Documentnummer: 7",
        "Woo-besluit 2025-0142 | Pagina 3 van 8",
        "Openbaar gemaakt op grond van de Woo",
    ],
)
def test_page_furniture(text: str) -> None:
    assert is_page_furniture(text)


@pytest.mark.parametrize(
    "text",
    [
        "Het Woo-verzoek van de VNG wordt besproken.",
        "Document over de taakstelling volgt.",
        "Pagina's van het verslag worden nagestuurd.",
        "Documentnummer",
        "2. Actuele stand van zaken",
    ],
)
def test_not_page_furniture(text: str) -> None:
    assert not is_page_furniture(text)


def test_classify_parts() -> None:
    assert classify(["verslag", "Vergaderdatum 8 juli 2022", "1. Opening"]) == "minutes"
    assert classify(["Inventarislijst Woo-besluit 1", "1 08-07-2022 Verslag"]) == "inventory list"
    letter = ["Onderwerp Besluit", "Geachte heer,", "1. Verloop", "Met vriendelijke groet"]
    assert classify(letter) == "letter"
    assert classify(["Bijlage 3", "Tabel met cijfers"]) == "other"


def test_a_scan_without_tesseract_data_is_a_clear_error(variants: Path, tmp_path: Path) -> None:
    data = make_variants.with_image_pages(
        (variants / "pdf" / "2022-07-08-lrt.pdf").read_bytes(), [1, 2]
    )
    path = tmp_path / "scan.pdf"
    path.write_bytes(data)
    with pytest.raises(ReadError) as info:
        read_file(path, Settings(ocr_language="xx-not-installed", ocr_cache=False))
    message = str(info.value)
    assert message.startswith(str(path)) and "\n" not in message
    assert "no text layer" in message and "apt-get install -y tesseract-ocr tesseract-ocr-nld" in (
        message
    )
    with pytest.raises(ReadError, match="OCR is turned off"):
        read_file(path, Settings(ocr=False))
