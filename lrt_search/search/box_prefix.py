"""Rule ``box_prefix_speaker``: a question opened the way staff type in a search box, an
organisation of the alias table (and at times a year, month or day) before a colon or a dash
("IPO 2025: who did the IPO want ...", "VNG maart 2025 - waarover ...", "VNG/IPO: ...").

The prefix names who speaks and when, not a name the quote must hold: :func:`box_prefix`
splits it off; :func:`~lrt_search.search.parsed.read_question` reads the rest as the question
and takes the prefix's organisations as the speaker and its date as the period when the rest
names none. A prefix with a word of who asks ("BZK staffer:", lexicon/data/box_prefix.toml
``asker``) names no speaker. Words of the prefix that are neither organisations, joins,
dates nor asker words ("Budel:", "van der Maat:", "Geef een citaat:") make it no prefix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lazyre import lazy
from ..lexicon.dates import MONTHS, SHORT_ORDINAL
from ..lexicon.wordlists import word_set

if TYPE_CHECKING:
    from ..lexicon.organisations import OrgTable

#: The head (at most 60 characters, no question mark) and a colon or a spaced dash.
_HEAD = lazy(r"^\s*([^:?!\n]{2,60}?)\s*(?::|\s[-\u2013\u2014]\s)\s*(?=\S)")
_DATE_WORD = lazy(rf"(?:(?:19|20)\d\d|\d{{1,2}}{SHORT_ORDINAL}?|'\d\d)", re.I)
_TOKEN = lazy(r"[/&+,]|[^\s/&+,]+")


@dataclass(frozen=True)
class BoxPrefix:
    """A search-box prefix: its organisation codes and words, its date words, the rest."""

    codes: tuple[str, ...]
    words: tuple[str, ...]
    date: str  # the prefix's date words ("2025", "maart 2025"), "" without
    asker: bool  # a word of who asks: the organisations are the asker's, not the speaker
    rest: str  # the question after the prefix


def _date_word(word: str) -> bool:
    return bool(_DATE_WORD.fullmatch(word)) or word.lower().rstrip(".") in MONTHS


def _named(alias: str) -> bool:
    """A question alias of more than one word besides articles names the organisation ("the
    health ministry"); one word ("gemeenten", "the provinces") may be the topic."""
    fillers = word_set("box_prefix", "joins")
    return len([w for w in alias.split() if w not in fillers]) > 1


def box_prefix(question: str, orgs: OrgTable) -> BoxPrefix | None:
    """The search-box prefix of ``question``, or None when it opens with none."""
    head = _HEAD.match(question)
    if head is None:
        return None
    text = head.group(1)
    mentions = orgs.query_mentions(text)
    strong = [m for m in mentions if m.strong or _named(m.text)]
    if not strong:
        return None
    left = list(text.lower())
    for m in strong:
        left[m.start : m.end] = " " * (m.end - m.start)
    joins, askers = word_set("box_prefix", "joins"), word_set("box_prefix", "asker")
    dates: list[str] = []
    asker = False
    for token in _TOKEN.findall("".join(left)):
        if _date_word(token):
            dates.append(token)
        elif token in askers:
            asker = True
        elif token not in joins:
            return None
    return BoxPrefix(
        codes=tuple(dict.fromkeys(m.code for m in strong)),
        words=tuple(text[m.start : m.end] for m in strong),
        date=" ".join(dates),
        asker=asker,
        rest=question[head.end() :],
    )
