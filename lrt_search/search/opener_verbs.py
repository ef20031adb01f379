"""Rule ``sentence_opener_verbs_unnamed`` (issue 16 session 30 task B; blind29 class 1): a
capitalised finite verb or auxiliary that opens a sentence of the question - its first, or one
after ". ", "? ", "! ", ": " or a line break - is no part of the name that follows it ("Onze
raad wordt nerveus. Zag de VNG dat ook zo?": "VNG", not "Zag de VNG"; "Vindt het COA ...",
"Should the IPO ...", "Didn't Kolff ..."). Before, :func:`~.phrases.names_in` dropped only the
question words and auxiliaries of questions.toml ``not_names``, and a later check
(answer/names.py ``known_form``) set a first word aside only at the question's very start.

A verb is read from the lexicon's data, no list of its own: the auxiliaries, modals and verbs
of questions.toml, speech.toml, function_words.toml, topics.toml and amounts.toml, the present
and past forms of inflections.toml ``dutch_strong`` (with a prefix of ``dutch_verb_prefixes``:
"besloot"), and a word the word-class table (Hunspell nl) reads as a verb with no noun or
adjective reading, but no present participle ("samenwerkende"). A weak past or present the
table reads as an adjective (a participle's: "Berekende", "Beheerste", "Verstopt") counts when
its stem makes a verb of the table and no capitalised general word follows ("Rode Kruis",
"Oude Pekela", "Groot Wassink" stay names). Known miss: "Verenigde" is a verb of the table, so
"Verenigde Naties" opening a sentence is read "Naties" (no such name in the minutes).
"""

from __future__ import annotations

import re
from functools import cache

from ..lazyre import lazy
from ..lexicon.datafiles import bundled_toml
from ..lexicon.dutch_forms import class_form
from ..lexicon.wordclass import dutch_class
from ..lexicon.wordfreq import zipf
from ..lexicon.wordlists import word_set

#: The lexicon's lists of auxiliaries, modals and finite verbs (kind, name).
_LISTS = (
    ("questions", "part_openers"), ("questions", "do_support"),
    ("speech", "auxiliaries_in_who_en"), ("speech", "subject_of_verb_before"),
    ("speech", "actor_verbs_before"), ("speech", "possibility_modals"),
    ("speech", "speaker_verbs_nl"), ("speech", "yes_no_auxiliaries"),
    ("speech", "counted_speech"), ("function_words", "passive_auxiliaries"),
    ("function_words", "perfect_passive_auxiliaries"),
    ("function_words", "passive_auxiliaries_en"), ("topics", "mention_auxiliaries"),
    ("topics", "perfect_auxiliaries"), ("amounts", "auxiliaries"),
)  # fmt: skip
_NEGATION = lazy(r"n[’']t$")
#: What comes before a sentence's first word: a colon or a line break, or a word and the mark
#: that ends a sentence (:func:`ends_sentence` tells a full stop of "dhr." from one).
_OPENING = lazy(r"(?:[:\n]|(?P<word>[\w'’.-]*)(?P<mark>[.!?]))\s*$")
#: A capitalised word after a participle that opens a name is a general word of this Zipf.
_GENERAL = 3.0


@cache
def _strong() -> frozenset[str]:
    rows = bundled_toml("inflections.toml")["dutch_strong"]
    return frozenset(str(form) for row in rows for form in row[1:4])


@cache
def _listed() -> frozenset[str]:
    out: set[str] = set(_strong())
    for kind, name in _LISTS:
        out |= word_set(kind, name)
    return frozenset(out)


@cache
def _prefixes() -> tuple[str, ...]:
    return tuple(str(p) for p in bundled_toml("inflections.toml")["dutch_verb_prefixes"])


def _lexicon_verb(low: str) -> bool:
    """``low`` is a form of the lexicon's lists, or a strong form with a verb prefix."""
    if low in _listed():
        return True
    return any(
        low.startswith(p) and low[len(p) :] in _strong() for p in _prefixes() if len(low) > len(p)
    )


