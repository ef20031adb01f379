"""Dutch cognates of English nouns by regular suffix correspondences (data:
``lexicon/data/cognates.toml``): "vaccination" -> "vaccinatie", "radicalisation" ->
"radicalisatie", "radicalisering", "criminality" -> "criminaliteit". The Dutch forms of words
no bilingual dictionary lists (rule ``english_topic_translated``)."""

from __future__ import annotations

from functools import cache

from .datafiles import bundled_toml
from .textnorm import fold_accents
from .wordclass import english_singulars


@cache
def _suffixes() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The correspondences, longest English ending first."""
    rows = bundled_toml("cognates.toml")["suffix"]
    pairs = [(str(r["en"]), tuple(str(n) for n in r["nl"])) for r in rows]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def cognate_forms(word: str) -> tuple[str, ...]:
    """The Dutch forms the suffix correspondences make of the English noun ``word`` or its
    singular ("vaccinations" -> "vaccinatie"), the longest matching ending deciding, the stem
    before it of three letters or more; empty when no ending matches. A form may be no Dutch
    word: the caller weighs it (:func:`~lrt_search.lexicon.wordfreq.zipf`)."""
    key = fold_accents(word).lower()
    for form in (key, *english_singulars(key)):
        for ending, dutch in _suffixes():
            stem = form[: len(form) - len(ending)]
            if form.endswith(ending) and len(stem) >= 3:
                return tuple(stem + d for d in dutch)
    return ()


def suffix_pairs() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The suffix correspondences (English ending, its Dutch endings), longest English ending
    first: what :func:`cognate_forms` applies (eval/glossary_coverage.py reads them backwards)."""
    return _suffixes()
