"""Generate eval/generated_reworded.jsonl: answerable questions worded unlike the minutes, with
matched unanswerable controls.

    python eval/generate_reworded.py [--index DIR] [--out eval/generated_reworded.jsonl]

The templated set (eval/generated.jsonl) asks "Wat zei X over <the statement's own noun>"; this
one asks about a statement's topic noun (as eval/generate_answerability.py picks it) in a form
the statement does not hold, the gold being the statement's sentence with the noun, verbatim:

  synonym     another word of the noun's group in lexicon/data/synonyms.toml
  inflection  the noun's other number ("aanmeldingen" -> "aanmelding"; eval/rewording.toml)
  compound    a compound said in its parts ("asielopvanglocatie" -> "locatie voor asielopvang")
  english     the glossary's English term, else FreeDict's (per part for a compound)

and the organisation by another of its names ("de gemeenten", "the provinces") where it has
one. The reworded topic holds no word of the gold statement (checked). Question forms
(eval/rewording.toml [forms]): org (what did X think of), yesno (did X say anything about), who,
when, agreed (decision and action statements only), count (how many, for a number and the noun
it counts). About a third of the questions get a matched unanswerable control in the same form:
``org_swap`` (an organisation that never speaks on or next to the topic), ``absent_topic`` (a
policy topic of eval/answerability.toml the minutes never mention) or ``absent_count`` (a noun
no statement names). Deterministic for one index (seed 17).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

from generate_answerability import (  # the script's folder is on the path
    EN_MONTHS,
    NL_MONTHS,
    NOUN_ENDINGS,
    Corpus,
    Stmt,
    en_org,
    is_count_noun,
    load_data,
    record,
    topic_nouns,
    write,
)

from lrt_search.index.analysis import DutchAnalyzer, dutch_stopwords, words
from lrt_search.lexicon.freedict import dutch_to_english
from lrt_search.lexicon.synonyms import Synonyms
from lrt_search.lexicon.textnorm import fold_accents
from lrt_search.lexicon.wordclass import dutch_class, english_noun
from lrt_search.lexicon.wordfreq import zipf

HERE = Path(__file__).resolve().parent
REWORDING = HERE / "rewording.toml"
SEED = 17
CONTROL_SHARE = 0.4
MIN_ZIPF = 2.0  # a reworded Dutch form must be this usual (3.0 for a compound's part, English)
NOUNS_PER_STATEMENT = 4
MAX_DF = 8
MAX_EN_ZIPF = 5.0  # a FreeDict translation more common than this names no topic ("the place")
_COUNT = re.compile(r"\b(\d{1,3}(?:\.\d{3})+|\d+)\s+([a-zà-ÿ][a-zà-ÿ'-]{3,})")


class Rewording:
    """The ways of naming a noun without its own form, each checked against the statement."""

    def __init__(self, c: Corpus, analyzer: DutchAnalyzer, data: dict) -> None:  # type: ignore[type-arg]
        self.c, self.analyzer, self.data = c, analyzer, data
        self.synonyms = Synonyms.default()
        self.excluded = set(data["exclude"]["nouns"])
        self.glossary_en = {
            " ".join(words(nl)): entry.en[0] for entry in c.glossary.entries for nl in entry.nl
        }

    def _clean(self, phrase: str, stmt: Stmt) -> bool:
        """No content word of ``phrase`` is a word of the statement."""
        return bool(phrase) and not set(words(phrase)) & set(stmt.tokens)

    def synonym(self, noun: str, stmt: Stmt, rng: random.Random) -> str | None:
        """Another word of the noun's synonym group that the statement does not hold."""
        options = [w for w in self.synonyms.expand(noun) if self._clean(w, stmt)]
        return rng.choice(options) if options else None

    def inflection(self, noun: str, stmt: Stmt) -> str | None:
        """The noun's other number, when general Dutch uses it (Zipf >= 2, or that of a
        compound's head: "taakstellingsbrief" -> "taakstellingsbrieven" as "brieven")."""
        parts = self.analyzer.split_compound(fold_accents(noun).lower())
        for ending, other in self.data["inflection"]["number"]:
            if noun.endswith(ending) and len(noun) > len(ending) + 2:
                form = noun[: -len(ending)] + other
                head = parts[-1] if parts and parts[-1].endswith(ending) else form
                head = head[: -len(ending)] + other if head != form else form
                usual = zipf(head, "nl") >= MIN_ZIPF
                return form if usual and self._clean(form, stmt) else None
        return None

    def compound(self, noun: str, stmt: Stmt) -> str | None:
        """A compound said in its parts: head, link word, the rest."""
        parts = self.analyzer.split_compound(fold_accents(noun).lower())
        nouns = [
            p for p in parts if len(p) >= 5 and not dutch_class(p) and zipf(p, "nl") >= MIN_ZIPF
        ]
        if len(parts) < 2 or len(nouns) < len(parts):
            return None
        phrase = f"{parts[-1]} {self.data['compound']['link_nl']} {''.join(parts[:-1])}"
        return phrase if self._clean(phrase, stmt) else None

    def english(self, noun: str) -> str | None:
        """The glossary's English term for the noun, else FreeDict's, else per compound part."""
        key = fold_accents(noun).lower()
        if key in self.glossary_en:
            return self.glossary_en[key]
        for part_list in ((key,), self.analyzer.split_compound(key)):
            english = [self._one_english(p) for p in part_list]
            if 0 < len(part_list) <= 2 and all(english):
                return " ".join(english)  # type: ignore[arg-type]
        return None

    def _one_english(self, word: str) -> str | None:
        """The glossary's term, else FreeDict's first translation that is a usual English noun
        and not a general one (Zipf 3 to ``MAX_EN_ZIPF``: "place", "level" name no topic)."""
        options = [
            t
            for t in dutch_to_english(word)
            if t.isalpha() and english_noun(t)[0] and MIN_ZIPF + 1 <= zipf(t, "en") <= MAX_EN_ZIPF
        ]
        return self.glossary_en.get(word) or (options[0] if options else None)

    def choose(self, noun: str, stmt: Stmt, rng: random.Random) -> list[tuple[str, str, str]]:
        """(language, how, reworded topic): one Dutch way picked at random among those
        available, and the English one."""
        dutch = [
            ("nl", how, form)
            for how, form in (
                ("synonym", self.synonym(noun, stmt, rng)),
                ("inflection", self.inflection(noun, stmt)),
                ("compound", self.compound(noun, stmt)),
            )
            if form
        ]
        english = self.english(noun)
        english = english if english and self._clean(english, stmt) else None
        picked = [rng.choice(dutch)] if dutch else []
        return picked + ([("en", "english", f"the {english}")] if english else [])


