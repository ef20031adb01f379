"""Rule ``box_prefix_speaker`` (search/box_prefix.py): a question opened the way staff type in a
search box, an organisation (and a year, month or day) before a colon or a dash ("IPO 2025:
...", "VNG/IPO - ..."), names the speaker and the period of the meetings, not a name the quote
must hold. Off, the prefix's organisation is a name of the question, and a bare year no
period."""

from __future__ import annotations

import dataclasses
import datetime as dt

from switched import switched

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.box_prefix import box_prefix
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules
from lrt_search.service import Engine

QUESTION = "SJenV 2023: waar wil hij zich nu op richten?"
GOLD = "Hij wil zich echter nu richten op te opties die er wel zijn"


def test_the_prefix_names_the_speaker_and_the_period() -> None:
    table = OrgTable.default()
    question = "Aedes 2025: kost het realiseren van flexwoningen tijd?"
    parsed = read_question(question, table)
    assert parsed.speaker == ("Aedes",)
    assert (parsed.since, parsed.until) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert parsed.names == ()
    off = dataclasses.replace(SpeakerRules(), box_prefix_speaker=False)
    unread = read_question(question, table, rules=off)
    assert unread.speaker == () and unread.since is None


def test_a_speaker_of_the_question_and_an_askers_prefix_come_first() -> None:
    table = OrgTable.default()
    assert read_question("VNG/IPO: wat vroeg de VNG over grond?", table).speaker == ("VNG",)
    asker = read_question("BZK staffer: what happens to the target?", table)
    assert asker.speaker == () and asker.names == ()


def test_words_that_are_no_organisation_make_no_prefix() -> None:
    table = OrgTable.default()
    for question in (
        "Budel: gaat defensie die locatie gebruiken?",
        "Geef een citaat: wie?",
        "gemeenten: wat moeten ze doen?",
        "Which came first: the COA or the IND?",
    ):
        assert box_prefix(question, table) is None
    found = box_prefix("VNG en IPO, 3 november 2023 - wat zeiden ze?", table)
    assert found is not None and found.codes == ("VNG", "IPO") and found.date == "3 november 2023"


def test_the_prefix_year_finds_the_statement(engine: Engine) -> None:
    answer = engine.ask(QUESTION)
    assert not answer.abstained
    assert any(GOLD in " ".join(c.quote.split()) for c in answer.citations)
    # rule share_length_damped off too: it lets the gold into the quotes on its own
    off = switched(engine, box_prefix_speaker=False, share_length_words=0).ask(QUESTION)
    assert not any(GOLD in " ".join(c.quote.split()) for c in off.citations)
