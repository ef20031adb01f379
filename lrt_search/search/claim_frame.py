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

Rule ``claim_tails_read`` (session 29 task F; ``tails``): a learner's tail question after a
claim and a comma ("COA said statushouders can choose their own gemeente now, is it?", "..., klopt
dat?", "..., why it did not happen?"; questions.toml ``claim_tail_check_*``, ``claim_tail_why_*``)
is the claim's frame too: the claim (after a source frame, if any; without a sentence of context
before it, as rule preamble_context reads one) is read as "Klopt het dat <claim>?" / "Is it true
that <claim>?", or, after a why tail, as "Waarom <claim>?" / "Why <claim>?" (the why's premise is
the claim), in the language of the tail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..index.analysis import is_english
from ..lazyre import lazy
from ..lexicon.organisations import OrgTable
from ..lexicon.wordfreq import zipf
from ..lexicon.wordlists import alternation, word_set
from .preamble import opens_question, question_sentence

#: The claim's last sentence boundary before a closing sentence: "<claim>. <last>".
_LAST = lazy(r"^(?P<claim>.+?[^\s.?!])\s*[.?!]\s+(?P<last>[^.?!]+[.?!]*)\s*$", re.S)
#: At most this many words before a source noun ("Een lokale wethouder") or after it
#: ("Een collega van mij zegt", "A councillor in Groningen says").
_AROUND = 3
#: The tails' lists: (questions.toml list, read as a why question, English).
_TAILS = (
    ("claim_tail_why_en", True, True),
    ("claim_tail_why_nl", True, False),
    ("claim_tail_check_en", False, True),
    ("claim_tail_check_nl", False, False),
)
#: A first word the organisation table names and general Dutch writes less often than this
#: (wordfreq Zipf) is a name: "Aedes" keeps its capital after "dat", "Gemeenten" does not.
_NAME_ZIPF = 4.0


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


@cache
def _tail_pattern() -> re.Pattern[str]:
    """A claim, a comma and a tail question closing the question (compiled once)."""
    tails = "|".join(f"(?P<t{i}>{alternation('questions', name)})" for i, (name, *_) in
                     enumerate(_TAILS))  # fmt: skip
    return re.compile(rf"^(?P<claim>.*\S)\s*,\s*(?:{tails})\s*[?.!]*\s*$", re.I | re.S)


def _tail(text: str) -> tuple[str, str, bool, bool] | None:
    """``(claim, tail, why, english)`` of a claim with a tail question, or None."""
    found = _tail_pattern().match(text)
    if found is None:
        return None
    for i, (_, why, english) in enumerate(_TAILS):
        if found.group(f"t{i}") is not None:
            return found.group("claim"), found.group(f"t{i}"), why, english
    return None


def _inner(claim: str) -> str:
    """The claim as written after "dat" / "that": its first letter in lower case, unless its
    first word is an acronym ("COA", "MAenM") or a name no general word ("Aedes")."""
    return claim if _named(claim.split()[0]) else claim[0].lower() + claim[1:]


def _named(word: str) -> bool:
    """Whether ``word`` is an acronym or a name no general word ("COA", "MAenM", "Aedes")."""
    if any(c.isupper() for c in word[1:]):
        return True
    return OrgTable.default().resolve(word) is not None and zipf(word.lower(), "nl") < _NAME_ZIPF


def _inverted(claim: str) -> bool:
    """Whether ``claim`` opens with its verb and then its subject, a question already ("Ging
    SJenV akkoord ..., of niet?", "Zei de VNG ..., toch?"): a first word that is no article,
    determiner, preposition, number or name before an article, determiner or name."""
    words = [w.strip("\"'“‘(") for w in claim.split()[:2]]
    if len(words) < 2 or not words[0] or words[0][0].isdigit() or _named(words[0]):
        return False
    opening = {"articles", "noun_determiners", "quantifiers", "opening_prepositions"}
    if any(words[0].lower() in word_set("function_words", n) for n in opening):
        return False
    subject = {"articles", "noun_determiners", "quantifiers"}
    lead = any(words[1].lower() in word_set("function_words", n) for n in subject)
    return lead or words[1][:1].isupper()


def _tailed(claim: str, frame: str, why: bool, english: bool) -> ClaimFrame | None:
    """Rule claim_tails_read: the claim before a tail question read as its full frame."""
    asked, context = question_sentence(f"{claim.strip()}?")
    claim = asked.strip().rstrip("?.! ")
    checked = re.match(rf"{alternation('questions', 'claim_closers')}\b", claim, re.I)
    if len(claim.split()) < 2 or checked or _inverted(claim):  # a question already
        return None
    frame = f"{context} ... {frame}" if context else frame
    if why:
        return ClaimFrame(f"{'Why' if english else 'Waarom'} {_inner(claim)}?", frame)
    opener = "Is it true that" if english else "Klopt het dat"
    return ClaimFrame(f"{opener} {_inner(claim)}?", frame)


def _closer(sentence: str) -> bool:
    """Whether ``sentence`` is a check of the claim before it ("Klopt dat?", "Is that true?")."""
    pattern = rf"\s*{alternation('questions', 'claim_closers')}\s*[?.!]*\s*"
    return re.fullmatch(pattern, sentence, re.I) is not None


def claim_frame(question: str, tails: bool = True) -> ClaimFrame | None:
    """The reported claim of ``question`` read without its frame, or None when it has none;
    with ``tails`` (rule claim_tails_read) a claim before a tail question too."""
    text = question.strip()
    if not text or opens_question(text.split()[0]):
        return None
    tail = _tail(text) if tails else None
    opened = _opener().match(tail[0] if tail else text)
    if opened is None:
        return _tailed(tail[0], f", {tail[1]}", tail[2], tail[3]) if tail else None
    frame, claim = opened.group("frame").strip(), opened.group("claim").strip()
    if tail is not None:
        return _tailed(claim, f"{frame} ... {tail[1]}", tail[2], tail[3])
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
