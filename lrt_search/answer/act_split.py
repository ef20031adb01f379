"""Rule ``act_forms_split_read`` (``Settings.act_forms_split_read``, issue 16 session 30 task
C): an act of ``lexicon/data/acts.toml`` is stated in Dutch word order by the forms of its own
Dutch verbs (each table's ``verbs``, a separable particle written "toe|nemen"), made by
:func:`lrt_search.lexicon.verb_forms.verb_forms`, beside the table's ``stated`` patterns:

- a separable verb's particle split from its finite form in a main clause ("het aantal neemt
  sterk toe", "het COA zet de locatie op."), at most eight words apart within the clause, the
  particle ending its clause or before a change's amount (``inflections.toml``
  ``particle_followers``: "neemt toe met 500"); before another word it is mostly a preposition
  or another verb's particle ("zet in op huisvesting", "neemt op de locatie");
- the particle before "te" and a verb cluster's verbs ("om de toewijzingen toe te laten
  nemen", "dat het aantal toe zal nemen");
- the forms written as one word: a subordinate clause's "toeneemt", "toenam", the infinitive,
  and the participle ("toegenomen", "verlengd") not after an article or determiner, where it
  describes a noun ("het afgelopen jaar").

"daartoe", "erop" hold no particle (whole words only). The forms of a strong verb come from
``inflections.toml`` ``dutch_strong``; one the table lacks ("zwemmen": "zwom") gets only its
present and infinitive right.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..lazyre import lazy
from ..lexicon.datafiles import bundled_toml
from ..lexicon.verb_forms import verb_forms
from ..lexicon.wordlists import words

#: The most words between a finite verb and its split-off particle.
SPLIT_GAP = 8
#: Space within a line: a form never reaches from the quote into its heading or the statement
#: before it (joined to it by a line break).
_S = r"[^\S\n]+"


def _alt(forms: Iterable[str]) -> str:
    """An alternation of ``forms``, the longest first."""
    ordered = sorted(set(forms), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(f) for f in ordered) + ")"


def _openers() -> tuple[str, ...]:
    return words("function_words", "articles") + words("function_words", "noun_determiners")


@cache
def _followers() -> str:
    """The words after which a split-off particle ends its clause (``particle_followers``)."""
    return _alt(str(w) for w in bundled_toml("inflections.toml")["particle_followers"])


@cache
def _not_after_opener() -> str:
    """Lookbehinds: not right after an article or determiner (a participle that describes a
    noun: "het afgelopen jaar")."""
    return "".join(rf"(?<!\b{re.escape(w)}\s)" for w in _openers())


def _cluster() -> str:
    return _alt(str(w) for w in bundled_toml("inflections.toml")["verb_cluster_words"])


def _verb_branches(verb: str) -> list[str]:
    """The regular-expression branches of one verb's forms in Dutch word order."""
    forms = verb_forms(verb)
    participle = forms.particle + forms.participle
    branches = [_alt(forms.joined), _not_after_opener() + re.escape(participle)]
    if forms.particle:
        particle = re.escape(forms.particle)
        branches.append(rf"{particle}{_S}(?:{_cluster()}{_S}){{1,3}}{re.escape(forms.infinitive)}")
        branches.append(
            rf"{_alt(forms.finite)}{_S}(?:[\w'’-]+{_S}){{0,{SPLIT_GAP}}}?{particle}"
            rf"(?=[^\S\n]*(?:[.,;:!?)\n]|$)|{_S}{_followers()}(?![\w-]))"
        )
    return branches


@cache
def split_pattern(name: str) -> re.Pattern[str] | None:
    """How a statement states act ``name`` by the forms of its Dutch verbs (``verbs`` of its
    table in acts.toml); None when it lists none."""
    verbs = bundled_toml("acts.toml")[name].get("verbs", [])
    if not verbs:
        return None
    branches = [b for verb in verbs for b in _verb_branches(str(verb))]
    return lazy(r"(?<![\w-])(?:" + "|".join(branches) + r")(?![\w-])", re.I)


def states_split(name: str, text: str) -> bool:
    """Whether ``text`` states act ``name`` by one of its Dutch verbs' forms."""
    pattern = split_pattern(name)
    return bool(pattern and pattern.search(text))
