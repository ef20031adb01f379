"""Parse the body of the minutes (after the preamble, ``preamble.py``) into agenda items and
statements.

This is the part that knows how LRT minutes are built: numbered agenda items (``1.``, ``2a.``,
a merged ``2. ... 3. ... 4. ...`` heading), unnumbered sections (``Spreidingswet``, ``Wvttk``)
and, inside an item, sub-headings (``Opvang``, ``Huisvesting``), bullets and table rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..lazyre import lazy
from ..lexicon.organisations import OrgTable
from ..models import AgendaItem, Span, Statement, StatementKind
from .cleaning import Line, starts_list_item
from .headings import Heading, match_heading, ocr_heading_number, split_titles, wrap_width
from .people import People
from .register_tables import is_header_row, opens_list, row_start
from .speaker_blocks import Row, attribute_item
from .statement_kinds import statement_kind

_LIST_ITEM = lazy(r"^\d{1,2}[.)]\s+\S")
_CLOSING_SECTIONS = lazy(r"^(?:w\.?v\.?t\.?t\.?k\.?|rondvraag|sluiting)\b", re.I)
_SENTENCE_END = (".", "!", "?", ":", ";", ")")
_NUMBER_TAIL = lazy(r"^\d[\w/-]*(?:\s+\d[\w/-]*)?$")  # "2023", "2023-II", "17 2023"
_NOTE = lazy(r"^(?:\(.*\)|Bijlagen?\s*:.*)$")


@dataclass
class _Stmt:
    parts: list[str]
    span: Span
    level: int
    section: str | None
    kind: StatementKind | None = None  # a row of an action or decision list

    @property
    def text(self) -> str:
        return " ".join(self.parts)


@dataclass
class _Item:
    number: str | None
    titles: list[str]
    span: Span
    statements: list[_Stmt] = field(default_factory=list)
    sectioned: bool = False
    section: str | None = None
    heading_open: bool = False  # a heading that may continue on the next line
    last_line: str = ""  # the heading's last printed line


def kind_of(text: str) -> StatementKind:
    """A statement's kind: a decision or action its words mark, a note, or a statement."""
    marked = statement_kind(text)
    if marked is not None:
        return marked
    if _NOTE.match(text):
        return "note"
    return "statement"


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_SENTENCE_END)


def _is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _looks_like_subheading(line: Line, previous_text: str | None) -> bool:
    text = line.text
    if line.bullet is not None or len(text.split()) > 5 or not text[0].isupper():
        return False
    if text.endswith((".", ",", ";", ":", "!", "?", ")")) or "(" in text or ":" in text:
        return False
    return previous_text is None or _ends_sentence(previous_text)


