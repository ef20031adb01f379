"""Generate eval/generated.jsonl: labelled answerable and unanswerable questions from the minutes.

    python eval/generate_answerability.py [--index DIR] [--out eval/generated.jsonl]

The questions are built from the statements of the indexed corpus (the chunks of the index, so
every label can be checked against what `ask` searches), deterministically (seed 16):

answerable (gold: the sentences that answer them, verbatim)
  org       "Wat zei VNG over de taakstellingsbrief?" - a statement's speaker and a topic noun
            of it; English through the glossary ("What did the provinces say about housing?")
  fact      "Over hoeveel statushouders ging het in de LRT van 3 november 2023?" - a number
            and the noun it counts
  decision  "Wat is er op 8 juli 2022 afgesproken over de taakstelling?" - an agreement/action
  scoped    "Wat werd er op 19 maart 2025 gezegd over doorstroomlocaties?" - a topic in a meeting

unanswerable, by controlled change (field "change"; the label is verified by `violations`):
  org_swap      another organisation, which never speaks on (or near) that topic
  absent_topic  a policy topic the minutes never mention (eval/answerability.toml)
  no_meeting    a date in a month without a meeting
  no_amount     "how many" of a noun that a meeting names without any number
  false_premise "why did X leave the LRT?" - the premise's words never occur with X
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import Stemmer

from lrt_search.answer.shape import NUMBER_WORDS
from lrt_search.index.analysis import dutch_stopwords, words
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.lexicon.synonyms import Synonyms
from lrt_search.lexicon.textnorm import fold_accents
from lrt_search.models import Chunk

HERE = Path(__file__).resolve().parent
DATA = HERE / "answerability.toml"
SEED = 16
NL_MONTHS = (
    "januari februari maart april mei juni juli augustus september oktober november december"
)
EN_MONTHS = "January February March April May June July August September October November December"
#: Endings of Dutch nouns: a statement's topic noun is a word with one of them.
NOUN_ENDINGS = (
    "ing", "ingen", "heid", "heden", "tie", "ties", "teit", "schap", "isme", "wet", "brief",
    "besluit", "locatie", "locaties", "plek", "plekken", "plaatsen", "opvang", "houders",
    "beleid", "aanpak", "overleg", "woningen", "capaciteit", "middelen", "centrum", "proces",
)  # fmt: skip
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")
_SURFACE = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'-]*")
_COUNT = re.compile(r"\b(\d{1,3}(?:\.\d{3})+|\d+)\s+([a-zà-ÿ][a-zà-ÿ'-]{3,})")


@dataclass(frozen=True)
class Stmt:
    """A statement of the index with its place: meeting, item, position in the item."""

    date: dt.date
    item: str
    position: int
    text: str
    speakers: tuple[str, ...]
    kind: str
    orgs: tuple[str, ...]  # speakers and organisations named in the text
    tokens: tuple[str, ...]  # lower case, accents folded


def statements(chunks: Sequence[Chunk], orgs: OrgTable) -> list[Stmt]:
    """Every statement of the index once (chunks of one item may repeat context), in order."""
    seen: dict[tuple[dt.date, str, int], tuple[Chunk, object]] = {}
    for chunk in chunks:
        for s in chunk.statements:
            seen.setdefault((chunk.meeting_date, chunk.item, s.span.line_start), (chunk, s))
    out: list[Stmt] = []
    position: Counter[tuple[dt.date, str]] = Counter()
    for (date, item, _), (_, s) in sorted(seen.items(), key=lambda kv: kv[0]):
        named = {m.code for m in orgs.mentions(s.text)} | set(s.speakers)  # type: ignore[attr-defined]
        out.append(
            Stmt(
                date,
                item,
                position[(date, item)],
                s.text,  # type: ignore[attr-defined]
                tuple(s.speakers),  # type: ignore[attr-defined]
                s.kind,  # type: ignore[attr-defined]
                tuple(sorted(named)),
                tuple(words(s.text)),  # type: ignore[attr-defined]
            )
        )
        position[(date, item)] += 1
    return out


class Matcher:
    """Does a statement speak of a topic? Generous on purpose (an unanswerable label must hold):
    equal Snowball stems, or one word a part of the other (compounds), for any of the topic's
    keys (its glossary entry's Dutch terms and its synonyms)."""

    def __init__(self, glossary: Glossary, synonyms: Synonyms) -> None:
        self._stem = Stemmer.Stemmer("dutch").stemWord
        self._groups = [list(e.nl) for e in glossary.entries] + [
            list(g.nl) for g in synonyms.groups
        ]

    def keys(self, topic: str) -> list[str]:
        """The topic's words with the Dutch terms of every group it belongs to."""
        base = [w for w in words(topic) if w not in dutch_stopwords()]
        out = list(base)
        for group in self._groups:
            folded = [" ".join(words(t)) for t in group]
            if " ".join(base) in folded:
                out += [w for t in folded for w in t.split() if w not in dutch_stopwords()]
        return sorted(set(out))

    def word_hits(self, key: str, token: str) -> bool:
        """``token`` is ``key``, an inflection of it, or a compound holding it (or vice versa)."""
        if key == token or self._stem(key) == self._stem(token):
            return True
        short, long_ = sorted((key, token), key=len)
        return len(short) >= 5 and short in long_

    def hits(self, stmt: Stmt, keys: Iterable[str]) -> bool:
        """Any key in the statement."""
        return any(self.word_hits(k, t) for k in keys for t in stmt.tokens)


def sentences_with(stmt: Stmt, matcher: Matcher, keys: list[str]) -> list[str]:
    """The sentences of ``stmt`` (verbatim) that hold a key."""
    out = []
    for sentence in _SENTENCE.split(stmt.text):
        probe = Stmt(stmt.date, stmt.item, 0, sentence, (), "", (), tuple(words(sentence)))
        if matcher.hits(probe, keys):
            out.append(sentence.strip())
    return out


def topic_nouns(stmt: Stmt, df: Counter[str], orgs: OrgTable, generic: set[str]) -> list[str]:
    """Candidate topic nouns of a statement, rarest in the corpus first (as written)."""
    stop = dutch_stopwords() | generic
    found: dict[str, None] = {}
    for word in _SURFACE.findall(stmt.text):
        folded = fold_accents(word).lower()
        if word != word.lower() or folded in stop or len(word) < 8 or orgs.resolve(word):
            continue
        if folded.endswith(NOUN_ENDINGS) and 1 <= df[folded] <= 4:
            found.setdefault(word, None)
    return sorted(found, key=lambda w: (df[fold_accents(w).lower()], w))


def nl_date(d: dt.date) -> str:
    """``3 november 2023``."""
    return f"{d.day} {NL_MONTHS.split()[d.month - 1]} {d.year}"


def en_date(d: dt.date) -> str:
    """``3 November 2023``."""
    return f"{d.day} {EN_MONTHS.split()[d.month - 1]} {d.year}"


def en_org(code: str, orgs: OrgTable) -> str:
    """How an English question names an organisation: its first "the ..." alias, or its code."""
    aliases = orgs.organisations[code].query_aliases
    return next((a for a in aliases if a.startswith("the ")), code)


def english_topic(text: str, glossary: Glossary) -> tuple[str, list[str]] | None:
    """The first glossary entry whose Dutch term the text holds: (English term, Dutch terms)."""
    folded = " " + " ".join(words(text)) + " "
    for entry in glossary.entries:
        for nl in entry.nl:
            if f" {' '.join(words(nl))} " in folded and len(nl) >= 6:
                return entry.en[0], list(entry.nl)
    return None


def record(kind: str, question: str, lang: str, gold: Iterable[tuple[dt.date, str]], **extra):  # type: ignore[no-untyped-def]
    """One question in the format of eval/questions.jsonl (split "generated")."""
    golds = sorted({(d.isoformat(), q) for d, q in gold})
    return {
        "question": question,
        "lang": lang,
        "type": kind if golds else "unanswerable",
        "split": "generated",
        "answerable": bool(golds),
        "gold": [{"date": d, "quote": q} for d, q in golds],
        **extra,
    }


class Corpus:
    """The statements of the index with what the generator needs to know about them."""

    def __init__(self, chunks: Sequence[Chunk], data: dict) -> None:  # type: ignore[type-arg]
        self.data = data
        self.generic = set(data["generic"]["nouns"])
        self.orgs = OrgTable.default()
        self.glossary = Glossary.default(minutes=False)  # the core: the set stays as made
        self.matcher = Matcher(self.glossary, Synonyms.default())
        self.stmts = statements(chunks, self.orgs)
        self.df: Counter[str] = Counter(t for s in self.stmts for t in set(s.tokens))
        self.months = {(c.meeting_date.year, c.meeting_date.month) for c in chunks}
        self.text = " ".join(" ".join(words(c.text)) for c in chunks)
        self.speaking = sorted({o for s in self.stmts for o in s.speakers})
        self._near: dict[str, list[Stmt]] = {}

    def form(self, rng: random.Random, kind: str, **fields: str) -> str:
        """A question in one of the wordings of ``kind`` (eval/answerability.toml [forms])."""
        return str(rng.choice(self.data["forms"][kind])).format(**fields)

    def family(self, code: str) -> set[str]:
        """An organisation, those under it and those above it."""
        out = self.orgs.expand(code)
        parent = self.orgs.organisations[code].parent
        while parent:
            out.add(parent)
            parent = self.orgs.organisations[parent].parent
        return out

    def near(self, code: str) -> list[Stmt]:
        """The statements of or naming ``code`` (or its family), with their neighbours in the
        item (a reply stands in the next bullet)."""
        if code not in self._near:
            family = self.family(code)
            places = {(s.date, s.item, s.position) for s in self.stmts if family & set(s.orgs)}
            self._near[code] = [
                s
                for s in self.stmts
                if any((s.date, s.item, s.position + d) in places for d in (-1, 0, 1))
            ]
        return self._near[code]

    def speaks_on(self, code: str, keys: list[str]) -> bool:
        """Does ``code`` speak on (or next to) a statement holding a key?"""
        return any(self.matcher.hits(s, keys) for s in self.near(code))

    def in_corpus(self, key: str) -> bool:
        """Does a word part occur anywhere in the index's text (accents folded)?"""
        return fold_accents(key).lower() in self.text

    def has_number(self, stmt: Stmt) -> bool:
        """A digit or a number word in the statement."""
        return any(t.isdigit() or t in NUMBER_WORDS for t in stmt.tokens)

    def gold(self, keys: list[str], where) -> list[tuple[dt.date, str]]:  # type: ignore[no-untyped-def]
        """The sentences holding a key in the statements that satisfy ``where``."""
        return [
            (s.date, sentence)
            for s in self.stmts
            if where(s)
            for sentence in sentences_with(s, self.matcher, keys)
        ]


def org_questions(c: Corpus, rng: random.Random) -> list[dict]:  # type: ignore[type-arg]
    """Answerable "what did ORG say about TOPIC" (Dutch, and English through the glossary),
    each with an unanswerable twin: the same topic, an organisation that never speaks on it."""
    out = []
    for s in c.stmts:
        if not s.speakers or s.kind not in ("statement", "decision"):
            continue
        code = s.speakers[0]
        topics: list[tuple[str, str, list[str]]] = []
        nouns = topic_nouns(s, c.df, c.orgs, c.generic)
        if nouns:
            topics.append(("nl", nouns[0], c.matcher.keys(nouns[0])))
        english = english_topic(s.text, c.glossary)
        if english:
            keys = sorted({k for t in english[1] for k in c.matcher.keys(t)})
            topics.append(("en", english[0], keys))
        for lang, topic, keys in topics:
            family = c.family(code)
            gold = c.gold(keys, lambda x, f=family: bool(f & set(x.speakers)))
            if not gold:
                continue
            if lang == "nl":
                question = c.form(rng, "org_nl", org=code, topic=topic)
            else:
                question = c.form(rng, "org_en", org=en_org(code, c.orgs), topic=f"the {topic}")
            out.append(record("org", question, lang, gold, change="", topic=topic, org=code))
            others = [o for o in c.speaking if o not in family and not c.speaks_on(o, keys)]
            if others:
                other = rng.choice(others)
                name = other if lang == "nl" else en_org(other, c.orgs)
                twin = question.replace(code if lang == "nl" else en_org(code, c.orgs), name, 1)
                out.append(record("org", twin, lang, [], change="org_swap", topic=topic, org=other,
                                  keys=keys))  # fmt: skip
    return out


def meeting_questions(c: Corpus, rng: random.Random) -> list[dict]:  # type: ignore[type-arg]
    """Answerable "what was said/agreed about TOPIC on DATE", each with an unanswerable twin
    on a date in a month without a meeting."""
    out = []
    for s in c.stmts:
        nouns = topic_nouns(s, c.df, c.orgs, c.generic)
        if not nouns or s.kind not in ("statement", "decision", "action"):
            continue
        topic = nouns[0]
        keys = c.matcher.keys(topic)
        agreed = s.kind in ("decision", "action")
        kinds = ("decision", "action") if agreed else ("statement", "decision", "action")
        gold = c.gold(keys, lambda x, d=s.date, k=kinds: x.date == d and x.kind in k)
        if not gold:
            continue
        kind, forms = ("decision", "agreed") if agreed else ("scoped", "said")
        form = str(rng.choice(c.data["forms"][f"{forms}_nl"]))
        q = form.format(date=nl_date(s.date), topic=topic)
        out.append(record(kind, q, "nl", gold, change="", topic=topic))
        english = english_topic(s.text, c.glossary)
        if english and rng.random() < 0.5:
            keys_en = sorted({k for t in english[1] for k in c.matcher.keys(t)})
            gold_en = c.gold(keys_en, lambda x, d=s.date, k=kinds: x.date == d and x.kind in k)
            q = c.form(rng, f"{forms}_en", topic=f"the {english[0]}", date=en_date(s.date))
            if gold_en:
                out.append(record(kind, q, "en", gold_en, change="", topic=english[0]))
        if rng.random() > 0.45:
            continue
        moved = no_meeting_date(c, s.date, rng)
        q = form.format(date=nl_date(moved), topic=topic)
        out.append(record(kind, q, "nl", [], change="no_meeting", topic=topic,
                          date=moved.isoformat()))  # fmt: skip
    return out


def no_meeting_date(c: Corpus, date: dt.date, rng: random.Random) -> dt.date:
    """The same day 1-14 months away, in a month without a meeting."""
    while True:
        shift = rng.choice([m for m in range(-14, 15) if m])
        month = date.month - 1 + shift
        year, month = date.year + month // 12, month % 12 + 1
        if (year, month) not in c.months:
            return dt.date(year, month, min(date.day, 28))


def count_questions(c: Corpus, rng: random.Random) -> list[dict]:  # type: ignore[type-arg]
    """Answerable "how many NOUN" from a number and the noun after it (English through the
    glossary); unanswerable ones for a meeting that names a countable noun of
    eval/answerability.toml but no statement naming it holds a number."""
    out = []
    for s in c.stmts:
        for number, noun in _COUNT.findall(s.text):
            value = int(number.replace(".", ""))
            if not is_count_noun(noun) or 1900 <= value <= 2100:
                continue
            sentence = next(x for x in _SENTENCE.split(s.text) if f"{number} {noun}" in x)
            q = c.form(rng, "count_nl", topic=noun, date=nl_date(s.date))
            out.append(record("fact", q, "nl", [(s.date, sentence.strip())], change="", topic=noun))
            english = english_topic(noun, c.glossary)
            if english:
                q = c.form(rng, "count_en", topic=english[0], date=en_date(s.date))
                gold = [(s.date, sentence.strip())]
                out.append(record("fact", q, "en", gold, change="", topic=english[0]))
    for noun in c.data["count"]["nouns"]:
        keys = [noun]
        for date in sorted({s.date for s in c.stmts}):
            naming = [s for s in c.stmts if s.date == date and c.matcher.hits(s, keys)]
            if naming and not any(c.has_number(s) for s in naming):
                q = c.form(rng, "count_nl", topic=noun, date=nl_date(date))
                out.append(record("fact", q, "nl", [], change="no_amount", topic=noun,
                                  date=date.isoformat(), keys=keys))  # fmt: skip
    return out


def is_count_noun(word: str) -> bool:
    """A plural noun a number may count (not a participle such as "gezet")."""
    w = word.lower()
    if w in dutch_stopwords() or w in NL_MONTHS.split() or w.endswith(("d", "t")):
        return False
    return w.endswith(("en", "ers", "s"))


def absent_questions(c: Corpus, rng: random.Random) -> list[dict]:  # type: ignore[type-arg]
    """Unanswerable: a policy topic the minutes never mention, and a false premise about an
    organisation (its words never occur in or next to what the organisation says)."""
    out = []
    data = c.data
    topics = [t for t in data["absent_topic"] if not any(c.in_corpus(k) for k in t["keys"])]
    dates = sorted({s.date for s in c.stmts})
    for t in topics:
        for code in rng.sample(c.speaking, 2):
            q = c.form(rng, "org_nl", org=code, topic=t["nl"])
            out.append(record("org", q, "nl", [], change="absent_topic", topic=t["nl"],
                              keys=t["keys"]))  # fmt: skip
            q = c.form(rng, "org_en", org=en_org(code, c.orgs), topic=t["en"])
            out.append(record("org", q, "en", [], change="absent_topic", topic=t["en"],
                              keys=t["keys"]))  # fmt: skip
        date = rng.choice(dates)
        q = c.form(rng, "agreed_nl", date=nl_date(date), topic=t["nl"])
        out.append(record("decision", q, "nl", [], change="absent_topic", topic=t["nl"],
                          keys=t["keys"]))  # fmt: skip
    for p in data["premise"]:
        keys = [w for k in p["keys"] for w in words(k)]
        codes = [o for o in c.speaking if not c.speaks_on(o, keys)]
        for code in rng.sample(codes, min(3, len(codes))):
            lang, form = rng.choice([("nl", p["nl"]), ("en", p["en"])])
            name = code if lang == "nl" else en_org(code, c.orgs)
            out.append(record("why", form.format(org=name), lang, [], change="false_premise",
                              topic=p["nl"], org=code, keys=keys))  # fmt: skip
    return out


def violations(q: dict, c: Corpus) -> list[str]:  # type: ignore[type-arg]
    """Why an "unanswerable" label of a generated question would be false (empty: it holds)."""
    change, keys = q["change"], q.get("keys", [])
    out = []
    if change in ("org_swap", "false_premise") and c.speaks_on(q["org"], keys):
        out.append(f"{q['org']} speaks on {keys} (or next to it)")
    if change == "absent_topic":
        out += [f"{k!r} occurs in the minutes" for k in keys if c.in_corpus(k)]
    if change == "no_meeting":
        date = dt.date.fromisoformat(q["date"])
        if (date.year, date.month) in c.months:
            out.append(f"a meeting was held in {date:%Y-%m}")
    if change == "no_amount":
        date = dt.date.fromisoformat(q["date"])
        naming = [s for s in c.stmts if s.date == date and c.matcher.hits(s, keys)]
        out += [f"{s.date} names {keys} with a number: {s.text[:60]}" for s in naming
                if c.has_number(s)]  # fmt: skip
        if not naming:
            out.append(f"the meeting of {date} does not name {keys}")
    if change not in ("org_swap", "false_premise", "absent_topic", "no_meeting", "no_amount"):
        out.append(f"unknown change {change!r}")
    if not keys and change != "no_meeting":
        out.append("no keys to check")
    return out


def load_data(path: Path = DATA) -> dict:  # type: ignore[type-arg]
    """The word lists of eval/answerability.toml."""
    return tomllib.loads(path.read_text(encoding="utf-8"))


def generate(chunks: Sequence[Chunk], data_file: Path = DATA, seed: int = SEED) -> list[dict]:  # type: ignore[type-arg]
    """Every generated question, numbered g0001..., deterministic for one index and seed."""
    c = Corpus(chunks, load_data(data_file))
    rng = random.Random(seed)
    out: list[dict] = []  # type: ignore[type-arg]
    seen: set[str] = set()
    for part in (
        org_questions(c, rng),
        meeting_questions(c, rng),
        count_questions(c, rng),
        absent_questions(c, rng),
    ):
        for q in part:
            if q["question"] not in seen:
                seen.add(q["question"])
                out.append(q)
    return [{"id": f"g{i:04d}", **q} for i, q in enumerate(out, start=1)]


def write(questions: list[dict], path: Path) -> None:  # type: ignore[type-arg]
    """JSON lines, one question a line."""
    text = "".join(json.dumps(q, ensure_ascii=False) + "\n" for q in questions)
    path.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index", type=Path, default=None, help="index folder (default index/)")
    parser.add_argument("--out", type=Path, default=HERE / "generated.jsonl")
    args = parser.parse_args()
    from lrt_search.config import Settings
    from lrt_search.service import Engine

    settings = Settings().replace(**({"index_dir": args.index} if args.index else {}))
    questions = generate(Engine.load(settings=settings, progress=False).chunks)
    write(questions, args.out)
    counts = Counter((q["answerable"], q["type"], q["change"], q["lang"]) for q in questions)
    for key, n in sorted(counts.items()):
        print(*key, n, file=sys.stderr)
    print(f"wrote {len(questions)} questions to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
