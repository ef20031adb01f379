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

Task C3 (session 26; table ``[[object_frame]]`` rows after "passive frames"): the passive.
:func:`passive_owner`: a body owning the subject of a passive of judging, receiving or
supporting ("How was the VNG's offer judged by the minister?", "Hoe werd het aanbod van de VNG
door de staatssecretaris ontvangen?"); :func:`asked_owner`: "who" asked to have done something
to a thing the body owns ("Who suggested the COA's offer?"); "Wat vond S ervan dat X ...";
:func:`received_passive`: "Hoe werd ... ontvangen" is a reaction (speech.toml
``judged_participles_*``, ``received_participles``, ``received_openers``,
``passive_clause_breaks``, ``judged_adverbs_nl``).
"""

from __future__ import annotations

import re
from functools import cache

from ..index.analysis import is_english
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


@cache
def _title_words() -> frozenset[str]:
    """The words of the titles of roles.toml and their English forms, lower case ("state",
    "secretary", "minister"; no name particle: "of", "van")."""
    names = ("office_titles", "titles", "chair", "chair_en", "dutch_forms")
    found = {w for n in names for t in words("roles", n) for w in t.lower().split()}
    return frozenset(found) - word_set("function_words", "name_particles")


def _agent(before: list[str], english: bool) -> bool:
    """A passive's agent: "by"/"door" after a passive auxiliary in the clause (a person's
    title between: "by state secretary Van der Burg")."""
    while len(before) > 1 and before[-1] in _title_words():
        before = before[:-1]
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


def judged_object(question: str, clause: int, start: int, end: int) -> bool:
    """Whether the body at ``question[start:end]`` (its clause beginning at ``clause``) is what
    a verb of judging, reacting or taking along acts on, or the owner of that thing (see the
    module's docstring)."""
    english = is_english(question)
    before = _tokens(question[clause:start])
    if not before:
        return False
    ends = [i for i in range(end, len(question)) if question[i] in _CLAUSE] + [len(question)]
    after = _tokens(question[end : ends[0]], articles=True)
    lead = _tokens(question[clause:start], articles=True)[-1:] + _tokens(question[start:end], True)
    article = bool(set(lead[:2]) & word_set("function_words", "articles"))
    if passive_owner(before, after, english, article) or asked_owner(
        before, after, english, article
    ):
        return True
    if _agent(before, english):
        return False
    if not english and _judged_clause(before):
        return True
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
    parts = [_tokens(part) for part in re.split(r"[,;:?!()]", text)]
    return any(_separable_verbs(p) or received_passive(p) for p in parts)


def received_passive(tokens: list[str]) -> bool:
    """Task C3: a passive of ``received_participles`` in a clause opened by one of
    ``received_openers`` ("How was the VNG's offer received", "Hoe werd het aanbod ontvangen")."""
    if not tokens or tokens[0] not in word_set("speech", "received_openers"):
        return False
    aux = _auxiliaries(True) | _auxiliaries(False)
    return any(w in aux for w in tokens) and any(
        w in word_set("speech", "received_participles") for w in tokens
    )


def _owned(before: list[str], after: list[str], english: bool, article: bool = False) -> bool:
    """Whether the body between ``before`` (articles left out) and ``after`` (articles kept)
    owns a thing: "{X}'s offer", "the letter from/of {X}", "het aanbod van {X}" (the noun
    before "van"/"of" no word of representation nor a title), or, with ``article`` (one before
    the body), "the plan {X} made" (:func:`_relative`)."""
    if english and after and after[0] in ("'s", "'", "\u2019s"):
        return True
    if len(before) < 2 or before[-2] in _not_things() or _judges(before[-2], english):
        return False
    who = word_set("speech", "who_subject")
    if before[-1] in (("of", "from") if english else ("van",)):
        return before[-2] not in _auxiliaries(english) and before[-2] not in who
    return english and article and before[-2] not in who and _relative(before[-1], after)


def _relative(noun: str, after: list[str]) -> bool:
    """ "the plan {X} made": ``noun`` before the body is no auxiliary nor preposition, and the
    word after it a verb (no auxiliary, preposition, possessive nor English noun)."""
    from ..lexicon.wordclass import english_noun

    breaks = word_set("speech", "passive_clause_breaks") | _auxiliaries(True)
    breaks |= word_set("speech", "not_speaker_before") | word_set("speech", "speaker_before")
    if noun in breaks or not after or after[0] in breaks or after[0].endswith("'s"):
        return False
    return not english_noun(after[0])[0]


def _auxiliaries(english: bool) -> frozenset[str]:
    """The passive auxiliaries of the question's language (Dutch: "worden" and "zijn")."""
    if english:
        return word_set("function_words", "passive_auxiliaries_en")
    return word_set("function_words", "passive_auxiliaries") | word_set(
        "function_words", "perfect_passive_auxiliaries"
    )


def _participles(opener: str, english: bool) -> frozenset[str]:
    """The participles of ``judged_participles_*``, and ``received_participles`` after one of
    ``received_openers`` opening the clause."""
    found = word_set("speech", f"judged_participles_{'en' if english else 'nl'}")
    if opener in word_set("speech", "received_openers"):
        found |= word_set("speech", "received_participles")
    return found


def passive_owner(
    before: list[str], after: list[str], english: bool, article: bool = False
) -> bool:
    """Task C3: the body owns the subject of a passive of judging, receiving or supporting
    ("How was the VNG's offer judged by the minister?", "Hoe werd het aanbod van de VNG door de
    minister ontvangen?"): a passive auxiliary before it in its clause, the participle after it
    ending the clause (in English or before "by"), no word of ``passive_clause_breaks`` between
    (Dutch: but "door" and its agent)."""
    aux = _auxiliaries(english)
    if not any(w in aux for w in before) or not _owned(before, after, english, article):
        return False
    participles = _participles(before[0], english)
    at = next((i for i, w in enumerate(after) if w in participles), None)
    if at is None or (after[at + 1 :] and not (english and after[at + 1] == "by")):
        return False
    between = after[:at]
    if any(w in word_set("speech", "passive_clause_breaks") for w in between):
        return False
    articles = word_set("function_words", "articles")
    return not english or (len(between) <= 3 and not any(w in articles for w in between))


def asked_owner(before: list[str], after: list[str], english: bool, article: bool = False) -> bool:
    """Task C3: the clause asks who did something to a thing the body owns ("Who suggested the
    VNG's proposal?", "Wie stelde voor het aanbod van het COA te agenderen?"): "who"/"wie" and
    a verb that is no auxiliary of ``who_auxiliaries`` nor a preposition open it. Who answers
    is what is asked; the owner need not be it."""
    if len(before) < 2 or before[0] not in word_set("speech", "who_subject"):
        return False
    second = before[1]
    not_verbs = word_set("speech", "who_auxiliaries") | word_set("speech", "speaker_before")
    if second in not_verbs | word_set("speech", "not_speaker_before") | {"of", "van"}:
        return False
    return second not in _auxiliaries(english) and _owned(before, after, english, article)


def _judged_clause(before: list[str]) -> bool:
    """Task C3: in Dutch, the body is in the "dat" clause a verb of judging acts on through a
    pronominal adverb ("Wat vond de minister ervan dat de VNG ...", "Hoe reageerde S erop
    dat X ...")."""
    return (
        len(before) > 3
        and before[-1] == "dat"
        and before[-2] in word_set("speech", "judged_adverbs_nl")
        and any(_judges(w, False) for w in before[:-2])
    )
