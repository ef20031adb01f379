"""A page printed by Chromium from HTML as a ministry's web editor would write it: a ``<ul>``
list whose markers Chromium draws as shapes (no bullet in the text layer), a nested list, and
a table whose rows the text layer gives as plain lines. Read by the real pipeline (PDFium)."""

from __future__ import annotations

import sys
from pathlib import Path

from lrt_search.config import Settings
from lrt_search.ingest.corpus import read_minutes

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "eval"))
import make_layout_variants  # noqa: E402

PAGE = """<!doctype html><html lang="nl"><meta charset="utf-8">
<style>body { font: 11pt 'Liberation Sans'; width: 13cm; } td, th { border: 1px solid; }</style>
<body><p>Vergaderdatum 8 juli 2022</p>
<p>Aanwezig Dhr. Jansen (IPO), Mevr. De Vries (VNG), Dhr. Bos (COA)</p>
<h3>1. Opening</h3>
<ul><li>VNG meldt dat het verslag is vastgesteld en dat de gemeenten meer tijd nodig hebben
om de locaties in te richten.</li>
<li>Dhr. Jansen vraagt om duidelijkheid over de planning.</li>
<li>Het COA geeft een toelichting.<ul><li>De bezetting stijgt verder.</li></ul></li></ul>
<table><tr><th>Organisatie</th><th>Taakstelling</th><th>Gerealiseerd</th></tr>
<tr><td>Gemeente Utrecht</td><td>1200</td><td>800</td></tr>
<tr><td>Gemeente Amsterdam</td><td>2400</td><td>1900</td></tr></table>
<h3>2. Rondvraag</h3><ul><li>Geen.</li></ul></body></html>"""


def test_drawn_list_markers_and_table_rows(tmp_path: Path) -> None:
    path = tmp_path / "2022-07-08-lrt.pdf"
    path.write_bytes(make_layout_variants.html_pdf(PAGE))
    meeting = read_minutes(path, Settings(ocr_cache_dir=tmp_path / "ocr"))
    assert [i.number for i in meeting.items] == ["1", "2"]  # the table's header is no item
    opening = meeting.items[0].statements
    assert [(s.level, s.speakers) for s in opening[:4]] == [
        (0, ("VNG",)),
        (0, ("IPO",)),  # through the attendee list
        (0, ("COA",)),
        (1, ("COA",)),  # a sub-bullet (a circle) inherits its parent's speaker
    ]
    # Every row kept, each on its own: none is lost as a sub-heading replaced by the next.
    assert [s.text for s in opening[4:]] == [
        "Organisatie Taakstelling Gerealiseerd",
        "Gemeente Utrecht 1200 800",
        "Gemeente Amsterdam 2400 1900",
    ]
