"""Corpus facts computed once when an index is written, so no question decodes every chunk.

``facts.sqlite`` holds what answering derives from the whole corpus:

- ``words``: every surface word of the chunk texts (:func:`~lrt_search.index.analysis.words`),
  indexed, so a membership test or a prefix lookup ("oekra" -> "oekraine", "oekrainers") reads
  a few rows instead of tokenising 100k chunks (17 s at that size);
- ``spellings``: every word of the chunk texts as written (lower case, accents kept) with its
  count and length, the vocabulary of spelling suggestions ("spreidinswet" -> "spreidingswet");
- ``attendees``: the ``(surname, organisation as written)`` entries of the attendee lists of
  the header chunks ("Mw. Faber (AenM, voorzitter)" -> ``("faber", "AenM")``), in chunk
  order; the organisation is resolved through the alias table when it is read, so a changed
  alias table needs no rebuild;
- ``word_rows``: each surface word with the rows of the chunks holding it (int32 bytes), so a
  check that needs the statements naming a word reads those chunks only (rule
  ``reason_names_minutes``, :mod:`lrt_search.answer.names_reason`);
- ``meetings``: the days (``date.toordinal()``) meetings were held on, sorted;
- ``attendee_orgs``: the distinct ``attendees`` pairs in the order of their first entry (what
  :func:`~lrt_search.answer.attendance.people_orgs` resolves, a few hundred rows instead of one
  per entry of every meeting);
- ``present_lists``: the people of each "Aanwezig" list of each header chunk with its meeting
  day, in chunk order (rule ``person_present`` reads the lists of a period without decoding
  its header chunks);
- ``absence_lines``: each statement of absence with its meeting day, for rule
  ``absence_stated`` (:mod:`lrt_search.index.absence_lines`);
- ``named_rows``: each organisation's rows of the chunks with a statement that mentions it or
  that it speaks, for rule ``reason_names_minutes`` (:mod:`lrt_search.index.named_rows`);
- ``stem_rows``: the rows of the chunks whose text writes a group's stem ("gemeente"), for rule
  ``group_speaker_subject`` (:mod:`lrt_search.index.stem_rows`);
- ``register``: every decision and action with the organisations that must act, so
  ``decisions`` reads rows instead of parsing statements
  (:mod:`lrt_search.answer.stored_decisions`, which writes and reads that table).

:class:`CorpusFacts` reads the file; :meth:`CorpusFacts.from_chunks` computes the same facts in
memory (for an index being built, or chunks that were never written).
"""

from __future__ import annotations

import re
import sqlite3
import sys
import threading
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from ..lazyre import lazy
from ..models import Chunk
from .absence_lines import AbsenceLine, read_absence_lines, write_absence_lines
from .analysis import words
from .attendee_lists import attendee_lists
from .capital_words import read_capital_words, write_capital_words
from .lookup import connect_readonly
from .named_rows import read_named_rows, write_named_rows
from .rowsets import grouped_blobs, sorted_unique
from .spelling_keys import read_spelling_keys, write_spelling_keys
from .stem_rows import read_stem_rows, write_stem_rows
from .titled_pairs import read_titled_rows, write_titled_pairs

if TYPE_CHECKING:
    import numpy as np

FILE = "facts.sqlite"
_SCHEMA = """
CREATE TABLE words (word TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE attendees (entry INTEGER PRIMARY KEY, surname TEXT NOT NULL, org TEXT NOT NULL);
CREATE TABLE spellings (word TEXT PRIMARY KEY, n INTEGER NOT NULL, len INTEGER NOT NULL);
CREATE INDEX spellings_by_length ON spellings (len);
CREATE TABLE word_rows (word TEXT PRIMARY KEY, rows BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE meetings (day INTEGER PRIMARY KEY);
CREATE TABLE attendee_orgs (entry INTEGER PRIMARY KEY, surname TEXT NOT NULL, org TEXT NOT NULL);
CREATE TABLE present_lists (entry INTEGER PRIMARY KEY, day INTEGER NOT NULL, people TEXT NOT NULL);
CREATE INDEX present_by_day ON present_lists (day);
"""
#: A word as written, for spelling suggestions: letters, inner digits or hyphens allowed.
SPELLING_WORD = lazy(r"[^\W\d_][\w-]*[^\W\d_]", re.UNICODE)
#: One attendee entry, "Name (ORG, role)" (a second parenthesis allowed).
ENTRY = lazy(r"[^,()]*\([^()]*\)(?:\s*\([^()]*\))?")
_TITLES = lazy(r"^(?:dhr|mw|mevr|mr|mrs|ms|dr|drs|prof)\.?\s+", re.I)
_LAST = "\U0010ffff"


