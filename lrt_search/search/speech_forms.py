"""Rule ``speech_forms_read`` (issue 16 session 25 task F2): forms of speech and stance the
question reader missed, found by the generated table tests/data/speaker_roles.toml ``[forms]``
(verbs and nouns of saying, asking, proposing, promising, warning, objecting, agreeing,
reacting and stance, in the tenses and shapes a question uses). The words themselves are data
(lexicon/data/speech.toml ``speech``); this module reads the three shapes a list of words
cannot say:

- a Dutch separable verb of speech (``separable_speech_nl``): a finite form and, later in its
  clause, its particle make a word of speech ("Wat bracht het UWV in over de opvang?", "Hoe
  sprak het COA zich uit over ...", "Wanneer riep de VNG op tot ..."); the form alone is not
  ("Wat bracht de VNG naar Ter Apel?");
- "of"/"van" after a verb of stance (``object_of_verbs``) names what is judged, not who speaks
  ("What did the state secretary think of the COA?", "Wat vond de VNG van het IPO?"), as
  against a noun of speech ("the position of the COA", "het standpunt van de VNG");
- a body right after "'s" or "'" and a word of speech is its owner, who speaks ("What was the
  VNG's take on ...", "the municipalities' position"), not a passive's subject;
- a body right after "dat"/"that" (``content_openers``) with a word of speech before it in
  its clause and none after it is in what was said ("Is toegezegd dat de VNG wordt betrokken");
- a body right before or after a verb of receiving (``receiving_verbs``: "Welke toezegging
  kreeg de VNG", "What promise did the COA get") is the one given to;
- in Dutch, a verb of asking, promising or offering (``dative_verbs_nl``) counts as one of
  rule object_not_speaker's verbs (search/object_verbs.py ``is_object``, its ``dative``): "Wat
  heeft de staatssecretaris de gemeenten toegezegd" names SJenV only;
- in English, a body right after a verb of stance that takes an object
  (``stance_object_verbs_en``: "How did the state secretary view Nidos?", "Why did the minister
  support the municipalities?") is that object, unless after a passive's "be".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..lexicon.wordlists import mapping, word_set
from .object_frames import received_passive

_CLAUSE_END = frozenset(",;:?!()")


@cache
def _separable() -> dict[str, frozenset[str]]:
    """Particle -> the finite forms of its separable verbs of speech (lower case)."""
    table = mapping("speech", "separable_speech_nl")
    return {p: frozenset(w.lower() for w in forms) for p, forms in table.items()}


def separable_speech(question: str) -> bool:
    """Whether ``question`` holds a Dutch separable verb of speech: a finite form of
    ``separable_speech_nl`` and its particle after it in the same clause."""
    tokens = re.findall(r"\w+|[,;:?!()]", question.lower())
    forms = _separable()
    for i, token in enumerate(tokens):
        for particle, finite in forms.items():
            if token not in finite:
                continue
            for at in range(i + 1, len(tokens)):
                if tokens[at] in _CLAUSE_END:
                    break
                if tokens[at] == particle and _particle_ends(tokens, at):
                    return True
    return False


def _particle_ends(tokens: list[str], at: int) -> bool:
    """Whether the particle at ``tokens[at]`` ends its clause, stands before a word of
    ``particle_followers_nl`` or opens an infinitive ("riep op werk te maken"); else it is a
    preposition ("over ontheemden uit Oekraïne")."""
    after = [*tokens[at + 1 : at + 3], "?"]
    return (
        after[0] in _CLAUSE_END
        or after[0] in word_set("speech", "particle_followers_nl")
        or after[1] == "te"
    )


def judged_after_of(before: list[str]) -> bool:
    """Whether a body after "of"/"van" (the last of ``before``, the clause's words before it,
    articles left out) is what a verb of stance judges: the word before "of" is one of
    ``object_of_verbs`` ("think of", "vond ... van")."""
    return len(before) >= 2 and before[-2] in word_set("speech", "object_of_verbs")


def stance_object(before: list[str], english: bool) -> bool:
    """Whether a body right after ``before`` is the object of an English verb of stance
    (``stance_object_verbs_en``), not after a passive's "be" ("was viewed by" names the
    agent through "by", read elsewhere)."""
    if not english or not before or before[-1] not in word_set("speech", "stance_object_verbs_en"):
        return False
    passive = word_set("function_words", "passive_auxiliaries_en")
    return not (len(before) > 1 and before[-2] in passive)


def speech_form(
    question: str, end: int, before: list[str], speech_at: Callable[[str, int], object]
) -> str:
    """How the body ending at ``question[end]`` stands: "owner" when it owns a word of speech
    ("'s" or "'" and then one: "the VNG's take", "the provinces' position"), "content" in the
    content of what was said (:func:`_in_content`), "receiver" when it is the subject of a verb
    of receiving right before it (the last of ``before``, its clause's words, articles left
    out) or right after it, else "". ``speech_at(text, i)``: a word of speech
    starts at ``text[i]`` (truthy)."""
    m = re.match(r"['\u2019]s?\s+", question[end:])
    if m is not None and (speech_at(question, end) or speech_at(question, end + m.end())):
        return "owner"
    skip = word_set("function_words", "articles") | {"'s"}
    clause = re.split(r"[,;:?!()]", question[end:], maxsplit=1)[0]
    after = [w for w in re.findall(r"[\w'\u2019-]+", clause.lower()) if w not in skip]
    if _in_content(before, after, speech_at):
        return "content"
    verbs = word_set("speech", "receiving_verbs")
    spoken = bool(before) and bool(speech_at(before[-1], 0))  # "wil het IPO ontvangen"
    receiving = (bool(before) and before[-1] in verbs) or (
        bool(after) and after[0] in verbs and not spoken
    )
    # rule object_frames_read (task C3): "Hoe werd het aanbod door S ontvangen": a reaction
    return "receiver" if receiving and not received_passive(before + after) else ""


def _in_content(
    before: list[str], after: list[str], speech_at: Callable[[str, int], object]
) -> bool:
    """Whether a body right after a word of ``content_openers`` ("dat", "that") follows a word
    of speech in its clause and precedes none: it is in what was said ("Is toegezegd dat de
    VNG wordt betrokken"), not who said it."""
    if not before or before[-1] not in word_set("speech", "content_openers"):
        return False
    said = any(speech_at(w, 0) for w in before[:-1])
    return said and not any(speech_at(w, 0) for w in after)
