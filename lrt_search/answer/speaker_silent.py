"""Rule ``speaker_silent``: "What did Defensie say about Budel?" when Defensie speaks in no
statement of the minutes (of the period asked about) is not answered from a statement of
another speaker that only names it ("Vraag vanuit de VNG is of Defensie de locatie Budel wil
gebruiken"): what someone said is asked, and they said nothing.

It applies when the search found no passage of the asked speaker and dropped it (rule
``speaker_fallback`` of :meth:`~lrt_search.search.retriever.Retriever.search_question`) and
the question asks, with a question word, what the speaker said or thinks ("What did <who>
say", "Wat vond <wie> van", "Wat heeft <wie> gezegd": :func:`~lrt_search.search.phrases.
speaker_phrase`). A yes/no question about what the speaker does or wants ("Does the Ministry of
Defence want to use the Budel site?") is about a fact another speaker may state: not this rule.

Rule ``speaker_silent_yes_no``: a yes/no question asking whether the speaker said anything on a
topic ("Heeft Defensie iets gezegd over de bekostiging?", "Zei het UWV iets over X?", "Did the
IND say anything about X?", "Has Nidos commented on X?": :func:`asks_if_anything_said`) asks
what they said as well.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..index.analysis import words
from ..lazyre import lazy
from ..lexicon.wordlists import word_regex, word_set
from ..search.meeting_counts import not_count
from ..search.phrases import speaker_phrase
from .reason_period import period_text
from .silent_body import stance_frame

if TYPE_CHECKING:
    from .evidence import Asked

_QUESTION_WORDS = word_set("function_words", "question_words_en") | word_set(
    "function_words", "question_words_nl"
)


_AUXILIARIES = word_set("speech", "yes_no_auxiliaries")
_YES_NO_LEADS = _AUXILIARIES | word_set("speech", "speaker_verbs_nl")
_SPEECH_VERB = word_regex("speech", "speaker_verbs_en")
_PARTICIPLE = word_regex("speech", "speaker_participles_nl")
_OPENER = word_regex("topics", "openers")
_ON = word_regex("speech", "yes_no_topic_openers")
_CLAUSE = lazy(r"[?.!;,]")


def asks_if_anything_said(question: str) -> bool:
    """Rule ``speaker_silent_yes_no``: whether ``question`` asks yes or no whether its subject
    said anything on a topic. Its first clause opens with an auxiliary or a Dutch verb of
    speech (lexicon/data/speech.toml ``yes_no_auxiliaries``, ``speaker_verbs_nl``), holds a
    verb of speech after it (``speaker_verbs_en``, ``speaker_participles_nl``) unless it opened
    with one, and a topic opener ("over", "about", "on"; topics.toml ``openers``,
    speech.toml ``yes_no_topic_openers``)."""
    first = words(question)[:1]
    if not first or first[0] not in _YES_NO_LEADS:
        return False
    clause = _CLAUSE.split(question.strip(), maxsplit=1)[0]
    lead = re.match(r"\s*\S+", clause)
    start = lead.end() if lead else 0
    # after an auxiliary a verb of speech, before or after the topic ("Heeft de VNG iets over X
    # gezegd?", "Did the IND say anything about X?")
    auxiliary = first[0] in _AUXILIARIES
    if auxiliary and not (_SPEECH_VERB.search(clause, start) or _PARTICIPLE.search(clause, start)):
        return False
    return bool(_OPENER.search(clause, start) or _ON.search(clause, start))


def asks_what_was_said(
    question: str,
    passive: bool = True,
    title: bool = True,
    finite: bool = True,
    counts: bool = True,
) -> bool:
    """Whether ``question`` asks, with a question word, what someone said or thinks
    (``passive``: rule ``speaker_passive`` of :func:`speaker_phrase`; ``title``: rule
    ``title_not_speech_verb``; ``finite``: rule ``speaker_verb_finite``; ``counts``: rule
    ``meeting_counts_read``, "How many meetings talked about X" asks no speaker)."""
    first = words(question)[:1]
    phrase = not_count(speaker_phrase(question, passive, title, finite), counts)
    return bool(first) and first[0] in _QUESTION_WORDS and bool(phrase)


def gate_speaker_silent(asked: Asked) -> dict[str, Any] | None:
    """The asked speaker (dropped by the search: no passage of theirs) when the question asks
    what they said; the period, if the question names one."""
    if not asked.retriever.settings.speaker_silent or not asked.dropped:
        return None
    settings = asked.retriever.settings
    if not (
        asks_what_was_said(
            asked.question,
            settings.speaker_passive,
            settings.title_not_speech_verb,
            settings.speaker_verb_finite,
            settings.meeting_counts_read,
        )
        or (settings.speaker_silent_yes_no and asks_if_anything_said(asked.question))
        or (settings.silent_body and stance_frame(asked.question, asked.reading))
    ):
        return None
    # The reason must be true: no passage of the period has the speaker speaking (a search
    # may drop a speaker whose passages it did not reach, as BM25 alone does); the attendee
    # lists of the meeting headers are no statements.
    retriever = asked.retriever
    mask = retriever.filter_mask(list(asked.dropped), asked.since, asked.until, None)
    if mask is not None:
        mask[retriever.chunks.rows_of_kind("header")] = False
        if bool(mask.any()):
            return None
    period = period_text(asked.since, asked.until)  # an open period keeps its open end
    return {"names": list(asked.dropped), "period": period}
