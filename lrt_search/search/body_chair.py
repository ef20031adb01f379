"""Rule ``body_chair``: "the chair of the VB", "de voorzitter van het Veiligheidsberaad", "the
VB's chair", "de VB-voorzitter" name that body's chair - a person of the body, who speaks as it -
not the meeting's chair. The words are no intent ``chair`` (who chaired) or ``header`` (the
attendee lists answer), and no chair of rule ``role_speaker``; where the body's chair stands as
the speaker of a word of speech, the body speaks ("What did the chair of the VB say ...").
The body is an organisation of the alias table: "the chair" alone, "who chaired", "the chair of
the meeting" and "de voorzitter van de LRT" (the meeting's own body) keep the chair intent. The
chair words are those of lexicon/data/roles.toml (``chair``, ``chair_en``)."""

from __future__ import annotations

import re
from functools import cache

from ..lexicon.organisations import Mention, OrgTable
from ..lexicon.wordlists import words
from .query import SpeakerRules, is_speech_word_in
from .role_words import chair_words, dutch_role_forms
from .speaker_position import is_speaker_position


@cache
def _before() -> re.Pattern[str]:
    # "the chair of (the) ", "de voorzitter van (het) " ending right before the body
    return re.compile(
        rf"(?<![\w-])(?:{chair_words()})\s+(?:of|van)\s+(?:(?:the|de|het)\s+)?$", re.I
    )


@cache
def _after() -> re.Pattern[str]:
    # "'s chair", "-voorzitter", " chair" right after the body
    return re.compile(rf"(?:['\u2019]s\s+|-|\s+)(?:{chair_words()})(?![\w-])", re.I)


def body_chairs(question: str, orgs: OrgTable) -> list[tuple[int, int, Mention]]:
    """The spans of ``question`` that name a body's chair (chair word and body), each with the
    body's mention."""
    found: list[tuple[int, int, Mention]] = []
    for m in orgs.query_mentions(question):
        if before := _before().search(question, 0, m.start):
            found.append((before.start(), m.end, m))
        elif after := _after().match(question, m.end):
            found.append((m.start, after.end(), m))
    return found


def masked(question: str, spans: list[tuple[int, int, Mention]]) -> str:
    """``question`` with the words of ``spans`` blanked (same length: positions stay)."""
    for start, end, _ in spans:
        question = question[:start] + " " * (end - start) + question[end:]
    return question


def dutch_chair_terms(question: str, spans: list[tuple[int, int, Mention]]) -> tuple[str, ...]:
    """The Dutch word the minutes write for the English chair word of each span ("the chair of
    the VB": "voorzitter"; roles.toml ``dutch_forms``), searched beside the question's words: a
    dictionary reads "chair" as "zitting". A Dutch chair word is searched as written."""
    forms = dutch_role_forms()
    english = {w.lower() for w in words("roles", "chair_en")}
    found = (re.findall(r"[\w-]+", question[s:e].lower()) for s, e, _ in spans)
    return tuple(dict.fromkeys(forms[w] for ws in found for w in ws if w in english and w in forms))


def body_chairs_read(
    question: str, orgs: OrgTable, rules: SpeakerRules, mentions: list[Mention]
) -> tuple[list[tuple[int, int, Mention]], str, list[Mention]]:
    """The spans of ``question`` naming a body's chair (none with the rule off), the question
    with them blanked (its words that ask who chaired or attended), and ``mentions`` with the
    bodies whose chair stands as the speaker."""
    chairs = body_chairs(question, orgs) if rules.body_chair else []
    speaking = [m for s, e, m in chairs if _body_speaks(question, s, e, rules, mentions)]
    return chairs, masked(question, chairs), mentions + speaking


def _body_speaks(
    question: str, start: int, end: int, rules: SpeakerRules, mentions: list[Mention]
) -> bool:
    """Rule ``body_chair``: a body's chair (``start:end``) standing as the speaker of a word of
    speech, its body not read yet: the body speaks."""
    if any(m.start < end and start < m.end for m in mentions):
        return False
    return is_speech_word_in(question) and is_speaker_position(question, start, end, rules)
