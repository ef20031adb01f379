"""Write tests/data/premise_restatements.toml (issue 16 session 27 task F): why-premises built
from the minutes' own statements by transformations that keep the meaning, each with the
statement it was built from (``supports = true``), and twins built by a controlled change that
the statement must not support (``supports = false``). No row is typed by hand.

A source statement is a sentence of the minutes that opens with an organisation code and a
finite verb in the third person present ("MBZK licht de maatregelen mondeling toe", "Aedes
pleit voor ..."), not a word of speech, with two to nine words after it up to the clause's end.
Its verb's forms are built from its stem (the 3rd person less "t"; a strong verb's row of
lexicon/data/inflections.toml ``dutch_strong``), each spelling of the stem's syllable
(answer.word_forms.spellings) tried and the one general Dutch writes most kept (Zipf). The
transformations (``transform``):

- ``inverted``: the question word and the finite verb before the subject ("Waarom licht MBZK
  de maatregelen mondeling toe?");
- ``subordinate``: the clause's order after "dat", a separable verb joined at its end ("Waarom
  is het zo dat MBZK de maatregelen mondeling toelicht?");
- ``past``: the simple past ("Waarom lichtte MBZK de maatregelen mondeling toe?");
- ``perfect``: "heeft" with the participle ("Waarom heeft MBZK de maatregelen mondeling
  toegelicht?");
- ``modal``: a modal with the infinitive ("Waarom wil MBZK de maatregelen mondeling
  toelichten?");
- ``passive``: the object before "door" and the participle ("Waarom worden de maatregelen
  mondeling door MBZK toegelicht?");
- ``nominal``: the verb as a noun, "-ing" where general Dutch writes that noun, else the
  infinitive ("Waarom kwam MBZK met de toelichting van de maatregelen?").

Twins (``supports = false``), each built from the ``perfect`` row: ``other_act`` (the verb
replaced by the verb of another source statement that the statement lacks in every form) and
``other_object`` (the first content noun after the verb replaced by a noun of another source
statement the statement lacks). A changed actor and a negation are the names check's and the
claim's, which a statement's words do not show: no twin of those is made. English premises
through the glossary are not built (the glossary holds nouns, not the minutes' verbs).

Run: ``python eval/make_premise_restatements.py`` (no index; the organisation table only).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from toml_rows import write_rows

from lrt_search.answer.informativeness import informativeness
from lrt_search.answer.premise_forms import strong_forms
from lrt_search.answer.stance import stance_words
from lrt_search.answer.word_forms import spellings
from lrt_search.config import Settings
from lrt_search.index.analysis import LIGHT_VERBS, dutch_stopwords
from lrt_search.lexicon.dutch_forms import verb_particles
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.lexicon.wordclass import dutch_class
from lrt_search.lexicon.wordfreq import zipf
from lrt_search.search.query import is_speech_word

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data" / "premise_restatements.toml"
_LIGHT = set(LIGHT_VERBS) | {
    "is", "heeft", "wordt", "zijn", "hebben", "worden", "kan", "kunnen", "moet", "moeten", "wil",
    "willen", "zal", "zullen", "gaat", "gaan", "dient", "dienen", "laat", "laten", "mag", "mogen",
    "geldt", "gelden", "blijft", "blijven", "lijkt", "staat", "staan", "komt", "komen", "doet",
}  # fmt: skip
#: Words that make a clause more than one plain act: another verb, a negation, a clause.
_OTHER_VERB = {"te", "worden", "zijn", "wordt", "niet", "geen", "dat", "en", "om", "of"}
#: Particles that are no preposition: one inside the clause is its separable verb's.
_PARTICLES = {"aan", "af", "mee", "toe", "terug", "weg", "uit"}
#: Words a subject may open with before its noun or organisation.
_DETERMINERS = {"de", "het", "een", "sommige", "verschillende", "alle", "enkele", "veel", "beide"}
_CLAUSE_END = {"dat", "en", "maar", "omdat", "waar", "als", "om", "die", "wat", "of", "want"}


def _best(candidates: list[str]) -> str:
    """The candidate general Dutch writes most (Zipf), "" when it writes none."""
    scored = [(zipf(c, "nl"), c) for c in dict.fromkeys(candidates)]
    score, best = max(scored, default=(0.0, ""))
    return best if score >= 1.5 else ""


def verb_forms(finite: str) -> dict[str, str] | None:
    """The infinitive, past singular and participle of the verb of ``finite`` (3rd person
    singular or plural present), each the spelling general Dutch writes most; None when one
    cannot be built or the finite form is not one of them."""
    strong = strong_forms(finite)
    if any(is_speech_word(form) for form in strong):
        return None  # a verb of speech in one of its forms: no premise word ("sprak")
    if strong and len(strong) == 5 and finite in strong[:2]:
        return {"inf": strong[0], "past": strong[2], "part": strong[4]}
    if len(finite) < 4 or not finite.endswith(("t", "en")):
        return None
    bare = finite[:-2] if finite.endswith("en") else finite[:-1]
    stems = spellings(bare) + (spellings(finite) if finite.endswith("t") else [])
    inf = finite if finite.endswith("en") else _best([s + "en" for s in stems])
    if not inf or (finite.endswith("t") and _best([s + "t" for s in stems]) != finite):
        return None
    past = _best([s + e for s in stems for e in ("te", "de")])
    prefixes = ("be", "ge", "her", "ont", "ver", "er", "onder", "over", "mis")
    prefixed = any(bare.startswith(p) and len(bare) - len(p) >= 4 for p in prefixes)
    lead = "" if prefixed else "ge"
    part = _best(
        [lead + s + e for s in stems for e in ("t", "d") if s[-1] not in "td"]
        + [lead + s for s in stems if s[-1] in "td"]
    )  # "gezet"
    if not past or not part:
        return None
    return {"inf": inf, "past": past, "part": part}


def _nominal(inf: str, particle: str) -> str:
    """The verb as a noun: "-ing" where general Dutch writes it, else "het" + infinitive."""
    ing = particle + inf[:-2] + "ing"
    if zipf(ing, "nl") >= 3.0 and zipf(ing, "en") < zipf(ing, "nl"):
        return "de " + ing
    return "het " + particle + inf


def _finite_at(tokens: list[str]) -> int:
    """The place (1-3) of the clause's finite verb after its subject, 0 when none: a verb form
    (not a light verb, nor a word of speech, whose questions ask what was said) whose forms
    :func:`verb_forms` builds, after a subject that opens with a capital and holds no comma."""
    for k in range(1, min(4, len(tokens))):
        if not _subject(tokens[:k]):
            continue
        verb = tokens[k]
        if not verb.isalpha() or not verb.islower() or verb in _LIGHT or is_speech_word(verb):
            continue
        if verb_forms(verb) and (verb.endswith("t") or dutch_class(verb) == "V"):
            return k
    return 0


def _subject(tokens: list[str]) -> bool:
    """Whether ``tokens`` are a subject: determiners, then an organisation or a noun."""
    orgs = OrgTable.default()
    *lead, head = tokens
    named = {t for t in lead if orgs.resolve(t) is not None}
    if any(t.lower() not in _DETERMINERS | {"en"} and t not in named for t in lead):
        return False
    if not re.fullmatch(r"[\w'-]+", head) or head.lower().startswith(("hier", "daar", "er")):
        return False
    if orgs.resolve(head) is not None:
        return True
    noun = head.lower()
    return len(noun) > 3 and noun not in dutch_stopwords() and not dutch_class(noun)


def _clause(tokens: list[str]) -> tuple[list[str], str]:
    """The words of a clause after its verb up to its end, and the particle that closes it."""
    rest: list[str] = []
    for tok in tokens:
        word = tok.rstrip(",;:")
        if word.lower() in _CLAUSE_END or not re.fullmatch(r"[\w'-]+", word):
            break
        rest.append(word)
        if word != tok:
            break
    particle = rest.pop() if rest and rest[-1] in verb_particles() else ""
    inner = [w for w in rest[:-1] if w in _PARTICLES]  # "sluit zich aan bij de VNG"
    if not particle and len(inner) == 1:
        particle = inner[0]
        rest.remove(particle)
    if _LIGHT & {w.lower() for w in rest}:
        return [], ""
    if _OTHER_VERB & {w.lower() for w in rest}:
        return [], ""  # another verb in the clause, or a negation: not a plain clause
    return rest, particle


def _lower_article(subject: str) -> str:
    """``subject`` with an opening "De" / "Het" in lower case (it stands after the verb)."""
    return re.sub(r"^(De|Het) ", lambda m: m.group(1).lower() + " ", subject)


def _subordinate(tokens: list[str]) -> tuple[list[str], str, str] | None:
    """Of the words after "dat": the words of the clause before the verb that closes it
    (subject and all), the particle joined to that verb ("oplost": "op"), and the verb."""
    end = next((i for i, t in enumerate(tokens) if not re.fullmatch(r"[\w'-]+", t)), len(tokens))
    clause = [t.rstrip(",;:.") for t in tokens[: end + 1]]
    if not 3 <= len(clause) <= 10 or not all(re.fullmatch(r"[\w'-]+", t) for t in clause):
        return None
    *between, verb = clause
    if not verb.isalpha() or verb in _LIGHT or is_speech_word(verb):
        return None
    lead = [p for p in verb_particles() if verb.startswith(p) and verb_forms(verb[len(p) :])]
    particle = max(lead, key=len, default="")
    finite = verb[len(particle) :]
    if not finite.endswith("t") or finite in _LIGHT or verb_forms(finite) is None:
        return None  # the clause's last word, a 3rd person present: its finite verb
    if _OTHER_VERB & {w.lower() for w in between} or _LIGHT & {w.lower() for w in between}:
        return None
    return between, particle, finite


def sources() -> list[dict[str, str]]:
    """The source clauses of the minutes: subject, finite verb, its particle, the words after
    the verb (less the particle), the whole sentence, and the meeting date."""
    out: list[dict[str, str]] = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
            sentence = re.sub(r"^\(?Actie:\s*", "", sentence.strip(" -\t")).rstrip(").")
            tokens = sentence.rstrip(".").split()
            if len(tokens) < 4 or not tokens[0][:1].isupper() or tokens[0].isdigit():
                continue
            if "dat" in tokens[1:4]:  # "X geeft aan dat <clause>": the clause, verb last
                after = tokens[tokens.index("dat", 1) + 1 :]
                found = _subordinate(after)
                if found is None:
                    continue
                rest, particle, verb = found
                tokens, k = ["", verb], 1  # the subject stays in the clause's words
            else:
                k = _finite_at(tokens)
                if not k:
                    continue
                rest, particle = _clause(tokens[k + 1 :])
            content = [w for w in rest if w.lower() not in dutch_stopwords() and w.isalpha()]
            if not 1 <= len(rest) <= 9 or not content:
                continue
            out.append(
                {"org": _lower_article(" ".join(tokens[:k])), "verb": tokens[k],
                 "particle": particle, "rest": " ".join(rest), "statement": sentence,
                 "date": path.name[:10]}
            )  # fmt: skip
    return out


def restatements(src: dict[str, str]) -> dict[str, str]:
    """The why-questions of ``src`` by each transformation; a clause whose subject is not told
    apart (``org`` empty: "dat een individuele gemeente fors achterloopt") has no passive
    and no nominal form."""
    f = verb_forms(src["verb"])
    assert f is not None
    org, rest, p = src["org"], src["rest"], src["particle"]
    clause = f"{org} {rest}".strip()
    split = " " + p if p else ""
    part = f["part"] if not p else p + f["part"]
    out = {
        "inverted": f"Waarom {src['verb']} {clause}{split}?",
        "subordinate": f"Waarom is het zo dat {clause} {p}{src['verb']}?",
        "past": f"Waarom {f['past']} {clause}{split}?",
        "perfect": f"Waarom heeft {clause} {part}?",
        "modal": f"Waarom wil {clause} {p}{f['inf']}?",
    }
    if org and "zich" not in rest.split():
        out["passive"] = f"Waarom wordt {rest} door {org} {part}?"
        out["nominal"] = f"Waarom kwam {org} met {_nominal(f['inf'], p)} van {rest}?"
    return out


def _read(word: str) -> bool:
    """Whether the premise check reads ``word`` as a need a twin may change: not a general or
    common word (weights below ``Settings.premise_common_below``, which a statement may say in
    other words), nor a word of speech or of a stance (read by checks of their own)."""
    rare = informativeness(word.lower(), False) >= Settings().premise_common_below
    return rare and not is_speech_word(word) and not stance_words(word)


def _lacks(statement: str, word: str) -> bool:
    """Whether ``statement`` holds no word that starts with ``word``'s first five letters."""
    head = word.lower()[:5]
    return not any(w.lower().startswith(head) for w in re.findall(r"\w+", statement))


