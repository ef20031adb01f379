"""Rule ``quote_refused_best``: when a statement of the passages read scores more than
``Settings.refused_best_margin`` above the answer's best quote (closer to the question, more of
its idf-weighted words, a better passage) but a quote check refused it (it lacks the topic's
words as written, is by another speaker than the one understood, names no chair, ...), the
answer also quotes that statement, after its other quotes (the last gives way at
``max_quotes``). Whether to answer, the confidence and the other quotes are unchanged: the
checks decided those (capping such answers below high was measured and rejected: on the
generated set it took high from 33 answers that quote their gold, docs/settings.md). The
checks read words; a statement that says the answer in other words (a compound,
"crisishulpverlening" for "crises"; an abbreviation; the bullet after a speaker's first one)
is the one they refuse while a weaker statement that shares a word with the question
passes."""

from __future__ import annotations

from ..results import Citation
from .frame import Frame


def refused_best(frame: Frame, top: Citation) -> Citation | None:
    """The refused statement that outscores ``top`` (the answer's best candidate, as scored
    before any re-ranking) by more than the margin, else None (also when the rule is off, and
    for a "how many" question)."""
    margin = frame.retriever.settings.refused_best_margin
    refused = frame.refused_any
    if margin <= 0 or refused is None or refused.score <= top.score + margin:
        return None
    # not for "how many": its quote is chosen for the number it states, not its closeness
    counting = frame.parsed is not None and frame.parsed.asks("quantity")
    return None if counting else refused
