"""Issue 8, question understanding: what was not understood is shown (CLI text, --json, web
page) in the question's language; an organisation inside the topic sets no speaker filter;
"what was agreed in <period>" quotes the period's agreements."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from lrt_search.answer.selection import is_decision
from lrt_search.interfaces.cli import main
from lrt_search.interfaces.web import create_app
from lrt_search.service import Engine

ROOT = Path(__file__).resolve().parents[2]


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as info:
        main(argv)
    return int(info.value.code or 0), capsys.readouterr().out


@pytest.fixture
def paths(built) -> list[str]:
    return ["--corpus", str(built.corpus), "--index", str(built.index)]


def test_ask_json_lists_what_was_not_understood(paths, capsys) -> None:
    code, out = run(
        ["ask", "Wat zei de PVV vorige maand over de flurbelwet?", "--json", *paths], capsys
    )
    assert code == 0
    unread = json.loads(out)["not_understood"]
    assert {(u["kind"], u["text"]) for u in unread} == {
        ("date", "vorige maand"),
        ("name", "PVV"),
        ("words", "flurbelwet"),
    }
    assert all(("niet" in u["note"] or "geen" in u["note"]) for u in unread)  # Dutch notes
    assert not any("the minutes" in u["note"] for u in unread)
    code, out = run(
        ["ask", "What did IPO say in Q3 about indeplaatsstelling?", "--json", *paths], capsys
    )
    unread = json.loads(out)["not_understood"]
    assert unread == [
        {"kind": "date", "text": "Q3", "note": "date \u201cQ3\u201d (no period read from it)"}
    ]


def test_nothing_to_note_when_all_is_understood(engine: Engine) -> None:
    for question in (
        "what did IPO say about indeplaatsstelling",
        "Wat zei de VNG in april 2023 over de taakstelling?",
        "Hoe ontwikkelde de situatie in Ter Apel zich?",
    ):
        assert engine.ask(question).unread == (), question


def test_cli_text_shows_the_note_in_the_question_language(paths, capsys) -> None:
    code, out = run(["ask", "Wat gebeurde er op 31 februari 2023?", *paths], capsys)
    assert code == 0
    assert "niet begrepen: datum \u201c31 februari 2023\u201d" in " ".join(out.split())
    code, out = run(["search", "What was said last Christmas about the flurbels?", *paths], capsys)
    assert code == 0
    flat = " ".join(out.split())
    assert "not understood: date \u201clast Christmas\u201d" in flat
    assert "\u201cflurbels\u201d (in neither the minutes nor the glossary)" in flat


def test_search_json_and_api_carry_the_notes(paths, capsys, built) -> None:
    code, out = run(["search", "flurbelwet taakstelling", "--json", *paths], capsys)
    assert code == 0
    payload = json.loads(out)
    assert [(u["kind"], u["text"]) for u in payload["not_understood"]] == [("words", "flurbelwet")]
    api = TestClient(create_app(built.settings)).get(
        "/api/search", params={"q": "flurbelwet taakstelling"}
    )
    assert api.json()["not_understood"] == payload["not_understood"]
    code, out = run(["search", "taakstelling 2025-II", "--json", *paths], capsys)
    assert json.loads(out)["not_understood"] == []


def test_web_page_shows_the_notes_in_the_page_language(built) -> None:
    client = TestClient(create_app(built.settings))
    page = client.get("/", params={"q": "Wat zei de PVV over de Spreidingswet?", "do": "ask"})
    assert page.status_code == 200
    assert re.search(r'id="unread">Niet begrepen: naam .{1,8}PVV', page.text)
    page = client.get("/", params={"q": "opvang in Q3", "do": "search", "lang": "en"})
    assert re.search(r'id="unread">Not understood: date .{1,8}Q3', page.text)
    page = client.get("/", params={"q": "taakstelling", "do": "search"})
    assert 'id="unread"' not in page.text


def test_an_organisation_inside_the_topic_is_not_the_speaker(engine: Engine) -> None:
    answer = engine.ask("What was said about the housing shortage among municipalities?")
    assert answer.filters["org"] is None
    assert not any(n.startswith("speaker") for n in answer.notes)
    answer = engine.ask("Wat zeiden de gemeenten over de woningnood?")
    assert answer.filters["org"] and "VNG" in answer.filters["org"]


def _afspraak_lines(meeting: str) -> list[str]:
    text = (ROOT / "corpus" / f"{meeting}-lrt.txt").read_text("utf-8")
    return [line[2:].strip() for line in text.splitlines() if line.startswith("- Afspraak:")]


def test_what_was_agreed_in_a_month_quotes_its_agreements(engine: Engine) -> None:
    answer = engine.ask("Wat werd afgesproken in april 2023?")
    assert not answer.abstained
    quotes = [c.quote for c in answer.citations]
    wanted = _afspraak_lines("2023-04-06")
    assert len(wanted) == 6
    for line in wanted:  # every Afspraak line of 2023-04-06, verbatim
        assert any(q.startswith(line[:60]) for q in quotes), line
    assert all(is_decision(c.kind, c.quote) for c in answer.citations)
    assert any(n.startswith("listed") for n in answer.notes)


def test_what_was_agreed_in_english_lists_decisions_and_actions(engine: Engine) -> None:
    answer = engine.ask("What was agreed in November 2023?")
    assert not answer.abstained
    quotes = " ".join(c.quote for c in answer.citations)
    assert "wordt geaccordeerd" in quotes
    assert "Actie: Voor de MR van 10 november wordt een extra LRT gepland" in quotes
    assert "Actie: BZK en Aedes spreken door" in quotes
    assert all(is_decision(c.kind, c.quote) for c in answer.citations)
    assert {c.meeting_date.isoformat() for c in answer.citations} == {"2023-11-03", "2023-11-10"}


def test_a_decision_question_with_a_topic_is_ranked_not_listed(engine: Engine) -> None:
    answer = engine.ask("Wat werd er op de LRT van 3 november 2023 afgesproken over een extra LRT?")
    assert not any(n.startswith("listed") for n in answer.notes)
    assert any("extra LRT gepland" in c.quote for c in answer.citations)


def test_an_acronym_of_the_minutes_outside_the_alias_table_is_no_speaker(engine: Engine) -> None:
    answer = engine.ask("Wat zei de PRT over de taakstelling?")
    assert [(u["kind"], u["text"]) for u in answer.unread] == [("speaker", "PRT")]
    assert answer.filters["org"] is None
    # the same acronym as topic, or the LRT itself, is understood
    assert engine.ask("Wat is er gezegd over de PRT's?").unread == ()
    assert all(u["kind"] != "speaker" for u in engine.ask("What did the LRT say about IBT?").unread)
