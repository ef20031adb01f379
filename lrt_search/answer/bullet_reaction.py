"""Rule ``reply_reactions_read``: for a question that asks a reply, the bullet before lends its
topic to the asked speaker's bullet only when that bullet reacts to it.

A quote by the asked speaker is *anchored* (``Quote.anchored``): the topic terms of the statement
right before it in its item count as its own, so "What did the state secretary answer to the CdK
about doelgroepbeperkingen?" finds "Staatssecretaris antwoordt dat dat momenteel niet kan" after
"CdK vraagt aandacht voor doelgroepbeperkingen ...". But a question asking B's reply to A ("Hoe
reageerde de CdK op het IPO over de uitvoeringstoets?") was then answered by any bullet of B
that follows one of A, also B's own next point. With this rule, when the question asks a reply
(``part_neighbours.asks_reply``) and the bullet before is by another speaker, it lends only when
B's bullet reacts to it (:func:`reaction_signal`), with or without a reply word:

- ``reply_word``: its first sentence says it replies or refers to the question ("antwoordt",
  "reageert", "de vraag", "de vragen"; ``reply_markers``, ``reply_reference`` of
  ``lexicon/data/minutes.toml``); a later sentence answers what the bullet itself states first
  ("In algemene zin missen medeoverheden regie ... Staatssecretaris van JenV antwoordt ...");
- ``points_back``: it opens with a word pointing back ("Dit", "Daarop", "Hierbij");
- ``agrees``: it agrees, supports, understands or takes the point along ("sluit zich hierbij
  aan", "steunt het voorstel", "heeft begrip voor deze constateringen"; ``agreed`` of
  stances.toml and ``reaction_words`` of stances.toml) in a sentence that points back or names
  A (not "Zij is het eens met de inzet van het kabinet");
- ``names_first``: it names A; ``addressed``: the bullet before asks or requests and names B;
- ``takes_up``: it shares a word with the bullet before that the item heading does not hold,
  other than the words of asking and the speakers' names ("CdK roept op werk te maken van
  Tussenvoorzieningen" -> "BZK ... aan de slag met flexwoningen, tussenvoorzieningen"), or a
  compound's first part ("niet tijdig bekend is gemaakt" -> "Ook al laat de bekendmaking ...
  op zich wachten").

Otherwise B's bullet is its own point ("IPO pleit ook voor een integraal pakket" after the CdK's
call for instruments) and the bullet before lends nothing. A bullet before with no speaker, or
by B itself, lends as without the rule. Table: tests/data/bullet_replies.toml
(eval/make_bullet_replies.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..lazyre import lazy
from ..lexicon.wordlists import regex_text, word_regex
from .continuations import points_back, states_reply

_REQUESTS = lazy(regex_text("stances", "requests"), re.I)
_WORD = lazy(r"[^\W\d_]{5,}")
_SENTENCE = lazy(r"(?<=[.!?;])\s+")


def asks_or_requests(text: str) -> bool:
    """Whether ``text`` asks, requests or proposes (a question mark, ``question_markers``,
    ``requests`` of stances.toml)."""
    return (
        "?" in text
        or bool(word_regex("minutes", "question_markers").search(text))
        or bool(_REQUESTS.search(text))
    )


def _asking_words(text: str) -> str:
    """The words of asking and requesting in ``text`` (they do not make a shared subject)."""
    found = [m.group(0) for m in word_regex("minutes", "question_markers").finditer(text)]
    return " ".join(found + [m.group(0) for m in _REQUESTS.finditer(text)])


def _agrees(text: str, others: set[str], named: Callable[[str], set[str]]) -> bool:
    """Whether a sentence of ``text`` agrees or reacts (``agreed``, ``reaction_words``) with a
    word pointing back (``refers_back`` of minutes.toml: "hierbij", "dit", "het voorstel") or
    naming a speaker of the bullet before (``others``): "Zij is het eens met de inzet van het
    kabinet" agrees with someone else."""
    for sentence in _SENTENCE.split(text):
        if not (
            word_regex("stances", "agreed").search(sentence)
            or word_regex("stances", "reaction_words").search(sentence)
        ):
            continue
        if word_regex("minutes", "refers_back").search(sentence) or others & named(sentence):
            return True
    return False


def reaction_signal(
    before: str,
    text: str,
    before_speakers: Iterable[str],
    speakers: Iterable[str],
    named: Callable[[str], set[str]],
    terms: Callable[[str], set[str]],
    heading: str = "",
) -> str:
    """How statement ``text`` (by ``speakers``) reacts to ``before`` (by ``before_speakers``)
    right before it, or "" when it does not (the module docstring); ``named`` gives the
    organisation codes a text names, ``terms`` its index terms."""
    own, others = set(speakers), set(before_speakers) - set(speakers)
    if states_reply(_SENTENCE.split(text.strip(), maxsplit=1)[0]):
        return "reply_word"
    if points_back(text):
        return "points_back"
    if _agrees(text, others, named):
        return "agrees"
    if others & named(text):
        return "names_first"
    if own and asks_or_requests(before) and own & (named(before) - set(before_speakers)):
        return "addressed"
    codes = {c.lower() for c in own | set(before_speakers) | named(before) | named(text)}
    apart = terms(heading) | terms(_asking_words(before)) | codes
    if (terms(before) & terms(text)) - apart:
        return "takes_up"
    return "takes_up" if _compound_part(before, text, apart, terms) else ""


def _compound_part(
    before: str, text: str, apart: set[str], terms: Callable[[str], set[str]]
) -> bool:
    """Whether a word of 5+ letters of one bullet opens a longer word of the other (a compound
    part the stemmer does not share: "bekend gemaakt" / "de bekendmaking"), the word not
    ``apart``."""
    one, two = (set(_WORD.findall(t.lower())) for t in (before, text))
    return any(
        b != a and b.startswith(a) and not terms(a) & apart
        for x, y in ((one, two), (two, one))
        for a in x
        for b in y
    )


def lends_before(
    on: bool,
    reply_asked: bool,
    before_speakers: Iterable[str],
    speakers: Iterable[str],
    signal: Callable[[], str],
) -> bool:
    """Whether the statement before may lend its topic: always with the rule off (``on``
    False), when the question asks no reply, when the one before has no speaker or shares one
    with the quote; else only when the quote reacts to it (``signal`` non-empty)."""
    before = set(before_speakers)
    if not (on and reply_asked and before) or before & set(speakers):
        return True
    return bool(signal())
