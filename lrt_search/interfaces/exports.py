"""Downloads of search results and of the decisions register: CSV, Markdown and JSON.

CSV is UTF-8 with a byte-order mark (so that Excel reads the accents) and a chosen separator
(``;`` for a Dutch Excel, which takes ``,`` as the decimal comma). Its header row, agenda items,
citations and kinds, like the Markdown headers and counts, are in the output's language
(:data:`~lrt_search.interfaces.messages.COLUMNS`; in English the JSON's field names).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ..errors import QueryError
from .messages import COLUMNS, TEXTS, citation_text, item_text

if TYPE_CHECKING:
    from ..answer.decisions import Register
    from ..results import Hit

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


def to_csv(
    rows: Iterable[dict[str, Any]], columns: Sequence[str], sep: str = ",", lang: str = "en"
) -> str:
    """``rows`` as CSV text with a BOM, the header in ``lang``; lists are joined with ``;``
    (``,`` when ``sep`` is ``;``)."""
    if len(sep) != 1 or sep in '"\r\n':
        raise QueryError(f"--csv-sep: one character such as ',' or ';', not {sep!r}")
    joiner = "," if sep == ";" else ";"
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=sep, lineterminator="\r\n")
    writer.writerow([COLUMNS[lang][c] for c in columns])
    for row in rows:
        cells = []
        for column in columns:
            value = row.get(column)
            if isinstance(value, list | tuple):
                value = joiner.join(str(v) for v in value)
            cells.append("" if value is None else value)
        writer.writerow(cells)
    return BOM + buffer.getvalue()


def _in_language(row: dict[str, Any], lang: str) -> dict[str, Any]:
    """A row's agenda item, citation and kind in ``lang`` ("agendapunt 2-4", "regels 3-5")."""
    row = dict(row)
    if row.get("item"):
        row["item"] = item_text(row["item"], lang)
    if row.get("citation"):
        row["citation"] = citation_text(row["citation"], lang)
    if row.get("kind"):
        row["kind"] = TEXTS[lang].get(row["kind"], row["kind"])
    return row


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
        return to_csv((_in_language(h.to_dict(), lang) for h in hits), HIT_COLUMNS, sep, lang)
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
        dicts = (_in_language(d.to_dict(), lang) for d in register)
        return to_csv(dicts, REGISTER_COLUMNS, sep, lang)
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
