"""The asker's own body, read once (issue 16, session 30 task E2; eval/blind30.md class 1):
rule ``self_identification_names_free``.

An asker who names the body they belong to - "Als GGD schuiven wij aan bij de provinciale
regietafel. ...", "Wij als gemeente ...", "Namens ons bedrijf, ...", "Ik werk bij
Vluchtelingenwerk en ...", "As a GGD we ...", "We at the RIVM ...", "As someone from the GHOR,
...", "On behalf of X, ..." - says who asks, not what is asked: the body is no name a quote must
hold and no speaker. The same body asked as the speaker ("Wat zei de GGD over ...?") still is.
:func:`self_identifications` finds the spans; :func:`without_self_identification` blanks them
(same length, so positions found in the result are positions of the question). The forms are
data: lexicon/data/questions.toml ``self_identification`` and the lists it names.
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon.intents import expand
from ..lexicon.wordlists import regex_text, words


@cache
def _forms() -> tuple[re.Pattern[str], ...]:
    body = expand(regex_text("questions", "self_id_body"))
    run = expand(regex_text("questions", "self_id_run"))
    return tuple(
        re.compile(expand(form).replace("{body}", body).replace("{run}", run), re.I)
        for form in words("questions", "self_identification")
    )


def self_identifications(question: str) -> list[tuple[int, int]]:
    """The spans of ``question`` in which the asker names their own body, in order."""
    spans = {m.span("span") for form in _forms() for m in form.finditer(question)}
    return sorted(spans)


def without_self_identification(question: str) -> str:
    """``question`` with each self-identification blanked (its length kept)."""
    chars = list(question)
    for start, end in self_identifications(question):
        chars[start:end] = " " * (end - start)
    return "".join(chars)
