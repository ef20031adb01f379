"""Rule ``preamble_context``: a sentence of context before a question is no part of it.

"Ik ben journalist bij een regionale krant in Drenthe. Waar waarschuwde Aedes in juli 2022
voor?": the first sentence says who asks or why; its words ("journalist", "Drenthe") are no
topic a quote must hold, no speaker and no period of the question. :func:`question_sentence`
returns the question sentence (the last sentence, ending in a question mark) and the context
before it. The whole question stays one when the question sentence refers back to the context
(a word of lexicon/data/questions.toml ``refer_back``: "toen", "that meeting", "die
organisatie"), since then the context holds what it asks about.
"""

from __future__ import annotations

import re

from ..lazyre import lazy
from ..lexicon.wordlists import alternation, word_set
from .opener_verbs import ends_sentence

#: A sentence end followed by the capital of the next sentence, and the word it ends.
_BOUNDARY = lazy(r"(?P<word>[\w'’.-]*)[.!:]\s+(?=[A-Z\"'‘“])")
#: Rule same_pointers_read: a comparative pointer anywhere, one only before the question mark,
#: a "same" of a time compared within the sentence and one of staying the same
#: (lexicon/data/questions.toml).
_COMPARED = lazy(rf"\b{alternation('questions', 'refer_back_compared')}\b", re.I)
_COMPARED_END = lazy(rf"\b{alternation('questions', 'refer_back_compared_end')}\s*\?\s*$", re.I)
_SAME_COMPARED = lazy(
    rf"\b{alternation('questions', 'refer_back_same')}\s+"
    rf"{alternation('questions', 'same_time_nouns')}\s+"
    rf"{alternation('questions', 'same_compared')}\b",
    re.I,
)
_SAME_STATE = lazy(
    rf"\b(?:{alternation('questions', 'same_states')}\s+"
    rf"{alternation('questions', 'refer_back_same')}|"
    rf"{alternation('questions', 'refer_back_same')}\s+"
    rf"{alternation('questions', 'same_states')})\b",
    re.I,
)
#: Fewer words than this in the context or the question sentence: no preamble.
MIN_WORDS = 3


def opens_question(word: str) -> bool:
    """Whether ``word`` opens a question: a question word or a question's verb
    (lexicon/data/questions.toml ``part_openers``), quotes and brackets before it ignored."""
    return word.strip("¿(\"'").lower() in word_set("questions", "part_openers")


def _refers_back(sentence: str, same: bool = False) -> bool:
    """Whether ``sentence`` refers back by a word of ``refer_back``; with ``same`` (rule
    same_pointers_read) also by a comparative pointer ("hetzelfde", "say so too", "Vond de VNG
    dat ook?"), and not by a "same" that compares two times within it ("in dezelfde week als
    het COA") or says something stays the same ("if the policy stays the same")."""
    if same:
        sentence = _SAME_STATE.sub(" ", _SAME_COMPARED.sub(" ", sentence))
        if _COMPARED.search(sentence) or _COMPARED_END.search(sentence):
            return True
    pattern = rf"\b{alternation('questions', 'refer_back')}\b"
    return re.search(pattern, sentence, re.IGNORECASE) is not None


def question_sentence(question: str, same: bool = False) -> tuple[str, str]:
    """``(question sentence, context)`` of ``question``; ``(question, "")`` when it has no
    sentence of context before one question sentence, or when the question sentence refers
    back to the context (with ``same``, rule same_pointers_read, by a comparative pointer
    too)."""
    text = question.strip()
    if not text.endswith("?") or text.count("?") > 1:
        return question, ""
    cuts = [m.end() for m in _BOUNDARY.finditer(text) if ends_sentence(m.group("word"))]
    if not cuts:
        return question, ""
    context, asked = text[: cuts[-1]].strip(), text[cuts[-1] :].strip()
    opens = opens_question(context.split()[0])
    if len(context.split()) < MIN_WORDS or len(asked.split()) < MIN_WORDS or opens:
        return question, ""
    if _refers_back(asked, same):
        return question, ""
    return asked, context
