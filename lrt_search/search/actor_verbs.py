"""Rule ``actor_not_speaker`` (issue 16, task C2): an organisation named as the actor of a verb
is not who said the answer. Extends the rule of ``subject_of_verb_before`` (lexicon/data/
speech.toml: "wat moeten gemeenten doen" speaks only before a word of speech):

- right after a past or future modal (``actor_verbs_before``: "moesten", "konden", "zouden",
  "would", "will") it speaks, like after "moeten", only before a word of speech in its clause
  ("wat moesten gemeenten doen", "When would the provinces get the letter");
- a group noun of the members (``groups``: "gemeenten", "the provinces") right after a modal
  of possibility or permission (``possibility_modals``) is who can or may act, even before a
  word of speech: "Tot wanneer konden gemeenten nog reageren op de conceptbrieven?" asks a
  term another body set, not what the VNG said. After one of obligation it speaks before a
  word of speech ("What should the provinces say about IBT?": IPO), and a member named by its
  own name ("Kan de VNG aangeven ...") keeps the old reading.
"""

from __future__ import annotations

from ..lexicon.wordlists import word_set

_ACTOR_BEFORE = word_set("speech", "actor_verbs_before")
_POSSIBILITY = word_set("speech", "possibility_modals")


def acts(prev: str, group: bool, speech_follows: bool) -> bool | None:
    """Whether the organisation after the word ``prev`` is the speaker by rule
    ``actor_not_speaker``: False for a group noun (``group``) after a modal of possibility, else
    after a past or future modal ``speech_follows``; None (the rule does not apply) otherwise."""
    if group and prev in _POSSIBILITY:
        return False
    return speech_follows if prev in _ACTOR_BEFORE else None
