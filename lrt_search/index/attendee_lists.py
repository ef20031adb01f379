"""The attendee lists of a header chunk ("Aanwezig", "Afwezig"), as the minutes write them: read
by the corpus facts (:mod:`lrt_search.index.facts`), the statements of absence
(:mod:`lrt_search.index.absence_lines`) and the attendance answers."""

from __future__ import annotations

import re

from ..lazyre import lazy

# An attendee list as the minutes write it: "Aanwezig<tab>Dhr. ...", "Aanwezig: ...", or
# "Aanwezig" with one person a line below it; it ends at the next "Label<tab>value" line.
_LIST = lazy(r"^(aanwezig|afwezig)\b\s*:?\s*(.*)$", re.I)
_KEY_LINE = lazy(r"^[A-Z][\w -]*(?:\t|:\s)")


def attendee_lists(text: str) -> list[tuple[str, str]]:
    """``(label, people)`` of each attendee list in a header chunk's text; the people are the
    list's lines joined by a space (source text once white space is collapsed)."""
    out: list[tuple[str, list[str]]] = []
    current: list[str] | None = None
    for line in text.split("\n"):
        m = _LIST.match(line)
        if m:
            current = [m.group(2)] if m.group(2).strip() else []
            out.append((m.group(1), current))
        elif current is not None and not _KEY_LINE.match(line):
            current.append(line)
        else:
            current = None
    return [(label, " ".join(p.strip() for p in lines)) for label, lines in out if lines]


__all__ = ["attendee_lists"]
