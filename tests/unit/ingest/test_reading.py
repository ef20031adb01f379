"""Reading minutes files: PDF round trips, bad input, encodings, corpus folders and fuzzing."""

from __future__ import annotations

import random
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from fpdf import FPDF
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lrt_search.errors import ReadError
from lrt_search.ingest.corpus import load_corpus, read_minutes
from lrt_search.ingest.reading import read_source
from lrt_search.lexicon.textnorm import normalize_for_match
from lrt_search.models import Meeting

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "corpus"
FILES = [
    "2022-07-08-lrt.txt",
    "2023-04-06-lrt.txt",
    "2023-11-03-lrt.txt",
    "2023-11-10-lrt.txt",
    "2025-03-19-lrt.txt",
]

PAGE_BREAK_AFTER = 40  # source line after which the PDF starts a new page


def minutes_pdf(source: Path, target: Path, break_after: int | None = PAGE_BREAK_AFTER) -> Path:
    """Write ``source`` (a latin-1 text file) as a PDF, one multi_cell per source line."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for number, line in enumerate(source.read_text(encoding="utf-8").split("\n"), start=1):
        line = line.replace("\t", " ")
        if line.strip():
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(5)
        if number == break_after:
            pdf.add_page()
    pdf.output(str(target))
    return target


def blank_pdf(target: Path) -> Path:
    """A PDF whose only page holds a drawn rectangle and no text."""
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50)
    pdf.output(str(target))
    return target


def items_of(m: Meeting) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(item.number, item.titles) for item in m.items]


# --------------------------------------------------------------------------------------------
# PDF round trip
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["2023-04-06-lrt.txt", "2023-11-10-lrt.txt"])
def test_pdf_round_trip(name: str, tmp_path: Path) -> None:
    text_meeting = read_minutes(CORPUS / name)
    pdf_path = minutes_pdf(CORPUS / name, tmp_path / name.replace(".txt", ".pdf"))
    source = read_source(pdf_path)
    assert source.pages is not None and max(source.pages) >= 2

    pdf_meeting = read_minutes(pdf_path)
    assert pdf_meeting.date == text_meeting.date
    assert pdf_meeting.start_time == text_meeting.start_time
    assert items_of(pdf_meeting) == items_of(text_meeting)
    assert [(a.name, a.org_code) for a in pdf_meeting.attendees] == [
        (a.name, a.org_code) for a in text_meeting.attendees
    ]
    assert [normalize_for_match(c.text) for c in pdf_meeting.chunks] == [
        normalize_for_match(c.text) for c in text_meeting.chunks
    ]
    assert [s.text for s in pdf_meeting.statements] == [s.text for s in text_meeting.statements]
    assert [c.chunk_id for c in pdf_meeting.chunks] == [c.chunk_id for c in text_meeting.chunks]

    # Page numbers on every span, consistent with the lines they cover.
    for chunk in pdf_meeting.chunks:
        span = chunk.span
        assert span.page_start is not None and span.page_end is not None, chunk.chunk_id
        assert span.page_start <= span.page_end
        assert source.page_of(span.line_start) == span.page_start, chunk.citation
        assert source.page_of(span.line_end) == span.page_end, chunk.citation
        assert f"p. {span.page_start}" in chunk.citation or (
            f"pp. {span.page_start}-{span.page_end}" in chunk.citation
        )
        for s in chunk.statements:
            assert s.span.page_start == source.page_of(s.span.line_start)
    citations = [c.citation for c in pdf_meeting.chunks]
    assert any(re.search(r" · pp?\. (?:\d+-)?2 · ", c) for c in citations), citations
    assert any(c.span.page_start <= 2 <= c.span.page_end for c in pdf_meeting.chunks)
    assert pdf_meeting.chunks[0].citation.startswith(
        f"LRT {text_meeting.date.isoformat()} · header · p. 1 · "
    )
    assert not pdf_meeting.warnings


def test_pdf_statement_on_page_two(tmp_path: Path) -> None:
    """A statement after the forced page break carries page 2 (or later) in its span."""
    pdf_path = minutes_pdf(CORPUS / "2023-11-10-lrt.txt", tmp_path / "m.pdf", break_after=20)
    m = read_minutes(pdf_path)
    early = next(s for s in m.statements if s.text.startswith("Het verslag wordt geaccordeerd"))
    late = next(s for s in m.statements if s.text.startswith("De richting van de voorstellen"))
    assert early.span.page_start == 1
    assert late.span.page_start == 2


# --------------------------------------------------------------------------------------------
# Bad input
# --------------------------------------------------------------------------------------------


def _expect_read_error(path: Path, *words: str) -> ReadError:
    with pytest.raises(ReadError) as info:
        read_minutes(path)
    message = str(info.value)
    assert str(path) in message, message
    for word in words:
        assert word.lower() in message.lower(), message
    assert "\n" not in message
    assert info.value.path == path
    return info.value


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    _expect_read_error(path, "empty")


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("  \n\t\n\r\n   \n", encoding="utf-8")
    _expect_read_error(path, "empty")


def test_binary_junk(tmp_path: Path) -> None:
    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(4000)) + b"\x00\x00\x00"
    path = tmp_path / "junk.txt"
    path.write_bytes(b"\x00" + data)
    _expect_read_error(path, "binary")


def test_pdf_with_text_suffix(tmp_path: Path) -> None:
    pdf = minutes_pdf(CORPUS / "2023-11-10-lrt.txt", tmp_path / "real.pdf")
    path = tmp_path / "disguised.txt"
    path.write_bytes(pdf.read_bytes())
    _expect_read_error(path, "PDF")


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    path = blank_pdf(tmp_path / "scan.pdf")
    _expect_read_error(path, "no text layer")


def test_truncated_pdf(tmp_path: Path) -> None:
    data = minutes_pdf(CORPUS / "2023-11-10-lrt.txt", tmp_path / "full.pdf").read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[: len(data) // 2])
    _expect_read_error(path, "corrupt")


def test_random_bytes_named_pdf(tmp_path: Path) -> None:
    rng = random.Random(11)
    path = tmp_path / "random.pdf"
    path.write_bytes(bytes(rng.randrange(256) for _ in range(2000)))
    _expect_read_error(path, "not a PDF")


def test_missing_file(tmp_path: Path) -> None:
    _expect_read_error(tmp_path / "nowhere.txt", "no such file")


def test_directory(tmp_path: Path) -> None:
    path = tmp_path / "folder.txt"
    path.mkdir()
    _expect_read_error(path, "directory")


def test_directory_without_suffix_is_named_a_directory(tmp_path: Path) -> None:
    """``lrt-search add downloads/`` says it got a folder, not "unsupported format (none)"."""
    path = tmp_path / "downloads"
    path.mkdir()
    error = _expect_read_error(path, "is a directory")
    assert "unsupported" not in str(error)


def test_unsupported_suffix(tmp_path: Path) -> None:
    path = tmp_path / "minutes.docx"
    shutil.copy(CORPUS / "2023-11-10-lrt.txt", path)
    _expect_read_error(path, "unsupported", ".docx")


def test_text_that_is_not_minutes(tmp_path: Path) -> None:
    path = tmp_path / "2023-05-01-notes.txt"
    path.write_text(
        "Boodschappenlijst\n\nMelk, brood en kaas.\nNiet vergeten: de fiets ophalen.\n",
        encoding="utf-8",
    )
    _expect_read_error(path, "no agenda items")


def test_unparseable_meeting_date(tmp_path: Path) -> None:
    path = tmp_path / "bad-date.txt"
    path.write_text(
        "verslag\n\nVergaderdatum 32 juni 2023\nAanwezig Dhr. De Reus (IPO)\n\n"
        "1. Opening\n\n- IPO opent de vergadering.\n",
        encoding="utf-8",
    )
    error = _expect_read_error(path, "date", "32 juni 2023")
    assert "Vergaderdatum" in error.problem


def test_no_meeting_date_falls_back_to_file_name(tmp_path: Path) -> None:
    path = tmp_path / "2023-05-01-lrt.txt"
    path.write_text("verslag\n\n1. Opening\n\n- IPO opent de vergadering.\n", encoding="utf-8")
    m = read_minutes(path)
    assert m.date.isoformat() == "2023-05-01"
    assert any("file name" in w for w in m.warnings)


def test_no_meeting_date_at_all(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text("verslag\n\n1. Opening\n\n- IPO opent de vergadering.\n", encoding="utf-8")
    _expect_read_error(path, "no meeting date")


# --------------------------------------------------------------------------------------------
# Encodings
# --------------------------------------------------------------------------------------------


def test_cp1252_fallback(tmp_path: Path) -> None:
    text = (CORPUS / "2023-04-06-lrt.txt").read_text(encoding="utf-8")
    assert "ë" in text and "è" in text
    path = tmp_path / "2023-04-06-lrt.txt"
    path.write_bytes(text.encode("cp1252"))
    m = read_minutes(path)
    assert any("cp1252" in w for w in m.warnings), m.warnings
    assert any(str(path) in w for w in m.warnings), m.warnings
    joined = "\n".join(c.text for c in m.chunks)
    assert "Oekraïense" in joined
    assert "appèl" in joined
    assert "één bewindspersoon" in joined
    original = read_minutes(CORPUS / "2023-04-06-lrt.txt")
    assert [c.text for c in m.chunks] == [c.text for c in original.chunks]
    # the warning is the file's too, as a PDF's are: an index build reports it
    from lrt_search.ingest.corpus import read_file
    from lrt_search.interfaces.error_texts import error_text

    [warning] = read_file(path).warnings
    assert re.fullmatch(
        rf"{re.escape(str(path))}: not valid UTF-8 \(byte \d+\); decoded as cp1252", warning
    )
    assert re.search(
        r": geen geldige UTF-8 \(byte \d+\); gelezen als cp1252$", error_text(warning, "nl")
    )


def test_utf8_bom_and_crlf(tmp_path: Path) -> None:
    text = (CORPUS / "2023-11-10-lrt.txt").read_text(encoding="utf-8")
    path = tmp_path / "2023-11-10-lrt.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    m = read_minutes(path)
    original = read_minutes(CORPUS / "2023-11-10-lrt.txt")
    assert [c.text for c in m.chunks] == [c.text for c in original.chunks]
    assert [c.span for c in m.chunks] == [c.span for c in original.chunks]
    assert not m.warnings


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_byte_order_mark(encoding: str, tmp_path: Path) -> None:
    """Windows Notepad's "Unicode" saves UTF-16 with a byte order mark: read it, not "binary"."""
    text = (CORPUS / "2023-11-10-lrt.txt").read_text(encoding="utf-8")
    path = tmp_path / "2023-11-10-lrt.txt"
    data = text.replace("\n", "\r\n").encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    m = read_minutes(path)
    original = read_minutes(CORPUS / "2023-11-10-lrt.txt")
    assert [c.text for c in m.chunks] == [c.text for c in original.chunks]
    assert [c.span for c in m.chunks] == [c.span for c in original.chunks]


