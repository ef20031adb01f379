"""The search syntax: phrases, exclusions, OR groups and field filters, parsed in one place."""

from __future__ import annotations

import datetime as dt

import pytest

from lrt_search.errors import QueryError
from lrt_search.search.syntax import parse_period, parse_query


def test_phrase_and_exclusion() -> None:
    parsed = parse_query('"Ter Apel" -COA')
    assert parsed.text == "Ter Apel"
    assert parsed.phrases == ("Ter Apel",)
    assert parsed.excluded == ("COA",)
    assert parsed.has_operators


def test_or_groups_join_their_neighbours() -> None:
    parsed = parse_query("spreiding OR opvang OR huisvesting gemeenten")
    assert parsed.any_of == (("spreiding", "opvang", "huisvesting"),)
    assert parsed.text == "spreiding opvang huisvesting gemeenten"
    # A lowercase "or" is a word of the query, not an operator; a leading OR joins nothing.
    assert parse_query("opvang or huisvesting").any_of == ()
    assert parse_query("OR opvang").any_of == ()


def test_and_and_not_as_other_search_engines_write_them() -> None:
    parsed = parse_query('opvang AND NOT COA NOT "Ter Apel"')
    assert parsed.text == "opvang"
    assert parsed.excluded == ("COA", "Ter Apel")
    assert parse_query("(opvang OR huisvesting) AND VNG").text == "(opvang huisvesting) VNG"
    # lower case they are words of the query, as "or" is
    assert parse_query("opvang and not COA").text == "opvang and not COA"
    assert parse_query("opvang NOT -COA").excluded == ("COA",)


def test_a_second_date_narrows_the_first() -> None:
    """Two date: filters both hold (the last one silently won before)."""
    parsed = parse_query("opvang date:2023 date:2023-11")
    assert (parsed.since, parsed.until) == (dt.date(2023, 11, 1), dt.date(2023, 11, 30))
    assert parse_query("date:2023-11 opvang date:2023").until == dt.date(2023, 11, 30)
    with pytest.raises(QueryError, match="date: 2025 lies outside the period of the other date:"):
        parse_query("opvang date:2023-11 date:2025")


def test_field_filters_leave_the_text() -> None:
    parsed = parse_query("opvang org:VNG date:2023-11")
    assert parsed.text == "opvang"
    assert parsed.orgs == ("VNG",)
    assert (parsed.since, parsed.until) == (dt.date(2023, 11, 1), dt.date(2023, 11, 30))
    assert not parsed.has_operators
    quoted = parse_query('date:"najaar 2023" opvang')
    assert (quoted.since, quoted.until) == (dt.date(2023, 9, 1), dt.date(2023, 11, 30))


def test_hyphens_inside_words_are_not_exclusions() -> None:
    for query in ("taakstelling 2025-II", "e-mail", "Noord-Holland"):
        parsed = parse_query(query)
        assert parsed.excluded == () and parsed.text == query


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2023-11-03", dt.date(2023, 11, 3), dt.date(2023, 11, 3)),
        ("2023-11", dt.date(2023, 11, 1), dt.date(2023, 11, 30)),
        ("2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        ("april 2023", dt.date(2023, 4, 1), dt.date(2023, 4, 30)),
    ],
)
def test_date_values(value: str, first: dt.date, last: dt.date) -> None:
    assert parse_period(value) == (first, last)


def test_bad_date_names_the_operator() -> None:
    with pytest.raises(QueryError, match=r"^date: 'gisteren' is not a date or period"):
        parse_query("opvang date:gisteren")
    with pytest.raises(QueryError, match=r"^org: no value"):
        parse_query("opvang org:")


def test_snippets_end_at_statement_boundaries() -> None:
    from lrt_search.search.highlight import snippet

    text = (
        "- De situatie in Ter Apel is kritiek. Er verblijven 2.193 mensen. - Het COA zal z.s.m. "
        "dit oplossen en meldt dat later. - Vragen over termijnen worden ambtelijk beantwoord. "
        "- Een laatste punt over iets heel anders dat niet meer in het fragment past."
    )
    spans = [(text.index("Ter Apel"), text.index("Ter Apel") + 8)]
    short, inside = snippet(text, spans, 150)
    body = short.removesuffix(" …")
    assert body.endswith(("kritiek.", "mensen.", "later.", "beantwoord.")), short
    assert "z.s.m. …" not in short and short.endswith(" …")
    assert short[inside[0][0] : inside[0][1]] == "Ter Apel"
