"""Rule ``quantity_matches_read`` (issue 16, session 26 task D): a statement gives the amount a
question asks only in the question's unit, and for a count of people, of the same kind.

The table tests/data/quantity_matches.toml (eval/make_quantity_matches.py) pairs amount
questions with statements in the minutes' number forms and says whether each statement gives
the amount asked. The count reader (:func:`.shape.answers_shape`) already ties a number to the
counted noun (within four words) and, with rule ``count_other_noun``, refuses a number of
another noun. With this rule it also reads:

- a count of a unit of time as a length of time in any unit (:func:`length_given`): "hoeveel
  maanden" is answered by "ruim twee jaar" and "hoeveel jaar" by "een half jaar" or "drie
  maanden" (the units convert), and not by a number near the unit that is no length ("Dit jaar
  moeten nog circa 13.000 statushouders ..."); without the rule only a length in the asked unit
  counted, and any number near the unit;
- no count in an amount of money or a length of time when a noun is counted
  (:func:`without_other_units`): "Gemeenten ontvangen € 30.000 per statushouder" does not say
  how many status holders, "Gemeenten krijgen zes weken" not how many municipalities;
- a stock against a flow (:func:`asked_flow`, :func:`without_other_flow`): a count of people
  is a stock (who live or stay somewhere now: "wonen", "verblijven") or a flow (who come,
  leave or must be housed: "uitstromen", "instroom", "gehuisvest"); lexicon/data/
  quantity_matches.toml. When the question's words are of one kind only, a number whose clause
  (between punctuation marks) holds a word of the other kind and none of its own gives no
  count: "7.500 statushouders uitstromen" does not answer "Hoeveel statushouders wonen er in de
  azc's?", "Er verblijven 2.193 asielzoekers in Ter Apel" does not answer "Hoeveel
  asielzoekers kwamen er binnen?". A question or clause with no such word, or with both kinds,
  is not decided (the number may answer, as without the rule).

Left to other readers, as the table's comment says: which noun a glossary term stands for
("asylum applications" is expanded to "asielzoekers" by the glossary's stemmed match), and
whether a number is of the asked place or period.

Switch: ``Settings.quantity_matches_read``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lazyre import lazy
from ..lexicon.wordlists import alternation, word_set, words
from .durations import duration_text, states_duration

#: The kinds of a count of people (lexicon/data/quantity_matches.toml ``<kind>_words``).
KINDS = ("stock", "flow")
# A clause: text between punctuation marks (not the "." or "," inside a number: "13.000").
_CLAUSE = lazy(r"(?:[^,;:.!?()]|(?<=\d)[.,](?=\d))+")
_WORD = lazy(r"[^\W\d_][\w'’-]*")
# The one or two words after the words that ask an amount ("hoeveel jaar", "how many more").
_ASKED = lazy(r"\b(?:hoeveel|how\s+many|how\s+much)\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)", re.I)


def _kinds(text: str) -> set[str]:
    """The kinds (stock, flow) whose words ``text`` holds."""
    seen = {m.group(0).lower() for m in _WORD.finditer(text)}
    return {k for k in KINDS if seen & word_set("quantity_matches", f"{k}_words")}


def asked_flow(question: str) -> str | None:
    """Whether ``question`` counts a stock or a flow ("stock", "flow"): the kind its words are
    of; None when they are of neither or both."""
    kinds = _kinds(question)
    return kinds.pop() if len(kinds) == 1 else None


def without_other_flow(text: str, flow: str | None) -> str:
    """``text`` with each clause that holds a word of the other kind than ``flow`` and none of
    ``flow``'s blanked out (spaces: positions stay); ``text`` itself when ``flow`` is None."""
    if flow is None:
        return text
    out = text
    for m in _CLAUSE.finditer(text):
        kinds = _kinds(m.group(0))
        if kinds and flow not in kinds:
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


@dataclass(frozen=True)
class AmountAsked:
    """What the rule reads of an amount question: whether it counts a unit of time or time
    itself (``time``), and whether a stock or a flow (``flow``)."""

    time: bool
    flow: str | None


def amount_asked(question: str) -> AmountAsked:
    """The reading of ``question``: ``time`` when a word of the one or two after "hoeveel" /
    "how many" is a unit of time or time itself (durations.toml ``units``, ``time_nouns``:
    "hoeveel jaar", "met hoeveel tijd", "how many more months"; not "hoeveel tijdelijke
    plekken"), and its stock or flow (:func:`asked_flow`)."""
    m = _ASKED.search(question)
    said = set(m.group(1).lower().split()) if m else set()
    units = {*words("durations", "units"), *words("durations", "time_nouns")}
    return AmountAsked(bool(said & units), asked_flow(question))


def length_given(text: str, asked: AmountAsked) -> bool | None:
    """Whether ``text`` gives the length of time a question counts in a unit of time
    (``asked.time``: "hoeveel jaar", "how many months"): a length of time in any unit (they
    convert: "ruim twee jaar" answers "hoeveel maanden"), not a number by a unit that is no
    length ("dit jaar ... 13.000"); None when the question counts no time."""
    return states_duration(text) if asked.time else None


@cache
def _other_units() -> re.Pattern[str]:
    """An amount of money ("€ 30.000", "100 miljoen euro") or a length of time ("zes weken")."""
    scale = alternation("numbers", "large_multipliers")
    number = rf"\d[\d.,]*(?:\s+{scale})?"
    money = rf"€\s*{number}|\b{number}\s*(?:euro|eur)\b"
    return re.compile(rf"{money}|{duration_text()}", re.I)


def without_other_units(text: str) -> str:
    """``text`` with each amount of money and length of time blanked out (spaces): no count of
    a noun (a question counting a unit of time reads :func:`length_given` instead)."""
    return _other_units().sub(lambda m: " " * len(m.group(0)), text)


def count_text(text: str, flow: str | None) -> str:
    """``text`` as the count reader reads it for a question counting a noun of ``flow``:
    without the clauses of the other flow, amounts of money and lengths of time."""
    return without_other_units(without_other_flow(text, flow))
