"""The action and decision lists that close some minutes as a table.

Ministries' minutes often end with an "Actielijst" (Nr | Actie | Wie | Wanneer) and a
"Besluitenlijst" (Nr | Besluit), as a table. In a PDF's text layer the table is a title line, a
header row and numbered rows whose cells follow each other ("1 VNG levert wijziging aan. Het
nieuwe verslag van de" / "LRT van 3 november ... meegestuurd." / "VNG 3 november"). A title of
``register_lists`` (``minutes.toml``) alone on a line, followed by a header row that starts
with a number column ("Nr", "Nr.", "No.", "#"), opens such a list: the header row is no
statement, and each row, from its number (the list's next one) to the next row, is a statement
of the list's kind ("action" or "decision"), without its number. The list is an unnumbered
item of its own, named by its title (:mod:`.parsing`); the register reads its rows
(:mod:`lrt_search.answer.decisions`).
"""

from __future__ import annotations

import re

from ..lazyre import lazy
from ..lexicon.wordlists import alternation, mapping
from ..models import StatementKind

_TITLE = lazy(rf"^\s*(?P<title>{alternation('minutes', 'register_lists')})\s*:?\s*$", re.I)
_HEADER = lazy(r"^\s*(?:nr|no|nummer|#)\b\.?\s+[A-Z]", re.I)
_ROW = lazy(r"^\s*(?P<number>\d{1,3})[.)]?\s+(?P<text>\S.*)$")


def list_kind(title: str) -> StatementKind | None:
    """The kind of statement the rows of a list titled ``title`` are ("Actielijst" ->
    ``"action"``), or ``None`` for no list title."""
    m = _TITLE.match(title)
    if m is None:
        return None
    kinds = {k.lower(): v for k, v in mapping("minutes", "register_lists").items()}
    return kinds.get(" ".join(m.group("title").lower().split()))


def opens_list(line: str, following: str | None) -> StatementKind | None:
    """The kind of the list that ``line`` opens: a list title followed by a header row with a
    number column; else ``None``."""
    if following is None or not _HEADER.match(following):
        return None
    return list_kind(line)


def is_header_row(line: str) -> bool:
    """Whether ``line`` is a table's header row that starts with a number column."""
    return _HEADER.match(line) is not None


def row_start(line: str, number: int) -> str | None:
    """The text of row ``number`` when ``line`` starts it ("3 VNG wordt ..." -> "VNG wordt
    ..."); ``None`` when it does not (a wrapped line of the row before, another number)."""
    m = _ROW.match(line)
    if m is None or int(m.group("number")) != number:
        return None
    return m.group("text")