def test_broken_utf16_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notulen.txt"
    path.write_bytes(b"\xff\xfe" + "Vergaderdatum 1 mei 2024".encode("utf-16-le") + b"\x00\xd8")
    _expect_read_error(path, "UTF-16", "byte order mark")


# --------------------------------------------------------------------------------------------
# Corpus folders
# --------------------------------------------------------------------------------------------


def _folder_with_bad_files(folder: Path) -> set[str]:
    for name in FILES:
        shutil.copy(CORPUS / name, folder / name)
    (folder / "README.md").write_text("# Corpus\n\nThe minutes of the LRT.\n", encoding="utf-8")
    bad = {
        "empty.txt": b"",
        "junk.txt": b"\x00\x01\x02binary\x00" * 50,
        "notes.md": b"Geen notulen, alleen een notitie.\n",
        "broken.pdf": b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog",
        "fake.pdf": b"this is not a pdf at all",
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    blank_pdf(folder / "scan.pdf")
    return {*bad, "scan.pdf"}


def test_load_corpus_reports_bad_files(tmp_path: Path) -> None:
    bad = _folder_with_bad_files(tmp_path)
    errors: list[ReadError] = []
    meetings = load_corpus(tmp_path, on_error=errors.append)
    assert [m.source.name for m in meetings] == FILES
    assert [m.date.isoformat() for m in meetings] == [
        "2022-07-08",
        "2023-04-06",
        "2023-11-03",
        "2023-11-10",
        "2025-03-19",
    ]
    assert all(isinstance(e, ReadError) for e in errors)
    assert sorted(e.path.name for e in errors) == sorted(bad)
    for e in errors:
        assert e.path.name in str(e)
    assert "README.md" not in {e.path.name for e in errors}


def test_load_corpus_warns_without_callback(tmp_path: Path) -> None:
    bad = _folder_with_bad_files(tmp_path)
    with pytest.warns(UserWarning) as record:
        meetings = load_corpus(tmp_path)
    assert len(meetings) == len(FILES)
    messages = [str(w.message) for w in record]
    assert len(messages) == len(bad)
    for name in bad:
        assert any(name in msg for msg in messages), name


def test_load_corpus_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="does not exist"):
        load_corpus(tmp_path / "nope")