def more_nouns(c: Corpus, r: Rewording, s: Stmt) -> list[str]:
    """Further nouns of a statement, rarest first: lower-case words of six letters or more with
    a noun's ending (``NOUN_ENDINGS``) or a Dutch term of the glossary or the synonym groups,
    that general Dutch reads as a noun (not an adjective or verb form; Zipf >= 2, or a
    compound), named in at most ``MAX_DF`` statements, not a stopword, frame noun or
    organisation."""
    stop = dutch_stopwords() | c.generic | r.excluded
    found: dict[str, None] = {}
    for word in re.findall(r"[a-zà-ÿ][a-zà-ÿ-]{5,}", s.text):
        key = fold_accents(word)
        if word not in s.text.split() and f"{word}." not in s.text and f"{word}," not in s.text:
            continue
        if (
            key in stop
            or key in NL_MONTHS.split()
            or c.orgs.resolve(word)
            or dutch_class(key)
            or c.df[key] > MAX_DF
        ):
            continue
        named = key.endswith(NOUN_ENDINGS) or key in r.glossary_en or r.synonyms.expand(key)
        if named and (zipf(key, "nl") >= MIN_ZIPF or r.analyzer.split_compound(key)):
            found.setdefault(word, None)
    return sorted(found, key=lambda w: (c.df[fold_accents(w)], w))


def org_name(c: Corpus, code: str, lang: str, rng: random.Random) -> str:
    """Another name of an organisation where it has one ("de gemeenten", "the provinces")."""
    if lang == "en":
        return en_org(code, c.orgs)
    org = c.orgs.organisations[code]
    dutch = [a for a in org.query_aliases if a.startswith(("de ", "het "))]
    return rng.choice(dutch) if dutch and rng.random() < 0.6 else code


def statement_questions(c: Corpus, r: Rewording, rng: random.Random) -> list[dict]:  # type: ignore[type-arg]
    """One reworded question per statement with a topic noun, and a control for some."""
    out: list[dict] = []  # type: ignore[type-arg]
    for s in c.stmts:
        if s.kind not in ("statement", "decision", "action"):
            continue
        nouns = [n for n in topic_nouns(s, c.df, c.orgs, c.generic) if n not in r.excluded]
        nouns += [n for n in more_nouns(c, r, s) if n not in nouns]
        forms = ["who", "when"] + (["org", "yesno"] if s.speakers else [])
        forms += ["agreed"] * 3 if s.kind in ("decision", "action") else []
        rng.shuffle(forms)
        forms *= 2
        ways = [
            (noun, way) for noun in nouns[:NOUNS_PER_STATEMENT] for way in r.choose(noun, s, rng)
        ]
        for (noun, (lang, how, topic)), form in zip(ways, forms, strict=False):
            extra = {"change": "", "topic": topic, "how": how, "form": form, "noun": noun}
            out += form_questions(c, s, lang, c.matcher.keys(noun), extra, rng)
    return out


