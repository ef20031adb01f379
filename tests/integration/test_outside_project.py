"""The command line run from a folder that is not the project's: ``check FILE`` needs no corpus
folder, and a command that needs one says where it looked and how to give another."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lrt_search.config import ENV_VARS
from lrt_search.interfaces.cli import main

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the CLI in-process; returns (exit code, stdout, stderr)."""
    with pytest.raises(SystemExit) as info:
        main(argv)
    captured = capsys.readouterr()
    code = info.value.code
    return (0 if code is None else int(code)), captured.out, captured.err


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder without ``corpus/`` and no LRT_* variables set."""
    for var in ENV_VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_check_reads_a_file_without_a_corpus_folder(elsewhere: Path, capsys) -> None:
    copy = elsewhere / "notulen.txt"
    copy.write_bytes((CORPUS / "2023-11-10-lrt.txt").read_bytes())
    code, out, err = run(["check", str(copy), "--json"], capsys)
    assert code == 0, err
    [meeting] = json.loads(out)["meetings"]
    assert meeting["date"] == "2023-11-10"


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["search", "opvang"], "de notulenmap bestaat niet (geef --corpus MAP of zet LRT_CORPUS)"),
        (["ask", "What did the VNG say?"], "corpus folder does not exist (give --corpus DIR"),
        (["meetings"], "corpus folder does not exist (give --corpus DIR or set LRT_CORPUS)"),
    ],
)
def test_a_missing_corpus_folder_is_named_with_its_full_path(
    elsewhere: Path, argv: list[str], words: str, capsys
) -> None:
    code, out, err = run(argv, capsys)
    assert code == 1 and out == ""
    [line] = err.strip().splitlines()
    assert str(elsewhere / "corpus") in line
    assert words in line
