"""Downloads of search results and of the decisions register: CSV, Markdown and JSON.

CSV is UTF-8 with a byte-order mark (so that Excel reads the accents) and a chosen separator
(``;`` for a Dutch Excel, which takes ``,`` as the decimal comma); its header row holds the
field names of the JSON. Markdown headers and counts are in the output's language
(:mod:`lrt_search.interfaces.messages`).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .messages import TEXTS, citation_text, item_text

if TYPE_CHECKING:
    from ..answer.decisions import Register
    from ..models import Hit

#: The byte-order mark that tells Excel a CSV file is UTF-8.
BOM = "\ufeff"
FORMATS = ("csv", "md", "json")
REGISTER_COLUMNS = [
    "meeting_date", "item", "kind", "orgs", "text", "citation", "source",
    "line_start", "line_end", "page_start", "page_end",
]  # fmt: skip
HIT_COLUMNS = [
    "rank", "meeting_date", "item", "item_title", "speakers", "citation", "source",
    "line_start", "line_end", "text",
]  # fmt: skip


def to_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str], sep: str = ",") -> str:
    """``rows`` as CSV text with a BOM; lists are joined with ``;`` (``,`` when ``sep`` is
    ``;``)."""
    if len(sep) != 1:
        raise ValueError(f"--csv-sep: one character, not {sep!r}")
    joiner = "," if sep == ";" else ";"
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=sep, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        cells = []
        for column in columns:
            value = row.get(column)
            if isinstance(value, list | tuple):
                value = joiner.join(str(v) for v in value)
            cells.append("" if value is None else value)
        writer.writerow(cells)
    return BOM + buffer.getvalue()


def _cell(text: str) -> str:
    return " ".join(str(text).replace("|", "\\|").split())


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]], right: int = 0) -> list[str]:
    aligns = ["---"] * (len(headers) - right) + ["---:"] * right
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(aligns) + "|"]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines


def hits_export(payload: dict[str, Any], hits: Sequence[Hit], fmt: str, lang: str, sep: str) -> str:
    """Search results as ``csv``, ``md`` or ``json`` (the ``--json`` payload)."""
    if fmt == "json":
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return to_csv((h.to_dict() for h in hits), HIT_COLUMNS, sep)
    t = TEXTS[lang]
    rows = [
        (str(h.rank), citation_text(h.citation, lang), ", ".join(h.chunk.speakers), h.text)
        for h in hits
    ]
    title = f"# {t['query']}: {payload['query']}"
    return (
        "\n".join(
            [title, "", *_table(["#", t["source"], t["speakers"].capitalize(), t["text"]], rows)]
        )
        + "\n"
    )


def register_export(register: Register, fmt: str, lang: str, sep: str = ",") -> str:
    """The decisions register as ``csv``, ``md`` or ``json``."""
    if fmt == "json":
        return json.dumps(register.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return to_csv((d.to_dict() for d in register), REGISTER_COLUMNS, sep)
    t = TEXTS[lang]
    headers = [t["meeting"], t["item"], t["kind"], t["organisation"], t["text"], t["source"]]
    rows = [
        (
            d.meeting_date.isoformat(), item_text(d.item, lang), t[d.kind],
            ", ".join(d.orgs) or "–", d.text, citation_text(d.citation, lang),
        )
        for d in register
    ]  # fmt: skip
    lines = _table(headers, rows)
    per_org = [(k or "–", str(v)) for k, v in register.by_organisation.items()]
    lines += ["", *_table([t["organisation"], t["count"]], per_org, right=1)]
    per_meeting = [(k, str(v)) for k, v in register.by_meeting.items()]
    lines += ["", *_table([t["meeting"], t["count"]], per_meeting, right=1)]
    return "\n".join(lines) + "\n"