def _table_class(low: str) -> str:
    """The word-class table's class of ``low`` (or of its inflected form): "V" a verb, "A" an
    adjective; "" for a word with a noun reading or a present participle ("samenwerkende": an
    infinitive + "d(e)", where "berekende" is a stem, "berekenen", + "de")."""
    stem = low.removesuffix("e").removesuffix("d")
    if stem != low and stem.endswith("en") and dutch_class(stem + "en") != "V":
        return ""
    return dutch_class(class_form(low))


def _weak_form(low: str) -> bool:
    """``low`` is a weak past ("-de", "-te") or present ("-t") of a verb of the word-class table:
    its stem + "en" (the consonant doubled, or a long vowel written single) is one ("beheerste":
    "beheersen", "verstopt": "verstoppen"; "oude", "groot" are none)."""
    stem = low[:-2] if low.endswith(("de", "te")) else low[:-1] if low.endswith("t") else ""
    if len(stem) < 3:
        return False
    single = re.sub(r"([aeou])\1(?=[^aeiou]$)", r"\1", stem)
    forms = (stem + "en", stem + stem[-1] + "en", single + "en")
    return any(dutch_class(f) == "V" for f in forms)


def opener_verb(word: str, after: str = "") -> bool:
    """Whether ``word``, opening a sentence before ``after`` (the next word of its run of
    capitalised words), is a finite verb or auxiliary and so no part of a name."""
    low = _NEGATION.sub("", word.lower().strip("'’"))
    if _lexicon_verb(low) or (low != word.lower() and _lexicon_verb(low + "n")):  # "can't"
        return True
    kind = _table_class(low)
    if kind == "V":
        return True
    if kind != "A" or not _weak_form(low):
        return False
    # a weak past or a present that is a participle's adjective too ("Berekende", "Verstopt"):
    # not before a capitalised general word ("Verenigde Naties", "Rode Kruis")
    general = after[:1].isupper() and not after.isupper() and zipf(after.lower(), "nl") >= _GENERAL
    return not general


# The end of a sentence before the next one's first word ("... voor. Hoeveel"), and the word
# it ends; not a form of address ("dhr. Kolff"), an initial ("A. Bakker") or "t.a.v.".
_SENTENCE_END = lazy(r"(?P<word>[\w'’.-]*)[.!?]\s+$")
_HONORIFICS = word_set("roles", "honorifics")


def opens_sentence(question: str, at: int, sentence_starts: bool) -> bool:
    """Whether ``at`` opens ``question`` or, with rule ``sentence_start_not_names``
    (``sentence_starts``), a later sentence of it ("Ik bereid een raadsvergadering voor.
    Hoeveel statushouders ...?")."""
    if at == 0:
        return True
    end = _SENTENCE_END.search(question[:at]) if sentence_starts else None
    return ends_sentence(end.group("word") if end else "")


def ends_sentence(word: str) -> bool:
    """Whether a full stop after ``word`` ends a sentence: not after a form of address ("dhr.
    Kolff", lexicon/data/roles.toml ``honorifics``), an initial ("A. Bakker") or "t.a.v."."""
    return len(word) > 2 and "." not in word and word.lower() not in _HONORIFICS


def verb_opens(question: str, at: int, parts: list[str]) -> bool:
    """Whether the run of capitalised words ``parts`` at ``at`` of ``question`` opens a sentence
    with a finite verb or auxiliary (:func:`opener_verb`; alone too: "...: Hoopt de VNG")."""
    if not parts or not opener_verb(parts[0], parts[1] if len(parts) > 1 else ""):
        return False
    end = _OPENING.search(question[:at]) if at else None
    if at == 0 or (end is not None and end["mark"] in (None, "?", "!")):
        return True
    return end is not None and _ends(end["word"])


def _ends(word: str) -> bool:
    """A full stop after ``word`` ends a sentence (:func:`ends_sentence`), also after
    a lower-case word of two letters ("Ik zoek het na. Zag ..."; no initial, no "dhr.")."""
    two = len(word) == 2 and word.islower() and word not in _HONORIFICS
    return two or ends_sentence(word)


__all__ = ["ends_sentence", "opener_verb", "opens_sentence", "verb_opens"]
