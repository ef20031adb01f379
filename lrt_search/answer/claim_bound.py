"""Rule claim_number_bound: a claim's comparison word sets how its number is compared.

A journalist's claim often bounds its number rather than stating it: "Klopt het dat er in de
zomer van 2022 meer dan 2.000 asielzoekers in Ter Apel zaten?", "Is it true that fewer than
10,000 status holders ...", "bijna 14.000", "at least 50 municipalities". Rule
claim_number_stated (answer/claim_detail.py) wants a quoted statement to state the claim's
number; with this rule a word of lexicon/data/claim_bounds.toml right before the number (one
list per way of comparing: ``above``, ``at_least``, ``below``, ``at_most``, ``almost``,
``about``) lets a quoted number about the same thing that satisfies the bound state it too
("2.193" states "meer dan 2.000"; "51.000" does not state "meer dan 60.000", and the claim
is refused naming its bound: "de uitspraak erover noemt 51.000, niet meer dan 60.000"). Only
whole numbers are compared (a number with a decimal comma or point, "1,5", is left to the
digits). A bounded number is also no identifier a quote must hold word for word (check
``answer_shape``). Switch: ``Settings.claim_number_bound``.
"""

from __future__ import annotations

import re
from functools import cache

from ..lazyre import lazy
from ..lexicon.wordlists import alternation
from .claim_forms import ClaimReading, is_claim
from .number_forms import KINDS, bound_holds

__all__ = ["KINDS", "bound_holds", "bounded_numbers", "claim_bounds", "whole"]

_WHOLE = lazy(r"\d{1,3}(?:[.,]\d{3})+|\d+")


@cache
def _pattern(kind: str) -> re.Pattern[str]:
    return lazy(rf"(?<!\w)({alternation('claim_bounds', kind)})\s+(\d[\d.,]*\d|\d)(?!\w)", re.I)


def claim_bounds(question: str) -> dict[str, tuple[str, str]]:
    """The bounded numbers of a claim: digits -> (way of comparing, the bound as written,
    "meer dan 2.000")."""
    found: dict[str, tuple[str, str]] = {}
    for kind in KINDS:
        for match in _pattern(kind).finditer(question):
            written = match.group(2).rstrip(".,")
            if whole(written):
                digits = re.sub(r"\D", "", written)
                found.setdefault(digits, (kind, f"{match.group(1)} {written}"))
    return found


def bounded_numbers(question: str, reading: ClaimReading | None = None) -> frozenset[str]:
    """The digits of a claim's bounded numbers: a quote need not hold them as written (the
    identifiers a quote must hold, answer/candidates.py), it must satisfy their bound."""
    return frozenset(claim_bounds(question)) if is_claim(question, reading) else frozenset()


def whole(written: str) -> bool:
    """Whether a number as written is a whole number ("2.193", "10,000", "8500"; not "1,5")."""
    return bool(_WHOLE.fullmatch(written.rstrip("%")))
