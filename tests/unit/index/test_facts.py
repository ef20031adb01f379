"""Corpus facts stored with the index: the same facts as computed from the chunks."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from lrt_search.index.analysis import words
from lrt_search.index.chunk_writing import write_chunks
from lrt_search.index.chunkstore import ChunkStore
from lrt_search.index.facts import CorpusFacts, attendee_entries
from lrt_search.ingest.corpus import load_corpus

CORPUS = Path(__file__).resolve().parents[3] / "corpus"


@pytest.fixture(scope="module")
def chunks():
    return [c for m in load_corpus(CORPUS) for c in m.chunks]


@pytest.fixture(scope="module")
def store(chunks, tmp_path_factory: pytest.TempPathFactory) -> ChunkStore:
    folder = tmp_path_factory.mktemp("facts")
    write_chunks(folder, chunks)
    return ChunkStore(folder, len(chunks))


def test_stored_facts_equal_the_facts_of_the_chunks(store: ChunkStore, chunks) -> None:
    stored, memory = store.facts, CorpusFacts.from_chunks(chunks)
    assert (store.folder / "facts.sqlite").is_file()
    vocab = {w for c in chunks for w in words(c.text)}
    sample = sorted(vocab)[::7]
    assert all(w in stored for w in sample)
    assert "qwxzvnotaword" not in stored and "qwxzvnotaword" not in memory
    for prefix in ("oekra", "indeplaats", "vng", "asiel"):
        expected = sorted(w for w in vocab if w.startswith(prefix))
        assert stored.with_prefix(prefix) == memory.with_prefix(prefix) == expected
        assert stored.with_prefix(prefix, len(prefix) + 2) == [
            w for w in expected if len(w) <= len(prefix) + 2
        ]
    assert stored.attendees() == memory.attendees()
    assert len(stored.attendees()) > 10


def test_attendee_entries_take_the_surname_and_the_organisation() -> None:
    text = "Aanwezig\tMw. A. Faber (AenM, voorzitter), Dhr. J. de Vries (VNG)\nAfwezig\t-"
    assert list(attendee_entries(text)) == [("faber", "AenM"), ("vries", "VNG")]


def test_an_index_without_facts_computes_them(store: ChunkStore, chunks, tmp_path) -> None:
    write_chunks(tmp_path, chunks[:40])
    (tmp_path / "facts.sqlite").unlink()
    old = ChunkStore(tmp_path, 40)
    assert old.facts.attendees() == CorpusFacts.from_chunks(chunks[:40]).attendees()


def test_word_rows_list_the_chunks_of_each_word(store: ChunkStore, chunks) -> None:
    # Issue 16 item 7: the chunks holding a word are read from the index, never scanned.
    stored, memory = store.facts, CorpusFacts.from_chunks(chunks)
    held: dict[str, set[int]] = {}
    for row, chunk in enumerate(chunks):
        for word in words(chunk.text):
            held.setdefault(word, set()).add(row)
    for word in sorted(held)[::5]:
        expected = sorted(held[word])
        assert list(stored.rows_of(word)) == list(memory.rows_of(word)) == expected, word
    for prefix in ("oekra", "indeplaats", "vng", "asiel", "s", "qwxz"):
        expected = sorted({r for w, rows in held.items() if w.startswith(prefix) for r in rows})
        assert list(stored.rows_with_prefix(prefix)) == expected
        assert list(memory.rows_with_prefix(prefix)) == expected
    assert list(stored.rows_of("qwxzvnotaword")) == []


def test_meeting_days_are_stored_with_the_index(store: ChunkStore, chunks) -> None:
    days = sorted({c.meeting_date.toordinal() for c in chunks})
    assert store.facts.meeting_days() == days
    assert list(store.meeting_ordinals) == days
    assert CorpusFacts.from_chunks(chunks).meeting_days() is None  # in memory: the column


def test_an_index_without_the_new_tables_reads_the_columns(chunks, tmp_path) -> None:
    import sqlite3

    write_chunks(tmp_path, chunks[:40])
    conn = sqlite3.connect(tmp_path / "facts.sqlite")
    conn.executescript("DROP TABLE word_rows; DROP TABLE meetings;")
    conn.close()
    old = ChunkStore(tmp_path, 40)
    assert old.facts.rows_of("asiel") is None and old.facts.meeting_days() is None
    assert list(old.meeting_ordinals) == sorted({c.meeting_date.toordinal() for c in chunks[:40]})


def test_attendee_orgs_are_the_distinct_entries_in_first_order(store: ChunkStore, chunks) -> None:
    # Issue 16 item 7: people_orgs reads each distinct (surname, organisation) once.
    entries = CorpusFacts.from_chunks(chunks).attendees()
    expected = list(dict.fromkeys(entries))
    assert store.facts.attendee_orgs() == CorpusFacts.from_chunks(chunks).attendee_orgs()
    assert store.facts.attendee_orgs() == expected
    assert len(expected) < len(entries)  # the same people at several meetings


def test_present_lists_are_the_aanwezig_lists_of_the_headers(store: ChunkStore, chunks) -> None:
    # Issue 16 item 7: rule person_present reads the lists of a period, no header decoded.
    from lrt_search.answer.attendance import attendee_lists

    expected = [
        (c.meeting_date.toordinal(), people)
        for c in chunks
        if c.kind == "header"
        for label, people in attendee_lists(c.text)
        if label.lower() == "aanwezig"
    ]
    assert expected
    memory = CorpusFacts.from_chunks(chunks)
    assert store.facts.present_lists(None, None) == memory.present_lists(None, None) == expected
    day = expected[-1][0]
    assert store.facts.present_lists(day, day) == [e for e in expected if e[0] == day]
    assert store.facts.present_lists(day + 1, None) == []
    assert store.facts.present_lists(None, day - 1) == [e for e in expected if e[0] < day]


def test_an_index_without_the_attendee_tables_reads_the_entries(chunks, tmp_path) -> None:
    import sqlite3

    write_chunks(tmp_path, chunks[:40])
    conn = sqlite3.connect(tmp_path / "facts.sqlite")
    conn.executescript("DROP TABLE attendee_orgs; DROP TABLE present_lists;")
    conn.close()
    old = ChunkStore(tmp_path, 40)
    assert old.facts.present_lists(None, None) is None
    assert old.facts.attendee_orgs() == list(dict.fromkeys(old.facts.attendees()))


def test_stem_rows_are_the_chunks_writing_each_group(store: ChunkStore, chunks) -> None:
    # Issue 16 item 7: rule group_speaker_subject reads these rows, it no longer lower-cases
    # every chunk on a question; they must be the rows that scan found.
    from lrt_search.index.chunkstore import MemoryChunks
    from lrt_search.search.group_speaker import all_stems, rows_writing, stems_of

    lower = [c.text.lower() for c in chunks]
    for stem in all_stems():
        expected = [i for i, t in enumerate(lower) if stem in t]
        assert store.rows_holding([stem]).tolist() == expected  # type: ignore[union-attr]
    assert any(store.rows_holding([s]).size for s in all_stems())  # type: ignore[union-attr]
    for code in ("VNG", "IPO", "Aedes", "VR"):
        assert np.array_equal(store.rows_holding(stems_of([code])), rows_writing(lower, [code]))
    assert store.rows_holding(["qwxzvnotastem"]) is None  # not stored: the caller scans
    assert MemoryChunks(chunks).rows_holding(all_stems()) is None
