"""Action and decision lists closing the minutes as a table (``ingest/register_tables.py``):
the list's rows are statements of its kind, its header row none; the register reads the rows
and leaves out those that repeat an entry of the items."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from lrt_search.answer.decisions import corpus_register
from lrt_search.config import Settings
from lrt_search.ingest.bundles import split_pages
from lrt_search.ingest.corpus import read_minutes
from lrt_search.ingest.reading import PdfPage
from lrt_search.ingest.register_tables import list_kind, opens_list, row_start

CLEAN = Path(__file__).resolve().parents[3] / "corpus" / "2022-07-08-lrt.txt"
LISTS = """
Actielijst
Nr Actie Wie Wanneer
1 SJenV zal hier in samenwerking met MVRO op toezien. SJenV, MVRO Volgende LRT
2 IPO stuurt de planning van de provincies voor 21
augustus rond.
IPO 1 september
3 Het COA zal z.s.m. dit capaciteitsbesluit verdelen onder COA z.s.m.
provincies door gebruik te maken door de eerder in de LRT vastgestelde verdeelsleutel.
Besluitenlijst
Nr Besluit Agendapunt
1 Het verslag van 15 juni is vastgesteld. 1
"""


def test_list_titles_and_rows() -> None:
    assert list_kind("Actielijst") == "action"
    assert list_kind("Besluitenlijst:") == "decision"
    assert list_kind("Lijst van actiepunten") == "action"
    assert list_kind("Actie") is None
    assert opens_list("Actielijst", "Nr Actie Wie Wanneer") == "action"
    assert opens_list("Actielijst", "Nr. Actie Wie") == "action"
    assert opens_list("Actielijst", "De leden sturen de lijst rond.") is None
    assert opens_list("Besluiten", None) is None
    assert row_start("3 VNG wordt betrokken.", 3) == "VNG wordt betrokken."
    assert row_start("21 augustus rond.", 3) is None  # a wrapped line, not row 21


def _with_lists(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    path = folder / CLEAN.name
    path.write_text(CLEAN.read_text(encoding="utf-8").rstrip() + "\n" + LISTS, encoding="utf-8")
    return path


def test_rows_are_statements_of_the_lists_kind(tmp_path: Path) -> None:
    clean = read_minutes(CLEAN, Settings())
    got = read_minutes(_with_lists(tmp_path), Settings())
    assert [i.title for i in got.items][-2:] == ["Actielijst", "Besluitenlijst"]
    # the items before the lists parse as without them
    assert [s.text for s in got.statements][: len(clean.statements)] == [
        s.text for s in clean.statements
    ]
    actions, decisions = got.items[-2].statements, got.items[-1].statements
    assert [s.kind for s in actions] == ["action", "action", "action"]
    assert (
        actions[1].text
        == "IPO stuurt de planning van de provincies voor 21 augustus rond. IPO 1 september"
    )
    assert [s.text for s in decisions] == ["Het verslag van 15 juni is vastgesteld. 1"]
    assert decisions[0].kind == "decision"


def test_the_register_reads_the_rows_the_items_do_not_hold(tmp_path: Path) -> None:
    clean = corpus_register(replace(Settings(), corpus_dir=CLEAN.parent), meeting="2022-07-08")
    folder = _with_lists(tmp_path).parent
    got = corpus_register(replace(Settings(), corpus_dir=folder), meeting="2022-07-08")
    # rows 1 of both lists repeat an entry of the items, and row 3 with the cells of its first
    # printed line among its words: each listed once, where the items have it
    assert [d.text for d in got.decisions][: len(clean.decisions)] == [
        d.text for d in clean.decisions
    ]
    (new,) = got.decisions[len(clean.decisions) :]
    assert (new.kind, new.orgs, new.item) == ("actie", ("IPO",), "Actielijst")
    assert new.text.startswith("IPO stuurt de planning")


def test_a_list_title_without_a_date_starts_no_new_document() -> None:
    minutes = PdfPage(
        1, "Verslag\nVergaderdatum 8 juli 2022\n1. Opening\n- Het verslag is vastgesteld.", False
    )
    lists = PdfPage(
        2,
        "Actielijst\nNr Actie Wie\n1 VNG stuurt de brief.\nBesluitenlijst\nNr Besluit\n1 Akkoord.",
        False,
    )
    assert len(split_pages([minutes, lists])) == 1
    other = PdfPage(2, "Besluitenlijst\nVergaderdatum 6 april 2023\n1. Opening", False)
    assert len(split_pages([minutes, other])) == 2
