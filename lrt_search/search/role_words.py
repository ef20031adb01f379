"""The chair named as the speaker of a question (rule ``role_speaker``): "What did the chair say
about the spreidingswet?", "Wat zei de voorzitter over ...?" ask what the meeting's chair said,
not who chaired (the intent ``chair`` of lexicon/data/intents.toml). The chair's words are those
of lexicon/data/roles.toml (``chair``, ``chair_en``); "de voorzitter van het VB" and "the chair
of the VB" are another body's chair. The word speaks where an organisation would
(:func:`~.speaker_position.is_speaker_position`), in a question with a word of speech.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..lexicon.wordlists import mapping, words
from .query import SpeakerRules, is_speech_word_in
from .speaker_position import is_speaker_position


@cache
def chair_words() -> str:
    """The chair words of lexicon/data/roles.toml (``chair``, ``chair_en``) as an alternation,
    the longest first (rules ``role_speaker`` and ``body_chair``)."""
    names = sorted({*words("roles", "chair"), *words("roles", "chair_en")}, key=len, reverse=True)
    return "|".join(map(re.escape, names))


@cache
def dutch_role_forms() -> dict[str, str]:
    """Role word in lower case -> the Dutch word the minutes write for it ("the chair" is
    "voorzitter"): lexicon/data/roles.toml ``dutch_forms``, read here once."""
    return {str(k).lower(): str(v) for k, v in mapping("roles", "dutch_forms").items()}


@cache
def _chair() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?i:{chair_words()})(?![\w-])(?!\s+(?i:van|of)\b)")


def chair_span(question: str, rules: SpeakerRules) -> tuple[int, int] | None:
    """Where ``question`` names the meeting's chair as its speaker (``None`` when it does not,
    or with rule ``role_speaker`` off)."""
    if not rules.role_speaker:
        return None
    m = next(_in_speaker_position(_chair(), question, rules), None)
    return (m.start(), m.end()) if m else None


def _in_speaker_position(
    pattern: re.Pattern[str], question: str, rules: SpeakerRules
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``question`` that stand where a speaker stands (none when
    the question has no word of speech)."""
    if not is_speech_word_in(question):
        return
    for m in pattern.finditer(question):
        if is_speaker_position(question, m.start(), m.end(), rules):
            yield m


@cache
def _role() -> re.Pattern[str]:
    forms = dutch_role_forms()
    names = sorted({*forms, *forms.values(), *words("roles", "chair")}, key=len, reverse=True)
    alternation = "|".join(map(re.escape, names))
    # "de minister van BZK", "the Minister for Asylum": a named office (the alias table's)
    office = r"\s+(?i:van|voor|of|for)\s+(?:(?i:de|het|the)\s+)?[A-Z]"
    return re.compile(rf"(?<![\w-])(?i:{alternation})(?![\w-])(?!{office})")


def role_asked(question: str, rules: SpeakerRules) -> bool:
    """Rule ``role_speaker_asked``: whether ``question`` asks a speaker by a role word of
    lexicon/data/roles.toml (``dutch_forms``, ``chair``: "the minister", "de staatssecretaris",
    "de voorzitter") standing where a speaker stands: the subject of a word of speech ("What did
    the minister say"), after "volgens"/"according to" ("volgens de minister"), not inside a
    compound ("ministerbrief"), before a noun it modifies, after "about"/"over" or as the
    object of another's speech ("... to the minister"). A role of one organisation resolves
    to it elsewhere; "the minister" may be any minister and resolves to none."""
    return next(_in_speaker_position(_role(), question, rules), None) is not None
