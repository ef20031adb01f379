"""Switches and thresholds of the gates: the checks that refuse a question before any quote is
judged, because the minutes lack its topic, a name, a role or office, a speaking speaker or
body, or a meeting in its period (stage: gates, :mod:`lrt_search.answer.gates` and the ``gate``
checks of :mod:`lrt_search.answer.checks`).

A mixin of :class:`~lrt_search.config.Settings`: its fields are read as ``settings.<field>``,
set by the same flat key in a TOML file, and listed in docs/settings.md with their measured
effect.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, init=False, repr=False, eq=False)
class GateRules:
    """The gate switches of :class:`~lrt_search.config.Settings`."""

    # Every check, gates and quote checks alike (lrt_search.answer.checks).
    evidence_checks: bool = True  # names, period, topic, units (lrt_search.answer.evidence)
    disabled_checks: tuple[str, ...] = ()  # checks that never fire (ablation)

    # The topic gate: how much of the topic may be missing (answer.gates.gate_topic_absent);
    # for a topic the question implies, the share of its words this heavy.
    topic_missing_share: float = 0.35
    implied_topic_missing_share: float = 0.5
    implied_topic_min_weight: float = 2.0
    implied_topic_speaker_only: bool = True  # implied_topic_quoted only when a speaker is asked
    speaker_name_not_topic: bool = True  # the asked person's name is no implied topic word
    glossary_phrase_frame_word: bool = True  # implied topic keeps speech in a glossary phrase
    # "woonboten voor statushouders": the first word of a search-box question is its topic
    # ("absent": only when the minutes lack it).
    keyword_first_topic: Literal["read", "absent", ""] = "absent"
    no_words_nouns: bool = True  # rule no_words_nouns (answer.gates.gate_no_words)
    topic_standout_z: float = 4.5  # not refused if a statement of it stands out this far (z)
    asked_noun_absent: bool = True  # rule asked_noun_absent (answer/asked_noun.py)
    # Rule topic_head_required (answer/topic_head.py): the topic's head of this weight or more
    # must be found.
    topic_head_required: bool = True
    topic_head_min_weight: float = 2.0

    # The topic gate: which of the topic's words are found, and in what form.
    synonym_phrase_units: bool = True  # "lokale overheden": one topic unit
    english_word_in_dutch: bool = True  # "mvro current systeem": "current" is "huidig"
    # Rule paraphrase_words: an everyday Dutch adjective or verb form the minutes lack, of Zipf
    # at least this (0 off), is not checked, unless no other topic word is found
    # (paraphrase_alone_checked).
    paraphrase_word_min_zipf: float = 3.0
    paraphrase_alone_checked: bool = True
    function_compounds: bool = True  # rule function_compounds (lexicon/wordclass.py)
    question_frame_words: bool = True  # "waarover", "spraken ... af", "qoute": no topic
    topic_weight_words: bool = True  # "alvast", "langzaam", "op gang": not absent alone
    compound_parts: bool = True  # rule compound_parts: a compound's head found adds it
    compound_both_parts: bool = True  # "doorstroomplek": both parts held
    compound_synonyms_read: bool = True  # "flexhuizen", "front portals": a part in other words
    same_stem_rare_modifier: bool = True  # "crisisnoodbevel" is no form of "crisis"
    corpus_spread_weight: bool = True  # topic gate: found words weigh <= their index spread
    dutch_inflections: bool = True  # rule dutch_inflections: looked up by inflected forms
    word_forms_read: bool = True  # "legt", "verving", "uitvoerings toets": answer.word_forms

    # The topic gate: English words and their translations.
    # Each a rule of its name: English general words below this Zipf frequency (0 off), nouns of
    # at most english_noun_max_senses WordNet senses, checked through their translations.
    english_absent_below_zipf: float = 4.0
    english_noun_absent: bool = True  # answer/absent_translation.py
    english_noun_max_senses: int = 5
    absent_translation_nouns: bool = True  # answer/absent_translation.py
    translation_compound_head: bool = True  # answer/translation_head.py
    english_untranslated_absent: bool = True  # answer/untranslated.py (docs/answers.md)
    untranslated_compound_boundary: bool = True  # answer/untranslated.py
    english_dutch_term_absent: bool = True  # answer/dutch_term.py
    english_topic_translated: float = 2.0  # answer/cognate_topic.py; 0 off
    english_lemma_translations: bool = True  # answer.word_family: by its lemma's translations

    # The names gate and the gates of roles and offices.
    general_word_zipf: float = 3.9  # a capitalised general word
    role_word_known: bool = True  # "the chair" is no absent name: "voorzitter" occurs
    absent_role_speaker: bool = True  # "What did the prime minister say": no statement of it
    office_of_period: bool = True  # an office's holder in the period (answer.office_period)
    office_holders_per_meeting: bool = True  # an office of 2 holders: (body, meetings) pairs

    # A speaker or body that never speaks (answer/speaker_silent.py, answer/silent_body.py).
    speaker_silent: bool = True  # "what did X say" when X never speaks: answer/speaker_silent.py
    speaker_silent_yes_no: bool = True  # "Heeft X iets gezegd over Y?" too
    silent_body: bool = True  # "Welke bezwaren had Defensie", "Wat zei de Tweede Kamer zelf"

    # The period gate: a meeting not held, and the days it lets through.
    meeting_not_held: bool = True  # outcome of a meeting the corpus lacks
    day_of_mention: bool = True  # a day without a meeting the minutes mention
    day_of_dated_noun: bool = True  # also "de afspraken van <day>" beside a meeting word
    event_date: bool = True  # answer.event_date: "the cabinet meeting of <day>" dates an event
    yearless_event_day: bool = True  # event_date also "the cabinet meeting of 21 April"
    stranded_event_noun: bool = True  # event_date also "a meeting with on 20 November"
    unheld_day_written: bool = True  # no_meeting names "18 December" held in no year
    unwritten_day_unheld: bool = True  # also without a meeting word, if no passage writes it
    date_written_topic: bool = True  # answer.date_written: a refused date the minutes write
    date_written_answered: bool = True  # also an answer whose quotes do not write the date
    topic_year_written: bool = True  # answer.topic_year: a yearless day dated by its meeting
