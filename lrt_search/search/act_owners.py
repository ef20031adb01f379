"""Rule ``act_owners_read`` (issue 16 session 28 task C2): a body named as the owner of the
act a question asks about is not the speaker. "Wat antwoordde de CdK op het pleidooi van het
IPO", "What did the state secretary say about the VNG's concerns", "Wat werd er gezegd over het
verzoek van de kant van de VNG": the reply (or any statement on the act) answers, not the
owner's own bullet. Found by the generated table tests/data/object_bodies.toml
(eval/make_object_bodies.py). The words are data: a noun of speech (speech.toml ``speech``,
not a word of ``represents`` nor a title) or of ``act_nouns``; the verbs of ``speaker_verbs_*``,
``speaker_participles_nl`` and ``judging_verbs_*``.

:func:`act_owner`: the body follows "<act noun> van / van de kant van" (Dutch) or "<act noun>
of / from", or precedes "'s <act noun>" (English), and a verb of speech or judging stands
before the act noun in its clause. Without such a verb ("Wat was het pleidooi van het IPO")
the owner is left as the reader had it (the owner's own statement is the act asked).
"""

from __future__ import annotations

from functools import cache

from ..index.analysis import is_english
from ..lexicon.wordlists import word_regex, word_set
from .object_frames import _not_things, _tokens, judged_object

_CLAUSE = frozenset(",;:?!()")
_POSSESSIVE = ("'s", "'", "\u2019s", "\u2019")


@cache
def _verbs() -> frozenset[str]:
    """Verbs of speech (not nouns) before a speaker's act: "zei", "antwoordde", "gezegd",
    "say", "answer", "respond" (and the judging verbs matched apart)."""
    names = ("speaker_verbs_en", "speaker_verbs_nl", "speaker_participles_nl")
    return frozenset().union(*(word_set("speech", n) for n in names))


def _is_verb(word: str, english: bool) -> bool:
    judging = word_regex("speech", f"judging_verbs_{'en' if english else 'nl'}")
    return word in _verbs() or bool(judging.fullmatch(word))


def is_act_noun(word: str) -> bool:
    """Whether ``word`` names an act of saying, asking, proposing, objecting, committing or
    judging: a word of ``speech`` or ``act_nouns`` that is no representative nor title."""
    if word in _not_things():
        return False
    return bool(
        word_regex("speech", "act_nouns").fullmatch(word)
        or word_regex("speech", "speech").fullmatch(word)
    )


def _noun_at(before: list[str], after: list[str], english: bool) -> int | None:
    """Where in ``before`` the act noun the body owns stands (len(before) for an English
    "{B}'s <noun>"), or None."""
    if english and after[:1] and after[0] in _POSSESSIVE:
        nouns = [w for w in after[1:3] if is_act_noun(w)]
        return len(before) if nouns else None
    links = ("of", "from") if english else ("van",)
    if len(before) >= 4 and before[-3:] == ["van", "kant", "van"]:
        at = len(before) - 4
    elif len(before) >= 2 and before[-1] in links:
        at = len(before) - 2
    else:
        return None
    return at if is_act_noun(before[at]) else None


def act_owner(question: str, clause: int, start: int, end: int) -> bool:
    """Whether the body at ``question[start:end]`` (its clause beginning at ``clause``) owns
    the act a verb of speech or judging before it in the clause is about (module docstring)."""
    english = is_english(question)
    before = _tokens(question[clause:start])
    stops = [i for i in range(end, len(question)) if question[i] in _CLAUSE] + [len(question)]
    after = _tokens(question[end : stops[0]], articles=True)
    at = _noun_at(before, after, english)
    return at is not None and any(_is_verb(w, english) for w in before[:at])


def body_acted_on(question: str, clause: int, start: int, end: int, rules: object) -> bool:
    """Rules ``object_frames_read`` (:func:`~.object_frames.judged_object`) and
    ``act_owners_read`` (:func:`act_owner`): the body is what is judged or the act's owner."""
    if getattr(rules, "object_frames_read", True) and judged_object(question, clause, start, end):
        return True
    return bool(getattr(rules, "act_owners_read", True) and act_owner(question, clause, start, end))