def attendee_entries(text: str) -> Iterator[tuple[str, str]]:
    """``(surname in lower case, organisation as written)`` of the attendee entries of a header
    chunk's text ("Mw. Faber (AenM, voorzitter)" -> ``("faber", "AenM")``)."""
    for m in ENTRY.finditer(text.replace("\n", ", ")):
        name, _, rest = m.group(0).partition("(")
        name = _TITLES.sub("", name.strip(" ,.:").split(": ")[-1]).strip()
        org = rest.split(")")[0].split(",")[0].strip()
        if name and org and name[0].isupper():
            yield name.split()[-1].lower(), org


#: ``(meeting day as an ordinal, people)`` of an "Aanwezig" list of a header chunk.
PresentList = tuple[int, str]


def _facts_of(
    chunks: Iterable[Chunk],
) -> tuple[dict[str, array[int]], list[tuple[str, str]], list[PresentList]]:
    """Every surface word with the rows of the chunks holding it (ascending), the attendee
    entries and the "Aanwezig" lists of the header chunks (in chunk order)."""
    vocab: dict[str, array[int]] = {}
    people: list[tuple[str, str]] = []
    present: list[PresentList] = []
    for row, chunk in enumerate(chunks):
        for word in set(words(chunk.text)):
            held = vocab.get(word)
            if held is None:
                held = vocab[word] = array("i")
            held.append(row)
        if chunk.kind == "header":
            people.extend(attendee_entries(chunk.text))
            day = chunk.meeting_date.toordinal()
            present.extend(
                (day, names)
                for label, names in attendee_lists(chunk.text)
                if label.lower() == "aanwezig"
            )
    return vocab, people, present


