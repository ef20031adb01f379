"""Rule ``object_frames_read`` (issue 16 session 26 task C): the body acted on is not the
speaker. A body named as the one whose offer, plan, letter or request is judged, reacted to or
taken along, or as the one asked or told something, was taken for who said the answer ("How
did minister De Jonge judge the housing corporations' earlier offer ...?" searched Aedes; "Wil
de staatssecretaris het voorstel van de VNG meenemen?" the VNG). Found by the generated table
tests/data/speaker_roles.toml ``[[object_frame]]``, ``[[request_frame]]``; the words are data
(lexicon/data/speech.toml ``judging_verbs_en``, ``judging_verbs_nl``,
``judged_prepositions_nl``, ``object_frame_speech``, ``[object_frame_separable]``).

- :func:`judged_object`: in English, a body after a verb of judging, reacting or taking along
  in its clause (not a noun's reading "was the view of", not a passive's agent "judged by");
  in Dutch, a body after "op"/"met"/"tegenover", or after "van" following a noun that is no
  word of representation nor a title, in a clause holding such a verb;
- :func:`frame_speech`: those verbs, "het eens", "told"/"verteld" and the separable "ging ...
  in op", "nam ... mee", "take ... along" let a question name a speaker at all.
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon.wordlists import mapping, word_regex, word_set, words

_CLAUSE = frozenset(",;:?!()")


def _tokens(text: str, articles: bool = False) -> list[str]:
    """The words of ``text``, lower case, articles (unless ``articles``) and "'s" left out; a
    possessive keeps its "'s" when ``articles``."""
    skip = frozenset() if articles else word_set("function_words", "articles") | {"'s"}
    found = re.findall(r"[\w\u2019'.&-]+", text.lower())
    if articles:
        return [w.strip(".") for w in found]
    return [w.strip(".").removesuffix("'s").rstrip("'\u2019") for w in found if w not in skip]


def _judges(word: str, english: bool) -> bool:
    """Whether ``word`` is a verb of ``judging_verbs_en`` / ``judging_verbs_nl``."""
    return bool(word_regex("speech", f"judging_verbs_{'en' if english else 'nl'}").fullmatch(word))


@cache
def _not_things() -> frozenset[str]:
    """Words before "van" that make the body after it the speaker's own: one who represents
    it or a title ("de voorzitter van de VNG", "de koepel van gemeenten")."""
    titles = words("roles", "office_titles") + words("roles", "chair")
    return word_set("speech", "represents") | frozenset(t.lower() for t in titles)


def _agent(before: list[str], english: bool) -> bool:
    """A passive's agent: "by"/"door" after a passive auxiliary in the clause."""
    if not before or before[-1] not in word_set("speech", "speaker_before"):
        return False
    aux = word_set("function_words", "passive_auxiliaries_en" if english else "passive_auxiliaries")
    return any(w in aux for w in before[:-1]) or bool(len(before) > 1 and before[-2] == "door")


def _english_verb_before(raw: list[str]) -> bool:
    """Whether ``raw`` (an English clause's words up to the body, articles kept) hold a verb of
    ``judging_verbs_en`` read as a verb: not after an article, a possessive or a passive's
    "be" ("the view of", "the minister's view on", "was viewed")."""
    nouns = word_set("function_words", "articles") | word_set(
        "function_words", "passive_auxiliaries_en"
    )
    for i, word in enumerate(raw):
        if i > 0 and _judges(word, True):
            prev = raw[i - 1]
            if prev not in nouns and not prev.endswith(("'s", "s'", "\u2019s")):
                return True
    return False


def judged_object(question: str, clause: int, start: int, english: bool) -> bool:
    """Whether the body at ``question[start:]`` (its clause beginning at ``clause``) is what a
    verb of judging, reacting or taking along acts on, or the owner of that thing (see the
    module's docstring)."""
    before = _tokens(question[clause:start])
    if not before or _agent(before, english):
        return False
    ends = [i for i in range(start, len(question)) if question[i] in _CLAUSE] + [len(question)]
    if english:  # "take ... along": its verb before the body
        upto = _tokens(question[clause:start], articles=True)
        whole = _tokens(question[clause : ends[0]], articles=True)
        return _english_verb_before(upto) or any(
            whole.index(v) < len(upto) for v in _separable_verbs(whole)
        )
    clause_words = before + _tokens(question[start : ends[0]])
    if not any(_judges(w, False) for w in clause_words) and not _separable_verbs(clause_words):
        return False
    prev = before[-1]
    if prev not in word_set("speech", "judged_prepositions_nl"):
        return False
    if prev != "van":
        return len(before) > 2  # a subject before: "Hoe reageerde S op X"
    return len(before) > 3 and before[-2] not in _not_things() and not _judges(before[-2], False)


def _separable_verbs(tokens: list[str]) -> list[str]:
    """The finite forms of ``[object_frame_separable]`` in ``tokens`` that their particle (one
    or two words: "in op", "mee", "along") follows ("ging ... in op", "take ... along")."""
    out = []
    for particle, forms in mapping("speech", "object_frame_separable").items():
        words_of = particle.split()
        for i, token in enumerate(tokens):
            if token in forms and any(
                tokens[j : j + len(words_of)] == words_of for j in range(i + 1, len(tokens))
            ):
                out.append(token)
    return out


def frame_speech(text: str) -> bool:
    """Whether ``text`` holds a word of ``object_frame_speech`` or a separable verb of
    ``[object_frame_separable]`` in one clause: a question that may name a speaker."""
    if word_regex("speech", "object_frame_speech").search(text):
        return True
    return any(_separable_verbs(_tokens(part)) for part in re.split(r"[,;:?!()]", text))
