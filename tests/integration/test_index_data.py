"""The parser fingerprint covers every bundled data file an index build reads
(:data:`lrt_search.index.freshness.INDEX_DATA`): a changed stopword, hyphenation or
attendance phrase makes the index stale instead of leaving terms and chunks of the old data."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from lrt_search.index import freshness
from lrt_search.lexicon.datafiles import DATA_DIR

REPO = Path(__file__).resolve().parents[2]

# Runs in a fresh interpreter (no data already loaded and cached): records the bundled data
# files opened while the index of argv[1] (corpus) is built into argv[2].
_RECORDER = """
import json, pathlib, sqlite3, sys
data = str(pathlib.Path(sys.argv[3])) + "/"
read = set()
def note(path):
    text = str(path)
    if data in text:
        read.add(text.split(data, 1)[1].split("?")[0])
for method in ("read_bytes", "read_text"):
    real = getattr(pathlib.Path, method)
    def reading(self, *a, _real=real, **k):
        note(self)
        return _real(self, *a, **k)
    setattr(pathlib.Path, method, reading)
connect = sqlite3.connect
def connecting(path, *a, **k):
    note(path)
    return connect(path, *a, **k)
sqlite3.connect = connecting
from lrt_search.config import Settings
from lrt_search.service import Engine
settings = Settings(corpus_dir=sys.argv[1], index_dir=sys.argv[2])
Engine.load(corpus=sys.argv[1], index=sys.argv[2], settings=settings, build=True, progress=False)
print(json.dumps(sorted(read)))
"""


def test_every_data_file_a_build_reads_is_in_the_fingerprint(built, tmp_path: Path) -> None:
    corpus, index = built.copy(tmp_path)  # the vectors of the corpus are reused
    shutil.copy(REPO / "tests" / "data" / "office" / "symbol-bullets.pdf", corpus)
    out = subprocess.run(
        [sys.executable, "-c", _RECORDER, str(corpus), str(index), str(DATA_DIR)],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    read = {
        name
        for name in json.loads(out.stdout.strip().splitlines()[-1])
        if not name.startswith("__pycache__")
    }
    assert "stopwords.toml" in read or "wordclass.sqlite" in read  # the recorder sees reads
    assert read <= set(freshness.INDEX_DATA), read - set(freshness.INDEX_DATA)


def test_every_data_file_named_in_the_ingest_code_is_in_the_fingerprint() -> None:
    # The files the parser reads only on some inputs (ocr.toml for scans) are named in its code.
    named = set()
    for path in (REPO / "lrt_search" / "ingest").glob("*.py"):
        named |= set(re.findall(r"bundled_(?:text|toml)\(\s*\"([\w.]+)\"", path.read_text()))
    assert {"hyphenation.toml", "ocr.toml", "attendance.toml"} <= named
    assert named <= set(freshness.INDEX_DATA)


def test_a_changed_data_file_changes_the_fingerprint(monkeypatch) -> None:
    freshness.parser_fingerprint.cache_clear()
    before = freshness.parser_fingerprint()
    real = freshness.bundled_digest
    for name in ("stopwords.toml", "wordfreq.sqlite", "hyphenation.toml"):
        freshness.parser_fingerprint.cache_clear()
        monkeypatch.setattr(
            freshness, "bundled_digest", lambda n, _name=name: "x" if n == _name else real(n)
        )
        assert freshness.parser_fingerprint() != before, name
    monkeypatch.setattr(freshness, "bundled_digest", real)
    freshness.parser_fingerprint.cache_clear()
    assert freshness.parser_fingerprint() == before
    freshness.parser_fingerprint.cache_clear()
