"""The decisions register read from a fresh index equals the one parsed from the corpus."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from lrt_search.answer import decisions as decisions_module
from lrt_search.answer.decisions import corpus_register
from lrt_search.answer.stored_decisions import index_register
from lrt_search.config import Settings
from lrt_search.errors import IndexStoreError
from lrt_search.index.manifest import current_generation

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
        # built without __init__, the stored Decisions still compare and hash as dataclasses
        assert stored.decisions == parsed.decisions, filters
        assert {hash(d) for d in stored} == {hash(d) for d in parsed}, filters
    assert len(index_register(built.settings) or []) > 5


def _facts_db(index: Path) -> Path:
    generation = current_generation(index)
    assert generation is not None
    db = generation / "facts.sqlite"
    db.chmod(0o644)
    return db


def _counting_parser(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the statements whose decisions are worked out (the real function, counted)."""
    calls: list[int] = []
    real = decisions_module.statement_decisions

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(decisions_module, "statement_decisions", counting)
    return calls


def test_a_fresh_index_gives_the_register_from_stored_rows(
    built, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = corpus_register(built.settings).to_dict()
    parsed = _counting_parser(monkeypatch)
    stored = index_register(built.settings)
    assert stored is not None and stored.to_dict() == expected
    assert parsed == [], "no statement is parsed when the register rows are stored"


def test_rows_of_other_register_code_are_worked_out_again(
    index_copy: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, index = index_copy
    settings = Settings(corpus_dir=corpus, index_dir=index)
    expected = corpus_register(settings, kind="actie").to_dict()
    with sqlite3.connect(_facts_db(index)) as conn:  # rows written by an older decisions.py
        conn.execute("UPDATE register_code SET code = 'older'")
    parsed = _counting_parser(monkeypatch)
    stored = index_register(settings, kind="actie")
    assert stored is not None and stored.to_dict() == expected
    assert parsed, "the marked statements were worked out again"
    with sqlite3.connect(_facts_db(index)) as conn:  # an index written before the table was
        conn.execute("DROP TABLE register")
        conn.execute("DROP TABLE register_code")
    again = index_register(settings, kind="actie")
    assert again is not None and again.to_dict() == expected


def test_a_changed_corpus_is_parsed_instead(index_copy: tuple[Path, Path]) -> None:
    corpus, index = index_copy
    settings = Settings(corpus_dir=corpus, index_dir=index)
    assert index_register(settings) is not None
    first = sorted(corpus.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nActie: IPO zoekt het uit.\n")
    assert index_register(settings) is None
    assert index_register(Settings(corpus_dir=corpus, index_dir=index.parent / "none")) is None
    # what the command then shows: the corpus as it is now, the new action included
    proc = subprocess.run(
        [sys.executable, "-m", "lrt_search.interfaces.cli", "decisions", "--format", "json",
         "--corpus", str(corpus), "--index", str(index)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "IPO zoekt het uit." in proc.stdout


def test_an_altered_decision_row_is_an_error_not_altered_text(
    index_copy: tuple[Path, Path],
) -> None:
    corpus, index = index_copy
    settings = Settings(corpus_dir=corpus, index_dir=index)
    assert index_register(settings) is not None
    with sqlite3.connect(_facts_db(index)) as conn:  # bit rot in a stored clause, CRC unchanged
        conn.execute("UPDATE register SET text = 'Actie: niemand.' WHERE entry = 3")
    with pytest.raises(IndexStoreError, match="checksum"):
        index_register(settings)
    with sqlite3.connect(_facts_db(index)) as conn:  # the same in a statement, no stored rows
        conn.execute("DROP TABLE register")
    db = _facts_db(index).with_name("chunks.sqlite")
    db.chmod(0o644)
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT row FROM statements WHERE kind = 'action' LIMIT 1").fetchone()
        conn.execute("UPDATE statements SET text = 'Actie: niemand.' WHERE row = ?", row)
    with pytest.raises(IndexStoreError, match="checksum"):
        index_register(settings)