class _BodyParser:
    def __init__(self, width: float | None = None) -> None:
        self.width = width  # where the body's lines wrap (characters), None for unwrapped text
        self.items: list[_Item] = []
        self.num = 0
        self.sub: str | None = None
        self.stmt: _Stmt | None = None
        self.list_number: int | None = None  # of the last numbered list item in this item
        self.in_table = False  # the last line was a row of a table
        self.register: StatementKind | None = None  # the rows' kind of an open action list
        self.row = 0  # the number of that list's last row

    @property
    def item(self) -> _Item | None:
        return self.items[-1] if self.items else None

    def heading(self, line: Line) -> bool:
        m = match_heading(line.text)
        if not m or line.bullet is not None or self.shares_heading_line(line):
            return False
        num, sub = m.num, m.sub
        if self.items and self.num == 0 and num != 1:
            return False
        if self.continues_list(m):
            return False
        if sub:
            expected = "a" if self.sub is None else chr(ord(self.sub) + 1)
            fits = (num == self.num and sub == expected) or (num == self.num + 1 and sub == "a")
        else:
            fits = num == self.num + 1 or (not self.items and num >= 1)
        if not fits:
            return False
        title = m.title.strip()
        titles, more = split_titles(title)
        self.num, self.sub = num, sub
        label = m.label
        if more and more == list(range(num + 1, num + 1 + len(more))):
            label = f"{num}-{more[-1]}"
            self.num = more[-1]
        elif more:
            titles = [title]
        self.items.append(_Item(label, titles, line.span, heading_open=True, last_line=line.text))
        self.stmt = None
        self.list_number = None
        return True

    def continues_list(self, m: Heading) -> bool:
        """Whether a numbered line is the next item of a numbered list in the current agenda
        item ("1. ...", "2. ..." then "3. ..."), not the next agenda item: the number follows
        the list's, and no label or capitals mark it as a heading."""
        return (
            self.list_number is not None
            and not m.labelled
            and m.sub is None
            and m.num == self.list_number + 1
            and not _is_all_caps(m.title)
        )

    def shares_heading_line(self, line: Line) -> bool:
        """Whether ``line`` starts on the printed line the open heading ends on: a word broken
        there was joined to the heading ("... Fle-" / "xibilisering Asielketen", "STATUSHOU-" /
        "DERS 3. PAKKET ..."), and the rest of that line is the heading's too."""
        item = self.item
        return (
            item is not None
            and item.heading_open
            and not item.statements
            and line.bullet is None
            and line.span.line_start <= item.span.line_end
        )

    def overflows(self, item: _Item, line: Line) -> bool:
        """Whether a short title-like line is the heading's next printed line: its first word
        did not fit on the heading's line ("3. Versnelling implementatie Uitvoeringsagenda" /
        "Flexibilisering Asielketen" in a narrow column), so a new line was begun for it."""
        if self.width is None or _is_all_caps(item.titles[0]) or item.statements:
            return False
        if not _looks_like_subheading(line, None):
            return False
        return len(item.last_line) + 1 + len(line.text.split()[0]) > self.width

    def continue_heading(self, line: Line) -> bool:
        item = self.item
        if not item or not item.heading_open or line.bullet is not None:
            return False
        caps = _is_all_caps(item.titles[0])
        # "... huisvesting en" / "integratie"; "... FEBRUARI" / "2023", "huisvesting" / "2023-II"
        wrapped = (not caps and line.text[:1].islower()) or bool(_NUMBER_TAIL.match(line.text))
        shares = self.shares_heading_line(line) or self.overflows(item, line)
        if item.statements or not (shares or wrapped or (caps and _is_all_caps(line.text))):
            item.heading_open = False
            return False
        item.last_line = line.text
        if wrapped and not shares:
            item.titles[-1] = f"{item.titles[-1]} {line.text}"
            item.span = item.span.merge(line.span)
            return True
        first = int(re.match(r"\d+", item.number or "0").group(0))  # type: ignore[union-attr]
        raw = self._heading_text(item, first) + " " + line.text
        titles, more = split_titles(raw)
        item.titles = titles
        if more and more == list(range(first + 1, first + 1 + len(more))):
            item.number = f"{first}-{more[-1]}"
            self.num = more[-1]
        item.span = item.span.merge(line.span)
        return True

    @staticmethod
    def _heading_text(item: _Item, first: int) -> str:
        parts = [item.titles[0]]
        for offset, title in enumerate(item.titles[1:], start=1):
            parts.append(f"{first + offset}. {title}")
        return " ".join(parts)

    def unnumbered(self, line: Line, nxt: Line | None = None) -> bool:
        item = self.item
        previous = self.stmt.text if self.stmt else None
        if item is None or not _looks_like_subheading(line, previous):
            return False
        if nxt is not None and nxt.bullet is None and nxt.text[:1].islower():
            return False  # a short line whose sentence goes on: "Hiervoor zullen ..." / "genomen"
        substantive = [s for s in item.statements if kind_of(s.text) != "note"]
        closing = bool(_CLOSING_SECTIONS.match(line.text))
        if not closing and (item.sectioned or not substantive):
            item.sectioned = True
            item.section = line.text
            item.span = item.span.merge(line.span)
        else:
            self.items.append(_Item(None, [line.text], line.span))
        self.stmt = None
        return True

    def text_line(self, line: Line) -> None:
        item = self.item
        if item is None:
            return
        item.heading_open = False
        stmt = self.stmt
        starts_new = (
            line.bullet is not None
            or stmt is None
            or starts_list_item(stmt.text, line)
            or (line.gap_before and _ends_sentence(stmt.text) and line.text[:1].isupper())
        )
        if starts_new:
            level = line.bullet if line.bullet is not None else 0
            if line.bullet is None and _LIST_ITEM.match(line.text):
                level = 1
                self.list_number = int(re.match(r"\d+", line.text).group(0))  # type: ignore[union-attr]
            self.stmt = _Stmt([line.text], line.span, level, item.section)
            item.statements.append(self.stmt)
        else:
            assert stmt is not None
            stmt.parts.append(line.text)
            stmt.span = stmt.span.merge(line.span)
        item.span = item.span.merge(line.span)

    def table_row(self, line: Line, nxt: Line | None) -> bool:
        """A row of a table, read as text ("Organisatie Taakstelling Gerealiseerd" / "Gemeente
        Utrecht 1200 800"): short lines that end no sentence, one after another, are rows (each
        its own statement), not sub-headings that replace each other."""
        if self.item is None or line.bullet is not None:
            return False
        if self.in_table:
            return not _ends_sentence(line.text) and len(line.text.split()) <= 12
        title_like = _looks_like_subheading(line, None)
        return (
            title_like
            and nxt is not None
            and _looks_like_subheading(nxt, None)
            and match_heading(nxt.text) is None
        )

    def register_list(self, line: Line, nxt: Line | None) -> bool:
        """A line of an action or decision list that closes the minutes as a table (its title,
        header row or a row: :mod:`.register_tables`); the list is an item of its own."""
        kind = opens_list(line.text, nxt.text if nxt else None) if self.items else None
        if kind is not None:
            self.items.append(_Item(None, [line.text.strip(" :")], line.span))
            self.register, self.row, self.stmt = kind, 0, None
            return True
        if self.register is None:
            return False
        item = self.items[-1]
        item.span = item.span.merge(line.span)
        if self.row == 0 and self.stmt is None and is_header_row(line.text):
            return True
        text = row_start(line.text, self.row + 1)
        if text is not None or self.stmt is None:
            self.row += text is not None
            self.stmt = _Stmt([text or line.text], line.span, 0, None, self.register)
            item.statements.append(self.stmt)
        else:
            self.stmt.parts.append(line.text)
            self.stmt.span = self.stmt.span.merge(line.span)
        return True

    def feed(self, line: Line, nxt: Line | None = None) -> None:
        if self.register_list(line, nxt):
            return
        if line.span.ocr and line.bullet is None and self.items:
            line = replace(line, text=ocr_heading_number(line.text, self.num + 1))
        if self.heading(line):
            self.in_table = False
            return
        if self.continue_heading(line):
            return
        self.in_table = self.table_row(line, nxt)
        if self.in_table:
            self.stmt = None  # each row its own statement
            self.text_line(line)
            return
        if self.unnumbered(line, nxt):
            return
        self.text_line(line)


def parse_body(
    lines: list[Line],
    table: OrgTable,
    people: People | None = None,
    *,
    presentation: bool = True,
    between: bool = True,
) -> tuple[AgendaItem, ...]:
    """Agenda items with their statements (speakers attributed; ``people``: the attendees;
    ``presentation``, ``between``: the rules of :mod:`.speaker_blocks`)."""
    parser = _BodyParser(wrap_width(lines))
    for index, line in enumerate(lines):
        parser.feed(line, lines[index + 1] if index + 1 < len(lines) else None)
    items = []
    for item in parser.items:
        rows = [Row(s.text, s.level, s.section, s.kind or kind_of(s.text)) for s in item.statements]
        speakers = attribute_item(rows, table, people, presentation=presentation, between=between)
        statements = tuple(
            Statement(
                text=s.text,
                span=s.span,
                speakers=who,
                kind=row.kind,
                level=s.level,
                section=s.section,
            )
            for s, row, who in zip(item.statements, rows, speakers, strict=True)
        )
        items.append(AgendaItem(item.number, tuple(item.titles), item.span, statements))
    return tuple(items)
