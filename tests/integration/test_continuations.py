"""Rule join_continuations (answer.continuations): a quote is followed by the statement of its
item that continues it, on real statements of the bundled corpus."""

from __future__ import annotations

from itertools import pairwise

import pytest

from lrt_search.answer.continuations import continues
from lrt_search.service import Engine

_VB_ASKS = "VB stelt vraag over wanneer de Tijdelijke wet Oekraïne geagendeerd wordt"
_REPLY = "Ten aanzien van de eerste vraag, is dat de wetsbehandeling in de Kamer"


def _statements(engine: Engine) -> list[tuple[str, str]]:
    """Every pair of consecutive statements of one item at one list level."""
    pairs = []
    for row in range(len(engine.chunks)):
        statements = list(engine.chunks[row].statements)
        pairs += [(a.text, b.text) for a, b in pairwise(statements) if a.level == b.level]
    return pairs


def _pair(engine: Engine, before: str, after: str) -> tuple[str, str]:
    return next(
        (a, b) for a, b in _statements(engine) if a.startswith(before) and b.startswith(after)
    )


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("De taakstelling voor 2022-II is vastgesteld", "Deze randvoorwaarden worden", True),
        ("SJenV beaamt dat er naar het totaalplaatje", "Hij geeft aan de vrijwilligheid", True),
        ("CdK vraagt aandacht voor doelgroepbeperkingen", "Staatssecretaris antwoordt", True),
        (_VB_ASKS, _REPLY, True),
        # a reply is no question: the action after it does not continue it
        (_REPLY, "Actie: VB en hebben contact", False),
        # "Dit jaar" names a time, it points back to nothing
        ("Het zoeken naar plekken is kortdurend", "Dit jaar moeten nog circa", False),
    ],
)
def test_which_statements_continue_the_one_before(
    engine: Engine, before: str, after: str, expected: bool
) -> None:
    a, b = _pair(engine, before, after)
    assert continues(a, b) is expected


def test_the_reply_follows_a_quoted_question_only_with_the_rule(engine: Engine) -> None:
    question = "Wat zei VB over de Tijdelijke wet Oekraïne?"
    on = engine.with_settings(engine.settings.replace(join_continuations=True)).ask(question)
    off = engine.with_settings(engine.settings.replace(join_continuations=False)).ask(question)
    quotes = [c.quote for c in on.citations]
    asked = next(i for i, q in enumerate(quotes) if q.startswith(_VB_ASKS))
    assert quotes[asked + 1].startswith(_REPLY)
    assert on.citations[asked + 1].span.line_start > on.citations[asked].span.line_end
    assert not any(c.quote.startswith(_REPLY) for c in off.citations)
    assert any(c.quote.startswith(_VB_ASKS) for c in off.citations)
