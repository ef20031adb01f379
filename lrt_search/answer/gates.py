"""The gates of answering that run before searching, on the question (an
:class:`~lrt_search.answer.evidence.Asked`): each returns the parameters of its reason when the
minutes cannot hold the answer, else ``None``.

- ``no_words``: the question has no content word;
- ``names_absent``: a name of the question (or the asked speaker) the minutes, the alias table
  and the glossary do not know ("PVV is not in the minutes");
- ``no_meeting``: the period of the question holds no meeting;
- ``topic_absent``: the minutes lack the words carrying ``topic_missing_share`` of the topic's
  weight (see :mod:`lrt_search.answer.evidence` for how the topic is read and weighed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..index.analysis import dutch_stopwords, english_stopwords, words
from ..search.unread import is_known_word
from .absent_role import gate_role_unrecorded as gate_role_unrecorded  # rule absent_role_speaker
from .corpus_spread import gate_missing_share
from .glossary_reason import head_reason, true_absent_words
from .implied_topic import absent_first_word
from .meeting_period import period_has_meeting
from .names import corpus_words, name_known
from .reason_period import period_text
from .role_speaker import dutch_role
from .topic_discussed import standout
from .topic_head import absent_head
from .unheld_day import unheld_day
from .unwritten_day import unwritten_day

if TYPE_CHECKING:
    from ..search.retriever import Retriever
    from .evidence import Asked
    from .topics import TopicCheck


def _any_word_known(retriever: Retriever, phrase: str, english: bool) -> bool:
    """Whether the minutes know a word of ``phrase`` in some form: English words through the
    glossary or as written, Dutch words through the analyzer (compound parts too)."""
    known = retriever.bm25.terms
    content = [w for w in words(phrase) if w not in english_stopwords() | dutch_stopwords()]
    if english:
        return bool(retriever.glossary.matches(phrase)) or any(
            w in corpus_words(retriever) for w in content
        )
    return any(is_known_word(w, retriever.analyzer, known) for w in content)


Params = dict[str, Any]


def gate_no_words(asked: Asked) -> Params | None:
    """The question has no word that is not a Dutch or an English stopword ("Wat?",
    "What?", "Who did it?": six arbitrary quotes at "medium 0.82" before). Rule
    ``no_words_nouns``: a noun of the question's topic phrase is a word even where
    stopwordsiso's long English list holds it ("Did the places come up at all?", "about the
    bill", "the number"); "What does it do?" has none."""
    stop = dutch_stopwords() | english_stopwords()
    found = [w for w in words(asked.question) if w not in stop]
    if not found and asked.retriever.settings.no_words_nouns:
        from ..lexicon.wordclass import english_noun

        found = [w for w in words(asked.reading.topic) if len(w) > 3 and english_noun(w)[1]]
    return None if found else {}


def gate_names_absent(asked: Asked) -> Params | None:
    """Names of the question (and the speaker, also in lower case: "Wat zei vluchtelingenwerk
    ...") that the minutes, the alias table and the glossary do not know."""
    retriever, english = asked.retriever, asked.scope.english
    missing = [n for n, known in asked.names if not known]
    who = asked.reading.speaker_phrase
    # Leniently: a lower-case description may be a compound of the minutes' words
    # ("gemeentekoepel" for the VNG), so only a speaker none of whose words the index has
    # in any form ("the red cross") is missing.
    named = any(who.lower() in n.lower() or n.lower() in who.lower() for n, _ in asked.names)
    if (
        who
        and not named
        and not name_known(retriever, who)
        and not _any_word_known(retriever, who, english)
        and not _role_known(retriever, who)
    ):
        missing.append(who)
    return {"names": missing} if missing else None


def _role_known(retriever: Retriever, who: str) -> bool:
    """Rule ``role_word_known``: ``who`` is a role word whose Dutch form the minutes hold
    ("the chair": "voorzitter"; answer/role_speaker.dutch_role)."""
    dutch = dutch_role(who) if retriever.settings.role_word_known else None
    return dutch is not None and name_known(retriever, dutch)


def gate_no_meeting(asked: Asked) -> Params | None:
    """The period of the question holds no meeting of the corpus."""
    since, until = asked.since, asked.until
    if period_has_meeting(asked.retriever, since, until):
        return unwritten_day(asked) or None  # rule unwritten_day_unheld
    # an open period keeps its open end ("na 1 juli 2025": "2025-07-02 to", from then on)
    return {"period": period_text(since, until), **unheld_day(asked)}  # rule unheld_day_written


def _first_absent(asked: Asked, check: TopicCheck) -> list[str]:
    """Rule keyword_first_topic: the first word of a search-box question, when the minutes
    lack it (in an English question, as :func:`true_absent_words` judges it); else []."""
    first = absent_first_word(asked.question, check)
    if not first or not asked.scope.english:
        return [first] if first else []
    return list(true_absent_words(asked.retriever, asked.question, asked.topic, (first,)))


def gate_topic_absent(asked: Asked) -> Params | None:
    """The words of the "about X" phrase the minutes lack carry ``topic_missing_share`` of its
    weight, and no statement stands out as being about its other words; or (rule
    ``asked_noun_absent``) the minutes lack a noun the Dutch question counts or asks the state
    of (:mod:`lrt_search.answer.asked_noun`); or (rule ``topic_head_required``) they lack its
    head noun and hold its modifier (:mod:`lrt_search.answer.topic_head`)."""
    retriever, check = asked.retriever, asked.topic_check
    if check is None:
        return None
    settings = retriever.settings
    implied = asked.topic_implied
    if implied and settings.keyword_first_topic and (first := _first_absent(asked, check)):
        return {"words": first}  # rule keyword_first_topic (answer.implied_topic)
    share = settings.implied_topic_missing_share if implied else settings.topic_missing_share
    if (
        check.missing
        and gate_missing_share(retriever, check, implied) >= share
        and standout(retriever, asked.topic, check) < retriever.settings.topic_standout_z
    ):
        if not asked.scope.english:
            return {"words": list(check.missing)}
        named = true_absent_words(retriever, asked.question, asked.topic, check.missing)
        return head_reason(retriever, asked.question, named) or {"words": named}
    if settings.topic_head_required and (head := absent_head(retriever, asked.topic, check)):
        english = asked.scope.english
        return (english and head_reason(retriever, asked.question, head)) or {"words": head}
    if settings.asked_noun_absent and not asked.scope.english:
        from .asked_noun import absent_asked_nouns

        absent = absent_asked_nouns(retriever, asked.question)
        if absent:
            return {"words": absent}
    return None
