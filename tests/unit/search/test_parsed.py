"""ParsedQuestion: the question read once. Built by hand (no index), the search filters come
from it alone; read from a question, it holds the speaker with its words, the period and what
it scopes, the names with their kind, the topic and the intents."""

from __future__ import annotations

import datetime as dt

from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import ParsedQuestion, read_question, with_speaker
from lrt_search.search.query import scope_of

_NO_MEETING = "How many status holders must be housed in the second half of 2025?"


def test_a_parsed_question_is_built_by_hand() -> None:
    parsed = ParsedQuestion(
        _NO_MEETING, language="en", period_scope="topic", intents=frozenset({"quantity"})
    )
    assert parsed.english and parsed.asks("quantity") and not parsed.asks("why")
    assert not parsed.attendance


def test_the_search_filters_come_from_the_reading_not_the_words() -> None:
    # The words name no speaker and no period: the filters are what the reading says.
    parsed = ParsedQuestion(
        "wat is er gezegd over indeplaatsstelling",
        speaker=("IPO",),
        since=dt.date(2023, 11, 1),
        until=dt.date(2023, 11, 30),
        period="2023-11-01 to 2023-11-30",
    )
    scope = scope_of(parsed, None)
    assert scope.orgs == ("IPO",)
    assert (scope.since, scope.until) == (dt.date(2023, 11, 1), dt.date(2023, 11, 30))
    assert scope.notes == ("speaker: IPO", "period: 2023-11-01 to 2023-11-30")
    assert scope_of(ParsedQuestion("what did IPO say"), None).orgs == ()


def test_the_speaker_with_the_words_that_made_it_and_names_with_their_kind() -> None:
    question = "What did the Minister for Asylum and Migration say about the Council of State?"
    parsed = read_question(question, OrgTable.default(), Glossary.default())
    assert parsed.speaker == ("MAenM",)
    assert parsed.speaker_words == ("Minister for Asylum and Migration",)
    # The title's words stand for the speaker, not for names to look up ("Asylum").
    assert [kind for _, kind in parsed.names] == ["speaker", "glossary"]
    assert parsed.topic == "the Council of State" and parsed.english and parsed.speech


def test_a_period_without_a_meeting_scopes_the_topic() -> None:
    table = OrgTable.default()
    parsed = read_question(_NO_MEETING, table, None, has_meeting=lambda since, until: False)
    assert parsed.period_scope == "topic" and parsed.period_terms == {"2025-ii"}
    assert parsed.asks("quantity") and "how many" not in parsed.counted.lower()
    held = read_question(_NO_MEETING, table, None, has_meeting=lambda since, until: True)
    assert held.period_scope == "meeting" and not held.period_terms
    # Words of the meetings tie the period to them, whatever it holds.
    discussed = read_question(
        "What was discussed about housing in 2026?", table, None, lambda since, until: False
    )
    assert discussed.period_scope == "meeting"
    assert read_question("Wat zei de VNG?", table).period_scope == ""


def test_attendance_questions_have_no_topic_and_why_questions_a_premise() -> None:
    table = OrgTable.default()
    chair = read_question("Wie zat de vergadering van 19 maart 2025 voor?", table)
    assert chair.asks("chair") and chair.attendance and chair.header and chair.topic == ""
    assert chair.since == chair.until == dt.date(2025, 3, 19)
    why = read_question("Waarom is de VNG uit de LRT gestapt?", table)
    assert why.asks("why") and why.premise == "is de VNG uit de LRT gestapt"


def test_a_speaker_found_elsewhere_replaces_the_read_one() -> None:
    parsed = with_speaker(ParsedQuestion("Wat zei Faber?", speech=True), ("AenM",), "Faber")
    assert parsed.speaker == ("AenM",) and parsed.speaker_words == ("Faber",)


def test_one_list_of_speech_words_makes_the_speaker_in_every_step() -> None:
    # "voorgesteld" found the speaker phrase but set no filter while the speaker patterns
    # and the words of speech were separate lists (issue 16).
    question = "Wat heeft de VNG voorgesteld over de spreidingswet?"
    parsed = read_question(question, OrgTable.default())
    assert parsed.speech and parsed.speaker == ("VNG",) and parsed.speaker_phrase == "VNG"
