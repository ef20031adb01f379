"""Rule ``follow_ups_read`` (issue 16 session 29 task B2; blind29 class 1): a follow-up that
points back, read with the sentence before it.

"In juli 2022 ging het over de escalatieladder. Wie hield dat in de gaten?": rule
preamble_context took the last sentence as the question and dropped the first as context,
unless the question sentence refers back by a word of questions.toml ``refer_back``; a bare
"dat"/"that" (also a conjunction: "Klopt het dat X?") was none, nor "zulke gemeenten", "die
hele versnelling". :func:`points_back` reads them (lists ``follow_up_*`` of
lexicon/data/questions.toml); :func:`asks_first` reads a first sentence that is itself the
question ("Ik vroeg me af hoe X.", "I was wondering whether X."). Either keeps the whole
question; an "it" standing for nothing ("Is it true that X?") no longer does
(:func:`without_dummy_it`).
"""

from __future__ import annotations

import re

from ..lexicon.wordlists import alternation, word_set

_DEMONSTRATIVE = re.compile(r"\b(?:dat|that)\b", re.IGNORECASE)
#: A plural demonstrative: pointing back after a preposition only ("van die plannen"; "de
#: gemeenten die ..." is a relative).
_PLURAL = re.compile(r"\b(?:die|those)\b", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")


def _determiner(sentence: str) -> bool:
    pattern = rf"\b{alternation('questions', 'follow_up_determiners')}\b(?!\s+as\b)"
    return re.search(pattern, sentence, re.IGNORECASE) is not None


def _bare_demonstrative(sentence: str, match: re.Match[str]) -> bool:
    """Whether the "dat"/"that" of ``match`` is a pronoun or determiner standing for what
    came before, not a conjunction or a relative."""
    before = _WORD.findall(sentence[: match.start()])
    after = sentence[match.end() :].lstrip()
    prev = before[-1].lower() if before else ""
    if prev in word_set("questions", "follow_up_conjunction_after"):
        return False
    if not after or after[0] in "?.,!;:)":
        return True
    if prev in word_set("questions", "follow_up_prepositions"):
        return True
    if len(before) > 1 and prev.islower() and before[-2].lower() in _articles():
        return False  # a relative after a noun: "het wetsvoorstel dat", "the plan that"
    following = _WORD.match(after)
    word = following.group() if following else ""
    if not word or word[0].isupper() or word[0].isdigit():
        return False
    return word.lower() not in word_set("questions", "follow_up_subject_openers")


def _articles() -> frozenset[str]:
    return word_set("questions", "follow_up_articles")


def points_back(sentence: str) -> bool:
    """Whether the question ``sentence`` points back by a bare demonstrative or a determiner
    ("Ging dat sneller?", "Who handled that?", "zulke gemeenten", "that whole operation")."""
    if _determiner(sentence):
        return True
    prepositions = word_set("questions", "follow_up_prepositions")
    for match in _PLURAL.finditer(sentence):
        before = _WORD.findall(sentence[: match.start()])
        if before and before[-1].lower() in prepositions:
            return True
    return any(_bare_demonstrative(sentence, m) for m in _DEMONSTRATIVE.finditer(sentence))


def asks_first(context: str) -> bool:
    """Whether the first sentence is itself the question, an indirect one ("Ik vroeg me af
    hoe X.", "I was wondering whether X.")."""
    pattern = rf"^\W*{alternation('questions', 'indirect_question_openers')}\b"
    return re.search(pattern, context, re.IGNORECASE) is not None


def without_dummy_it(sentence: str) -> str:
    """``sentence`` without an "it"/"het" that stands for nothing ("Is it true that X?")."""
    pattern = rf"\b{alternation('questions', 'follow_up_dummy_it')}\b"
    return re.sub(pattern, " ", sentence, flags=re.IGNORECASE)
