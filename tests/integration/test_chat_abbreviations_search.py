"""Rule ``chat_abbreviations`` in search (search/syntax.py ``syntax_search``,
``Retriever.search_question``): a query typed on a phone is read as ``ask`` reads it, its
operators as typed, and the reading is noted in ``search --json``, ``GET /api/search``, the
command line's text and the web page. Switched off, the query is searched as typed."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from switched import switched

from lrt_search.interfaces.cli import main
from lrt_search.interfaces.searching import run_search
from lrt_search.interfaces.web import create_app
from lrt_search.service import Engine

QUERY = "wnr gaat budel open"
NOTE = "abbreviation: wnr -> wanneer"


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert not info.value.code
    return capsys.readouterr().out


def test_search_reads_the_free_text_and_keeps_the_operators(engine: Engine) -> None:
    run = run_search(engine, f'{QUERY} -"tijdelijke" org:COA', k=5)
    assert run.parsed.text == "wanneer gaat budel open"
    assert run.payload["notes"] == [NOTE] and run.payload["syntax"]["notes"] == [NOTE]
    assert run.parsed.excluded == ("tijdelijke",) and run.parsed.orgs == ("COA",)
    assert all("tijdelijke" not in h.text.lower() for h in run.hits)
    plain = run_search(engine, "waar ligt budel", k=5)
    assert plain.payload["notes"] == [] and plain.parsed.text == "waar ligt budel"
    off = run_search(switched(engine, chat_abbreviations=False), QUERY, k=5)
    assert off.payload["notes"] == [] and off.parsed.text == QUERY


def test_search_question_reads_a_question_not_yet_read(engine: Engine) -> None:
    scope, hits = engine.search_question("hoevl statushouders wonen in budel", k=5)
    assert "abbreviation: hoevl -> hoeveel" in scope.notes and hits
    off, _ = switched(engine, chat_abbreviations=False).search_question(QUERY, k=5)
    assert not any(n.startswith("abbreviation: ") for n in off.notes)


def test_cli_api_and_web_page_note_the_reading(built, capsys) -> None:
    paths = ["--corpus", str(built.corpus), "--index", str(built.index)]
    out = _cli(["search", QUERY, "-k", "3", "--json", *paths], capsys)
    client = TestClient(create_app(built.settings))
    api = client.get("/api/search", params={"q": QUERY, "k": 3}).json()
    assert api == json.loads(out) and api["notes"] == [NOTE]
    text = _cli(["search", QUERY, "-k", "3", *paths], capsys)
    assert "begrepen: afkorting: wnr -> wanneer" in " ".join(text.split()).lower()
    page = client.get("/", params={"q": QUERY}).text
    assert 'id="notes"' in page and "wnr -&gt; wanneer" in page
    assert 'id="notes"' not in client.get("/", params={"q": "waar ligt budel"}).text


def test_spelling_suggestions_are_for_the_words_as_read(engine: Engine) -> None:
    typed = "wrm is de opvnag besprk org:COA"  # read: "waarom is de opvnag besproken"
    run = run_search(engine, typed, k=3)
    assert run.payload["suggestions"] == [
        {"word": "opvnag", "suggestion": "opvang", "query": "wrm is de opvang besprk org:COA"}
    ]
    off = run_search(switched(engine, chat_abbreviations=False), typed, k=3)
    assert "besprk" in [s["word"] for s in off.payload["suggestions"]]  # a "misspelling"
    asked = engine.ask("wat is besl ovr de spreidingswt")  # "besl" -> "besloten", not "best"
    assert [(s["word"], s["query"]) for s in asked.suggestions] == [
        ("spreidingswt", "wat is besl ovr de spreidingswet")
    ]


def test_cli_and_api_suggest_and_speak_for_the_question_as_read(built, capsys) -> None:
    paths = ["--corpus", str(built.corpus), "--index", str(built.index)]
    asked = "wat is besl ovr de spreidingswt"
    out = json.loads(_cli(["ask", asked, "--json", *paths], capsys))
    client = TestClient(create_app(built.settings))
    assert client.get("/api/ask", params={"q": asked}).json()["suggestions"] == out["suggestions"]
    assert [s["word"] for s in out["suggestions"]] == ["spreidingswt"]
    typed = "wrm is de opvnag besprk"
    api = client.get("/api/search", params={"q": typed, "k": 3}).json()
    assert [s["word"] for s in api["suggestions"]] == ["opvnag"]
    for command in ("ask", "search"):
        for question, word in ((QUERY, "fout"), ("when does budel open", "error")):
            with pytest.raises(SystemExit) as info:
                main([command, question, "--since", "foo", *paths])
            assert info.value.code
            assert capsys.readouterr().err.startswith(f"lrt-search: {word}: --since: 'foo'")
