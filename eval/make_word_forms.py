"""Write tests/data/word_forms.toml: the forms in which a question writes a word of the minutes
(issue 16 session 26 task E), and whether the topic check's word lookup must find each in the
minutes.

    python eval/make_word_forms.py

Made from the vocabulary of the bundled index (the minutes' words, ``DutchAnalyzer.vocabulary``;
no questions): Dutch inflections of a minutes word that the minutes do not hold in that form
(present tense, weak and strong past, participles, separable verbs, plurals, diminutives,
declined adjectives), compounds of two minutes words and a compound's parts, hyphenated and
spaced variants of the minutes' compounds, and English inflections of the glossary's English
words. A generated form is kept only when general Dutch (English) writes it: wordfreq's
frequency list (Zipf ``MIN_ZIPF`` or more), so a spelling slip of these rules makes no row.
Forms that must NOT be found: words of Hunspell's Dutch dictionary
(/usr/share/hunspell/nl.dic) that the minutes lack in every form (no minutes word shares their
first five letters or holds them), and false compounds (a minutes word before such a word).
tests/integration/test_word_forms_table.py reads every row.
"""

from __future__ import annotations

import random
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

from toml_rows import write_rows  # the script's folder is on the path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "word_forms.toml"
sys.path.insert(0, str(ROOT))

from lrt_search.index.analysis import dutch_stopwords, words  # noqa: E402
from lrt_search.lexicon.textnorm import fold_accents  # noqa: E402
from lrt_search.lexicon.wordclass import dutch_class  # noqa: E402

MIN_ZIPF = 2.0  # a form general Dutch writes
PER_KIND = 40  # rows of each kind at most (a fixed sample)
VOWELS = "aeiou"
PARTICLES = ("aan", "af", "bij", "door", "in", "mee", "na", "op", "over", "terug", "toe", "uit")
PREFIXES = ("be", "ge", "her", "ont", "ver", "er")
STRONG_PREFIXES = ("be", "her", "ont", "ver", "er")
#: Words that are a derivational ending's letters as much as a head ("verantwoordelijk|heden",
#: "formule|ringen"): no compound part.
SUFFIX_WORDS = ("heden", "ringen", "ingen", "ellen", "igen", "erij")


def zipf(word: str, lang: str = "nl") -> float:
    """wordfreq's Zipf frequency of ``word`` (accents folded or not: the higher)."""
    import wordfreq

    return wordfreq.zipf_frequency(word, lang)


def vocabulary() -> tuple[set[str], Callable[[str], bool]]:
    """The minutes' words (folded, four letters or more) of the bundled index, and whether the
    index analyzer (a word's stem, its first six letters) or the synonym table already finds a
    word there."""
    from lrt_search.config import Settings
    from lrt_search.evaluation import engine_for

    retriever = engine_for(Settings(), progress=False).evidence
    terms = retriever.bm25.terms

    stems = retriever.analyzer.stems

    def known(word: str) -> bool:
        found = retriever.analyzer.tokenize_query(word, terms)
        if any(t in terms for t in found):
            return True
        if found and any(s.startswith(found[0][:6]) for s in stems):
            return True  # a word of its stem's family (answer.topic_words._same_stem)
        return retriever.synonyms is not None and bool(retriever.synonyms.expand(word))

    return set(retriever.analyzer.vocabulary), known


def stam(infinitive: str) -> str:
    """The Dutch verb stem of an infinitive ("maken" -> "maak", "leggen" -> "leg")."""
    base = infinitive[:-2]
    if base[-1] in "io" and base[-2] not in VOWELS:  # "zien" -> "zie", "doen" -> "doe"
        return infinitive[:-1]
    if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in VOWELS:
        base = base[:-1]
    elif (
        len(base) >= 3 and base[-2] in "aeou" and base[-3] not in VOWELS and base[-1] not in VOWELS
    ):
        base = base[:-1] + base[-2] + base[-1]
    return base[:-1] + {"v": "f", "z": "s"}.get(base[-1], base[-1])


