"""Rule ``claim_frame_read``: a fact checker's reported claim is read as the claim itself.

"Een wethouder beweert dat het COA in 2023 zelf gemeenten met een achterstand opbelde. Klopt
dat?", "A news site claims 7,500 refugees ... were about to leave reception. Do the minutes say
so?", "Volgens een krant waarschuwde Aedes ...", "It was reported that ...": who outside the
LRT claims (lexicon/data/questions.toml ``claim_sources``, ``claim_verbs``, or a claim with no
source, ``claim_impersonal``) and the check that closes the question (``claim_closers``) are no
topic, speaker or name a quote must hold. :func:`claim_frame` reads the question as "Klopt het
dat <claim>?" / "Is it true that <claim>?" (so the claim is checked as any such question is),
or, when another question follows the claim ("Welk getal noemt het verslag?"), as the claim
followed by that question. A question that opens with a question word, or whose claimant is no
source of the list (an LRT member: "De VNG zegt dat ..." names a speaker), is read as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..index.analysis import is_english
from ..lazyre import lazy
from ..lexicon.wordlists import alternation
from .preamble import opens_question

#: The claim's last sentence boundary before a closing sentence: "<claim>. <last>".
_LAST = lazy(r"^(?P<claim>.+?[^\s.?!])\s*[.?!]\s+(?P<last>[^.?!]+[.?!]*)\s*$", re.S)
#: At most this many words before a source noun ("Een lokale wethouder") or after it
#: ("Een collega van mij zegt", "A councillor in Groningen says").
_AROUND = 3


@dataclass(frozen=True)
class ClaimFrame:
    """A reported claim: the question as read, and the frame's words as written."""

    question: str  # "Klopt het dat <claim>?", or "<claim>. <question that follows>"
    frame: str  # the source and verb before the claim, and the closing check after it


@cache
def _opener() -> re.Pattern[str]:
    """The opening frame and the claim after it (compiled once, on first use)."""
    word = r"[\w'’-]+"
    sources = alternation("questions", "claim_sources")
    verbs = alternation("questions", "claim_verbs")
    impersonal = (
        rf"{alternation('questions', 'claim_impersonal')}\s+(?:dat|that)"
        rf"|{alternation('questions', 'claim_impersonal_bare')}\s*,?"
    )
    sourced = (
        rf"(?:{word}\s+){{0,{_AROUND}}}?{sources}(?:\s+{word}){{0,{_AROUND}}}?\s*,?\s+{verbs}"
        rf"(?:\s+(?:me|mij|us|ons))?(?:\s*:)?(?:\s+(?:dat|that))?"
    )
    by = rf"(?:volgens|according\s+to)\s+(?:{word}\s+){{0,{_AROUND}}}?{sources}\s*,?"
    pattern = rf"^\s*(?P<frame>(?:{sourced}|{by}|{impersonal})\b)\s*(?P<claim>\S.*)$"
    return re.compile(pattern, re.I | re.S)


def _closer(sentence: str) -> bool:
    """Whether ``sentence`` is a check of the claim before it ("Klopt dat?", "Is that true?")."""
    pattern = rf"\s*{alternation('questions', 'claim_closers')}\s*[?.!]*\s*"
    return re.fullmatch(pattern, sentence, re.I) is not None


def claim_frame(question: str) -> ClaimFrame | None:
    """The reported claim of ``question`` read without its frame, or None when it has none."""
    text = question.strip()
    if not text or opens_question(text.split()[0]):
        return None
    opened = _opener().match(text)
    if opened is None:
        return None
    frame, claim = opened.group("frame").strip(), opened.group("claim").strip()
    english = is_english(question)
    last = _LAST.match(claim)
    if last is not None and not _closer(last.group("last")):
        rest = last.group("claim").strip()
        return ClaimFrame(f"{rest[0].upper()}{rest[1:]}. {last.group('last').strip()}", frame)
    if last is not None:
        frame, claim = f"{frame} ... {last.group('last').strip()}", last.group("claim")
    claim = claim.strip().rstrip("?.! ")
    if len(claim.split()) < 2:
        return None
    opener = "Is it true that" if english else "Klopt het dat"
    return ClaimFrame(f"{opener} {claim}?", frame)
