"""Rule ``announcement_penalty``: a statement that only announces a presentation ("JenV geeft
een toelichting op de notitie governance ...", "MBZK licht de maatregelen mondeling toe.")
says nothing of what was presented. It names the item's topic, so it matches every question on
that topic by cosine and term share, and outscores the statements that answer; its answer score
is lowered by ``Settings.announcement_penalty`` (it is still quoted when nothing else answers),
unless the question asks about the presentation itself ("Wie gaf een toelichting op ...").
The patterns are data: ``announcement`` and ``presentation_words`` of
``lexicon/data/minutes.toml``.
"""

from __future__ import annotations

import re

from ..lazyre import lazy
from ..lexicon.wordlists import regex_text, word_regex

_ANNOUNCEMENT = lazy(regex_text("minutes", "announcement"), re.I)
# Another sentence after the first one: what was presented follows ("... toe. De situatie ...").
_NEXT_SENTENCE = lazy(r"[.!?]\s+[A-ZÀ-Ý]")


def announces_only(text: str) -> bool:
    """Whether statement ``text`` is one sentence announcing a presentation."""
    return bool(_ANNOUNCEMENT.search(text)) and not _NEXT_SENTENCE.search(text.rstrip())


def asks_about_presentation(question: str) -> bool:
    """Whether ``question`` asks about a presentation itself ("Who explained ...")."""
    return bool(word_regex("minutes", "presentation_words").search(question))
