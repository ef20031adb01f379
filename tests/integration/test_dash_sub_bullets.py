"""LaTeX's second-level itemize dashes read as sub-bullets by where they stand
(``ingest/dash_bullets.py``). The PDF is committed (pdfLaTeX, Latin Modern; its source is the
docstring of :func:`test_source`), so no TeX is needed here."""

from __future__ import annotations

from pathlib import Path

import pytest

from lrt_search.config import Settings
from lrt_search.ingest import reading
from lrt_search.ingest.corpus import read_file

PDF = Path(__file__).resolve().parents[1] / "data" / "tex" / "sub-bullets.pdf"
PAGE_PDF = PDF.with_name("sub-bullets-page.pdf")  # the sub-list goes on at the top of page 2


def _levels(pdf: Path = PDF) -> dict[str, int]:
    meeting = read_file(pdf, Settings()).meetings[0]
    return {s.text.split()[0] + " " + s.text.split()[1]: s.level for s in meeting.statements}


def test_second_level_dashes_are_sub_bullets() -> None:
    levels = _levels()
    assert levels["Oproep om"] == 1
    assert levels["Vragen over"] == 1
    assert levels["Het gaat"] == 1
    # a first-level list of dashes (no bullet left of them) and a dash wrapped to the start of
    # a bullet's next line (where the bullet's text starts) stay as they were
    assert levels["Aedes vraagt"] == 0
    assert levels["Het toewijzingspercentage"] == 0
    assert levels["dat is"] == 0
    assert levels["VNG maakt"] == 0


def test_without_the_rule_the_dashes_are_bullets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "with_dash_sub_bullets", lambda text, chars, before=None: text)
    levels = _levels()
    assert levels["Oproep om"] == 0
    assert levels["Het gaat"] == 0


def test_source() -> None:
    r"""The PDF's source: a LaTeX ``article`` (11pt, a4paper, T1, lmodern, margin 2.5cm, no
    page numbers) with "1. Uitstroom statushouders": ``itemize`` of "VNG maakt de volgende
    opmerkingen ...:" (two nested ``\item``s "Oproep om ..." and "Vragen over ..."), "Aedes
    geeft aan ..." (nested "Het gaat om ..."), "COA geeft een toelichting ... in het land"
    ``\linebreak`` "– dat is een gedachtestreep ..."; and "2. Huisvesting": ``\item[--]``
    "Aedes vraagt ...", "Het toewijzingspercentage ..."."""
    assert PDF.stat().st_size < 70_000


def test_a_sub_list_that_goes_on_at_the_top_of_a_page() -> None:
    r"""``sub-bullets-page.pdf``: the header and "1. Uitstroom statushouders" of
    :func:`test_source`, ``\vspace*{17cm}``, "VNG maakt ...:" with nested "Oproep om ...",
    ``\pagebreak``, "Vragen over ...", "Tot slot ..."; "Aedes geeft aan ..."; "2. Huisvesting"
    with ``\item[--]`` "Aedes vraagt ...". The dashes atop page 2 stand deeper than the bullet
    of page 1; the first-level dash below a bullet of page 2 does not."""
    levels = _levels(PAGE_PDF)
    assert levels["Oproep om"] == 1
    assert levels["Vragen over"] == 1
    assert levels["Tot slot"] == 1
    assert levels["Aedes geeft"] == 0
    assert levels["Aedes vraagt"] == 0
    assert PAGE_PDF.stat().st_size < 70_000