def _first_noun(rest: str) -> str:
    """The first content word of ``rest`` with a noun reading, "" when none."""
    for w in rest.split():
        plain = w.isalpha() and w.islower() and len(w) > 4
        if plain and w not in dutch_stopwords() and not dutch_class(w):
            return w
    return ""


def twins(src: dict[str, str], others: list[dict[str, str]]) -> dict[str, str]:
    """The false twins of ``src``'s ``perfect`` row: another act, another object."""
    f = verb_forms(src["verb"])
    assert f is not None
    org, rest = src["org"], src["rest"]
    out: dict[str, str] = {}
    for other in others:
        g = verb_forms(other["verb"])
        if not g or not _read(g["inf"]) or not _lacks(src["statement"], g["inf"][:-2]):
            continue
        if _lacks(src["statement"], other["verb"]):
            part = g["part"] if not other["particle"] else other["particle"] + g["part"]
            out["other_act"] = f"Waarom heeft {f'{org} {rest}'.strip()} {part}?"
            break
    noun = _first_noun(rest)
    for other in others:
        new = _first_noun(other["rest"])
        words = [w for w in f"{org} {rest}".split() if w.islower() and w not in dutch_stopwords()]
        if len(words) > 1:
            break  # with the verb, three needs or more: a noun may be restated
        if noun and new and _read(new) and _lacks(src["statement"], new):
            part = f["part"] if not src["particle"] else src["particle"] + f["part"]
            changed = re.sub(rf"\b{re.escape(noun)}\b", new, rest, count=1)
            out["other_object"] = f"Waarom heeft {f'{org} {changed}'.strip()} {part}?"
            break
    return out


def rows() -> list[dict[str, object]]:
    """Every row: each source's restatements, then its twins (the other sources in turn)."""
    found = sources()
    out: list[dict[str, object]] = []
    for i, src in enumerate(found):
        base = {"lang": "nl", "date": src["date"], "statement": src["statement"]}
        for name, question in restatements(src).items():
            out.append({**base, "transform": name, "question": question, "supports": True})
        others = found[i + 1 :] + found[:i]
        for name, question in twins(src, others).items():
            out.append({**base, "transform": name, "question": question, "supports": False})
    return out


HEAD = (
    "# Generated by eval/make_premise_restatements.py (do not edit): why-premises restated from\n"
    "# the minutes' statements by meaning-keeping transformations (supports = true) and their\n"
    "# twins by a controlled change (supports = false); read by\n"
    "# tests/unit/answer/test_premise_restatements.py. See the script for the transformations.\n\n"
)


def main() -> int:
    """Write the table."""
    write_rows(OUT, HEAD, rows())
    return 0


if __name__ == "__main__":
    sys.exit(main())