def form_questions(
    c: Corpus, s: Stmt, lang: str, keys: list[str], extra: dict, rng: random.Random  # type: ignore[type-arg]
) -> list[dict]:  # type: ignore[type-arg]  # fmt: skip
    """The answerable question of one form and, at random, its control."""
    form, topic = extra["form"], extra["topic"]
    if form in ("org", "yesno"):
        code = s.speakers[0]
        family = c.family(code)
        gold = c.gold(keys, lambda x, f=family: bool(f & set(x.speakers)))
        q = c.form(rng, f"{form}_{lang}", org=org_name(c, code, lang, rng), topic=topic)
        out = [record("org", q, lang, gold, org=code, **extra)] if gold else []
        others = [o for o in c.speaking if o not in family and not c.speaks_on(o, keys)]
        if out and others and rng.random() < CONTROL_SHARE:
            other = rng.choice(others)
            q = c.form(rng, f"{form}_{lang}", org=org_name(c, other, lang, rng), topic=topic)
            out.append(record("org", q, lang, [], org=other, keys=keys,
                              **{**extra, "change": "org_swap"}))  # fmt: skip
        return out
    kinds = ("decision", "action") if form == "agreed" else ("statement", "decision", "action")
    gold = c.gold(keys, lambda x, k=kinds: x.kind in k)
    q = c.form(rng, f"{form}_{lang}", topic=topic)
    out = [record(form, q, lang, gold, **extra)] if gold else []
    topics = [t for t in c.data["absent_topic"] if not any(c.in_corpus(k) for k in t["keys"])]
    if out and rng.random() < CONTROL_SHARE:
        t = rng.choice(topics)
        q = c.form(rng, f"{form}_{lang}", topic=t[lang])
        out.append(record(form, q, lang, [], keys=t["keys"],
                          **{**extra, "topic": t[lang], "change": "absent_topic"}))  # fmt: skip
    return out


def count_questions(c: Corpus, r: Rewording, rng: random.Random) -> list[dict]:  # type: ignore[type-arg]
    """A "how many" question of a number and the noun after it (the noun reworded: synonym or
    English), the month named; controls count a noun no statement names."""
    out: list[dict] = []  # type: ignore[type-arg]
    absent = c.data["count_absent"]
    for s in c.stmts:
        for number, noun in _COUNT.findall(s.text):
            value = int(number.replace(".", ""))
            if not is_count_noun(noun) or 1900 <= value <= 2100:
                continue
            options = [("nl", r.synonym(noun, s, rng)), ("en", r.english(noun))]
            options = [o for o in options if o[1] and o[1] != noun]
            if not options:
                continue
            lang, topic = rng.choice(options)
            months = NL_MONTHS if lang == "nl" else EN_MONTHS
            month = f"{months.split()[s.date.month - 1]} {s.date.year}"
            sentence = next(x for x in re.split(r"(?<=[.!?])\s+", s.text) if number in x)
            q = c.form(rng, f"count_{lang}", topic=topic, month=month)
            extra = {"change": "", "topic": topic, "how": "count", "form": "count", "noun": noun}
            out.append(record("fact", q, lang, [(s.date, sentence.strip())], **extra))
            if rng.random() < CONTROL_SHARE:
                other = rng.choice(absent[lang])
                q = c.form(rng, f"count_{lang}", topic=other, month=month)
                change = {**extra, "topic": other, "change": "absent_count"}
                out.append(record("fact", q, lang, [], keys=absent["keys"], **change))
    return out


def generate(c: Corpus, analyzer: DutchAnalyzer, seed: int = SEED) -> list[dict]:  # type: ignore[type-arg]
    """Every reworded question, numbered r0001..., deterministic for one index and seed."""
    rewording = Rewording(c, analyzer, tomllib.loads(REWORDING.read_text(encoding="utf-8")))
    c.data = {**c.data, **rewording.data, "forms": rewording.data["forms"]}
    rng = random.Random(seed)
    out: list[dict] = []  # type: ignore[type-arg]
    seen: set[str] = set()
    for q in statement_questions(c, rewording, rng) + count_questions(c, rewording, rng):
        if q["question"] not in seen:
            seen.add(q["question"])
            out.append(q)
    return [{"id": f"r{i:04d}", **q} for i, q in enumerate(out, start=1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index", type=Path, default=None, help="index folder (default index/)")
    parser.add_argument("--out", type=Path, default=HERE / "generated_reworded.jsonl")
    args = parser.parse_args()
    from lrt_search.config import Settings
    from lrt_search.service import Engine

    settings = Settings().replace(**({"index_dir": args.index} if args.index else {}))
    engine = Engine.load(settings=settings, progress=False)
    corpus = Corpus(engine.chunks, load_data())
    questions = generate(corpus, engine.analyzer)
    write(questions, args.out)
    counts = Counter(
        (q["answerable"], q["form"], q["how"], q["change"], q["lang"]) for q in questions
    )
    for key, n in sorted(counts.items()):
        print(*key, n, file=sys.stderr)
    print(f"wrote {len(questions)} questions to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
