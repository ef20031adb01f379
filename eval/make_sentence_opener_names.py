"""Write tests/data/sentence_opener_names.toml: questions of two or three sentences whose later
sentence opens with a finite verb or an auxiliary before a body of the minutes or a person
("Onze raad wordt nerveus van de spreidingswet. Zag de VNG dat ook zo?", "Did the VNG ...?"),
beside later sentences that open with a real name of more than one word ("Ter Apel", "Raad
van State") (issue 16 session 30 task B; blind29 class 1 and the deleted rule follow_ups_read:
search/phrases.py ``names_in`` read "Zag de VNG" as one name; rule
``sentence_opener_verbs_unnamed``).

    python eval/make_sentence_opener_names.py

Rules of the table (seeded, no index, no eval question read):

- Context sentences come from the minutes' statements (eval/make_lead_ins.py ``statements``: a
  bullet opened by an organisation's code gives its item heading's topic and its meeting's
  month; English through the glossary), in frames of the askers' kind with no capitalised word
  but the first ("Onze raad wordt nerveus van {topic}.", "In {month} ging het over {topic}.",
  "Our council worries about the {topic}."); topics holding a capital are left out.
- The Dutch finite verbs are Hunspell nl's (/usr/share/hunspell/nl.dic and nl.aff, ligature
  "ĳ" as "ij"): the third person present and past singular its weak suffix rules make
  (flags V3, Vp, Vq, Va, Vb: ``ts:VB3``, ``ts:VBh1``) of its verb stems, and the entries whose
  flags are all separable-particle prefixes (Pa..Pt: only verbs take a particle; strong and
  irregular forms "zag", "gaf", "heeft", "staat" are listed so) that end in no "-en" and open
  with no "ge-"; each a general Dutch word (wordfreq nl Zipf 3.0 or more); a seeded sample of
  ``DUTCH_VERBS``. No verb list is typed here.
- The English openers are the auxiliaries of lexicon/data/speech.toml ``auxiliaries_in_who_en``
  and function_words.toml ``passive_auxiliaries_en`` that are finite, and their negative
  contractions wordfreq en knows (Zipf 3.0 or more: "didn't", "wasn't").
- The bodies are the statements' speakers as the minutes write them ("de VNG", "het COA",
  "IPO"), the lower-case Dutch and English query aliases of two words or fewer of
  lexicon/data/organisations.toml that hold a plural body noun or "Rijk" ("de provincies",
  "gemeenten", "het Rijk", "the provinces"), and the attendees the minutes' lists name
  (lrt_search.ingest.people ``parse_attendees``: "Van der Maat", "Groot Wassink", "Kip").
- Positions: the later sentence after ". ", "? ", "! ", ": " or a line break, as the second or
  third sentence; also the question's first (kind ``first``).
- Kinds: ``verb`` (Dutch verb + body), ``auxiliary`` (English auxiliary + body), ``first``
  (either, one sentence), ``name`` (a context sentence, then a sentence opening with a real
  name of two words or more - an organisation's full name or capitalised alias of
  organisations.toml, a place of places.toml, an attendee, a run of capitalised words the
  minutes write after a lower-case word ("de Tweede Kamer") - and a lower-case verb: "Raad van
  State heeft daar iets over gezegd?"). Names and bodies whose first word is a word of
  questions.toml ``not_names`` ("De Jonge", "De Reus") are left out of ``name``: the reader
  drops that word at every position, before any sentence rule (another class).
- Expected: ``names`` - ``names_in(q)`` equals the body's or the name's own names: its
  capitalised words, the leading words of questions.toml ``not_names`` dropped ("de VNG" ->
  "VNG", "het Rijk" -> "Rijk", "De Jonge" -> "Jonge", "de provincies" -> none), nothing of the
  verb or of the context.
Read by tests/unit/search/test_sentence_opener_names.py (no index).
"""

from __future__ import annotations

import random
import re
import sys
import tomllib
from pathlib import Path

from make_lead_ins import MONTHS_EN, MONTHS_NL, english_topic, statements  # same folder
from toml_rows import unique_rows, write_rows
from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "sentence_opener_names.toml"
HUNSPELL = Path("/usr/share/hunspell/nl")
DATA = ROOT / "lrt_search" / "lexicon" / "data"
sys.path.insert(0, str(ROOT))

from lrt_search.ingest.people import parse_attendees, surname  # noqa: E402
from lrt_search.lexicon.glossary import Glossary  # noqa: E402
from lrt_search.lexicon.organisations import OrgTable  # noqa: E402

HEADER = __doc__.split("Rules of the table (seeded, no index, no eval question read):\n", 1)[1]
SEED = 3030
DUTCH_VERBS = 90
MIN_ZIPF = 3.0
_FINITE_TAGS = ("ts:VB3", "ts:VBh1")
_PARTICLE_FLAG = re.compile(r"P[a-t]")

