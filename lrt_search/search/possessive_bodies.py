"""Rule ``possessive_bodies_read`` (issue 16 session 29 task A2; blind29 class 5, blind27 class
2, blind20-24's class of the body whose act it is): a body that owns the subject of a passive
verb of speech, discussion or decision is no speaker. "Were ... the COA's offer of flexible
housing proposed for the agenda of a subsequent LRT?", "Werd het aanbod van het COA besproken?",
"Was the proposal of the IPO discussed at the LRT?": the verb names no speaker (someone proposed
or discussed the COA's offer), and the body stays a name of the topic. Found by the generated
table tests/data/possessive_bodies.toml (eval/make_possessive_bodies.py).

Rule ``object_frames_read`` (search/object_frames.py ``passive_owner``, session 26 task C3)
reads the same form for passives of judging, receiving and supporting whose participle ends the
clause, with at most three words between the body and it; this rule adds the participles of
speech (speech.toml ``speaker_participles_nl``, the "-ed" forms of ``speaker_verbs_en``), of
discussion (``discussion``) and of decision (``decided_participles_*``), and for all of them
and those of judging (``judged_participles_*``) lets a phrase follow the participle ("voor de
agenda", "at the LRT") and the owned noun phrase go on ("the COA's offer of flexible housing",
"het verzoek van het IPO om een aanpassing in de tekst"), at most 15 words, up to a word that
opens another clause (``clause_openers_en``, ``clause_openers_nl``).

Decided by the form, the body stays the speaker where it is the actor: the passive's agent
("door het COA besproken", "proposed by the COA": no owner before "door"/"by"), the subject of
an active verb ("Heeft het COA het plan besproken?": no passive auxiliary before it), the owner
of a representative ("What did the COA's director say?": ``represents``), or the act itself
asked ("Wat was het voorstel van de VNG?": no participle).
"""

from __future__ import annotations

from functools import cache

from ..index.analysis import is_english
from ..lexicon.wordlists import word_regex, word_set
from .object_frames import judged_object, owned_subject, passive_auxiliaries, question_tokens

_CLAUSE = frozenset(",;:?!()")
_LONGEST = 15  # words of the owned noun phrase after the body, at most


@cache
def _participles(english: bool) -> frozenset[str]:
    """The participles of speech, judging and decision of ``english``'s language (discussion
    apart)."""
    if english:
        said = frozenset(w for w in word_set("speech", "speaker_verbs_en") if w.endswith("ed"))
    else:
        said = word_set("speech", "speaker_participles_nl")
    lang = "en" if english else "nl"
    judged = word_set("speech", f"judged_participles_{lang}")
    return said | judged | word_set("speech", f"decided_participles_{lang}")


def _is_participle(word: str, english: bool) -> bool:
    """Whether ``word`` is a participle of speech, discussion or decision."""
    if word in _participles(english):
        return True
    return bool(word_regex("speech", "discussion").fullmatch(word)) and word.endswith(("ed", "en"))


def spoken_owner(question: str, clause: int, start: int, end: int) -> bool:
    """Whether the body at ``question[start:end]`` (its clause beginning at ``clause``) owns the
    subject of a passive of speech, discussion or decision (the module's docstring)."""
    english = is_english(question)
    before = question_tokens(question[clause:start])
    if not before or not any(w in passive_auxiliaries(english) for w in before):
        return False
    stops = [i for i in range(end, len(question)) if question[i] in _CLAUSE] + [len(question)]
    after = question_tokens(question[end : stops[0]], articles=True)
    if not owned_subject(before, after, english):
        return False
    at = next((i for i, w in enumerate(after) if _is_participle(w, english)), None)
    if at is None or at > _LONGEST:
        return False
    openers = word_set("speech", "clause_openers_en" if english else "clause_openers_nl")
    between = after[:at]
    return not any(w in openers or w in passive_auxiliaries(english) for w in between)


def body_acted_on(question: str, clause: int, start: int, end: int, rules: object) -> bool:
    """Rules ``object_frames_read`` (:func:`~.object_frames.judged_object`) and
    ``possessive_bodies_read`` (:func:`spoken_owner`): the body is what is judged, or it owns
    what a passive of speech, discussion or decision is said of."""
    if getattr(rules, "object_frames_read", True) and judged_object(question, clause, start, end):
        return True
    return bool(
        getattr(rules, "possessive_bodies_read", True)
        and spoken_owner(question, clause, start, end)
    )
