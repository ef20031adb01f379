"""Rule ``name_forms_read`` (issue 16 session 25 task A2): places of the name tables written in
lower case.

A question all in lower case ("wat zei het coa over ter apel?") or in a search box's Title Case
(read in lower case: :mod:`~.title_case`) has no capitals to tell a name by, so its places were
topic words: one the minutes lack ("groningen") was never reported absent, and one they write
("ter apel") never required in the quote. The places of lexicon/data/places.toml the reader
knows by name (``minutes_places``, ``provinces``) are names however they are written.
"""

from __future__ import annotations

import re

from ..lazyre import lazy
from ..lexicon.wordlists import longest_alternation, words

_PLACES = lazy(
    r"(?<![\w-])"
    + longest_alternation(
        [p.lower() for p in (*words("places", "minutes_places"), *words("places", "provinces"))],
        r"[\s-]+",
    )
    + r"(?![\w-])",
    re.I,
)


def table_places(read: str, found: list[str]) -> list[str]:
    """The places of the name tables ``read`` writes in lower case, as written, that are not
    among the names ``found`` already."""
    have = {f.lower() for f in found}
    out: list[str] = []
    for m in _PLACES.finditer(read):
        text = m.group(0)
        if text.islower() and text not in have and text not in out:
            out.append(text)
    return out
