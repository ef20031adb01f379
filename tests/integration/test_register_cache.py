"""``decisions`` keeps its piped table beside the index; the kept text is printed only when
it is whole and written by the same code, and it is the rendered table byte for byte."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lrt_search.index.manifest import current_generation
from lrt_search.interfaces.register_cache import FOLDER, cache_path, code_key, write_text


@pytest.fixture
def index_copy(index_copy: tuple[Path, Path]) -> tuple[Path, Path]:
    """The private copy of the session index without a kept table (another test's
    ``decisions`` on the session index may have kept one there before the copy)."""
    generation = current_generation(index_copy[1])
    if generation is not None:
        shutil.rmtree(generation / FOLDER, ignore_errors=True)
    return index_copy


def _decisions(corpus: Path, index: Path, *args: str, columns: int = 80) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LRT_")}
    env["COLUMNS"] = str(columns)
    proc = subprocess.run(
        [sys.executable, "-m", "lrt_search.interfaces.cli", "decisions", *args,
         "--corpus", str(corpus), "--index", str(index)],
        capture_output=True, text=True, check=True, env=env,
    )  # fmt: skip
    return proc.stdout


def _rendered(corpus: Path, index: Path, tmp: Path, *args: str, columns: int = 80) -> str:
    """The table as rendered with the kept copy switched off."""
    config = tmp / "no-cache.toml"
    config.write_text("register_cache = false\n", encoding="utf-8")
    return _decisions(corpus, index, *args, "--config", str(config), columns=columns)


def _kept(index: Path, lang: str = "nl", width: int = 80) -> Path:
    generation = current_generation(index)
    assert generation is not None
    return cache_path(generation, lang, width)


def test_the_kept_table_is_the_rendered_table(
    index_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    corpus, index = index_copy
    for lang, columns in (("nl", 80), ("en", 57)):
        expected = _rendered(corpus, index, tmp_path, "--lang", lang, columns=columns)
        assert not _kept(index, lang, columns).exists(), "the switch keeps nothing"
        first = _decisions(corpus, index, "--lang", lang, columns=columns)
        kept = _kept(index, lang, columns)
        assert kept.read_bytes().startswith(f"lrt-register {code_key()} ".encode())
        second = _decisions(corpus, index, "--lang", lang, columns=columns)
        assert first == second == expected
        assert expected.count("LRT 20") > 5


def test_a_damaged_or_foreign_kept_table_is_rendered_again(
    index_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    corpus, index = index_copy
    expected = _rendered(corpus, index, tmp_path)
    assert _decisions(corpus, index) == expected
    kept = _kept(index)
    whole = kept.read_bytes()
    head, _, body = whole.partition(b"\n")
    damaged = body.replace(b"Actie", b"Acti3", 1)  # bit rot: same length, CRC now wrong
    assert damaged != body
    for bad in (
        head + b"\n" + damaged,
        head + b"\n" + body[:-40],  # cut short
        head.replace(code_key().encode(), b"0123456789abcdef") + b"\n" + damaged,  # other code
        b"",
    ):
        kept.write_bytes(bad)
        assert _decisions(corpus, index) == expected
        assert kept.read_bytes() == whole, "rendered and kept again"


def test_filters_and_other_formats_keep_nothing(
    index_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    corpus, index = index_copy
    generation = current_generation(index)
    assert generation is not None
    for args in (("--kind", "actie"), ("--org", "VNG"), ("--format", "md"), ("--since", "2023")):
        assert _decisions(corpus, index, *args) == _rendered(corpus, index, tmp_path, *args)
    assert not (generation / FOLDER).exists()


def test_a_generation_that_cannot_be_written_still_prints(
    index_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    corpus, index = index_copy
    generation = current_generation(index)
    assert generation is not None
    (generation / FOLDER).write_text("not a folder", encoding="utf-8")
    assert _decisions(corpus, index) == _rendered(corpus, index, tmp_path)
    assert (generation / FOLDER).read_text(encoding="utf-8") == "not a folder"


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1", "ascii"])
def test_kept_text_is_written_as_the_stream_writes_text(encoding: str) -> None:
    text = "2023-11-10  Actie     VNG, COA  agendapunt 3 · regels 4–5 · Oekraïense €\n"
    written, expected = io.BytesIO(), io.BytesIO()
    for target, how in ((written, "kept"), (expected, "text")):
        stream = io.TextIOWrapper(target, encoding=encoding, errors="replace", newline="")
        if how == "kept":
            write_text(stream, memoryview(text.encode("utf-8")))
        else:
            stream.write(text)
        stream.flush()
        stream.detach()  # the wrapper's end must not close the bytes
    assert written.getvalue() == expected.getvalue()
