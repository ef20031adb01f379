"""Rule ``person_names_not_topic``: a person of the attendee lists named in the question is a
name, never a topic word (blind29 class 4).

"And the new State Secretary in November 2023, Van der Maat, he kind of asks everyone for
patience" read "Maat" as a topic word beside the speaker SJenV: the minutes write "SJenV" and
"hij" on the statement that answers, and "maat" is also a Dutch word (and a part of
"maatregelen"), so the gold failed ``implied_topic_quoted`` and the one line naming him was
quoted. Rule ``speaker_name_not_topic`` left out only the words of a person read as the speaker
through the attendee lists; a person named beside an office or an organisation ("de minister,
De Jonge, ...", "Kip van Aedes"), or named in the topic ("de vervanging van Van der Burg"),
stayed. The persons are the attendee lists' surnames as listed ("Van der Maat", "Groot
Wassink", "Bruins Slot"; the index's ``present_lists``) and their last words (``attendee_orgs``);
one is named where the question writes its surname with a capital (or after a form of address,
"meneer de jonge"), its particles, form of address, title words and initials before it. A
surname that is a common Dutch word (Zipf ``COMMON_WORD`` or more: "Maat", "Slot", "Kip") alone
counts only after such a word, after a particle or inside a longer listed name, or not as the
question's first word. A topic that is only the person ("Wat zei SJenV over Van der Burg?")
keeps it: the person is then what is asked about.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from ..index.facts import ENTRY, corpus_facts
from ..lexicon.surnames import COMMON_WORD
from ..lexicon.textnorm import fold_accents
from ..lexicon.wordfreq import zipf
from ..lexicon.wordlists import word_set, words
from .attendance import people_orgs

if TYPE_CHECKING:
    from ..search.retriever import Retriever

_TOKEN = re.compile(r"[\w][\w'’.-]*")
_INITIAL = re.compile(r"^(?:[A-Z]\.)+$")
_OF = frozenset(["van", "of", "from"])
_TITLES = re.compile(r"^(?:dhr|mw|mevr|mr|mrs|ms|dr|drs|prof)\.?\s+", re.I)


@cache
def _before_name() -> frozenset[str]:
    """Words that stand before a surname: forms of address and one-word titles (roles.toml)."""
    titles = [*words("roles", "honorifics"), *words("roles", "office_titles")]
    return frozenset(w for w in titles if " " not in w)


def listed_names(retriever: Retriever) -> tuple[tuple[str, ...], ...]:
    """The surnames of the attendee lists as folded word sequences, longest first: as listed
    ("van der maat", "groot wassink") and their last words ("maat", "wassink")."""
    cached = getattr(retriever, "_listed_names", None)
    if cached is not None:
        return cached
    names = {(key,) for key in people_orgs(retriever)}
    for _, people in corpus_facts(retriever.chunks).present_lists(None, None) or []:
        for m in ENTRY.finditer(people.replace("\n", ", ")):
            name = _TITLES.sub("", m.group(0).partition("(")[0].strip(" ,.:")).strip()
            seq = tuple(_fold(w) for w in name.split() if not _INITIAL.match(w))
            if seq and seq[-1] in people_orgs(retriever):
                names.add(seq)
    out = tuple(sorted(names, key=len, reverse=True))
    retriever._listed_names = out  # type: ignore[attr-defined]
    return out


def _fold(word: str) -> str:
    return fold_accents(word.lower()).removesuffix("'s").removesuffix("’s").strip(".,")


def person_words(retriever: Retriever, question: str) -> frozenset[str]:
    """The folded words of ``question`` that name a person of the attendee lists, with the
    particles, forms of address, titles and initials before the surname."""
    tokens = [m.group(0).rstrip(".,") or m.group(0) for m in _TOKEN.finditer(question)]
    folded = [_fold(t) for t in tokens]
    particles = word_set("function_words", "name_particles")
    taken: set[int] = set()
    for name in listed_names(retriever):
        core = [w for w in name if w not in particles] or list(name)
        for i in range(len(tokens) - len(core) + 1):
            if folded[i : i + len(core)] != core or taken & set(range(i, i + len(core))):
                continue
            start, address = i, False
            while start > 0 and (
                folded[start - 1] in particles
                or folded[start - 1] in _before_name()
                or _INITIAL.match(tokens[start - 1])
            ):
                start -= 1
                address = address or folded[start] not in particles
            capital = tokens[i][:1].isupper()
            cue = address or (capital and start < i)
            common = len(core) == 1 and zipf(core[0], "nl") >= COMMON_WORD
            if not (capital or cue) or (common and not cue and i == 0):
                continue
            end = i + len(core)
            if (
                end + 1 < len(tokens)
                and folded[end] in _OF
                and retriever.orgs.resolve(tokens[end + 1])
            ):
                end += 2  # "Kip van Aedes", "De Reus of the IPO" is read by the alias table
            taken |= set(range(start, end))
    return frozenset(folded[i] for i in taken if folded[i] not in particles)


def person_free_topic(
    retriever: Retriever, question: str, explicit: str, implied: Callable[[], str]
) -> tuple[str, bool]:
    """The topic of ``question`` without the words that name a person of the attendee lists,
    and whether it is implied: the "about X" phrase ``explicit``, else the ``implied`` one; an
    "about X" phrase that is only the person ("Waarom noemde De Reus de interventieladder?"
    reads "De Reus" after "noemde") gives way to the implied topic, and stays when that has
    no word either ("Wat zei SJenV over Van der Burg?": the person is what is asked about)."""
    named = person_words(retriever, question)
    if not named:
        return (explicit, False) if explicit else (implied(), True)
    if explicit:
        kept = _without(explicit, named)
        if kept:
            return kept, False
        rest = _without(implied(), named)
        return (rest, True) if rest else (explicit, False)
    topic = implied()
    return _without(topic, named) or topic, True


def _without(topic: str, named: frozenset[str]) -> str:
    """``topic`` without the words of ``named``; "" when no word of content is left."""
    kept = [w for w in topic.split() if _fold(w) not in named]
    return " ".join(kept) if any(_fold(w) not in _stop() for w in kept) else ""


@cache
def _stop() -> frozenset[str]:
    from ..index.analysis import dutch_stopwords, english_stopwords

    return frozenset(dutch_stopwords() | english_stopwords())
