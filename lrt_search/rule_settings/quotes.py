"""Switches of the quote checks: what a candidate statement must hold to be quoted - the act,
cause or premise asked, the topic, names and period, a claimed number, the property asked (a
time, amount, count), the member or document asked (stage: quote checks, the ``quote`` checks of
:mod:`lrt_search.answer.checks` and the modules they call).

A mixin of :class:`~lrt_search.config.Settings`: its fields are read as ``settings.<field>``,
set by the same flat key in a TOML file, and listed in docs/settings.md with their measured
effect.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, init=False, repr=False, eq=False)
class QuoteRules:
    """The quote-check switches of :class:`~lrt_search.config.Settings`."""

    # What happened: causes, consequences, acts and their doers.
    consequence_stated: bool = True  # "What if X": a sentence states a consequence of X's topic
    cause_stated: bool = True  # "What led to / Hoe komt het dat X": a sentence states a cause
    unnamed_agent: bool = True  # "Who leaked / agreed to X": a quote names the doer (unnamed_agent)
    act_stated: bool = True  # "Who voted / leaked / shut ...": a quote states the act (acts.toml)
    premise_act: bool = True  # a why/claim premise's act ("verhoogd", "ended"): a quote states it
    premise_forms_read: bool = True  # "the closing session", 'Closing the gap': no act (act_forms)
    act_forms_split_read: bool = True  # "neemt ... toe", "toe te laten nemen" (answer/act_split)

    # A premise ("Waarom ...", "Klopt het dat ..."): a quote supports it (answer/premise.py).
    premise_paraphrase_words: bool = True  # each a rule of its name
    premise_specific_words: bool = True
    premise_in_heading: bool = True
    premise_english_bridges: bool = True
    premise_translations_required: bool = True  # rule of answer.premise
    premise_unlisted_verb: bool = True  # rule of answer.premise_unlisted
    premise_compound_parts: bool = True  # rule of answer.premise
    premise_glossary_words: bool = True  # rule of answer.premise
    premise_noun_restated: bool = True  # answer.premise_restated: one restated noun may lack
    premise_verb_forms: bool = True  # answer.premise_forms: a strong verb in any of its forms
    premise_common_paraphrased: bool = True  # answer.premise_common: common words may lack
    premise_common_below: float = 2.6  # a common word's weight is below this
    premise_glossary_beside: bool = True  # answer.premise: glossary terms beside FreeDict's
    premise_words_apart: bool = True  # answer.premise_apart: a compound verb written apart
    premise_restatements_read: bool = True  # answer.premise other_forms (on at merge: docs)
    negative_stance_stated: bool = True  # answer.stance: a presupposed refusal/objection stated
    stance_whether_asked: bool = True  # "Did X object to Y?" presupposes none

    # The topic, names and period a quote must hold.
    speaker_general_topic: bool = True  # rule speaker_general_topic (implied_topic_quoted)
    names_in_next_statement: bool = True  # rule names_in_next_statement (names_quoted)
    names_earlier_in_item: Literal["speaker", "any", ""] = "speaker"  # item's earlier names
    topic_period_covered: bool = True  # "the 2025 package": a quote covers 2025
    count_realised: bool = True  # "how many were housed": not a target's number (settings.md)

    # A claimed number: quoted, in any of its forms (answer/claim_detail.py,
    # answer/claim_forms.py).
    money_word_amount: bool = True  # "30.000 ..., een bedrag": an amount (answer.money)
    claim_number_stated: bool = True  # "Klopt het dat ... 10.000": quoted (answer.claim_detail)
    claim_number_bound: bool = True  # "meer dan 2.000" holds of 2.193 (answer.claim_bound)
    claim_yes_no_forms: bool = True  # "Waren er 3.500 ...?", "Did X ...?": claims (claim_forms)
    claim_number_words: bool = True  # "twintigduizend", "six": numbers (answer.number_words)
    count_not_year: bool = True  # "2.000", "2000 plekken": a count (answer.claim_forms)
    claim_context_sentence: bool = True  # a claim number's whole sentence is its context
    english_number_forms: bool = True  # "nov 3 2023", "3rd", "13k"; English stopwords no context
    number_forms_read: bool = True  # "7.5k", "51 duizend", "tussen de 2000 en 2500" (number_forms)
    money_named_not_asked: bool = True  # "the 30,000 euro scheme" asks no money (number_forms)
    claim_participle_core: bool = True  # "gehaald" meets "behaald" beside one number (claim_detail)
    claim_numbers_undated: bool = True  # "13.500 op 8-7-2022": "8", "7" no claimed number

    # A property asked (a time, amount, count, rate, length): stated of the topic.
    property_tied: bool = True  # a time/amount/count stated by the topic's statement
    property_tied_glossary: bool = True  # its topic tie through Dutch glossary terms
    property_tied_durations: bool = True  # a length of time answers 'hoe lang'
    often_stated: bool = True  # "hoe vaak X" needs a stated frequency (answer.asked_detail)
    cost_asked: bool = True  # "What did X cost?" asks an amount (answer.asked_detail)
    quantity_noun_asked: bool = True  # "X bedrag", "wat was de bezettingsgraad": a quantity
    rate_stated: bool = True  # "hoeveel X per dag" needs a rate per day (answer.asked_detail)
    count_not_restated: bool = True  # "how many of the 7,500": 7.500 no answer (answer.shape)
    time_topic_sentence: bool = True  # property_tied: a time in a topic sentence
    event_time: bool = True  # "when did X happen": a time in X's own sentence (answer/event_time)
    counted_topical: bool = True  # "how many X in Y": X's number must hold Y too
    count_other_noun: bool = True  # "how many X": "1500 mensen" counts no X (answer.shape)
    quantity_modifier: bool = True  # "hoeveel minderjarige X": the statement holds "minderjarige"
    embedded_quantity_read: bool = True  # "Zei X hoeveel ...?" asks whether, no number
    amount_noun_tied: bool = True  # "geld voor X": X in the amount's statement (amount_tied)
    length_stated: bool = True  # "hoe lang"/"tot wanneer": a length or end, no point (durations)
    property_forms_read: bool = True  # "binnen zes weken", "tientallen": stated (property_forms)
    quantity_matches_read: bool = True  # "hoeveel maanden": "twee jaar"; stock/flow (answer/)
    duration_count_read: bool = True  # "..., how many months?": a length asked, not a count

    # A member, person or document asked: a quote names one.
    which_member_named: bool = True  # "which <class>": a quote names a member
    person_name_asked: bool = True  # "name of the new DG", "which mayors": a quote names a person
    member_asks_read: bool = True  # "Which of the X", "welke kosten gemeenten"
    document_content_named: bool = True  # "what was in the memo": a quote names a document