def verb_forms(infinitive: str) -> dict[str, str]:
    """The weak verb forms of ``infinitive`` by kind (particle of a separable verb in place)."""
    particle = next(
        (p for p in PARTICLES if infinitive.startswith(p) and len(infinitive) > len(p) + 4), ""
    )
    verb = infinitive[len(particle) :]
    s = stam(verb)
    voiceless = verb[-3] in "tkfsp" or verb[-4:-2] == "ch"
    past = "te" if voiceless else "de"
    ge = "" if verb.startswith(PREFIXES) else "ge"
    end = (
        ""
        if s.endswith(("t", "d")) and (voiceless or s.endswith("d"))
        else ("t" if voiceless else "d")
    )
    out = {
        "present_t": s if s.endswith("t") else s + "t",
        "past_weak": s + past,
        "past_plural": s + past + "n",
        "participle": particle + ge + s + end,
    }
    if particle:
        out = {k: (v if k == "participle" else f"{v} {particle}") for k, v in out.items()}
        out["infinitive"] = infinitive
    return out


def strong_rows() -> list[tuple[str, ...]]:
    data = tomllib.loads((ROOT / "lrt_search/lexicon/data/inflections.toml").read_text("utf-8"))
    return [tuple(r) for r in data["dutch_strong"]]


def noun_forms(word: str) -> dict[str, list[str]]:
    """Plural, singular, diminutive and declined forms of a Dutch word (candidates)."""
    w = word
    short = len(w) >= 3 and w[-2] in VOWELS and w[-3] not in VOWELS and w[-1] not in VOWELS
    long_ = len(w) >= 3 and w[-2] == w[-3] and w[-2] in "aeou" and w[-1] not in VOWELS
    closed = w[:-3] + w[-2] + w[-1] if long_ else w  # "maan" -> "man" before a vowel
    voiced = closed[:-1] + {"f": "v", "s": "z"}.get(closed[-1], closed[-1])
    plural = [w + "en", w + w[-1] + "en" if short else closed + "en", voiced + "en", w + "s"]
    dim = [w + "je", w + "tje", w + "pje", w + w[-1] + "etje"]
    adj = [closed + "e", voiced + "e"] + ([w + w[-1] + "e"] if short else [])
    singular = []
    if w.endswith("en"):
        b = w[:-2]
        singular = [b, b[:-1] if len(b) > 2 and b[-1] == b[-2] else b]
        if len(b) >= 3 and b[-2] in "aeou" and b[-3] not in VOWELS:
            singular.append(b[:-1] + b[-2] + b[-1])
        singular += [s[:-1] + {"v": "f", "z": "s"}.get(s[-1], s[-1]) for s in list(singular)]
    elif w.endswith("s") and w[-2:] != "ss":
        singular = [w[:-1]]
    undeclined = []
    if w.endswith("e"):
        b = w[:-1]
        undeclined = [b, b[:-1] if len(b) > 2 and b[-1] == b[-2] else b]
        if len(b) >= 3 and b[-2] in "aeou" and b[-3] not in VOWELS:
            undeclined.append(b[:-1] + b[-2] + b[-1])
        undeclined += [s[:-1] + {"v": "f", "z": "s"}.get(s[-1], s[-1]) for s in list(undeclined)]
    return {"plural": plural, "singular": singular, "diminutive": dim, "adjective_e": adj,
            "undeclined": undeclined}  # fmt: skip


def _real(form: str, vocab: set[str], least: float = MIN_ZIPF) -> bool:
    """A form general Dutch writes (and English less often) that the minutes lack."""
    nl = zipf(form)
    return (
        form not in vocab
        and nl >= least
        and zipf(form, "en") < nl
        and form not in dutch_stopwords()
    )


#: The least Zipf frequency of a generated form, by kind (a plural or singular made by rule is
#: more often a slip than a verb form: "bellens", "spor").
LEAST = {"plural": 2.5, "singular": 2.5}


