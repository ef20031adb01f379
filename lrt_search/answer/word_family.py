"""Another form of the same word: rules ``english_lemma_translations`` and ``dutch_verb_family``
(issue 16 session 24 task D, the topic gate's "X does not occur" for an everyday word the
question writes in another form than the minutes).

An English word FreeDict lists as a headword of its own is translated by that entry alone:
"waiting" gives "bediening" (the waiting of tables) and never the "wachten" of its lemma "wait";
"sites" has no entry, and its lemma "site" ("locatie") was never looked up. Rule
``english_lemma_translations`` finds such a word through the translations of its lemmas
(:func:`~lrt_search.lexicon.freedict.english_lemmas`) when its own find nothing.

A Dutch past tense or participle of a weak verb is stemmed apart from the forms the minutes
write ("belde" / "belt", "wachtte" / "gewacht"), and a separable particle hides the verb
("opbelde"). Rule ``dutch_verb_family`` reads the verb's stem from the endings of
``lexicon/data/inflections.toml`` (``dutch_weak_past``, ``dutch_participle_endings``, the
particles ``dutch_verb_particles``) and finds the word through the stem's other forms
(``dutch_weak_forms``), or through every form of a strong verb (``dutch_strong``, as rule
``premise_verb_forms`` reads them). A noun of general Dutch ("ruimte", "grote" is an adjective)
is no verb form: the word, or the infinitive its stem makes, must be a verb form of the
word-class table, and a frequent word the table lacks is a noun.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from ..lexicon.datafiles import bundled_toml
from ..lexicon.freedict import dutch_for, english_lemmas
from ..lexicon.wordclass import dutch_class
from ..lexicon.wordfreq import zipf
from .premise_forms import strong_verb_forms

if TYPE_CHECKING:
    from ..search.retriever import Retriever

#: The least Zipf of a word the word-class table would hold if it were no noun.
NOUN_TABLE_MIN_ZIPF = 2.5


def lemma_translation_terms(
    retriever: Retriever, word: str, index_terms: Callable[[str], set[str]]
) -> set[str]:
    """The index terms of the Dutch translations of the lemmas of the English ``word`` the topic
    check would name absent ("waiting" -> "wait" -> "wachten"; "sites" -> "site" -> "locatie");
    empty when the rule is off. A word the check leaves unchecked stays unchecked: found, it
    would dilute the words it lacks."""
    if not retriever.settings.english_lemma_translations:
        return set()
    own = set(dutch_for(word))
    out: set[str] = set()
    for lemma in english_lemmas(word):
        for dutch in dutch_for(lemma):
            if dutch in own:
                continue
            out |= index_terms(dutch)
    return out


def through_lemmas(
    retriever: Retriever,
    word: str,
    index_terms: Callable[[str], set[str]],
    found: set[str],
    absent: str,
) -> tuple[set[str], str]:
    """The topic check's ``found`` terms and ``absent`` name of the English ``word``, or, when
    it names the word absent and :func:`lemma_translation_terms` finds its lemma's
    translations, those terms and no absent name (rule ``english_lemma_translations``)."""
    if absent and (lemmas := lemma_translation_terms(retriever, word, index_terms)):
        return lemmas, ""
    return found, absent


@cache
def _data() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    data = bundled_toml("inflections.toml")
    particles = sorted((str(p) for p in data["dutch_verb_particles"]), key=len, reverse=True)
    return (
        tuple(str(e) for e in data["dutch_weak_past"]),
        tuple(str(e) for e in data["dutch_participle_endings"]),
        tuple(particles),
        tuple(str(e) for e in data["dutch_weak_forms"]),
    )


def weak_stems(word: str) -> list[str]:
    """The stems a weak verb's past tense or participle ``word`` (lower case, particle split
    off) may have, of three letters or more ("wachtte" -> "wacht", "belde" -> "bel",
    "gesteund" -> "steun")."""
    past, participle, _, _ = _data()
    out: list[str] = []
    for ending in past:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3:
            out.append(stem)
            break
    if word.startswith("ge"):
        for ending in participle:
            stem = word[2 : -len(ending)]
            if word.endswith(ending) and len(stem) >= 3:
                out.append(stem)
    return out


def weak_forms(stem: str) -> list[str]:
    """The forms of the weak verb of ``stem``: present, infinitive (also with the last consonant
    doubled: "bellen"), past and participle; never the bare stem, which is often a noun ("keer"
    of "gekeerd"), but where it is the present ("wacht")."""
    _, _, _, endings = _data()
    out = [stem + e for e in endings]
    if len(stem) >= 2 and stem[-1] not in "aeiou" and stem[-2] in "aeiou":
        out.append(stem + stem[-1] + "en")
    if stem[-1] in "td":  # "wacht": the present is the stem ("wachtt" is none)
        return [*out, stem, "ge" + stem]
    return [*out, "ge" + stem + ("t" if stem[-1] in "kfschp" else "d")]


def verb_forms(word: str) -> tuple[list[str], list[str]]:
    """The other forms of the verb the Dutch ``word`` is a form of, without its separable
    particle and with it, and the infinitives they make (for the word-class test)."""
    _, _, particles, _ = _data()
    splits = [("", word)]
    splits += [
        (p, word[len(p) :]) for p in particles if word.startswith(p) and len(word) > len(p) + 3
    ]
    forms: list[str] = []
    infinitives: list[str] = []
    for particle, rest in splits:
        found = list(strong_verb_forms(rest))
        infinitives += [particle + f for f in found[:1]] + found[:1]
        for stem in weak_stems(rest):
            made = weak_forms(stem)
            found += made
            plain = [f for f in made if f.endswith("en") and not f.endswith(("ten", "den"))]
            infinitives += plain + [particle + f for f in plain]
        forms += found + [particle + f for f in found if particle]
    return list(dict.fromkeys(f for f in forms if f != word)), infinitives


def verb_family_terms(
    retriever: Retriever, word: str, index_terms: Callable[[str], set[str]]
) -> set[str]:
    """The index terms of the other forms of the Dutch verb ``word`` is a past tense or
    participle of ("opbelde" -> "belt", "bellen"); empty when the rule is off or ``word`` is no
    verb form (a noun of general Dutch, or no infinitive of its stems a verb of the table)."""
    if not retriever.settings.dutch_verb_family:
        return set()
    if dutch_class(word) != "V" and zipf(word, "nl") >= NOUN_TABLE_MIN_ZIPF:
        return set()
    forms, infinitives = verb_forms(word)
    if dutch_class(word) != "V" and not any(dutch_class(f) == "V" for f in infinitives):
        return set()
    out: set[str] = set()
    for form in forms:
        out |= index_terms(form)
    return out
