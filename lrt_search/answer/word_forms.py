"""Rule ``word_forms_read`` (issue 16 session 26 task E): a Dutch question word the minutes lack
as written is found through the other forms of its word that the minutes hold as written, and
shown as that word of the minutes.

Each form the rule reads is named (``lexicon/data/inflections.toml`` ``word_forms``): a verb's
present, past and participle ("legt", "woonde", "gestart", "uitgelekt": "leggen", "wonen",
"starten", "uitlekken"), a noun's plural and diminutive ("rondes", "lijstje": "ronde",
"lijst"), an adjective's declined form ("openbare": "openbaar"), with the spelling of the
stem's syllable (:func:`spellings`); a strong verb's forms (``dutch_strong``: "verving":
"vervangen"); a separable verb's particle after it ("plande in": "inplannen"); the head of a
minutes compound ("toets": "uitvoeringstoets"); a compound written apart or hyphenated
("uitvoerings toets", "flex-woningen": :func:`joined_word`). A word made of a minutes word and
a general Dutch word the minutes lack ("uitermateinvasie") is a false compound: no other lookup
finds it by its first letters (:func:`false_compound`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Container, Iterable
from typing import TYPE_CHECKING

from ..index.affixes import affixes
from ..index.analysis import dutch_stopwords, english_stopwords, words
from ..lexicon.dutch_forms import verb_particles, word_form_bounds, word_form_rules
from ..lexicon.wordfreq import zipf
from .compound_words import LINKS
from .premise_forms import strong_forms

if TYPE_CHECKING:
    from ..search.retriever import Retriever

_VOWELS = "aeiou"
_VOICED = {"f": "v", "s": "z", "v": "f", "z": "s"}


def spellings(stem: str) -> list[str]:
    """``stem`` and its spellings in another syllable: a final consonant doubled or undoubled
    ("leg", "legg"), the last vowel doubled or undoubled ("won", "woon"), and the final f/s
    voiced or v/z unvoiced ("leef", "leev"); one change, or a vowel change with voicing."""
    out = [stem]
    last, vowel = stem[-1:], stem[-2:-1]
    if len(stem) >= 3 and last not in _VOWELS:
        if stem[-2] == last:
            out.append(stem[:-1])
        else:
            out.append(stem + last)
        if vowel in "aeou" and stem[-3] == vowel:
            out.append(stem[:-3] + stem[-2:])
        elif vowel in "aeou" and stem[-3] not in _VOWELS:
            out.append(stem[:-1] + vowel + last)
    for form in list(out):
        if form[-1:] in _VOICED:
            out.append(form[:-1] + _VOICED[form[-1]])
    return list(dict.fromkeys(out))


def _forms(word: str, verbs: bool = True) -> list[str]:
    """The forms of ``word``'s word by the named paradigms (a participle's "ge-" dropped and put
    back); not ``verbs``: by those of nouns and adjectives only (a compound's head: "gezicht"
    is no "zicht", "gebouwd" no "gebouwen")."""
    out: list[str] = []
    for name, endings, least_stem in word_form_rules():
        if name == "verb" and not verbs:
            continue
        bare = [word]
        if name == "verb" and word.startswith("ge") and len(word) > 5:
            bare.append(word[2:])
        for form in bare:
            for ending in endings:
                if not form.endswith(ending) or len(form) - len(ending) < least_stem:
                    continue
                for stem in spellings(form[: len(form) - len(ending)]):
                    out += [stem + e for e in endings]
                    if name == "verb":
                        out += ["ge" + stem + "t", "ge" + stem + "d"]
    return out


def paradigm_forms(word: str) -> list[str]:
    """Every form of ``word``'s word by the named paradigms and the strong verbs, with a
    particle at its start kept before each ("aanpast": "aanpassen", "aangepast", ...); whether
    the minutes write them or not (rule ``premise_restatements_read``)."""
    particles_in = sorted(verb_particles(), key=len, reverse=True)
    lead = next((p for p in particles_in if word.startswith(p) and len(word) > len(p) + 3), "")
    rest = word[len(lead) :]
    return [lead + f for f in (*strong_forms(rest), *_forms(rest))]


def minutes_forms(retriever: Retriever, word: str, particles: Iterable[str] = ()) -> list[str]:
    """The words of the minutes (as written) that are another form of the Dutch ``word``'s
    word: by its paradigms, as a strong verb, after a particle at its start ("uitgelekt") or
    standing after it in the question (``particles``: "plande in"); [] when none."""
    vocabulary = retriever.analyzer.vocabulary
    _, least_word = word_form_bounds()
    particles_in = sorted(verb_particles(), key=len, reverse=True)
    lead = next((p for p in particles_in if word.startswith(p) and len(word) > len(p) + 4), "")
    candidates = [*strong_forms(word), *_forms(word)]  # a strong verb's own forms first
    if lead:
        rest = word[len(lead) :]
        candidates += [lead + f for f in (*strong_forms(rest), *_forms(rest))]
    # a particle after the word makes the separable verb's form first ("voert uit": "uitvoeren")
    joined = [p + f for p in particles for f in (word, *candidates)]
    found = [
        c for c in dict.fromkeys(joined + candidates)
        if c != word and len(c) >= least_word and c in vocabulary
    ]  # fmt: skip
    if particles and not any(f.startswith(tuple(particles)) for f in found):
        # the minutes write the separable verb in no form, but a word of its stem: "past ...
        # aan" is "aanpassen", whose stem the minutes' "aanpassing" has
        # an infinitive general Dutch writes first: "aanpassen", not "aanpas", "aanpasen"
        infinitives = sorted(joined, key=lambda f: (not f.endswith("en"), -zipf(f, "nl")))
        found = _stem_held(retriever, infinitives)[:1] + found
    return found


def _stem_held(retriever: Retriever, forms: Iterable[str]) -> list[str]:
    """The ``forms`` whose own stem (not only a compound part) is an index term."""
    known = retriever.bm25.terms
    out = []
    for form in dict.fromkeys(forms):
        terms = retriever.analyzer.tokenize_query(form, known)
        if terms and terms[0] in known:
            out.append(form)
    return out


def compound_heads(retriever: Retriever, word: str) -> list[str]:
    """The minutes' compounds whose head (last part, five letters or more) is ``word`` or another
    form of its word, after a modifier that is a word of the minutes or a general Dutch word
    (Zipf 3 or more), with or without a linking "s"/"e"/"en": "toets": "uitvoeringstoets",
    "centra": "coordinatiecentrum", not "king": "bekendmaking", "bouw": "bijbouwen" (looked
    up by suffix; a noun's or adjective's forms only)."""
    lookup = affixes(retriever)
    vocabulary = retriever.analyzer.vocabulary
    out: list[str] = []
    for form in (word, *_forms(word, verbs=False)):
        if len(form) < 5:
            continue
        for compound in sorted(lookup.ending(form)):
            modifier = compound[: -len(form)]
            if modifier and _is_word(modifier, vocabulary):
                out.append(compound)
    return list(dict.fromkeys(out))


def synonyms_of(retriever: Retriever, word: str) -> list[str]:
    """The synonym table's phrases for ``word``, else (rule ``word_forms_read``) for the first
    other form of its word it knows ("asielzoekerscentra": those of "asielzoekerscentrum")."""
    synonyms = retriever.synonyms
    if synonyms is None:
        return []
    found = list(synonyms.expand(word))
    if found or not retriever.settings.word_forms_read:
        return found
    return next((list(p) for f in _forms(word) if f != word and (p := synonyms.expand(f))), [])


def _is_word(modifier: str, vocabulary: Container[str]) -> bool:
    """A word of the minutes or a general Dutch word, as written or without a linking
    morpheme ("uitvoerings", "coordinatie"); no stopword or verb particle (a particle before a
    verb makes a separable verb: "bijbouwen" is no kind of "bouw")."""
    if modifier in dutch_stopwords() or modifier in verb_particles():
        return False
    bare = [modifier] + [modifier[: -len(x)] for x in LINKS if modifier.endswith(x)]
    return any(len(b) >= 3 and (b in vocabulary or zipf(b, "nl") >= 3.0) for b in bare)


def joined_word(retriever: Retriever, first: str, second: str) -> str:
    """The minutes' word that ``first`` and ``second`` written together make (a compound written
    apart or hyphenated: "flex woningen", "uitvoerings toets"), or another form of it; ""."""
    joined = first + second
    if joined in retriever.analyzer.vocabulary:
        return joined
    return next(iter(minutes_forms(retriever, joined)), "")


def joined_units(retriever: Retriever, topic: str) -> list[tuple[str, tuple[str, str]]]:
    """The pairs of adjacent words of ``topic`` that :func:`joined_word` joins, with that word;
    a stopword joins only where a hyphen joins it ("terug-houdend")."""
    tokens = words(topic)
    stop = dutch_stopwords()
    lowered = topic.lower()
    out = []
    for first, second in itertools.pairwise(tokens):
        if not (first.isalpha() and second.isalpha()) or min(len(first), len(second)) < 3:
            continue
        if (first in stop or second in stop) and f"{first}-{second}" not in lowered:
            continue
        if joined := joined_word(retriever, first, second):
            out.append((joined, (first, second)))
    return out


def verbs_apart(retriever: Retriever, topic: str) -> list[tuple[str, tuple[str, str]]]:
    """The separable verbs ``topic`` writes apart that the word lookup would not read: a
    te-infinitive ("aan te passen", "op te nemen": also a verb that is a stopword), and a verb
    an English stopword list holds with its particle after it (:func:`particles_after`: "past
    de gemeente de regeling aan"); each the minutes' word it is (:func:`minutes_forms` with its
    particle), with its verb and particle."""
    tokens = words(topic)
    pairs = [(p, v) for p, te, v in zip(tokens, tokens[1:], tokens[2:], strict=False) if te == "te"]
    english = english_stopwords() - dutch_stopwords()
    pairs += [(p, v) for v in tokens if v in english for p in particles_after(topic, v)[:1]]
    out = []
    for particle, verb in pairs:
        if particle not in verb_particles() or not verb.isalpha():
            continue
        held = [f for f in minutes_forms(retriever, verb, [particle]) if f.startswith(particle)]
        if held:
            out.append((held[0], (particle, verb)))
    return out


def te_particles(topic: str, question: str) -> str:
    """``topic`` (an implied topic: the question's content words) with the particle and "te"
    that stand before a word of it in ``question`` put back ("tekst passen" of "om de tekst
    aan te passen": "tekst aan te passen"), so that :func:`verbs_apart` reads the verb."""
    tokens = words(question)
    before = {
        v: f"{p} te {v}"
        for p, te, v in zip(tokens, tokens[1:], tokens[2:], strict=False)
        if te == "te" and p in verb_particles()
    }
    out: list[str] = []
    for word in topic.split():
        if word.lower() in before and out and out[-1].lower() == before[word.lower()].split()[0]:
            out.pop()  # the particle is a content word of the topic already ("mee")
        out.append(before.get(word.lower(), word))
    return " ".join(out)


def particles_after(topic: str, word: str) -> list[str]:
    """The verb particles that stand after ``word`` in ``topic`` where a particle stands: last,
    or before another particle or preposition of the list ("plande ze in", "denkt mee over");
    one before its object is a preposition ("bouw van windmolens bij opvanglocaties")."""
    tokens = words(topic)
    if word not in tokens:
        return []
    particles = verb_particles()
    after = tokens[tokens.index(word) + 1 :]
    return [
        t
        for i, t in enumerate(after)
        if t in particles and (i + 1 == len(after) or after[i + 1] in particles)
    ]


def false_compound(
    retriever: Retriever,
    word: str,
    index_terms: Callable[[str], set[str]],
) -> bool:
    """``word`` is a minutes word (five letters or more, no stopword) with a general Dutch word
    after it (four letters or more, Zipf 3 or more) that the minutes lack in every form and as
    a compound's head, an optional linking "s"/"e"/"en" between ("uitermateinvasie",
    "omschrijvingomzetten"), and no other cut of it is a minutes word before a word they hold
    ("crisis|stand", not "crisis|s|tand")."""
    vocabulary = retriever.analyzer.vocabulary
    lacking = False
    for cut in range(5, len(word) - 3):
        modifier, head = word[:cut], word[cut:]
        if modifier not in vocabulary or modifier in dutch_stopwords():
            continue
        for link in ("", *LINKS):
            rest = head[len(link) :]
            if not head.startswith(link) or len(rest) < 4:
                continue
            if index_terms(rest) or minutes_forms(retriever, rest):
                return False
            if compound_heads(retriever, rest) or synonyms_of(retriever, word):
                return False
            lacking = lacking or zipf(rest, "nl") >= 3.0
    return lacking
