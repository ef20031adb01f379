"""ParsedQuestion: built by hand (no index), and from a question's scope."""

from __future__ import annotations

import datetime as dt

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import ParsedQuestion, parse_question
from lrt_search.search.query import QueryScope


def test_a_parsed_question_is_built_by_hand() -> None:
    parsed = ParsedQuestion(
        "How many status holders must be housed in the second half of 2025?",
        language="en",
        period_scope="topic",
        intents=frozenset({"quantity"}),
    )
    assert parsed.english and parsed.asks("quantity") and not parsed.asks("why")


def test_parse_question_reads_intents_speaker_words_and_names() -> None:
    table = OrgTable.default()
    question = "Waarom vond de VNG in april 2023 dat de Spreidingswet te laat kwam?"
    scope = QueryScope(orgs=("VNG",), since=dt.date(2023, 4, 1), until=dt.date(2023, 4, 30))
    parsed = parse_question(question, scope, table, None, ["VNG", "Spreidingswet"], "", "")
    assert parsed.language == "nl" and parsed.speaker == ("VNG",)
    assert parsed.speaker_words == ("VNG",)
    assert parsed.period_scope == "meeting"
    assert dict(parsed.names) == {"VNG": "organisation", "Spreidingswet": "name"}
    assert "why" in parsed.intents and "quantity" not in parsed.intents
