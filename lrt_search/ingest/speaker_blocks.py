"""Speakers a reader carries from one bullet to the next (issue 16, task B2).

``speakers.attribute`` reads each statement on its own (plus sub-bullets and "Hij/Zij"). A
reader also reads two longer stretches as one speaker's words:

* rule presentation_block: "COA geeft een toelichting op de stand van zaken" (a verb of
  presenting, ``presenting`` in ``speech.toml``) opens that body's presentation; the bullets
  after it that name no speaker are its explanation, until a bullet names a speaker, a decision,
  action or note, a new sub-heading ("Huisvesting") or a bullet that reports the floor's
  questions ("Er zijn wat vragen over ...", ``speech_nouns``);
* rule between_same: a bullet naming nobody between two plain bullets (no decision or action)
  of the same speaker ("VB geeft aan ..." / "Van belang dat ..." / "VB wil niet ...") is that
  speaker's too, unless the first asks a question ("CdK vraagt wanneer ...": the answer).

Sub-bullets of a bullet given a speaker here take it, as ``attribute`` gives them their parent's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..lazyre import lazy
from ..lexicon.organisations import OrgTable
from ..lexicon.wordlists import alternation
from ..models import StatementKind
from .people import People
from .speakers import attribute, is_attendance, sentence_speakers, split_sentences

_PRESENTING = lazy(rf"\b{alternation('speech', 'presenting')}\b", re.I)
# "Er zijn wat vragen over ...", "Er is kritiek op ...": the floor, not the presenter.
_FLOOR = lazy(
    rf"^Er\s+(?:is|zijn|was|waren|worden|wordt)\s+(?:[\w'’]+\s+){{0,2}}?"
    rf"{alternation('speech', 'speech_nouns')}\b",
    re.I,
)

_QUESTION_WORDS = alternation("function_words", "question_words_nl")
_ASKS = lazy(
    rf"\?|\bvr(?:aa|oe)g\w*\s+(?:[\w'’]+\s+){{0,3}}?"
    rf"(?:{_QUESTION_WORDS}|{alternation('speech', 'asks_after')})\b",
    re.I,
)


@dataclass(frozen=True)
class Row:
    """One statement of an agenda item as the carrying rules see it."""

    text: str
    level: int
    section: str | None = None
    kind: StatementKind = "statement"


def _presenter(text: str, table: OrgTable, people: People | None) -> tuple[str, ...]:
    """Who presents in ``text``: the speakers of its sentence with a verb of presenting."""
    for sentence in split_sentences(text):
        if _PRESENTING.search(sentence):
            named = sentence_speakers(sentence, table, people)
            if named:
                return tuple(named)
    return ()


def _may_take(row: Row) -> bool:
    """Whether a statement naming nobody may take a carried speaker."""
    sentences = split_sentences(row.text)
    return (
        row.kind == "statement"
        and not _FLOOR.match(row.text.strip())
        and not any(is_attendance(s) for s in sentences)
    )


def attribute_item(
    rows: Sequence[Row],
    table: OrgTable,
    people: People | None = None,
    *,
    presentation: bool = True,
    between: bool = True,
) -> list[tuple[str, ...]]:
    """Speakers of each statement of one agenda item: ``attribute``, then :func:`carry`."""
    found = attribute([(row.text, row.level) for row in rows], table, people)
    return carry(rows, found, table, people, presentation=presentation, between=between)


def carry(
    rows: Sequence[Row],
    speakers: Sequence[tuple[str, ...]],
    table: OrgTable,
    people: People | None = None,
    *,
    presentation: bool = True,
    between: bool = True,
) -> list[tuple[str, ...]]:
    """``speakers`` (from ``attribute``) with the rules above applied to one agenda item."""
    out = list(speakers)
    if presentation:
        _presentation_block(rows, out, table, people)
    if between:
        _between_same(rows, out)
    parent: tuple[str, ...] = ()
    for index, row in enumerate(rows):  # sub-bullets take what their bullet was given
        if row.level == 0:
            parent = out[index]
        elif not out[index] and parent and _may_take(row):
            out[index] = parent
    return out


def _presentation_block(
    rows: Sequence[Row], out: list[tuple[str, ...]], table: OrgTable, people: People | None
) -> None:
    presenter: tuple[str, ...] = ()
    section: str | None = None
    for index, row in enumerate(rows):
        if row.level > 0:
            continue
        if out[index]:
            # The presenter named again ("COA belt momenteel ...") goes on presenting.
            going_on = out[index] == presenter and row.section == section
            presenter = _presenter(row.text, table, people) or (presenter if going_on else ())
            section = row.section
        elif presenter and row.section == section and _may_take(row):
            out[index] = presenter
        else:
            presenter = ()


def _between_same(rows: Sequence[Row], out: list[tuple[str, ...]]) -> None:
    top = [i for i, row in enumerate(rows) if row.level == 0]
    for before, middle, after in zip(top, top[1:], top[2:], strict=False):
        # "Actie: VB en ... hebben contact" after VB's question and its answer is no statement
        # of VB's: both neighbours must be plain statements.
        # A bullet after a question ("CdK vraagt wanneer ...") is its answer, not the asker's.
        plain = rows[before].kind == rows[after].kind == "statement"
        plain = plain and not _ASKS.search(rows[before].text)
        same = plain and out[before] and out[before] == out[after]
        one_section = rows[before].section == rows[middle].section == rows[after].section
        if same and one_section and not out[middle] and _may_take(rows[middle]):
            out[middle] = out[before]
