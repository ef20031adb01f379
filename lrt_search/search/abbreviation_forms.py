"""Rule ``abbreviation_forms``: an abbreviation of the minutes inflected or compounded as users
type it is read as the abbreviation before the question is read (issue 16 session 24 task D2).

- The person suffix ("amv'ers", "amv-ers", "amvers", "PRT'er": ``abbreviation_suffixes`` of
  lexicon/data/inflections.toml) is read as the abbreviation ("amv"), unless the joined form is
  a word of the minutes ("OEK'ers": the minutes write it, the index holds "oekers"; "OEK-ers"
  is read as it).
- A compound written joined ("brpinschrijving", "dslwoningen", "hlrtniveau"; Dutch writes a
  hyphen after an abbreviation) is read hyphenated ("brp-inschrijving"), so its parts are read
  as the hyphenated compound's: the abbreviation and a word of the minutes or of general Dutch
  (Zipf 3 or more) of four letters or more. The joined word itself must be no word of the
  minutes nor of general Dutch or English ("coastal" is no "coa-stal").

The abbreviations are those rule ``spoken_abbreviations`` reads (the organisations' codes and
aliases, the minutes' words in capitals), plus the glossary's short Dutch terms of no general
use ("amv", "azc"), three letters or more for a joined form. A plural "s" without apostrophe
the analyzer reads ("DSLs" -> "dsl", ``DutchAnalyzer.tokenize_query``) except after a "v" or
"z", which the stemmer changes ("amvs" -> "amf"): there it is read as "'s" ("amv's"). Each
reading is named in the answer's notes ("abbreviation: amv'ers -> amv").
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass
from re import Match
from typing import TYPE_CHECKING

from ..lazyre import lazy
from ..lexicon.wordfreq import zipf
from ..lexicon.wordlists import words

if TYPE_CHECKING:
    from .retriever import Retriever

#: A word, with an apostrophe or hyphen and a second word joined to it.
_FORM = lazy(r"(?<![\w'’-])([^\W\d_]+)(?:(['’-])([^\W\d_]+))?(?![\w'’-])")
#: Zipf frequency from which a word is a word of general Dutch.
GENERAL_ZIPF = 3.0
#: The last letters the Dutch Snowball stemmer changes before a plural "s" ("amvs" -> "amf").
STEM_CHANGES = "vz"
#: The fewest letters of an abbreviation read in a joined form, and of the word after it.
JOINED_ABBREVIATION, JOINED_PART = 3, 4


@dataclass(frozen=True)
class Expansion:
    """One abbreviation read: ``word`` as the question writes it, ``full`` as it is read (a chat
    abbreviation's full form, search.abbreviations; or an inflected form's abbreviation,
    "amv'ers" -> "amv")."""

    word: str
    full: str

    def note(self) -> str:
        """The answer's note of this reading."""
        return f"abbreviation: {self.word} -> {self.full}"


def suffixes() -> tuple[str, ...]:
    """The person suffixes an abbreviation takes ("ers", "er"), longest first."""
    return tuple(sorted(words("inflections", "abbreviation_suffixes"), key=len, reverse=True))


def _joined(word: str, abbreviations: Container[str], is_word: Callable[[str], bool]) -> str | None:
    """``word`` (no apostrophe or hyphen) read as an abbreviation with a suffix or a word after
    it: the abbreviation ("amvers" -> "amv") or the hyphenated compound ("brpinschrijving" ->
    "brp-inschrijving"); None when it is no such form or is a word itself."""
    low = word.lower()
    if is_word(low) or not _rare(low):  # a word of the minutes, of Dutch or English ("coastal")
        return None
    for cut in range(len(low) - 1, JOINED_ABBREVIATION - 1, -1):
        if low[:cut] not in abbreviations:
            continue
        rest = low[cut:]
        if rest in suffixes():
            return word[:cut]
        if rest == "s" and low[cut - 1] in STEM_CHANGES:  # "amvs": the stemmer's "amf"
            return f"{word[:cut]}'s"
        if len(rest) >= JOINED_PART and (is_word(rest) or zipf(rest, "nl") >= GENERAL_ZIPF):
            return f"{word[:cut]}-{word[cut:]}"
    return None


def read_forms(
    question: str, abbreviations: Container[str], is_word: Callable[[str], bool]
) -> tuple[str, tuple[Expansion, ...]]:
    """``question`` with its abbreviations' inflected and joined forms read (see the module);
    ``abbreviations`` in lower case, ``is_word(word)``: whether the minutes write ``word``
    (lower case, folded)."""
    made: list[Expansion] = []

    def read(m: Match[str]) -> str:
        base, mark, rest, written = m.group(1), m.group(2), m.group(3), m.group(0)
        if mark is not None:
            if base.lower() not in abbreviations or rest.lower() not in suffixes():
                return written
            out = base
            if is_word((base + rest).lower()):  # the minutes' own "OEK'ers"
                if mark != "-":
                    return written
                out = f"{base}'{rest}"
        else:
            joined = _joined(base, abbreviations, is_word)
            if joined is None:
                return written
            out = joined
        made.append(Expansion(written, out))
        return out

    return _FORM.sub(read, question), tuple(made)


def abbreviations_of(retriever: Retriever) -> frozenset[str]:
    """The abbreviations the rule reads, in lower case (see the module)."""
    from .spoken_letters import known_abbreviations

    found = {a.lower() for a in known_abbreviations(retriever).values()}
    for entry in retriever.glossary.entries:
        for term in entry.nl:
            low = term.lower().removesuffix("'s")
            if low.isalpha() and 2 <= len(low) <= 5 and _rare(low):
                found.add(low)
    return frozenset(found)


def _rare(word: str) -> bool:
    return max(zipf(word, "nl"), zipf(word, "en")) < GENERAL_ZIPF


def read_abbreviation_forms(retriever: Retriever, question: str) -> tuple[str, list[str]]:
    """``question`` as read by rule ``abbreviation_forms`` against ``retriever``'s index, and
    the notes of its readings; unchanged with the rule off."""
    if not retriever.settings.abbreviation_forms:
        return question, []
    from ..index.facts import corpus_facts

    facts = corpus_facts(retriever.chunks)
    text, made = read_forms(question, abbreviations_of(retriever), lambda w: w in facts)
    return text, [f.note() for f in made]


__all__ = ["Expansion", "abbreviations_of", "read_abbreviation_forms", "read_forms", "suffixes"]
