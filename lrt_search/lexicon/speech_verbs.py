"""Rule ``speech_verb_forms_read`` (issue 16 session 28 task B2): every form of the verbs of
speech of lexicon/data/speech.toml ``speech_verbs_nl`` / ``speech_verbs_en`` - Dutch past
singular and plural, present, infinitive, participle, a particle verb's joined forms
("voorstelde", "aangaf") and its te-infinitive apart ("op te merken"); English base, "-s",
past, participle, "-ing", a phrasal verb's rest after each ("pushed for"). The words are read
as words of speech (search.query), never as topic words; a particle verb's finite form alone
("stelde") only with its particle later in its clause (search.speech_forms)."""

from __future__ import annotations

import re
from functools import cache

from .wordlists import alternation, longest_alternation, mapping, word_set


def _english_forms(base: str, past: str, participle: str) -> set[str]:
    """The forms of an English verb (its first word inflected, its rest after each)."""
    word, _, rest = base.partition(" ")
    tail = f" {rest}" if rest else ""
    if word.endswith(("s", "sh", "ch", "x")):
        s = word + "es"
    elif word.endswith("y") and word[-2] not in "aeiou":
        s = word[:-1] + "ies"
    else:
        s = word + "s"
    if word.endswith("e") and not word.endswith("ee"):
        ing = word[:-1] + "ing"
    elif word.endswith("t") and word in {"commit"}:
        ing = word + "ting"
    else:
        ing = word + "ing"
    return {base, s + tail, ing + tail, past, participle}


@cache
def speech_verb_forms() -> tuple[frozenset[str], frozenset[str]]:
    """(the one-word forms, the forms of more than one word) of every verb of speech, lower
    case; no form of ``speech_verbs_not_forms``."""
    out: set[str] = set()
    for key, (past, past_plural, present, participle) in mapping(
        "speech", "speech_verbs_nl"
    ).items():
        particle, infinitive = key.split("|")
        if particle:
            out |= {particle + infinitive, particle + past, particle + past_plural}
            out |= {particle + present, participle, f"{particle} te {infinitive}"}
        else:
            out |= {infinitive, past, past_plural, present, participle}
    for base, (past, participle) in mapping("speech", "speech_verbs_en").items():
        out |= _english_forms(base, past, participle)
    out -= word_set("speech", "speech_verbs_not_forms")
    words = frozenset(w.lower() for w in out if " " not in w)
    return words, frozenset(w.lower() for w in out if " " in w)


@cache
def separable_finites() -> dict[str, frozenset[str]]:
    """Particle -> the finite forms of its Dutch verbs of speech ("voor": "stelde", "stelden",
    "stelt", "stellen"), speech only with the particle later in the clause."""
    out: dict[str, set[str]] = {}
    for key, (past, past_plural, present, _) in mapping("speech", "speech_verbs_nl").items():
        particle, infinitive = key.split("|")
        if particle:
            out.setdefault(particle, set()).update([past, past_plural, present, infinitive])
    return {p: frozenset(forms) for p, forms in out.items()}


def speech_verb_tail(words: list[str]) -> int:
    """How many of the last ``words`` are a form of a verb of speech ("aan te geven": 3, "te
    zeggen": 2, "voorgesteld": 1), 0 when they end in none."""
    single, phrases = speech_verb_forms()
    lower = [w.strip(",").lower() for w in words]
    for n in (3, 2):
        if len(lower) >= n and " ".join(lower[-n:]) in phrases:
            return n
    if not lower or lower[-1] not in single:
        return 0
    return 2 if len(lower) >= 2 and lower[-2] == "te" else 1  # "te zeggen"


@cache
def phrase_regex() -> re.Pattern[str]:
    """The forms of verbs of speech of more than one word, as whole words in a text."""
    phrases = longest_alternation(speech_verb_forms()[1], r"\s+")
    return re.compile(rf"\b{phrases}(?!\w)", re.I)


#: The lists of words of speech of lexicon/data/speech.toml (``*`` any word ending).
SPEECH_LISTS = ("speech", "speaker_verbs_en", "speaker_verbs_nl", "speaker_participles_nl")


@cache
def speech_alternation() -> str:
    """Every word of speech as a regular expression group: the forms of
    :func:`speech_verb_forms` (one word or more, longest first) and the lists of
    :data:`SPEECH_LISTS` (search.query reads it)."""
    forms = longest_alternation(set().union(*speech_verb_forms()), r"\s+")
    lists = "|".join(alternation("speech", name) for name in SPEECH_LISTS)
    return f"(?:{forms}|{lists})"
