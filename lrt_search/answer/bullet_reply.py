"""Rule ``anchor_replies_only``: the statement before a quote lends its topic only to a reply.

A quote by the asked speaker (or holding a topic term or focus name) is *anchored*, and then the
topic terms of the statement right before it in its item count as the quote's own
(``Quote.heading_terms``): the reply in the next bullet answers what the bullet before asked
("CdK vraagt aandacht voor doelgroepbeperkingen ..." / "Staatssecretaris antwoordt dat dat
momenteel niet kan"). Read for every bullet that follows another, the asked speaker's next
bullet "quoted" a topic it does not speak to ("Wat zei MVRO over de landelijke terugvaloptie?":
MVRO's bullet follows MAenM's on the terugvaloptie). With this rule the statement before counts
only when the quote replies to it (:func:`replies_to`):

- it continues it (``answer.continuations.continues``): it opens with a word pointing back
  ("Dit", "Daar", "Hierop", "Deze", "Hij"; ``anaphoric_openers``), or the statement before asks
  and the quote answers;
- it says it replies: a reply word or a question referred to as known ("antwoordt", "reageert",
  "beaamt", "in reactie op", "de eerste vraag"; ``reply_markers``, ``reply_reference``), or it
  points back to what was said ("heeft begrip voor deze constateringen"; a demonstrative before
  a noun of ``reply_to_nouns`` of ``questions.toml``);
- the statement before asks or requests (``question_markers``, "?") and names the quote's
  speaker, not its own (addressed to it: "... en vraagt wat de Staatssecretaris daaraan kan
  doen");
- the quote names the speaker of the statement before ("Aedes gaat in op de vraag van MBZK").

A question that asks a reply (``part_neighbours.asks_reply``: "Hoe reageerde SJenV op de
klachten ...") names what the quote follows itself: the statement before counts for it as before.
The words are the data of ``lexicon/data/minutes.toml`` that join_continuations reads. Left off
by default (docs/settings.md: the validation fold's unanswerable gains were paid with false
abstentions and gold).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..lazyre import lazy
from ..lexicon.wordlists import alternation
from .continuations import asks, continues, states_reply

# "deze constateringen", "die zorgen", "dit verzoek": what was said before, pointed back to
_POINTED = lazy(
    r"\b(?:deze|die|dit)\s+(?:[\w'’-]+\s+)?" + alternation("questions", "reply_to_nouns") + r"\b",
    re.I,
)


def reply_signal(
    before: str,
    text: str,
    before_speakers: Iterable[str],
    speakers: Iterable[str],
    named: Callable[[str], set[str]],
) -> str:
    """How statement ``text`` (by ``speakers``) replies to ``before`` (by ``before_speakers``)
    right before it ("continues", "reply_word", "points_back", "addressed", "names_first"),
    or "" when it does not; ``named`` gives the organisation codes a text names."""
    if not before:
        return ""
    if continues(before, text):
        return "continues"
    if states_reply(text):
        return "reply_word"
    if _POINTED.search(text):
        return "points_back"
    own, others = set(speakers), set(before_speakers) - set(speakers)
    if own and asks(before) and own & (named(before) - set(before_speakers)):
        return "addressed"
    return "names_first" if others and others & named(text) else ""


def replies_to(
    before: str,
    text: str,
    before_speakers: Iterable[str],
    speakers: Iterable[str],
    named: Callable[[str], set[str]],
) -> bool:
    """Whether statement ``text`` replies to ``before`` right before it (:func:`reply_signal`)."""
    return bool(reply_signal(before, text, before_speakers, speakers, named))


def reply_rule(
    on: bool, before: str, text: str, before_speakers: Iterable[str], speakers: Iterable[str],
    named: Callable[[str], set[str]],
) -> bool:  # fmt: skip
    """Whether the statement before may lend its topic: always with the rule off (``on``
    False), else only when ``text`` replies to it (:func:`replies_to`)."""
    return not on or replies_to(before, text, before_speakers, speakers, named)
