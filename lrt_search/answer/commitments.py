"""A commitment in words by those at the table (rule ``decision_commitment_words``): a
sentence whose subject is the first person plural next to a future auxiliary, in either order,
and an action after it ("Waar we constateren dat een individuele gemeente fors achterloopt,
zullen we contact leggen met de desbetreffende provincie."; "We will inform the members.").
Not a question, a denied commitment ("we zullen niet ..."), nor one whose auxiliary is
followed by no action ("gaan we ervan uit"). The words are lexicon/data/function_words.toml's
``commitment_subjects``, ``future_auxiliaries``, ``commitment_non_actions`` and
``commitment_denials``."""

from __future__ import annotations

import re
from functools import cache

from ..lexicon.wordlists import alternation, word_regex


@cache
def _pattern() -> re.Pattern[str]:
    """Subject and auxiliary in either order, not followed by a non-action."""
    subject = alternation("function_words", "commitment_subjects")
    aux = alternation("function_words", "future_auxiliaries")
    non_action = alternation("function_words", "commitment_non_actions")
    return re.compile(
        rf"\b(?:{subject}\s+{aux}|{aux}\s+{subject})\b(?!\s+(?:\w+\s+){{0,2}}?{non_action}\b)",
        re.I,
    )


def commits_in_words(text: str) -> bool:
    """Whether a sentence of ``text`` commits those at the table to an action."""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if sentence.rstrip(" .)").endswith("?"):
            continue
        denials = word_regex("function_words", "commitment_denials")
        for m in _pattern().finditer(sentence):
            if not denials.search(sentence, m.end(), m.end() + 40):
                return True
    return False
