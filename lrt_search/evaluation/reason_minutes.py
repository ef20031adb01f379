"""The minutes as the reason checker reads them (:mod:`.reason_truth`), independently of the
checks that gave the reasons: every chunk's words, every statement with its meeting date,
index terms and speakers, the header chunks, and the period a reason names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..answer.names import has_phrase, name_forms
from ..index.analysis import words


@dataclass(frozen=True)
class Said:
    """One statement of the minutes: its meeting date, text, words, index terms and speakers
    (organisation codes)."""

    date: dt.date
    text: str
    words: tuple[str, ...]
    terms: frozenset[str]
    speakers: frozenset[str]


class Minutes:
    """The minutes of an engine as the checker reads them: every chunk's words, every
    statement with its terms and speakers, the header chunks."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.texts = [words(c.text) for c in engine.chunks]
        resolve = engine.orgs.resolve
        self.said = [
            Said(c.meeting_date, s.text, tuple(words(s.text)),
                 frozenset(engine.analyzer.tokenize(s.text)),
                 frozenset(resolve(x) or x for x in s.speakers))
            for c in engine.chunks
            for s in c.statements
        ]  # fmt: skip
        self.headers = [c for c in engine.chunks if c.kind == "header"]
        self._forms: dict[str, tuple[tuple[tuple[str, ...], ...], frozenset[str]]] = {}

    def name_forms(self, name: str) -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
        """The forms ``ask``'s name checks find ``name`` by (:func:`.answer.names.name_forms`:
        as written, its glossary terms and their Dutch synonyms, as folded word sequences) and
        the organisation codes it names: one reading of a name for the answer and its checker."""
        if name not in self._forms:
            _, forms, codes = name_forms(self.engine, name)
            code = self.engine.orgs.resolve(name)
            self._forms[name] = forms, codes | ({code} if code else set())
        return self._forms[name]

    def holds_name(self, text: list[str] | tuple[str, ...], name: str) -> bool:
        """Whether the words ``text`` hold ``name`` in one of its :meth:`name_forms`."""
        return any(has_phrase(list(text), form) for form in self.name_forms(name)[0])

    def occurs(self, phrase: str) -> bool:
        """Whether the words of ``phrase`` stand together in some chunk."""
        return any(_holds(t, phrase) for t in self.texts)

    def codes(self, names: Iterable[str]) -> set[str]:
        """The organisation codes of ``names`` (a name no organisation has stays itself)."""
        return {self.engine.orgs.resolve(n) or n for n in names}

    def statements(self, params: dict) -> list[Said]:
        """The statements a reason with ``params`` speaks of: by its ``speaker`` (codes joined
        by ", ") when it names one, of its ``period`` when it names one (else of every
        meeting: a reason that names no period speaks of the whole minutes)."""
        speaker = params.get("speaker")
        lo, hi = _period(str(params.get("period") or ""))
        codes = self.codes(speaker.split(", ")) if speaker else set()
        held = params.get("held") or {}  # rule office_holders_per_meeting: code -> its dates
        return [
            s for s in self.said
            if lo <= s.date <= hi and (not codes or any(
                c not in held or s.date.isoformat() in held[c] for c in codes & s.speakers
            ))
        ]  # fmt: skip


def _holds(text: list[str] | tuple[str, ...], phrase: str) -> bool:
    seq = words(phrase)
    n = len(seq)
    return bool(seq) and any(list(text[i : i + n]) == seq for i in range(len(text) - n + 1))


def _period(period: str) -> tuple[dt.date, dt.date]:
    """The first and last day of a reason's ``period`` ("2023-11-03", "2023-01-01 to
    2023-12-31", "2023-01-01 to": from then on, " to 2023-12-31": until then; "": always)."""
    since, sep, until = period.partition(" to ")
    lo = dt.date.fromisoformat(since.strip()) if since.strip() else dt.date.min
    if not sep:
        return lo, (lo if since.strip() else dt.date.max)
    return lo, dt.date.fromisoformat(until.strip()) if until.strip() else dt.date.max