CONTEXT = {
    "nl": ["Onze raad wordt nerveus van {T}.", "In {M} ging het over {T}.",
           "Wij worstelen hier al jaren met {T}.", "Ik lees veel over {T}."],
    "en": ["Our council worries about the {T}.", "In {M} there was talk of the {T}.",
           "We have struggled with the {T} for years.", "I keep reading about the {T}."],
}  # fmt: skip
SECOND = {"nl": ["Dat houdt ons bezig.", "Ik zoek het na."],
          "en": ["It keeps us busy.", "I am looking into it."]}  # fmt: skip
LATER = {
    "nl": ["{V} {B} dat ook zo?", "{V} {B} daar iets over?", "{V} {B} dat belangrijk?",
           "{V} {B} dat in {M} ook?"],
    "en": ["{V} {B} say anything about that?", "{V} {B} agree with that?",
           "{V} {B} involved in that?", "{V} {B} see it that way in {M}?"],
}  # fmt: skip
NAME_LATER = {
    "nl": ["{N} heeft daar iets over gezegd?", "{N} vroeg daar toch naar?",
           "{N} was daar ook bij?"],
    "en": ["{N} said something about that?", "{N} asked about that, right?"],
}  # fmt: skip
#: The sentence ends before a later sentence, and their names in the table.
JOINS = [(". ", "stop"), ("? ", "question"), ("! ", "exclamation"), (": ", "colon"),
         ("\n", "line")]  # fmt: skip


def _toml(name: str) -> dict:
    return tomllib.loads((DATA / name).read_text(encoding="utf-8"))


def _not_names() -> set[str]:
    return set(_toml("questions.toml")["not_names"])


def _aff_rules() -> dict[str, list[tuple[str, str, str]]]:
    """The weak finite suffix rules of nl.aff: flag -> (strip, add, condition)."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for line in (HUNSPELL.with_suffix(".aff")).read_text(encoding="utf-8").splitlines():
        f = line.split()
        if len(f) >= 6 and f[0] == "SFX" and any(t in f[5:] for t in _FINITE_TAGS):
            out.setdefault(f[1], []).append(("" if f[2] == "0" else f[2], f[3], f[4]))
    return out


def _apply(stem: str, rule: tuple[str, str, str]) -> str:
    strip, add, cond = rule
    if cond != "." and not re.search(cond + "$", stem):
        return ""
    if strip and not stem.endswith(strip):
        return ""
    return stem[: len(stem) - len(strip)] + add


def dutch_finite_verbs() -> list[str]:
    """Hunspell nl's finite verb forms of general Dutch (see the rules above), sorted."""
    rules, out = _aff_rules(), set()
    for line in (HUNSPELL.with_suffix(".dic")).read_text(encoding="utf-8").splitlines()[1:]:
        entry, _, flags = line.replace("ĳ", "ij").partition("/")
        entry, flags = entry.strip(), flags.split()[0] if flags.split() else ""
        if not entry.isalpha() or not entry.islower():
            continue
        pairs = [flags[i : i + 2] for i in range(0, len(flags), 2)]
        for flag in pairs:
            out |= {f for r in rules.get(flag, []) if (f := _apply(entry, r))}
        particles = pairs and all(_PARTICLE_FLAG.fullmatch(p) for p in pairs)
        if particles and not entry.endswith("en") and not entry.startswith("ge"):
            out |= {entry} if len(entry) >= 3 else set()
    return sorted(f for f in out if zipf_frequency(f, "nl") >= max(MIN_ZIPF, _en(f)))


def _en(word: str) -> float:
    return zipf_frequency(word, "en")


def english_auxiliaries() -> list[str]:
    speech, function = _toml("speech.toml"), _toml("function_words.toml")
    finite = {"be", "been", "being"}
    base = [w for w in function["passive_auxiliaries_en"] if w not in finite]
    base += speech["auxiliaries_in_who_en"]
    out = list(dict.fromkeys(base))
    out += [w + "n't" for w in out if zipf_frequency(w + "n't", "en") >= MIN_ZIPF]
    return out


def _names_of(words: str, not_names: set[str]) -> list[str]:
    """The body's own names: its capitalised run, leading ``not_names`` words dropped."""
    parts = words.split()
    while parts and parts[0].lower() in not_names:
        parts.pop(0)
    return [" ".join(parts)] if parts and parts[0][:1].isupper() else []


def attendees() -> list[str]:
    table, out = OrgTable.default(), []
    for path in sorted((ROOT / "corpus").glob("*-lrt.txt")):
        text = path.read_text(encoding="utf-8")
        block = re.search(r"Aanwezig\s+(.*?)\n\s*\n", text, re.S)
        if block:
            listed = parse_attendees(" ".join(block.group(1).split()), table)
            out += [surname(a.name) for a in listed]
    return sorted({n for n in out if n and n[:1].isupper()})


