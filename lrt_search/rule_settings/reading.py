"""Switches of the rules that read a question: who speaks, what it is about, the names,
periods and meetings it writes, and the forms rewritten before it is read (stage: question
reading, mostly :mod:`lrt_search.search`; the question is read once, into
:class:`~lrt_search.search.parsed.ParsedQuestion`).

A mixin of :class:`~lrt_search.config.Settings`: its fields are read as ``settings.<field>``,
set by the same flat key in a TOML file, and listed in docs/settings.md with their measured
effect.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, init=False, repr=False, eq=False)
class ReadingRules:
    """The question-reading switches of :class:`~lrt_search.config.Settings`."""

    # The question read at all: its scope filters (speaker, period, organisation) and, for an
    # English question, the glossary expansion.
    understand_query: bool = True

    # Who speaks: the speaker filter a question sets (search/query.py, search/parsed.py).
    speaker_fallback: bool = True  # a speaker who speaks in no passage found is dropped
    speaker_object_of_who: bool = True  # "Wie verving X?": X is the object, not the speaker
    speaker_asked_agent: bool = True  # "X joining seen as positive by who": X is no speaker
    speaker_modifier: bool = True  # "the COA capacity decision": COA modifies, does not speak
    speaker_group_widens: bool = True  # "gemeenten en provincies": no speaker filter
    group_speaker_subject: bool = True  # "wat zeggen gemeenten": passages writing "gemeenten" pass
    person_speaker_position: bool = True  # a person speaks only where a speaker stands
    discussion_speaks: bool = True  # "Is X door VNG besproken?": VNG speaks
    speaker_passive: bool = True  # "What concerns were raised": no speaker
    title_not_speech_verb: bool = True  # "the new state secretary X": "state" is no verb
    speaker_verb_finite: bool = True  # "secretary of state explain", "led X to ask": no speaker
    role_speaker: bool = True  # "What did the chair say": the attendee marked voorzitter speaks
    body_chair: bool = True  # "the chair of the VB": the VB's chair, not who chaired
    role_speaker_asked: bool = True  # "the minister" as speaker asks one (search.role_words)
    box_prefix_speaker: bool = True  # "IPO 2025: ...", "VNG/IPO - ...": speaker and period
    actor_not_speaker: bool = True  # "konden gemeenten reageren", "Wil Defensie X gebruiken": actor
    object_not_speaker: bool = True  # "involve the VNG", "de VNG meenemen": object, not speaker
    addressee_not_speaker: bool = True  # "ask of the COA", "werd de VNG gevraagd": addressee
    speech_forms_read: bool = True  # "Wat bracht X in", "think of X", "view X": speech_forms.py
    object_frames_read: bool = True  # "judge IPO's offer": the body acted on; object_frames.py
    person_source_speaker: bool = True  # "..., according to De Jonge": MBZK speaks
    meeting_counts_read: bool = True  # "how many meetings talked about X": a count, no speaker
    # A person asked as speaker speaks for the body of the attendee lists of the question's
    # period (answer/person_period.py).
    person_body_of_period: bool = True

    # What the question is about: where its topic starts and ends.
    topic_after_mention: bool = True  # "Who mentioned X?": X is the topic
    topic_after_perfect: bool = True  # "Heeft de VNG X genoemd?": X is the topic
    mention_addressee_not_topic: bool = True  # "raise with the state secretary": no topic
    comparison_word_not_topic: bool = True  # "mentioned both in 2022 and ...": "both" no topic
    topic_clause: bool = True  # "about X, of zat daar ...": the topic ends at its clause
    topic_period_stranded: bool = True  # "worried about in April 2023": no topic
    frame_gap_topic: bool = True  # "How did X evolve": X is topic, not frame
    decision_frames_read: bool = True  # "Is er iets vastgelegd over X": X the topic
    gloss_sense_context: bool = True  # "how close", "what arrangements were made": not glossed

    # The question sentence: a preamble, a claim frame, asides, fillers, the main clause.
    preamble_context: bool = True  # "Ik ben journalist. Wat ...?": read the question sentence
    same_pointers_read: bool = True  # "We miss X. Did Y say the same?": the whole question
    claim_frame_read: bool = True  # "Een krant beweert dat X. Klopt dat?": "Klopt het dat X?"
    claim_tails_read: bool = True  # "X, is it?", "X, klopt dat?": "Klopt het dat X?"; "X, why?"
    question_asides_read: bool = True  # "(heard it from X)", "volgens mij", "please": no topic
    lead_ins_read: bool = True  # "Voor een klachtdossier: ...": the lead-in is no stance/topic
    intent_forms_read: bool = True  # fillers ("eh", "um") dropped before reading
    main_clause_intent: bool = True  # intents read from the main clause
    mixed_compounds_read: bool = True  # "doorstroom places": the minutes' "doorstroomlocatie"

    # Names the question writes: which words are names, of which body.
    title_case_not_names: bool = True  # "Verbod Op Voorrang": no name
    sentence_start_not_names: bool = True  # "... voor. Hoeveel ...": no name
    address_not_name: bool = True  # "Mr De Jonge", "Minister Keizer": the name is "De Jonge"
    opener_names_kept: bool = True  # "Was the Rekenkamer mentioned": "Rekenkamer" a name
    sentence_opener_verbs_unnamed: bool = True  # "... zo. Zag de VNG dat?": the name is "VNG"
    name_forms_read: bool = True  # "Dutch", "Rijksambtenaren": no names
    body_names_read: bool = True  # "de Nationale ombudsman": one name, its words together
    office_names_read: bool = True  # "the Prime Minister": the one office (MP), not "minister"
    attendance_joins_read: bool = True  # "did X ever join these meetings": attendance asked
    name_parts_apart: bool = True  # "AMvB of the Spreidingswet": two names
    name_article_apart: bool = True  # "de Kamer de Tijdelijke wet": two names
    acronym_compound_apart: bool = True  # "AZC-plekken": a topic, not a name
    org_full_names: bool = True  # "Immigratie- en Naturalisatiedienst": IND
    org_groups: bool = True  # "het Rijk": the ministries
    org_longest_title: bool = True  # a longer title inside another wins
    org_english_forms: bool = True  # "the education minister": OCW
    org_coordinated_heads: bool = True  # "the education and housing ministries": OCW, MVRO
    org_dutch_forms: bool = True  # "het ministerie van VWS", "de minister voor Asiel"
    org_mention_names: bool = True  # "Koning" of "commissarissen van de Koning": no name of its own
    alternative_tail_names_free: bool = True  # ", of beslist Den Haag dat zelf?": no name
    self_identification_names_free: bool = True  # "Als GGD schuiven wij aan ...": no name

    # Periods and meetings the question names (search/periods.py and the readers beside it).
    everyday_periods: bool = True  # "kerst 2023", "Q3 2023", "op 10 november"
    day_before_meeting_noun: bool = True  # "the 18 December LRT" reads as "the LRT of 18 December"
    period_phrase_spans: bool = True  # "rond de zomer van 2022", "najaar 2022", "summer 2023"
    period_half_terms: bool = True  # a topic's "najaar van 2022" must be quoted as "2022-II"
    meeting_order: bool = True  # "de eerste LRT", "the meeting after the one of 6 April 2023"
    minutes_approved_next: bool = True  # "minutes of 3 Nov 2023 approved": the next meeting
    meeting_references_read: bool = True  # "the June meeting", "de eerste vergadering van 2025"
    date_roles_read: bool = True  # "in april 2023 ... per 1 januari 2024": 2nd is content
    period_modifier_read: bool = True  # "the 2025 package": the topic's period

    # Forms written before reading: chat, speech, spelling (search/abbreviations.py).
    chat_abbreviations: bool = True  # "wnr" -> "wanneer", "abt" -> "about"
    spoken_abbreviations: bool = True  # "ko a", "vee en gee": COA, VNG
    abbreviation_forms: bool = True  # "amv'ers", "brpinschrijving": amv, brp-inschrijving
    date_words_read: bool = True  # "november twintig drieëntwintig": november 2023
    date_forms_read: bool = True  # "3/11/2023", "op 3-11", "the 3rd of November"
    ordinal_forms_everywhere: bool = True  # "het 2de kwartaal", "sinds de 3de november"
    spelling_read_first: bool = True  # "Ter Appel": the minutes' "Ter Apel"
    spelling_rare_variant_margin: float = 1.0  # "lokatie" read as "locatie"
    minutes_misspellings_read: bool = True  # the minutes' "achtstand" found by "achterstand"
