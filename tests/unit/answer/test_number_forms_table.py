"""Rule number_forms_read: a table of number phrases as users write them, each with the value or
range it must read as (answer/number_forms.py ``read_numbers``), built from every combination
of a value's written forms (digits with either separator or a space, "k", a scale word, words),
a bound word, a currency, a range and a percentage; no index needed."""

from __future__ import annotations

from itertools import product

import pytest

from lrt_search.answer.number_forms import participle_cores, read_numbers

# value -> (Dutch forms, English forms)
FORMS: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {
    13000: (
        ("13.000", "13000", "13 000", "13k", "13 duizend", "dertienduizend"),
        ("13,000", "13000", "13 000", "13k", "13 thousand", "thirteen thousand"),
    ),
    1500: (
        ("1.500", "1500", "1,5k", "1,5 duizend", "vijftienhonderd"),
        ("1,500", "1500", "1.5k", "1.5 thousand", "fifteen hundred"),
    ),
    10000: (("10.000", "10k", "10 duizend", "tienduizend"), ("10,000", "10k", "ten thousand")),
    1500000: (("1.500.000", "1,5 miljoen", "1,5 mln"), ("1,500,000", "1.5 million")),
    300: (("300", "driehonderd"), ("300", "three hundred")),
}
BOUNDS = {
    "": "",
    "ruim": "above", "meer dan": "above", "more than": "above", "over": "above",
    "circa": "about", "ongeveer": "about", "zo'n": "about", "about": "about", "around": "about",
    "bijna": "almost", "nearly": "almost", "ten minste": "at_least", "at least": "at_least",
    "maximaal": "at_most", "up to": "at_most", "minder dan": "below", "fewer than": "below",
}  # fmt: skip
ENGLISH_BOUNDS = {"", "more than", "over", "about", "around", "nearly", "at least", "up to"}
ENGLISH_BOUNDS |= {"fewer than"}
MONEY = (("", "", False), ("€", "", True), ("€ ", "", True), ("", " euro", True))


def _rows() -> list[tuple[str, bool, float, float, str, bool]]:
    rows = []
    for value, (dutch, english) in FORMS.items():
        for (language, forms), bound, (pre, post, money) in product(
            ((False, dutch), (True, english)), BOUNDS, MONEY
        ):
            if (bound in ENGLISH_BOUNDS) != language and bound:
                continue  # a bound word of the other language
            for form in forms:
                if money and not form[0].isdigit():
                    continue  # "€ dertienduizend" is written by nobody
                phrase = f"{bound} {pre}{form}{post} plekken".strip()
                rows.append((phrase, language, value, value, BOUNDS[bound], money))
    return rows


def _ranges() -> list[tuple[str, bool, float, float]]:
    rows = []
    for a, b, english in (
        (("1000", "1.000"), ("3000", "3.000"), False),
        (("1000", "1,000"), ("3000", "3,000"), True),
    ):
        for x, y in product(a, b):
            shapes = ("{}-{}", "{} - {}", "{} tot {}", "tussen de {} en {}", "tussen {} en {}")
            if english:
                shapes = ("{}-{}", "{} to {}", "between {} and {}")
            rows += [(s.format(x, y) + " plekken", english, 1000, 3000) for s in shapes]
    rows += [
        ("tussen de 8 en 9 duizend plekken", False, 8000, 9000),
        ("between 8 and 9 thousand places", True, 8000, 9000),
        ("tussen de 2000 en 2500 asielzoekers", False, 2000, 2500),
        ("1,5-2 miljoen euro", False, 1_500_000, 2_000_000),
    ]
    return rows


@pytest.mark.parametrize(("phrase", "english", "low", "high", "kind", "money"), _rows())
def test_value_forms(
    phrase: str, english: bool, low: float, high: float, kind: str, money: bool
) -> None:
    reads = read_numbers(phrase, english)
    assert len(reads) == 1, reads
    read = reads[0]
    assert (read.low, read.high, read.kind, read.money) == (low, high, kind, money)
    assert not read.share


@pytest.mark.parametrize(("phrase", "english", "low", "high"), _ranges())
def test_range_forms(phrase: str, english: bool, low: float, high: float) -> None:
    reads = read_numbers(phrase, english)
    assert [(r.low, r.high) for r in reads] == [(low, high)]
    assert reads[0].holds((low + high) / 2) and not reads[0].holds(high + 1)


@pytest.mark.parametrize(
    ("phrase", "english", "value"),
    [("30%", False, 30), ("30 procent", False, 30), ("dertig procent", False, 30),
     ("30 percent", True, 30), ("thirty per cent", True, 30), ("bijna 100%", False, 100)],
)  # fmt: skip
def test_percentages(phrase: str, english: bool, value: float) -> None:
    (read,) = read_numbers(phrase, english)
    assert read.share and read.low == value


@pytest.mark.parametrize(
    ("phrase", "english"),
    [("tussen 2022 en 2025", False), ("2022-2025", False), ("between 3 and 10 November", True),
     ("the target for 2022 to 13,500", True)],
)  # fmt: skip
def test_no_range(phrase: str, english: bool) -> None:
    """Two years, two days of a month and a year beside a number are no range."""
    assert all(r.low == r.high for r in read_numbers(phrase, english))


@pytest.mark.parametrize(
    ("phrase", "english"),
    [("de helft", False), ("een kwart", False), ("honderden", False), ("duizenden", False),
     ("thousands", True)],
)  # fmt: skip
def test_not_read(phrase: str, english: bool) -> None:
    """Shares and vague amounts are not read as numbers (left to rule quantity_noun_asked's
    ``shares``; a claim's "de helft" is not compared with "50%"); "honderden" was 100."""
    assert not read_numbers(phrase, english)


@pytest.mark.xfail(strict=True, reason="gap: a share or a vague amount is read as its number")
@pytest.mark.parametrize(("phrase", "english"), [("twee derde", False), ("a few hundred", True)])
def test_gaps(phrase: str, english: bool) -> None:
    """Known gaps: "twee derde" reads as 2, "a few hundred" as 100."""
    assert not read_numbers(phrase, english)


_MET = "De kale taakstelling van 10.000 is behaald."


@pytest.mark.parametrize(
    ("claim", "quote", "shared"),
    [("Is de opdracht van 10.000 woningen nou gehaald?", _MET, True),
     ("Was 50% van de achterstand ingehaald?", "is 50% van de achtstand in gehaald.", True),
     ("Zouden 10.000 statushouders versneld uitstromen?", _MET, False),
     ("Werd de taakstelling op 13.000 gezet?", "De opvang is bezet.", False)],
)  # fmt: skip
def test_participle_cores(claim: str, quote: str, shared: bool) -> None:
    """Rule claim_participle_core: "gehaald", "behaald", "ingehaald" share the core "haald";
    a core under four letters ("gezet", "bezet") is none."""
    assert bool(participle_cores(claim) & participle_cores(quote)) is shared