# --------------------------------------------------------------------------------------------
# Fuzzing: read_minutes returns a Meeting or raises ReadError, nothing else
# --------------------------------------------------------------------------------------------

FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
REAL_LINES = (CORPUS / "2023-11-03-lrt.txt").read_text(encoding="utf-8").split("\n")
JUNK_LINES = st.one_of(
    st.text(max_size=80),
    st.sampled_from(
        [
            "1. Opening",
            "2a. Sub",
            "3. 4. 5. 6.",
            "Datum",
            "13 november 2023",
            "Vergaderdatum",
            "Vergaderdatum 31 februari 2023",
            "Vergaderplaats 19 maart 2025",
            "Aanwezig (",
            "Aanwezig ) (",
            "Afwezig (BZK) (x) (y)",
            "o",
            "• ",
            "- Actie:",
            "Afspraak:",
            "**Directoraat-Generaal",
            "Contactpersoon",
            "5.1.2e",
            "[REDACTED]",
            "Reacties",
            "2. A 3. B 4. C",
            "99. Laatste",
        ]
    ),
)


def _read(path: Path) -> None:
    try:
        m = read_minutes(path)
    except ReadError as exc:
        assert str(path) in str(exc)
        return
    assert isinstance(m, Meeting)
    assert m.chunks and m.chunks[0].kind == "header"
    for chunk in m.chunks:
        assert chunk.citation


