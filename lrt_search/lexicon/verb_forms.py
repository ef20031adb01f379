"""The forms of a Dutch verb, made from its infinitive: a strong verb's from its row of
``inflections.toml`` ``dutch_strong`` (with an inseparable prefix: "besluiten" through
"sluiten"), a weak verb's by the spelling rules (the stem's vowel doubled in an open syllable
where general Dutch writes it so - "verhogen" -> "verhoog", "openen" -> "open" -, a final "z"
or "v" written "s" or "f", the past in "-te" after a voiceless consonant and in "-de" else),
and a participle with "ge-" unless the verb carries an inseparable prefix. A separable verb is
written with its particle apart ("toe|nemen"): :class:`VerbForms` keeps the particle and the
base verb's forms, so a reader can find them in Dutch word order ("neemt ... toe", "toe te
nemen", "toegenomen"). A strong verb the table lacks gets the weak forms, which general Dutch
does not write ("zwemde"; eval/strong_verbs_check.py lists the act verbs so read: none): its
past forms are missed, its present and infinitive found.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .datafiles import bundled_toml
from .wordfreq import zipf

_VOICELESS = "tkfschpx"  # 't kofschip: the past in "-te" after these
_VOWELS = "aeiouyëï"


@dataclass(frozen=True)
class VerbForms:
    """A Dutch verb's forms: its ``particle`` ("" when it has none) and the base verb's
    infinitive, present stem, third person, past singular and plural, and participle (the
    participle without the particle: "genomen" of "toe|nemen")."""

    particle: str
    infinitive: str
    stem: str
    third: str
    past: str
    pasts: str
    participle: str

    @property
    def finite(self) -> tuple[str, ...]:
        """The finite forms a main clause writes before a split-off particle ("neemt",
        "nemen", "nam", "namen"; not the bare stem, mostly a noun: "loop", "val")."""
        return tuple(dict.fromkeys((self.third, self.infinitive, self.past, self.pasts)))

    @property
    def joined(self) -> tuple[str, ...]:
        """The finite forms and infinitive written as one word with the particle (all of
        them without one): "toenemen", "toeneemt", "toenam", "toenamen" (not the bare stem:
        "afloop", "verval" are nouns); the participle apart (:attr:`participle`)."""
        forms = (self.infinitive, self.third, self.past, self.pasts)
        return tuple(dict.fromkeys(self.particle + f for f in forms))


@cache
def _strong() -> dict[str, tuple[str, ...]]:
    return {
        str(r[0]): tuple(str(f) for f in r)
        for r in bundled_toml("inflections.toml")["dutch_strong"]
    }


@cache
def _prefixes() -> tuple[str, ...]:
    return (*(str(p) for p in bundled_toml("inflections.toml")["dutch_verb_prefixes"]), "ge")


def _inseparable(verb: str) -> tuple[str, str]:
    """``verb`` as (its inseparable prefix, the rest), or ("", ``verb``): "verhogen" ->
    ("ver", "hogen"); the rest keeps four letters or more and ends in "n"."""
    for prefix in sorted(_prefixes(), key=len, reverse=True):
        rest = verb[len(prefix) :]
        if verb.startswith(prefix) and len(rest) >= 4 and rest.endswith("n"):
            return prefix, rest
    return "", verb


def _weak_stem(verb: str) -> str:
    """The present stem of weak ``verb``: "stellen" -> "stel", "verhogen" -> "verhoog",
    "groeien" -> "groei", "openen" -> "open" (the doubled vowel only where general Dutch writes
    its third person so: "verhoogt", not "opeent")."""
    body = verb[:-2] if verb.endswith("en") else verb[:-1]
    if len(body) > 2 and body[-1] == body[-2] and body[-1] not in _VOWELS:
        return body[:-1]  # "stell" -> "stel": a closed syllable
    if body.endswith("z"):
        body = body[:-1] + "s"
    elif body.endswith("v"):
        body = body[:-1] + "f"
    if len(body) > 2 and body[-1] not in _VOWELS and body[-2] in _VOWELS and body[-3] != body[-2]:
        doubled = body[:-1] + body[-2] + body[-1]
        if zipf(_third(doubled), "nl") > zipf(_third(body), "nl"):
            return doubled  # "verhoog", "reduceer"; not "opeen", "verminderr"
    return body


def _third(stem: str) -> str:
    return stem if stem.endswith("t") else stem + "t"


def _participle_ge(rest: str, prefix: str) -> str:
    """ "ge" before ``rest`` unless the verb has an inseparable ``prefix``; "geë" before "e"."""
    if prefix:
        return rest
    return "ge" + {"e": "ë", "i": "ï"}.get(rest[:1], rest[:1]) + rest[1:]


def _weak(verb: str) -> tuple[str, ...]:
    prefix = _inseparable(verb)[0]
    stem = _weak_stem(verb)
    source = verb[:-2] if verb.endswith("en") else verb
    voiceless = source[-1:] in _VOICELESS or source.endswith("ch")
    past = stem + ("te" if voiceless else "de")
    third = _third(stem)
    ending = "" if stem[-1] in "td" else ("t" if voiceless else "d")
    base = stem[len(prefix) :]
    participle = prefix + _participle_ge(base, prefix) + ending
    return (verb, third, past, past + "n", participle)


def _row(verb: str) -> tuple[str, ...]:
    """[infinitive, third person, past singular, past plural, participle] of ``verb``."""
    if verb in _strong():
        return _strong()[verb]
    prefix, rest = _inseparable(verb)
    if prefix and rest in _strong():
        row = _strong()[rest]
        participle = row[-1][2:] if row[-1].startswith("ge") else row[-1]
        return (*(prefix + f for f in row[:-1]), prefix + participle)
    return _weak(verb)


@cache
def verb_forms(verb: str) -> VerbForms:
    """The forms of Dutch ``verb``, its infinitive, a separable particle split off by "|"
    ("toe|nemen")."""
    particle, _, base = verb.rpartition("|")
    inf, third, past, pasts, participle = _row(base)
    stem = _weak_stem(inf)
    return VerbForms(particle, inf, stem, third, past, pasts, participle)