def distinct(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """``pairs`` without repeats, each in the place of its first occurrence."""
    return list(dict.fromkeys(pairs))


def _little_endian(rows: array[int]) -> bytes:
    if sys.byteorder != "little":
        rows = array("i", rows)
        rows.byteswap()
    return rows.tobytes()


def spelling_counts(chunks: Iterable[Chunk]) -> Counter[str]:
    """Every word of the chunk texts as written (lower case) with its count."""
    counts: Counter[str] = Counter()
    for chunk in chunks:
        counts.update(w.lower() for w in SPELLING_WORD.findall(chunk.text))
    return counts


def write_facts(
    folder: Path, chunks: Sequence[Chunk], organisations_file: Path | None = None
) -> None:
    """Compute the facts of ``chunks`` and write ``folder/facts.sqlite`` (the register's
    organisations through the alias table of ``organisations_file``)."""
    from ..answer.stored_decisions import write_register
    from ..search.group_speaker import all_stems

    vocab, people, present = _facts_of(chunks)
    spellings = spelling_counts(chunks)
    conn = sqlite3.connect(folder / FILE)
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.executescript(_SCHEMA)
        conn.executemany("INSERT INTO words VALUES (?)", ((w,) for w in sorted(vocab)))
        conn.executemany(
            "INSERT INTO word_rows VALUES (?, ?)",
            ((w, _little_endian(vocab[w])) for w in sorted(vocab)),
        )
        days = sorted({c.meeting_date.toordinal() for c in chunks})
        conn.executemany("INSERT INTO meetings VALUES (?)", ((d,) for d in days))
        conn.executemany("INSERT INTO attendees VALUES (?, ?, ?)", _numbered(people))
        conn.executemany("INSERT INTO attendee_orgs VALUES (?, ?, ?)", _numbered(distinct(people)))
        conn.executemany(
            "INSERT INTO present_lists VALUES (?, ?, ?)",
            ((i, day, names) for i, (day, names) in enumerate(present)),
        )
        conn.executemany(
            "INSERT INTO spellings VALUES (?, ?, ?)",
            ((w, n, len(w)) for w, n in sorted(spellings.items())),
        )
        write_spelling_keys(conn, spellings)  # rules spelling_read_first, spelling_joins
        write_register(conn, chunks, organisations_file)
        write_stem_rows(conn, chunks, all_stems())  # rule group_speaker_subject
        write_absence_lines(conn, chunks)  # rule absence_stated
        write_named_rows(conn, chunks, organisations_file)  # rule reason_names_minutes
        write_titled_pairs(conn, chunks)  # rule spelling_read_first
        write_capital_words(conn, chunks)  # rule spoken_abbreviations
        conn.commit()
    finally:
        conn.close()


def speaker_blobs(pairs: set[tuple[str, int]]) -> list[tuple[str, bytes]]:
    """Each speaking organisation with the sorted rows of its chunks as int32 bytes: the
    ``--org`` filter (every ``ask`` about a speaker) reads one value per code instead of a row
    per chunk (at 100k chunks tens of thousands of rows)."""
    return grouped_blobs(pairs)


def _numbered(people: list[tuple[str, str]]) -> Iterator[tuple[int, str, str]]:
    for i, (surname, org) in enumerate(people):
        yield i, surname, org


class CorpusFacts:
    """The facts of an index: word membership, word prefixes, attendee entries."""

    def __init__(
        self,
        conn: sqlite3.Connection | None = None,
        vocab: dict[str, array[int]] | None = None,
        people: list[tuple[str, str]] | None = None,
        present: list[PresentList] | None = None,
    ) -> None:
        self._conn = conn
        self._vocab = vocab
        self._people = people
        self._present = present
        self._lock = threading.Lock()

    @classmethod
    def open(cls, folder: Path, fallback: Iterable[Chunk] | None = None) -> CorpusFacts:
        """The facts stored in ``folder/facts.sqlite``; without that file (an index written
        before the facts were) those of ``fallback`` when given, else ``FileNotFoundError``."""
        try:
            return cls(conn=connect_readonly(folder / FILE))
        except FileNotFoundError:
            if fallback is None:
                raise
            return cls.from_chunks(fallback)

    @classmethod
    def from_chunks(cls, chunks: Iterable[Chunk]) -> CorpusFacts:
        """The same facts computed in memory (reads every chunk once)."""
        vocab, people, present = _facts_of(chunks)
        return cls(vocab=vocab, people=people, present=present)

    def _rows(self, sql: str, args: tuple[object, ...] = ()) -> list[tuple[str, ...]]:
        assert self._conn is not None
        with self._lock:  # one engine may serve several threads
            return self._conn.execute(sql, args).fetchall()

    def __contains__(self, word: object) -> bool:
        """Whether ``word`` (folded, as :func:`words` gives it) occurs in a chunk text."""
        if not isinstance(word, str):
            return False
        if self._vocab is not None:
            return word in self._vocab
        return bool(self._rows("SELECT 1 FROM words WHERE word = ?", (word,)))

    def with_prefix(self, prefix: str, max_len: int | None = None) -> list[str]:
        """The corpus words that start with ``prefix`` (at most ``max_len`` characters long),
        sorted."""
        if self._vocab is not None:
            found = sorted(w for w in self._vocab if w.startswith(prefix))
        else:
            found = [
                w
                for (w,) in self._rows(
                    "SELECT word FROM words WHERE word >= ? AND word < ? ORDER BY word",
                    (prefix, prefix + _LAST),
                )
            ]
        return [w for w in found if max_len is None or len(w) <= max_len]

    def spellings(
        self, shortest: int, longest: int, holding: str = "", near: tuple[str, int] = ("", -1)
    ) -> list[tuple[str, int]] | None:
        """``(word as written, count)`` of the words of ``shortest`` to ``longest`` characters
        (see :func:`spelling_counts`), without the ASCII words that lack a letter of
        ``holding`` in lower case (words with other characters are kept) and, for ``near``
        ``(word, edits)``, without the words that lack more than ``edits`` of ``word``'s
        characters (each edit removes at most one: none of them is within ``edits`` edits of
        it), in the same order; None for an index written before they were stored."""
        if self._conn is None:
            return None
        held = " AND (length(CAST(word AS BLOB)) != length(word) OR instr(lower(word), ?) > 0)"
        letters = sorted(set(holding))
        sql = "SELECT word, n FROM spellings WHERE len BETWEEN ? AND ?" + held * len(letters)
        chars = sorted(set(near[0])) if near[1] >= 0 else []
        if chars:
            sql += " AND (" + " + ".join(["(instr(word, ?) = 0)"] * len(chars)) + ") <= ?"
        try:
            return [
                (w, int(n))
                for w, n in self._rows(
                    sql, (shortest, longest, *letters, *chars, *([near[1]] if chars else []))
                )
            ]
        except sqlite3.OperationalError:  # no such table
            return None

    def rows_with_prefix(self, prefix: str) -> np.ndarray | None:
        """The rows (sorted, unique) of the chunks holding a word (as :func:`words` gives it)
        that starts with ``prefix``; None for an index written before the table was."""
        return self._word_rows("word >= ? AND word < ?", (prefix, prefix + _LAST), prefix)

    def rows_of(self, word: str) -> np.ndarray | None:
        """The rows (sorted) of the chunks holding ``word`` (as :func:`words` gives it); None
        for an index written before the table was."""
        return self._word_rows("word = ?", (word,), word, exact=True)

    def _word_rows(
        self, where: str, args: tuple[str, ...], prefix: str, exact: bool = False
    ) -> np.ndarray | None:
        import numpy as np

        if self._vocab is not None:
            blobs = [
                np.frombuffer(_little_endian(rows), dtype="<i4")
                for w, rows in self._vocab.items()
                if (w == prefix if exact else w.startswith(prefix))
            ]
        else:
            try:
                found = self._rows(f"SELECT rows FROM word_rows WHERE {where}", args)
            except sqlite3.OperationalError:  # no such table
                return None
            blobs = [np.frombuffer(cast(bytes, blob), dtype="<i4") for (blob,) in found]
        if not blobs:
            return np.zeros(0, dtype=np.int64)
        return sorted_unique(np.concatenate(blobs)).astype(np.int64)

    def stem_rows(self, stems: Sequence[str]) -> np.ndarray | None:
        """The rows of the chunks whose lower-case text holds one of ``stems`` (table
        ``stem_rows``, :mod:`lrt_search.index.stem_rows`); None when not stored."""
        return None if self._conn is None else read_stem_rows(self._rows, stems)

    def absence_lines(self, since: int | None, until: int | None) -> list[AbsenceLine] | None:
        """The statements of absence of the meetings from day ``since`` to ``until`` (table
        ``absence_lines``); None when not stored."""
        return None if self._conn is None else read_absence_lines(self._rows, since, until)

    def named_rows(self, codes: Iterable[str], options: str) -> np.ndarray | None:
        """Rows of the chunks naming any of ``codes`` (table ``named_rows``,
        :mod:`lrt_search.index.named_rows`); None when not stored or other alias options."""
        return None if self._conn is None else read_named_rows(self._rows, codes, options)

    def titled_rows(self, pair: tuple[str, str]) -> np.ndarray | None:
        """Rows that may write ``pair`` title-cased (:mod:`lrt_search.index.titled_pairs`)."""
        return None if self._conn is None else read_titled_rows(self._rows, pair)

    def keyed_spellings(self, key: str, lengths: tuple[int, int]) -> list[tuple[str, int]] | None:
        """Spellings of ``key`` (:mod:`lrt_search.index.spelling_keys`); None if not stored."""
        return None if self._conn is None else read_spelling_keys(self._rows, key, *lengths)

    def capital_words(self) -> set[str] | None:
        """Words with a capital at each end (:mod:`lrt_search.index.capital_words`)."""
        return None if self._conn is None else read_capital_words(self._rows)

    def meeting_days(self) -> list[int] | None:
        """The days (ordinals) meetings were held on, sorted; None for an index written before
        they were stored (and for facts computed in memory)."""
        if self._conn is None:
            return None
        try:
            return [int(d) for (d,) in self._rows("SELECT day FROM meetings ORDER BY day")]
        except sqlite3.OperationalError:  # no such table
            return None

    def attendees(self) -> list[tuple[str, str]]:
        """``(surname, organisation as written)`` of every attendee entry, in chunk order."""
        if self._people is not None:
            return list(self._people)
        return [(s, o) for s, o in self._rows("SELECT surname, org FROM attendees ORDER BY entry")]

    def attendee_orgs(self) -> list[tuple[str, str]]:
        """The distinct :meth:`attendees` pairs, each in the place of its first entry."""
        if self._conn is not None:
            try:
                return [
                    (s, o)
                    for s, o in self._rows("SELECT surname, org FROM attendee_orgs ORDER BY entry")
                ]
            except sqlite3.OperationalError:  # no such table
                pass
        return distinct(self.attendees())

    def present_lists(self, since: int | None, until: int | None) -> list[PresentList] | None:
        """``(day, people)`` of the "Aanwezig" lists of the header chunks of the meetings from
        day ``since`` to ``until`` (ordinals; None: unbounded), in chunk order; None for an
        index written before they were stored."""
        low, high = -1 if since is None else since, sys.maxsize if until is None else until
        if self._present is not None:
            return [(d, p) for d, p in self._present if low <= d <= high]
        sql = "SELECT day, people FROM present_lists WHERE day BETWEEN ? AND ? ORDER BY entry"
        try:
            return [(int(d), p) for d, p in self._rows(sql, (low, high))]
        except sqlite3.OperationalError:  # no such table
            return None

    def close(self) -> None:
        """Close the database connection (if any)."""
        if self._conn is not None:
            self._conn.close()


def corpus_facts(chunks: Iterable[Chunk]) -> CorpusFacts:
    """The facts of an engine's chunks: those stored with the index for a chunk store, else
    computed once from the chunks (and kept on the sequence when it allows)."""
    found = getattr(chunks, "facts", None)
    if isinstance(found, CorpusFacts):
        return found
    return CorpusFacts.from_chunks(chunks)
