"""Footnote marks in a PDF's text layer: a word processor prints a footnote's reference as a
small raised number glued to the word before it ("vervangen door DGSZI.¹"), which the text layer
gives as a plain digit ("DGSZI.1"), so the statement no longer reads as written and its last word
or number changes ("2023" + "1"). The raised numbers are found by their layout: digits in a font
less than :data:`SMALLER` times the size of the character before them, standing above its
baseline, with no space between."""

from __future__ import annotations

from typing import Any

from ..lazyre import lazy
from .drawn_marks import _WRITTEN_BULLET
from .page_chars import page_chars

SMALLER = 0.8  # a note mark's font size, at most this share of the text's before it
MASK = "\x00"  # what a note mark's digits are replaced with until the page's text is done


def note_mark_positions(text: str, textpage: Any) -> list[int]:
    """The positions in ``text`` (a page's text as PDFium reads it from ``textpage``, a text
    page or its :class:`PageChars`) of the digits of footnote reference marks. None when the
    characters cannot be told apart."""
    chars = page_chars(textpage)
    if not chars.fits(text):
        return []
    out: list[int] = []
    i = 1
    while i < len(text):
        if not text[i].isdigit() or text[i - 1].isspace() or text[i - 1].isdigit():
            i += 1
            continue
        end = i
        while end < len(text) and text[end].isdigit() and end - i < 3:
            end += 1
        size = chars.size(i)
        before = chars.size(i - 1)
        raised = chars.box(i)[1] > chars.box(i - 1)[1] + 0.5
        if 0 < size < SMALLER * before and raised and (end == len(text) or not text[end].isalnum()):
            out.extend(range(i, end))
        i = end
    return out


def masked(text: str, positions: list[int]) -> str:
    """``text`` with the characters at ``positions`` replaced by :data:`MASK` (same length, so
    other readers of the page's characters still index it)."""
    if not positions:
        return text
    chars = list(text)
    for position in positions:
        chars[position] = MASK
    return "".join(chars)


_NOTE_START = lazy(r"^\s*(\d{1,3})\s?(?=[^\W\d_])")
_NUMBER_ITEM = lazy(r"^(?:\d{1,2}[a-z]?|[a-z])[.)]\s")
_SENTENCE_END = lazy(r"[.!?;:)]\s*$")


def with_notes_in_place(text: str, marks: list[int], raw: str) -> str:
    """``text`` (a page's lines, its note marks removed; line for line the page's ``raw`` text)
    with each footnote moved from the page's foot to just after the sentence that holds its
    mark (``marks``: the marks' positions in ``raw``), its number dropped. A footnote is a line
    below the page's last mark that starts with a mark's number ("1Zie de bijlage", "1 Zie")
    and the lines after it up to the next footnote or the page's last line (its footer). Left
    where it stands when no line from the mark's on ends a sentence before the notes: a
    statement that runs on to the next page is no longer cut by the notes between."""
    if not marks:
        return text
    lines = text.split("\n")
    by_line: dict[int, list[str]] = {}
    for number, line in _mark_numbers(raw, marks):
        by_line.setdefault(line, []).append(number)
    numbers = {n for found in by_line.values() for n in found}
    in_order = [n for _, found in sorted(by_line.items()) for n in found]
    candidates = [
        (i, m[1])
        for i in range(max(by_line) + 1, len(lines))
        if (m := _NOTE_START.match(lines[i])) and m[1] in numbers
    ]
    # the notes are the page's last lines to start with the marks' numbers, in the marks' order
    # ("2a. Governance", a heading below the last mark, is no note 2 when note 2 follows)
    tail = candidates[-len(in_order) :]
    if len(set(in_order)) < len(in_order) or [n for _, n in tail] != in_order:
        return text
    starts = dict(tail)
    order = sorted(starts)
    notes: dict[str, list[str]] = {}
    for k, i in enumerate(order):
        end = max(order[k + 1] if k + 1 < len(order) else len(lines) - 1, i + 1)
        notes[starts[i]] = [_NOTE_START.sub("", lines[i]), *lines[i + 1 : end]]
    first_note = order[0]
    placed: dict[int, list[str]] = {}
    for row, found in sorted(by_line.items()):
        after = next((j for j in range(row, first_note) if _SENTENCE_END.search(lines[j])), None)
        if after is None:
            return text
        for number in found:
            placed.setdefault(after, []).extend(_as_paragraph(notes[number], lines, after))
    moved = {j for i in order for j in range(i, i + len(notes[starts[i]]))}
    out: list[str] = []
    for i, kept in enumerate(lines):
        if i not in moved:
            out.append(kept)
            out.extend(placed.get(i, []))
    return "\n".join(out)


def _as_paragraph(note: list[str], lines: list[str], end: int) -> list[str]:
    """A note's lines as they go after line ``end``: a paragraph of their own (blank lines
    around them) when the paragraph ends there (the next line starts a list item or there is
    none), else lines of the paragraph they stand in."""
    if end + 1 >= len(lines) or _starts_item(lines[end + 1].lstrip()):
        return ["", *note, ""]
    return note


def _starts_item(line: str) -> bool:
    """The line starts a list item: a bullet, a list number or letter, an item number."""
    private_use = bool(line) and "\ue000" <= line[0] <= "\uf8ff"  # Word's symbol-font bullets
    return private_use or bool(_WRITTEN_BULLET.match(line) or _NUMBER_ITEM.match(line))


def _mark_numbers(raw: str, marks: list[int]) -> list[tuple[str, int]]:
    """Each note mark's number and the line (of ``raw``) it stands on."""
    out: list[tuple[str, int]] = []
    start = None
    for k, position in enumerate(marks):
        start = position if start is None else start
        if k + 1 == len(marks) or marks[k + 1] != position + 1:
            out.append((raw[start : position + 1], raw.count("\n", 0, start)))
            start = None
    return out