def bodies(lang: str) -> list[str]:
    """The bodies and persons of ``lang`` (see the rules above)."""
    heads = {"nl": ("provincie", "gemeente", "rijk", "corporatie"),
             "en": ("province", "municipalit", "corporation")}[lang]  # fmt: skip
    data = _toml("organisations.toml")
    tables = [*data["org"].values(), *data["group"].values()]
    aliases = [a for org in tables for a in org.get("query_aliases", [])]
    plural = [a for a in aliases if len(a.split()) <= 2 and "'" not in a]
    plural = [a for a in plural if any(h in a.lower() for h in heads)]
    plural = [a for a in plural if a.split()[-1].lower() != "rijk" or a.endswith(" Rijk")]
    speakers = sorted({st["speaker"] for st in statements()})
    if lang == "en":
        speakers = [f"the {s.split()[-1]}" for s in speakers]
        plural = [a for a in plural if a.startswith("the ") and a[4:].islower()]
    else:
        plural = [a for a in plural if not a.startswith("the ")]
    return sorted({*speakers, *plural, *attendees()})


def minutes_runs() -> list[str]:
    """Runs of two or more capitalised words the minutes write after a lower-case word
    ("de Tweede Kamer")."""
    run = re.compile(r"(?<=[a-z] )([A-Z][a-z]+(?: [A-Z][a-z]+)+)")
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt")))
    return sorted(set(run.findall(text)))


def real_names(not_names: set[str]) -> list[str]:
    data = _toml("organisations.toml")
    orgs = [*data["org"].values(), *data["group"].values()]
    out = [o["name"] for o in orgs] + [a for o in orgs for a in o.get("aliases", [])]
    out += [a for o in orgs for a in o.get("query_aliases", [])]
    out += _toml("places.toml").get("minutes_places", []) + attendees() + minutes_runs()
    particles = "|".join(_toml("function_words.toml")["name_particles"])
    plain = re.compile(rf"[A-Z][\w-]*\w(?: (?:(?:{particles}) )*[A-Z][\w-]*\w)+")
    multi = {n for n in out if plain.fullmatch(n) and n.isascii()}
    return sorted(n for n in multi if n.split()[0].lower() not in not_names)


def contexts(lang: str, glossary: Glossary) -> list[tuple[str, str]]:
    """(topic, month) pairs of the statements in ``lang``, topics with no capital."""
    out = []
    for st in statements():
        topic = st["topic"] if lang == "nl" else english_topic(st["topic"], glossary)
        month = int(st["day"][5:7])
        when = (MONTHS_NL if lang == "nl" else MONTHS_EN)[month - 1] + " " + st["day"][:4]
        if topic and topic.islower():
            out.append((topic, when))
    return sorted(set(out))


def _question(rng: random.Random, lang: str, ctx: tuple[str, str], later: str) -> tuple:
    """The context (one or two sentences) and ``later`` joined by a seeded sentence end."""
    topic, month = ctx
    sentences = [rng.choice(CONTEXT[lang]).format(T=topic, M=month)]
    if rng.random() < 0.3:
        sentences.append(rng.choice(SECOND[lang]))
    join, where = rng.choice(JOINS)
    text = " ".join(sentences)
    text = text + "\n" if join == "\n" else text[:-1] + join
    where = where if len(sentences) == 1 else f"third after {where}"
    return text + later.replace("{M}", month), where


def _opener_rows(rng: random.Random, lang: str, openers: list[str], ctxs: list, nn: set) -> list:
    out = []
    for opener in openers:
        for body in rng.sample(bodies(lang), 2):
            later = rng.choice(LATER[lang]).replace("{V}", opener.capitalize())
            later = later.replace("{B}", body)
            names = _names_of(body, nn)
            q, where = _question(rng, lang, rng.choice(ctxs), later)
            kind = "verb" if lang == "nl" else "auxiliary"
            out.append({"q": q, "kind": kind, "lang": lang, "opener": opener, "body": body,
                        "position": where, "names": names})  # fmt: skip
            if rng.random() < 0.25:
                month = rng.choice(ctxs)[1]
                out.append({"q": later.replace("{M}", month), "kind": "first", "lang": lang,
                            "opener": opener, "body": body, "position": "first",
                            "names": names})  # fmt: skip
    return out


def rows() -> list[dict[str, object]]:
    rng, glossary, nn = random.Random(SEED), Glossary.default(), _not_names()
    verbs = dutch_finite_verbs()
    verbs = sorted(rng.sample(verbs, min(DUTCH_VERBS, len(verbs))))
    out = _opener_rows(rng, "nl", verbs, contexts("nl", glossary), nn)
    out += _opener_rows(rng, "en", english_auxiliaries(), contexts("en", glossary), nn)
    for name in real_names(nn):
        for lang in ("nl", "en"):
            later = rng.choice(NAME_LATER[lang]).replace("{N}", name)
            q, where = _question(rng, lang, rng.choice(contexts(lang, glossary)), later)
            out.append({"q": q, "kind": "name", "lang": lang, "opener": "", "body": name,
                        "position": where, "names": _names_of(name, nn)})  # fmt: skip
    return unique_rows(out, ("q",))


def main() -> None:
    head = "".join("# " + line + "\n" for line in HEADER.strip().splitlines())
    write_rows(OUT, head + "\n", rows())


if __name__ == "__main__":
    main()