@FUZZ
@given(text=st.text())
def test_fuzz_arbitrary_text(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "2023-01-01-fuzz.txt"
        path.write_text(text, encoding="utf-8")
        _read(path)


@FUZZ
@given(data=st.binary())
def test_fuzz_arbitrary_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name in ("fuzz.txt", "fuzz.pdf"):
            path = Path(folder) / name
            path.write_bytes(data)
            _read(path)


@FUZZ
@given(data=st.binary(max_size=400))
def test_fuzz_bytes_with_pdf_header(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.pdf"
        path.write_bytes(b"%PDF-1.4\n" + data)
        _read(path)


@st.composite
def mutated_minutes(draw: st.DrawFn) -> str:
    lines = list(REAL_LINES)
    for _ in range(draw(st.integers(0, 12))):
        op = draw(st.sampled_from(["delete", "duplicate", "insert", "swap"]))
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "insert":
            lines.insert(i, draw(JUNK_LINES))
        else:
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
    text = "\n".join(lines)
    if draw(st.booleans()):
        text = text[: draw(st.integers(0, len(text)))]
    return text


@FUZZ
@given(text=mutated_minutes())
def test_fuzz_mutated_minutes(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name in ("2023-11-03-lrt.txt", "minutes.md"):
            path = Path(folder) / name
            path.write_text(text, encoding="utf-8")
            _read(path)


@pytest.fixture(scope="module")
def real_pdf_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("pdf")
    return minutes_pdf(CORPUS / "2023-11-10-lrt.txt", folder / "m.pdf").read_bytes()


@FUZZ
@given(cut=st.floats(0.0, 1.0), flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255))))
def test_fuzz_damaged_pdf(real_pdf_bytes: bytes, cut: float, flips: list) -> None:
    data = bytearray(real_pdf_bytes[: max(1, int(len(real_pdf_bytes) * cut))])
    for where, value in flips:
        data[min(int(where * len(data)), len(data) - 1)] = value
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "damaged.pdf"
        path.write_bytes(bytes(data))
        _read(path)
