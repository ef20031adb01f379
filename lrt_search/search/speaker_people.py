"""Whether a person named in a question stands where the speaker stands (rule
``person_speaker_position``): "Wat zei meneer Van Rijn ..." asks what he said, "Wie verving
meneer Van Rijn?" asks about him. The name is read with its form of address and particles
(lexicon/data/roles.toml ``honorifics``, function_words.toml ``name_particles``) before the
position is judged as an organisation's is (:func:`~.speaker_position.is_speaker_position`).
"""

from __future__ import annotations

from functools import cache

from ..lazyre import lazy
from ..lexicon.wordlists import word_set, words
from .query import SpeakerRules
from .speaker_position import is_speaker_position

_BEFORE_NAME = word_set("function_words", "name_particles") | frozenset(
    w for w in words("roles", "honorifics") if " " not in w
)
_LAST_WORD = lazy(r"([\w]+)\.?\s*$")


def name_start(question: str, start: int, titles: bool = False) -> int:
    """Where the name ending in the surname at ``question[start:]`` begins: before the
    particles and the form of address that precede it ("meneer Van Rijn", "Dhr. de Vries");
    with ``titles`` (rule object_frames_read) before a title too ("minister De Jonge",
    "staatssecretaris Van der Burg": roles.toml ``office_titles`` and ``[titles]``)."""
    before = _BEFORE_NAME | (_titles() if titles else frozenset())
    while True:
        m = _LAST_WORD.search(question, 0, start)
        if m is None or m.group(1).lower() not in before:
            return start
        start = m.start()


@cache
def _titles() -> frozenset[str]:
    """The one-word titles before a person's name (roles.toml)."""
    return frozenset(
        w for w in words("roles", "office_titles") + words("roles", "titles") if " " not in w
    )


def person_speaks(question: str, start: int, end: int, rules: SpeakerRules) -> bool:
    """Whether the person whose surname is ``question[start:end]`` is asked as the speaker
    (always, with rule ``person_speaker_position`` off)."""
    if not rules.person_speaker_position:
        return True
    at = name_start(question, start, rules.object_frames_read)
    return is_speaker_position(question, at, end, rules)
