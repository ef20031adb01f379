"""Rule org_codes_searched (search/body_codes.py; issue 16 session 23 task E2): the code of a body
an English question names in words the minutes never write, not as its speaker, is searched.
Questions read by hand (ParsedQuestion)."""

from __future__ import annotations

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.body_codes import body_codes
from lrt_search.search.parsed import ParsedQuestion

_TABLE = OrgTable.default(None, True, True, True, True, True)


def test_a_body_named_in_english_adds_its_code() -> None:
    q = "Who suggested putting the reception agency's offer on the agenda?"
    assert body_codes(ParsedQuestion(text=q, language="en"), _TABLE) == ("COA",)


def test_the_speaker_adds_no_code() -> None:
    q = "What did the reception agency say about the offer?"
    parsed = ParsedQuestion(text=q, language="en", speaker=("COA",))
    assert body_codes(parsed, _TABLE) == ()


def test_a_code_written_in_the_question_adds_nothing() -> None:
    q = "Who suggested putting the COA offer on the agenda?"
    assert body_codes(ParsedQuestion(text=q, language="en"), _TABLE) == ()


def test_a_group_noun_adds_no_code() -> None:
    q = "How many homes do the municipalities need?"
    assert body_codes(ParsedQuestion(text=q, language="en"), _TABLE) == ()


def test_a_dutch_question_adds_no_code() -> None:
    q = "Wie stelde voor het aanbod van de opvangorganisatie te agenderen?"
    assert body_codes(ParsedQuestion(text=q, language="nl"), _TABLE) == ()


def test_coordinated_bodies_add_both_codes() -> None:
    q = "At what level were the education and housing ministries represented?"
    assert body_codes(ParsedQuestion(text=q, language="en"), _TABLE) == ("OCW", "MVRO")
