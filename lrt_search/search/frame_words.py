"""Rule ``frame_words_unread``: the words of a claim check or of a question about the minutes
frame the question; they are no topic words, search terms or expansions.

"Is it true that COA made two suggestions to increase ...?" read "true" as a topic word (the
glossary's "echt"), "Is it correct that ..." read "correct" ("goed, recht, verbeteren"), and
the score fell below the confidence floor where "Did COA make ...?" was answered. The frames are
the word data's (lexicon/data/questions.toml): ``claim_check_openers`` at the start of a
sentence ("Klopt het dat", "Is het juist dat", "Do the minutes say", "Can you confirm that"),
``claim_closers`` as the last sentence ("Klopt dat?", "Is that true?") and
``claim_tail_check_nl`` / ``_en`` after a comma at the end (", right?", ", klopt dat?").
:func:`frame_free` blanks them; the topic check (answer.topics.topic_terms), the BM25 query and
the glossary and synonym expansions read what is left. A question that is its frame alone
("Klopt dat?") is read as written.
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon.wordlists import alternation


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Opener at a sentence start, closer as the last sentence, check tail after a comma."""
    openers = alternation("questions", "claim_check_openers")
    closers = alternation("questions", "claim_closers")
    tails = "(?:" + alternation("questions", "claim_tail_check_nl")
    tails += "|" + alternation("questions", "claim_tail_check_en") + ")"
    return (
        re.compile(rf"(?:^|(?<=[.?!]))(\s*){openers}\b", re.I),
        re.compile(rf"(?<=[^\s.?!])(\s*[.?!]\s+){closers}\s*[?.!]*\s*$", re.I),
        re.compile(rf"(?<=[^\s.?!,])(\s*,\s*){tails}\s*[?.!]*\s*$", re.I),
    )


def frame_free(text: str) -> str:
    """``text`` without its claim-check and question frames (see the module), or as written
    when nothing else would be left."""
    opener, closer, tail = _patterns()
    out = opener.sub(r"\1", text)
    out = closer.sub("?", out)
    out = tail.sub("?", out)
    return out.strip() if re.search(r"\w", out) and out != text else text


def framed(settings: object, text: str) -> str:
    """``text`` as the rule reads it: :func:`frame_free` when ``settings.frame_words_unread``."""
    return frame_free(text) if getattr(settings, "frame_words_unread", False) else text
