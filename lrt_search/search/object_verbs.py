"""Rule ``object_not_speaker`` (issue 16, task F3): a body named as the object of a verb that is
not one of speech, or as the one a request is addressed to, is not who said the answer. Extends
the speaker position of :func:`~.speaker_position.is_speaker_position` (one path), with
the words of lexicon/data/speech.toml:

- in English, a body right after a verb of ``object_verbs`` ("Did the state secretary want to
  involve the VNG", "who wants to take vng along", "pay municipalities") or of
  ``addressee_verbs_en`` ("What did JenV ask the PRT's", "urge IPO") is its object, unless the
  verb is a passive's ("I was told the health ministry agreed");
- in Dutch, a body in a clause holding a verb of ``object_verbs`` is its object when it stands
  right after another noun (the subject) that follows the clause's verb ("Wil de
  staatssecretaris de VNG meenemen", "Wat betaalt het Rijk gemeenten", "Heeft het kabinet de
  gemeenten gecompenseerd?"), or right after an imperative of ``object_imperatives_nl`` opening
  the clause ("neem de VNG mee").

The verb's subject, if it names a body ("the state secretary", "het Rijk"), keeps its reading:
"aan"/"to" after a verb of speech already make a body the addressee (``not_speaker_before``).

Rule ``addressee_not_speaker`` (issue 16 session 24 task A2; :func:`is_addressed`) reads the
one asked or promised to: after "of"/"from" following an English verb of asking or wanting
(``addressee_of_en``: "What did the minister ask of the COA", "What was asked of IPO", "What did
the VNG want from the state secretary"), right after an English verb
of promising (``beneficiary_verbs_en``: "promise the municipalities"), and in a passive of a
participle of asking or promising (``addressee_participles``: "Wat werd de VNG gevraagd", "Wat
is het COA verzocht", "What was the COA asked to do", "The provinces were urged to"), and the
one acted on in a passive of a verb of ``object_verbs`` ("Were municipalities already being
phoned", "Werden gemeenten gebeld").
"""

from __future__ import annotations

from collections.abc import Callable

from ..lexicon.wordlists import word_regex, word_set

_VERB_LISTS = ("yes_no_auxiliaries", "subject_of_verb_before", "actor_verbs_before")


def _object_verb(word: str) -> bool:
    return bool(word_regex("speech", "object_verbs").fullmatch(word))


def _verb_like(word: str, speech_word: Callable[[str], bool]) -> bool:
    """Whether ``word`` is a verb the lists know: an auxiliary, a modal, a verb of speech or one
    of ``object_verbs``."""
    return (
        any(word in word_set("speech", name) for name in _VERB_LISTS)
        or _object_verb(word)
        or speech_word(word)
    )


def is_object(
    before: list[str],
    clause_words: list[str],
    english: bool,
    speech_word: Callable[[str], bool],
    dative: bool = False,
) -> bool:
    """Whether a body is the object or addressee of a verb by rule ``object_not_speaker``.

    ``before``: the words of its clause before it (articles left out, lower case);
    ``clause_words``: every word of its clause; ``english``: the question is English;
    ``speech_word``: whether a word is one of speech (the question reader's test); ``dative``
    (rule speech_forms_read): in Dutch, a verb of asking, promising or offering
    (``dative_verbs_nl``) in the clause counts as one of ``object_verbs`` ("Wat heeft de
    staatssecretaris de gemeenten toegezegd"), and a body after "zowel"/"beide" is no object."""
    if not before:
        return False
    prev = before[-1]
    if english:  # not after a passive's "be" ("I was told the health ministry agreed")
        passive = len(before) > 1 and before[-2] in word_set(
            "function_words", "passive_auxiliaries_en"
        )
        return not passive and (
            _object_verb(prev) or prev in word_set("speech", "addressee_verbs_en")
        )
    if len(before) == 1:
        return prev in word_set("speech", "object_imperatives_nl")
    from ..index.analysis import dutch_stopwords

    return (
        any(
            _object_verb(w) or (dative and w in word_set("speech", "dative_verbs_nl"))
            for w in clause_words
        )
        and prev not in dutch_stopwords()
        and not (dative and prev in word_set("comparison_both", "words"))  # "zowel de VNG als"
        and not _verb_like(prev, speech_word)
        and any(_verb_like(w, speech_word) for w in before[:-1])
    )


def _passive_before(before: list[str], english: bool) -> bool:
    """Whether the last word of ``before`` is a passive auxiliary ("werd", "is", "was")."""
    if english:
        return bool(before) and before[-1] in word_set("function_words", "passive_auxiliaries_en")
    aux = word_set("function_words", "passive_auxiliaries") | word_set(
        "function_words", "perfect_passive_auxiliaries"
    )
    return bool(before) and before[-1] in aux


def _patient_participle(word: str, english: bool) -> bool:
    """A participle of asking or promising, or of a verb of ``object_verbs`` ("phoned",
    "gebeld", "gecompenseerd"; a Dutch one only in its "ge-" form)."""
    if word in word_set("speech", "addressee_participles"):
        return True
    return _object_verb(word) and (english or word.startswith("ge"))


def _first_participle(after: list[str], english: bool) -> bool:
    """Whether the clause after the body goes on with such a participle: in English the first
    word that is no stopword ("already being phoned"), in Dutch any word of the clause."""
    if not english:
        return any(_patient_participle(w, False) for w in after)
    from ..index.analysis import english_stopwords

    for word in after:
        if _patient_participle(word, True):
            return True
        if word not in english_stopwords():
            return False
    return False


def _passive_addressee(before: list[str], after: list[str], english: bool) -> bool:
    """A body in a passive of asking, promising or a verb of ``object_verbs``: the auxiliary
    right before it and the participle after it ("werd de VNG gevraagd", "was the COA asked",
    "Were municipalities already being phoned"), or both after it ("the provinces were urged",
    "de VNG werd gevraagd")."""
    if _passive_before(before, english):
        return _first_participle(after, english)
    return (
        len(after) >= 2
        and _passive_before(after[:1], english)
        and (_first_participle(after[1:], english))
    )


def is_addressed(before: list[str], after: list[str], english: bool) -> bool:
    """Whether a body is the one asked or promised to by rule ``addressee_not_speaker``.

    ``before``, ``after``: the words of its clause before and after it (articles left out, lower
    case); ``english``: the question is English."""
    prev = before[-1] if before else ""
    if english and prev in word_set("speech", "addressee_prepositions_en") and len(before) > 1:
        return before[-2] in word_set("speech", "addressee_of_en")  # "of IPO": no auxiliary
    if prev in word_set("speech", "speaker_before"):
        return False  # the agent or source ("door de VNG is gevraagd", "by IPO")
    if english and prev in word_set("speech", "beneficiary_verbs_en"):
        return not _passive_before(before[:-1], english)
    return _passive_addressee(before, after, english)
