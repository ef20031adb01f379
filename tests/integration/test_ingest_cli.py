"""``lrt-search check`` and ``lrt-search add`` on real PDFs, with real Tesseract (and without)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lrt_search.interfaces.cli import main

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
INSTALL = "apt-get install -y tesseract-ocr tesseract-ocr-nld"

sys.path.insert(0, str(ROOT / "eval"))
import make_variants  # noqa: E402


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the CLI in-process; returns (exit code, stdout, stderr)."""
    with pytest.raises(SystemExit) as info:
        main(argv)
    captured = capsys.readouterr()
    code = info.value.code
    return (0 if code is None else int(code)), captured.out, captured.err


def run_without_tesseract(argv: list[str], cache: Path) -> subprocess.CompletedProcess[str]:
    """Run the CLI in a process whose PATH holds only the virtualenv (no tesseract)."""
    env = {**os.environ, "PATH": str(Path(sys.executable).parent), "LRT_OCR_CACHE": str(cache)}
    return subprocess.run(
        [sys.executable, "-m", "lrt_search.interfaces.cli", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 2023-11-10 minutes as a published PDF whose second page is a scan."""
    data = make_variants.minutes_pdf(CORPUS / "2023-11-10-lrt.txt")
    path = tmp_path_factory.mktemp("scan") / "lrt-2023-11-10.pdf"
    path.write_bytes(make_variants.with_image_pages(data, [2]))
    return path


@pytest.fixture(scope="module")
def text_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 2022-07-08 minutes as a published PDF (stamps, footers, running header)."""
    path = tmp_path_factory.mktemp("pdf") / "lrt-2022-07-08.pdf"
    path.write_bytes(make_variants.minutes_pdf(CORPUS / "2022-07-08-lrt.txt"))
    return path


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("lrt-search: error: "), err
    return lines[0]


# ------------------------------------------------------------------------------ check


def test_check_json_with_an_ocr_page(scanned: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("LRT_OCR_CACHE", str(tmp_path / "ocr"))  # empty: Tesseract runs
    code, out, err = run(["check", str(scanned), "--json"], capsys)
    assert code == 0, err
    report = json.loads(out)
    assert report["file"] == str(scanned)
    assert report["skipped"] == []
    [meeting] = report["meetings"]
    assert meeting["date"] == "2023-11-10"
    assert meeting["start_time"] == "09:15"
    assert meeting["place"] == "Webex"
    assert [i["number"] for i in meeting["items"]] == ["1", "2", "3", "4", "5"]
    assert all(i["statements"] > 0 for i in meeting["items"])
    assert sum(i["statements"] for i in meeting["items"]) == meeting["n_statements"]
    assert {"VNG", "MBZK", "IPO"} <= set(meeting["speakers"])
    assert len(meeting["actions"]) >= 4
    assert all("LRT 2023-11-10" in a["citation"] for a in meeting["actions"])
    assert [a["org_code"] for a in meeting["attendees"]][:3] == ["SJenV", "MBZK", "VNG"]
    assert meeting["ocr_pages"] == [2]
    assert any("(OCR)" in i["where"] for i in meeting["items"])
    assert any("OCR" in w for w in meeting["warnings"])


def test_check_plain(text_pdf: Path, capsys) -> None:
    code, out, err = run(["check", str(text_pdf)], capsys)
    assert code == 0, err
    assert "2022-07-08" in out
    assert "Voortgang taakstelling huisvesting" in out
    assert "attendees (15)" in out
    assert "Pagina" not in out and "Documentnummer" not in out


def test_check_bad_file(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "empty.pdf"
    bad.write_bytes(b"")
    code, _, err = run(["check", str(bad)], capsys)
    assert code == 1
    assert str(bad) in one_line_error(err)


def test_without_tesseract_text_pages_are_still_read(scanned: Path, tmp_path: Path) -> None:
    result = run_without_tesseract(["check", str(scanned), "--json"], tmp_path)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "tesseract" in line.lower()]
    assert len(warnings) == 1 and INSTALL in warnings[0], result.stderr
    report = json.loads(result.stdout)
    [meeting] = report["meetings"]
    assert meeting["date"] == "2023-11-10"
    assert meeting["items"][0]["number"] == "1"
    assert meeting["ocr_pages"] == []
    assert any("not read" in w and INSTALL in w for w in report["warnings"])


def test_without_tesseract_a_full_scan_is_a_one_line_error(text_pdf: Path, tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(make_variants.with_image_pages(text_pdf.read_bytes(), [1, 2]))
    result = run_without_tesseract(["check", str(scan)], tmp_path)
    assert result.returncode == 1
    line = one_line_error(result.stderr)
    assert str(scan) in line and "no text layer" in line and INSTALL in line


# ------------------------------------------------------------------------------ add


def test_add_validates_then_copies(text_pdf: Path, tmp_path: Path, capsys) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    cp1252 = tmp_path / "2023-04-06-lrt.txt"
    cp1252.write_bytes(
        (CORPUS / "2023-04-06-lrt.txt")
        .read_text(encoding="utf-8")
        .replace("\n", "\r\n")
        .encode("cp1252")
    )
    code, out, err = run(["add", str(text_pdf), str(cp1252), "--corpus", str(corpus)], capsys)
    assert code == 0, err
    assert sorted(p.name for p in corpus.iterdir()) == [cp1252.name, text_pdf.name]
    assert "added" in out and "2022-07-08" in out and "2023-04-06" in out
    assert (corpus / text_pdf.name).read_bytes() == text_pdf.read_bytes()
    # Adding the same file again copies nothing.
    code, out, err = run(["add", str(text_pdf), "--corpus", str(corpus)], capsys)
    assert code == 0 and "already in the corpus" in out
    # A meeting the corpus already holds (as text) is added with a warning.
    (corpus / "2022-07-08-lrt.txt").write_bytes((CORPUS / "2022-07-08-lrt.txt").read_bytes())
    pdf_copy = tmp_path / "copy-2022-07-08.pdf"
    pdf_copy.write_bytes(text_pdf.read_bytes())
    code, out, err = run(["add", str(pdf_copy), "--corpus", str(corpus)], capsys)
    assert code == 0, err
    assert "already holds a meeting of 2022-07-08 (2022-07-08-lrt.txt, lrt-2022-07-08.pdf)" in err
    for name in ("2022-07-08-lrt.txt", pdf_copy.name):
        (corpus / name).unlink()
    # The corpus now lists both meetings.
    code, out, err = run(["meetings", "--json", "--corpus", str(corpus)], capsys)
    assert [m["date"] for m in json.loads(out)] == ["2022-07-08", "2023-04-06"]


def test_add_copies_nothing_when_a_file_fails(text_pdf: Path, tmp_path: Path, capsys) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(make_variants.decision_letter_pdf())
    code, _, err = run(["add", str(text_pdf), str(letter), "--corpus", str(corpus)], capsys)
    assert code == 1
    assert str(letter) in one_line_error(err)
    assert list(corpus.iterdir()) == []


def test_add_refuses_to_overwrite(text_pdf: Path, tmp_path: Path, capsys) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / text_pdf.name).write_bytes(make_variants.minutes_pdf(CORPUS / "2023-11-10-lrt.txt"))
    before = (corpus / text_pdf.name).read_bytes()
    code, _, err = run(["add", str(text_pdf), "--corpus", str(corpus)], capsys)
    assert code == 1
    assert "--replace" in one_line_error(err)
    assert (corpus / text_pdf.name).read_bytes() == before
    code, _, err = run(["add", str(text_pdf), "--corpus", str(corpus), "--replace"], capsys)
    assert code == 0, err
    assert (corpus / text_pdf.name).read_bytes() == text_pdf.read_bytes()


def test_check_counts_read_as_plain_words(capsys) -> None:
    """'1 decision' (not '1 decisions'); the unattributed-speaker warning says that its count
    leaves out the decisions and actions, so it does not contradict the statement total."""
    code, out, err = run(["check", str(CORPUS / "2022-07-08-lrt.txt")], capsys)
    assert code == 0, err
    assert "[5 statements, 1 decision]" in out and "1 decisions" not in out
    assert "items (5), 23 statements:" in out
    assert "of 16 statements (decisions and actions not counted) have no speaker" in out
