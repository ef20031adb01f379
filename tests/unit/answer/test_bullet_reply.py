"""Rule anchor_replies_only (answer.bullet_reply): whether a statement replies to the statement
right before it. Texts and speakers by hand; no index."""

from __future__ import annotations

import pytest

from lrt_search.answer.bullet_reply import replies_to, reply_rule, reply_signal

_CODES = {"Staatssecretaris": "SJenV", "VNG": "VNG", "MBZK": "MBZK", "IPO": "IPO", "CdK": "CdK"}


def _named(text: str) -> set[str]:
    return {code for word, code in _CODES.items() if word in text}


@pytest.mark.parametrize(
    ("before", "text", "first", "second", "signal"),
    [
        (
            "CdK vraagt aandacht voor doelgroepbeperkingen en vraagt wat de Staatssecretaris "
            "daaraan kan doen.",
            "Staatssecretaris antwoordt dat dat momenteel niet kan.",
            ("CdK",), ("SJenV",), "continues",
        ),
        ("IPO meldt de stand.", "De Staatssecretaris reageert op de stand.", ("IPO",), ("SJenV",),
         "reply_word"),
        ("VNG vraagt naar de termijn.", "Dit wordt komende week uitgewerkt.", ("VNG",), ("SJenV",),
         "continues"),
        ("CdK benoemt dat gemeenten dit weten.", "SJenV heeft begrip voor deze constateringen.",
         ("CdK",), ("SJenV",), "points_back"),
        ("MBZK verzoekt de VNG om een lijst van locaties.", "De VNG stuurt een lijst.",
         ("MBZK",), ("VNG",), "addressed"),
        ("De VNG merkt op dat coördinatie belangrijk is.", "Het IPO sluit zich aan bij de VNG.",
         ("VNG",), ("IPO",), "names_first"),
        ("MAenM licht de nationale terugvaloptie toe.",
         "MVRO vraagt zich af wat er met de beschermingsmaatregelen gebeurt.",
         ("MAenM",), ("MVRO",), ""),
        # a speaker naming itself addresses nobody
        ("IPO verzoekt een aanpassing van de tekst.", "IPO vraagt daarnaast aandacht voor X.",
         ("IPO",), ("IPO",), ""),
        # "Dit jaar ...": a time, not a word pointing back
        ("COA belt met gemeenten.", "Dit jaar moeten nog 13.000 statushouders gehuisvest worden.",
         ("COA",), ("COA",), ""),
        # "dat" after a verb is a conjunction, not a demonstrative
        ("IPO vraagt om informatie.", "SJenV benadrukt dat opmerkingen welkom zijn.",
         ("IPO",), ("SJenV",), ""),
    ],
)  # fmt: skip
def test_reply_signal(
    before: str, text: str, first: tuple[str, ...], second: tuple[str, ...], signal: str
) -> None:
    assert reply_signal(before, text, first, second, _named) == signal
    assert replies_to(before, text, first, second, _named) is bool(signal)


def test_no_statement_before_is_no_reply_and_the_rule_off_lends_always() -> None:
    assert not replies_to("", "Staatssecretaris antwoordt.", (), ("SJenV",), _named)
    other = ("MAenM licht de terugvaloptie toe.", "MVRO pleit voor duidelijkheid.")
    assert reply_rule(False, *other, ("MAenM",), ("MVRO",), _named)
    assert not reply_rule(True, *other, ("MAenM",), ("MVRO",), _named)
