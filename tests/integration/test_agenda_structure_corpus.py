"""Rule ``agenda_structure`` (answer/agenda_structure.py) on the bundled corpus: an item asked
by number or position is answered by its heading, an annex by its "Bijlage:" line, the items
taken together by their note, "under which item" by the heading before the statement; an item
or annex a meeting lacks is refused naming its items; a statement asked for under an item is
still quoted; with the rule off the heading is not quoted."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine


def test_an_item_by_number_is_its_heading(engine: Engine) -> None:
    answer = engine.ask("What was item 3 on the agenda of 19 March 2025?")
    assert not answer.abstained, answer.reason
    assert [c.quote for c in answer.citations] == ["3. Taakstelling 2025-II"]
    assert answer.citations[0].citation == "LRT 2025-03-19 · item 3 · line 88"
    off = switched(engine, agenda_structure=False).ask(answer.question)
    assert all(c.quote != "3. Taakstelling 2025-II" for c in off.citations)


def test_an_item_in_a_joined_heading_and_the_last_item(engine: Engine) -> None:
    joined = engine.ask("Wat was agendapunt 3 van de LRT van 3 november 2023?")
    assert "3. PAKKET BZK INZAKE WOONRUIMTEVERDELING" in joined.citations[0].quote
    last = engine.ask("Wat was het laatste agendapunt van de vergadering van 8 juli 2022?")
    assert [c.quote for c in last.citations] == ["5. Voortgang taakstelling huisvesting"]


def test_annex_and_items_together(engine: Engine) -> None:
    annex = engine.ask("Welke bijlage hoorde bij agendapunt 2 van 19 maart 2025?")
    assert [c.quote for c in annex.citations] == ["Bijlage: landelijke dashboard"]
    together = engine.ask("Which agenda items were taken together on 3 November 2023?")
    assert "Agendapunten 2, 3 en 4" in together.citations[0].quote


def test_what_a_meeting_lacks_is_refused_truly(engine: Engine) -> None:
    item = engine.ask("Wat was agendapunt 7 van de LRT van 8 juli 2022?")
    assert item.abstained and item.reason_code == "agenda_lacks"
    assert item.reason_params["items"] == ["1", "2", "3", "4", "5"]
    annex = engine.ask("Welke bijlage hoorde bij agendapunt 2 van 10 november 2023?")
    assert annex.abstained and annex.reason_params["what"] == "annex"
    together = engine.ask("Which agenda items were taken together on 10 November 2023?")
    assert together.abstained and together.reason_params["what"] == "together"


def test_under_which_item_and_a_statement_under_an_item(engine: Engine) -> None:
    which = engine.ask("Under which heading was the Budel location raised in March 2025?")
    quotes = [c.quote for c in which.citations]
    assert quotes[0] == "2. Actuele stand van zaken (AenM, VRO en COA)"
    assert any("Budel" in q for q in quotes[1:])
    under = engine.ask("What did the VNG ask under item 2 of 19 March 2025 about Budel?")
    assert under.citations[0].kind != "heading" and "Budel" in under.citations[0].quote