def inflection_rows(vocab: set[str]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    strong = {p + r[0] for r in strong_rows() for p in ("", *PREFIXES, *PARTICLES)}
    for word in sorted(vocab):
        if not word.isalpha() or len(word) < 5:
            continue
        if word.endswith("en") and dutch_class(word) == "V" and word not in strong:
            for kind, form in verb_forms(word).items():
                head = form.split()[0]
                if form != word and _real(head, vocab) and head not in vocab and form not in vocab:
                    rows.append({"kind": kind, "form": form, "found": True, "meets": word})
        for kind, forms in noun_forms(word).items():
            if kind in ("adjective_e", "undeclined") and dutch_class(word) != "A":
                continue
            if kind in ("plural", "singular", "diminutive") and dutch_class(word) == "V":
                continue
            for form in dict.fromkeys(forms):
                if kind != "adjective_e" and dutch_class(form) == "V":
                    continue
                if len(form) >= 4 and _real(form, vocab, LEAST.get(kind, MIN_ZIPF)):
                    rows.append({"kind": kind, "form": form, "found": True, "meets": word})
    for row in strong_rows():
        for prefix in ("", *STRONG_PREFIXES, *PARTICLES):
            forms = [prefix + f for f in row]
            # a form the minutes hold as a verb (a noun "aandacht", "opgaven" is another word)
            held = [f for f in forms if f in vocab and (dutch_class(f) or f == forms[0])]
            if held:
                for form in forms:
                    if _real(form, vocab):
                        rows.append(
                            {"kind": "strong", "form": form, "found": True, "meets": held[0]}
                        )
    return rows


def _split(word: str, vocab: set[str]) -> tuple[str, str, str] | None:
    """(modifier, link, head): two minutes words of five letters or more making ``word``."""
    for cut in range(5, len(word) - 4):
        head = word[cut:]
        if head not in vocab:
            continue
        for link in ("", "s", "en", "e"):
            mod = word[:cut]
            if link and not mod.endswith(link):
                continue
            mod = mod[: len(mod) - len(link)]
            if len(mod) >= 5 and mod in vocab and mod not in dutch_stopwords():
                return mod, link, head
    return None


def _best_split(word: str) -> tuple[str, str] | None:
    """The cut of a compound into a modifier (four letters or more) and a noun head (five or
    more) both general Dutch words (Zipf 3.5 or more), the rarer of the two most frequent; the
    head a noun, the modifier no verb form (word class table)."""
    best, score = None, 0.0
    for cut in range(4, len(word) - 4):
        mod, head = word[:cut], word[cut:]
        bare = next(
            (
                mod[: -len(x)]
                for x in ("s", "en", "e")
                if mod.endswith(x) and zipf(mod[: -len(x)]) >= 3.5
            ),
            mod,
        )
        least = min(zipf(bare), zipf(head))
        if bare in dutch_stopwords() or dutch_class(bare) == "V" or dutch_class(head) != "":
            continue  # "voor|waarden": a preposition, no modifier
        if least >= 3.5 and least > score:
            best, score = (mod, head), least
    return best


def compound_rows(vocab: set[str], dutch: list[str]) -> list[dict[str, object]]:
    """Compounds general Dutch writes of two minutes words, the parts of the minutes' compounds
    the minutes lack as words, and the hyphenated and spaced variants of those compounds."""
    rows: list[dict[str, object]] = []
    for word in dutch:
        if len(word) >= 11 and word not in vocab and (split := _split(word, vocab)):
            rows.append({"kind": "compound", "form": word, "found": True,
                         "meets": [split[0], split[2]]})  # fmt: skip
    for word in sorted(vocab):
        if len(word) < 11 or not word.isalpha():
            continue
        split = _best_split(word)
        if split is None:
            continue
        mod, head = split
        if head in SUFFIX_WORDS:
            continue
        for form, kind in ((f"{mod}-{head}", "hyphen"), (f"{mod} {head}", "spaced")):
            rows.append({"kind": kind, "form": form, "found": True, "meets": word})
        if head not in vocab and head not in dutch_stopwords() and head not in SUFFIX_WORDS:
            rows.append({"kind": "compound_part", "form": head, "found": True, "meets": word})
    return rows


def english_rows(vocab: set[str]) -> list[dict[str, object]]:
    """The plural of the glossary's one-word singular English nouns, and the singular of its
    plurals (WordNet reads both as nouns: lexicon.wordclass.english_noun)."""
    from lrt_search.lexicon.glossary import Glossary
    from lrt_search.lexicon.wordclass import english_noun

    entries = Glossary.default().entries
    taken = {t for e in entries for t in e.en}
    rows: list[dict[str, object]] = []
    for entry in entries:
        if not any(all(w in vocab for w in words(nl) if len(w) >= 4) for nl in entry.nl):
            continue  # the minutes write none of its Dutch terms
        for term in entry.en:
            if not term.isalpha() or len(term) < 4 or not english_noun(term)[1]:
                continue
            if term.endswith("ies"):
                forms = [term[:-3] + "y"]
            elif term.endswith(("ses", "xes", "ches", "shes")):
                forms = [term[:-2]]
            elif term.endswith("s") and not term.endswith("ss"):
                forms = [term[:-1]]
            elif term.endswith("y") and term[-2] not in VOWELS:
                forms = [term[:-1] + "ies"]
            elif term.endswith(("s", "x", "ch", "sh")):
                forms = [term + "es"]
            else:
                forms = [term + "s"]
            for form in forms:
                if form not in taken and zipf(form, "en") >= MIN_ZIPF and english_noun(form)[1]:
                    rows.append({"kind": "english", "form": form, "found": True,
                                 "meets": term, "lang": "en"})  # fmt: skip
    return rows


def dutch_words() -> list[str]:
    """Hunspell's Dutch words (no flags, lower case, letters only), sorted."""
    path = Path("/usr/share/hunspell/nl.dic")
    out = set()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        word = line.split("/")[0].strip()
        if word.isalpha() and word.islower():
            out.add(fold_accents(word))
    return sorted(out)


def absent_rows(
    vocab: set[str], dutch: list[str], known: Callable[[str], bool]
) -> list[dict[str, object]]:
    """Everyday Dutch words the minutes lack in every form (``known``: the index analyzer's
    stem or a synonym of the minutes' words finds none), and false compounds of a minutes noun
    before one of them that is a noun."""
    prefixes = {w[:5] for w in vocab}
    rows: list[dict[str, object]] = []
    lacking = []
    for word in dutch:
        if len(word) < 6 or zipf(word) < 3.5 or word[:5] in prefixes:
            continue
        if any(word[i:] in vocab or word[:i] in vocab for i in range(4, len(word) - 3)):
            continue  # holds a minutes word: a compound part the lookup may meet
        if any(word in v for v in vocab) or known(word) or zipf(word, "en") >= zipf(word):
            continue
        lacking.append(word)
        rows.append({"kind": "absent", "form": word, "found": False})
    rng = random.Random(26)
    modifiers = sorted(
        w for w in vocab if len(w) >= 6 and w.isalpha() and dutch_class(w) == "" and zipf(w) >= 3
    )
    heads = [w for w in lacking if dutch_class(w) == ""]
    for word in rng.sample(heads, min(PER_KIND, len(heads))):
        mod = rng.choice(modifiers)
        rows.append({"kind": "false_compound", "form": mod + word, "found": False, "meets": mod})
    return rows


#: Words standing between a split verb and its particle (1 to 4; minutes words).
BETWEEN = ("ze", "de gemeente", "de gemeenten extra", "het COA de mensen")
#: Nouns after a particle that is a preposition ("vangt op de agenda": no "opvangen").
PREPOSITION_NOUNS = ("agenda", "regio", "gemeente")
PREPOSITIONS = ("aan", "bij", "door", "in", "na", "op", "over", "uit")


def separable_verbs(vocab: set[str]) -> list[tuple[str, str, str]]:
    """(minutes word, particle, infinitive) of the minutes' separable verbs and their nouns
    ("uitvoeren"; "aanpassing": "aanpassen"; "opvang": "opvangen"; "inzet": "inzetten"): the
    infinitive a verb (word class table, Zipf 2.5+), its verb without the particle a word (3+)."""
    out = []
    past = {p + f for r in strong_rows() for f in r[1:] for p in ("", *PARTICLES)}  # "aanboden"
    for word in sorted(vocab):
        particle = next((p for p in PARTICLES if word.startswith(p)), "")
        if not particle or not word.isalpha() or len(word) - len(particle) < 3:
            continue
        if word.endswith("en"):
            guesses = [word]
        elif word.endswith("ing"):
            guesses = [word[:-3] + "en"]
        else:
            guesses = [word + "en", word + word[-1] + "en"]
        for inf in guesses:
            rest = inf[len(particle) :]
            if rest.startswith("ge") or zipf(rest) < 3.0 or inf in past:
                continue  # a participle ("meegenomen"), or no verb of its own ("na|deren")
            if dutch_class(inf) == "V" and dutch_class(rest) != "A" and zipf(inf) >= 2.5:
                out.append((word, particle, inf))
                break
    return out


def separable_rows(vocab: set[str]) -> list[dict[str, object]]:
    """A separable verb of the minutes as a question writes it: its te-infinitive ("aan te
    passen"), its present or past split from its particle by 1-4 words ("vangt de gemeente
    op"), its participle ("aangepast"); and, not the separable verb, its verb before a particle
    that is a preposition ("vangt op de agenda")."""
    rng = random.Random(262)
    rows: list[dict[str, object]] = []
    for word, particle, inf in separable_verbs(vocab):
        rest = inf[len(particle) :]
        rows.append({"kind": "te_infinitive", "form": f"{particle} te {rest}", "found": True,
                     "meets": word})  # fmt: skip
        forms = verb_forms(rest)
        for kind in ("present_t", "past_weak"):
            head = forms[kind]
            if zipf(head) >= 2.0 and dutch_class(head) == "V":
                between = rng.choice(BETWEEN)
                rows.append({"kind": "split", "form": f"{head} {between} {particle}",
                             "found": True, "meets": word})  # fmt: skip
        participle = verb_forms(inf)["participle"]
        if participle not in vocab and zipf(participle) >= 2.0:
            rows.append({"kind": "participle_separable", "form": participle, "found": True,
                         "meets": word})  # fmt: skip
        if particle in PREPOSITIONS and rest in vocab and zipf(forms["present_t"]) >= 2.0:
            noun = rng.choice([n for n in PREPOSITION_NOUNS if particle + n not in vocab])
            form = f"{forms['present_t']} {particle} de {noun}"
            rows.append({"kind": "preposition", "form": form, "found": True, "meets": rest,
                         "avoid": inf})  # fmt: skip
    return rows


def unaccented_rows(vocab: set[str]) -> list[dict[str, object]]:
    """Minutes words general Dutch writes with a diaeresis, written without it as the minutes'
    folded words are: the word ("coordinatie", "oekraiense"), its inflections, and a minutes
    compound it begins, hyphenated or spaced ("coordinatie centrum"), and its head."""
    from lrt_search.lexicon.wordfreq import zipf_folded

    rows: list[dict[str, object]] = []
    accented = sorted(
        w for w in vocab
        if w.isalpha() and len(w) >= 5 and zipf_folded(w, "nl") >= max(3.0, zipf(w) + 1)
    )  # fmt: skip
    for word in accented:
        rows.append({"kind": "unaccented", "form": word, "found": True, "meets": word})
        for kind, forms in noun_forms(word).items():
            if kind in ("plural", "singular", "diminutive") and dutch_class(word) == "V":
                continue
            for form in dict.fromkeys(forms):
                accent = zipf_folded(form, "nl")
                if form not in vocab and len(form) >= 5 and accent >= max(3.0, zipf(form) + 1):
                    rows.append({"kind": "unaccented", "form": form, "found": True,
                                 "meets": word})  # fmt: skip
        for compound in sorted(v for v in vocab if v.startswith(word) and v != word):
            head = compound[len(word) :]
            if len(head) >= 5 and zipf(head) >= 3.5 and dutch_class(head) == "":
                for form in (f"{word}-{head}", f"{word} {head}"):
                    rows.append({"kind": "unaccented", "form": form, "found": True,
                                 "meets": compound})  # fmt: skip
                if head not in vocab:
                    rows.append({"kind": "unaccented_head", "form": head, "found": True,
                                 "meets": compound})  # fmt: skip
    return rows


def rows() -> list[dict[str, object]]:
    vocab, known = vocabulary()
    dutch = dutch_words()
    every = (
        inflection_rows(vocab) + compound_rows(vocab, dutch) + english_rows(vocab)
        + absent_rows(vocab, dutch, known) + separable_rows(vocab) + unaccented_rows(vocab)
    )  # fmt: skip
    rng = random.Random(26)
    out: list[dict[str, object]] = []
    seen: set[str] = set()
    for kind in dict.fromkeys(str(r["kind"]) for r in every):
        of_kind = [r for r in every if r["kind"] == kind and r["form"] not in seen]
        of_kind = list({str(r["form"]): r for r in of_kind}.values())
        picked = rng.sample(of_kind, min(PER_KIND, len(of_kind)))
        for row in sorted(picked, key=lambda r: str(r["form"])):
            seen.add(str(row["form"]))
            out.append({"lang": "nl", **row})
    return out


HEAD = """\
# Issue 16 session 26 task E: the forms in which a question writes a word of the minutes
# (generated by eval/make_word_forms.py from the bundled index's vocabulary, wordfreq's
# frequency lists and Hunspell's Dutch dictionary; no questions).
# `found`: whether the topic check's word lookup (answer.topics.topic_terms) must find `form`
# in the minutes; `meets`: the minutes' word (or words) it stands for. `kind`: how the form was
# made (present_t, past_weak, participle, strong, plural, singular, diminutive, adjective_e,
# undeclined, compound, compound_part, hyphen, spaced, english; session 26 task E2: te_infinitive,
# split, participle_separable of the minutes' separable verbs, unaccented and unaccented_head of
# words written with a diaeresis; absent and false_compound must not be found). `avoid`
# (kind preposition): the separable verb a particle that is a preposition does not make.
# tests/integration/test_word_forms_table.py reads every row.

"""


def main() -> None:
    write_rows(OUT, HEAD, rows())


if __name__ == "__main__":
    main()
