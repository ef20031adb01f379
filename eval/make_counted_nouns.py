"""Write tests/data/counted_nouns.toml: the minutes' count statements asked as "how many X" /
"hoeveel X" in the askers' forms, with the statement's own counted noun and with that noun
swapped (issue 16, session 30 task D2; blind30 class 8's counted-noun part), read by
tests/unit/answer/test_counted_nouns.py against the bundled corpus's vocabulary (no index).

    python eval/make_counted_nouns.py

Rows (seeded, ``random.Random(30)``):
- statements: every sentence of the minutes' bullets with an amount (not a year, a date, a list
  marker) whose first following word that is no number word, adjective or verb form (at most two
  words on, as ``answer.shape.counts_other`` reads a count) is a plural noun with an English
  translation in the glossary (lexicon/data/glossary*.toml: an entry with the noun as a Dutch
  item of one word; its first English item of at most two words ending in "s" is the plural,
  its first one not ending in "s" the singular) - "circa 1500 mensen in
  voorportalen", "2.193 asielzoekers", "60 gemeenten", "500 extra plekken"; a noun of people
  in general ("mensen", numbers.toml ``generic_counted``) is counted by any noun of people and
  is left out as an asked noun;
- own-noun questions (expected: the statement answers): the noun as the minutes write it
  ("Hoeveel gemeenten ..."), its singular ("Hoeveel gemeente ..."; a typing or telegraphic
  form), its English gloss in plural and singular, with an addition word before it ("extra",
  "additional": no modifier, rule quantity_modifier skips them), coordinated with a noun the
  minutes lack ("X en leraren", "X and nurses": the statement counts one of the asked), after a
  passive frame ("How many X were registered ...", "Hoeveel X werden ..."), with "according to
  the minutes of <month year>" / "volgens de notulen van <maand jaar>";
- swapped questions (expected: not answered by this statement): the noun swapped for a general
  noun the minutes lack (wordfreq nouns: doctors/artsen, nurses/verpleegkundigen, buses/bussen,
  teachers/leraren, police officers/agenten, vans/busjes; checked absent from the corpus text at
  generation), alone and coordinated with each other ("doctors and nurses"), in the same forms;
  and for a noun the minutes hold but this statement does not name (another statement's
  counted noun whose word the statement lacks).
- unbound numbers (session 30 task D3): every sentence of the minutes whose every amount is
  followed by no word of its own - a stop, a hyphen, a function word (stopwords-iso nl) or the
  sentence's end ("vastgesteld op 13.500.", "van 10.000 is behaald", "1000-3000"); an item
  number after "agendapunt(en)" is no amount - asked with two absent nouns (Dutch and English,
  expected: not answered, the statement names no such thing) and with a glossary noun the
  sentence writes within four words of the number (expected: answered); and, as the one row of
  a count the sentence states without naming it, "status holders" for a sentence of the housing
  target ("taakstelling": the number of status holders municipalities house; expected:
  answered).
Not in the table: "bedden" (the synonym table reads it as "plekken": "Hoeveel bedden" is
answered by "51.000 plekken", paraphrase_probe pp40), "volunteers"/"vrijwilligers" (its stem
"vrijwil" is the minutes' "vrijwillig"), a noun of people in general ("people", "mensen",
"personen": any noun of people counts them).
"""

from __future__ import annotations

import random
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data" / "counted_nouns.toml"

# General nouns the minutes lack (wordfreq nl/en nouns, Zipf >= 3): English, Dutch.
ABSENT = [
    ("doctors", "artsen"),
    ("nurses", "verpleegkundigen"),
    ("buses", "bussen"),
    ("teachers", "leraren"),
    ("police officers", "agenten"),
    ("vans", "busjes"),
]
MONTHS = {
    "01": ("januari", "January"), "02": ("februari", "February"), "03": ("maart", "March"),
    "04": ("april", "April"), "05": ("mei", "May"), "06": ("juni", "June"),
    "07": ("juli", "July"), "08": ("augustus", "August"), "09": ("september", "September"),
    "10": ("oktober", "October"), "11": ("november", "November"), "12": ("december", "December"),
}  # fmt: skip
_NUMBER = re.compile(
    r"(?<![\w.,-])(?!(?:19|20)\d\d\b)\d[\d.,]*\d(?![\w%])|(?<![\w.,-])\d(?![\w%.,:)])"
)


def _glossary_nouns() -> dict[str, tuple[str, str, int]]:
    """Dutch plural noun -> (English plural, English singular, entry number) from the glossary
    (the first plural and singular English item of the noun's entry)."""
    out: dict[str, tuple[str, str, int]] = {}
    paths = sorted((ROOT / "lrt_search" / "lexicon" / "data").glob("glossary*.toml"))
    for file, path in enumerate(paths):
        data = tomllib.loads(path.read_text("utf-8"))
        for number, entry in enumerate(data.get("term", [])):
            en = [e for e in entry.get("en", []) if len(e.split()) <= 2 and "-" not in e]
            plural = [e for e in en if e.endswith("s")]
            single = [e for e in en if not e.endswith("s")]
            for nl in entry.get("nl", []):
                if " " not in nl and plural and single and nl.endswith(("en", "s")):
                    out.setdefault(nl.lower(), (plural[0], single[0], 1000 * file + number))
    return out


def _singular_nl(noun: str) -> str:
    """The Dutch singular of a plural ("gemeenten" -> "gemeente", "plekken" -> "plek")."""
    if noun.endswith("s"):
        return noun[:-1]
    if noun.endswith("eden") or noun.endswith("enten"):
        return noun[:-1]
    base = noun[:-2]
    if len(base) > 2 and base[-1] == base[-2]:
        return base[:-1]
    return base


def _statements(nouns: dict[str, tuple[str, str]]) -> list[dict[str, str]]:
    from lrt_search.answer.shape import NUMBER_WORDS
    from lrt_search.index.analysis import words
    from lrt_search.ingest.corpus import load_corpus
    from lrt_search.lexicon.textnorm import split_sentences
    from lrt_search.lexicon.wordclass import dutch_class

    generic = set(_generic())
    out = []
    for meeting in load_corpus(ROOT / "corpus"):
        for chunk in meeting.chunks:
            for statement in chunk.statements:
                for sentence in split_sentences(statement.text):
                    for m in _NUMBER.finditer(sentence):
                        after = words(sentence[m.end() :])[:3]
                        noun = next(
                            (w for w in after if w not in NUMBER_WORDS and not dutch_class(w)),
                            None,
                        )
                        if noun in nouns or noun in generic:
                            date = meeting.date.isoformat()
                            out.append({"date": date, "statement": sentence, "noun": noun})
                            break
    return out


def _generic() -> list[str]:
    """Nouns of people in general (numbers.toml ``generic_counted``)."""
    from lrt_search.lexicon.wordlists import word_set

    return sorted(w for w in word_set("numbers", "generic_counted") if " " not in w)


def _english(plural: str) -> tuple[str, str, int]:
    """An absent English noun's plural, singular (no glossary entry: -2)."""
    return plural, plural[:-2] if plural.endswith("ses") else plural[:-1], -2


def _period(date: str, english: bool) -> str:
    year, month = date[:4], MONTHS[date[5:7]][1 if english else 0]
    return f"{month} {year}"


def _questions(noun: str, en: tuple[str, str], date: str) -> list[tuple[str, str]]:
    """(form, question) of one counted noun (Dutch ``noun``, English plural/singular ``en``)."""
    nl_month, en_month = _period(date, False), _period(date, True)
    return [
        ("dutch", f"Hoeveel {noun} zijn er volgens de notulen van {nl_month}?"),
        ("dutch_singular", f"hoeveel {_singular_nl(noun)} {nl_month}"),
        ("dutch_addition", f"Hoeveel extra {noun} kwamen er in {nl_month}?"),
        ("dutch_passive", f"Hoeveel {noun} werden er in {nl_month} genoemd?"),
        ("english", f"How many {en[0]} were there according to the minutes of {en_month}?"),
        ("english_singular", f"how many {en[1]} {en_month}"),
        ("english_addition", f"How many additional {en[0]} were there in {en_month}?"),
        ("english_passive", f"How many {en[0]} were registered in {en_month}?"),
    ]


def _coordinated(
    first: tuple[str, str], second: tuple[str, str], date: str
) -> list[tuple[str, str]]:
    """(form, question) of two coordinated counted nouns ((Dutch, English) each)."""
    return [
        (
            "dutch_coordinated",
            f"Hoeveel {first[0]} en {second[0]} waren er in {_period(date, False)}?",
        ),
        (
            "english_coordinated",
            f"How many {first[1]} and {second[1]} were deployed according to the minutes of "
            f"{_period(date, True)}?",
        ),
    ]


_UNBOUND_AFTER = re.compile(r"\s*(?:$|[^\w\s]|(?P<word>\w+))")
_ITEM = re.compile(r"agendapunt\w*\s+$|\d[,\s]+$", re.I)


def _unbound(sentence: str) -> list[re.Match[str]]:
    """The amounts of ``sentence`` when none is followed by a word of its own (a stop, a hyphen,
    a function word or the end); empty otherwise or when an amount is an item number."""
    from lrt_search.index.analysis import dutch_stopwords

    found = list(_NUMBER.finditer(sentence))
    for m in found:
        after = _UNBOUND_AFTER.match(sentence, m.end())
        word = after["word"] if after else None
        if _ITEM.search(sentence[: m.start()]) or (word and word.lower() not in dutch_stopwords()):
            return []
    return found


def _unbound_rows(nouns: dict[str, tuple[str, str, int]], absent: list, rng: random.Random) -> list:
    """Rows of the sentences whose every amount counts no noun (:func:`_unbound`)."""
    from lrt_search.index.analysis import words
    from lrt_search.ingest.corpus import load_corpus
    from lrt_search.lexicon.textnorm import split_sentences

    out: list[dict[str, object]] = []
    for meeting in load_corpus(ROOT / "corpus"):
        date = meeting.date.isoformat()
        for chunk in meeting.chunks:
            for statement in chunk.statements:
                for text in split_sentences(statement.text):
                    if not (found := _unbound(text)):
                        continue
                    seq, at = words(text), len(words(text[: found[0].start()]))
                    named = sorted({w for w in seq[max(0, at - 4) : at + 5] if w in nouns})
                    qs = [(noun, nouns[noun], True) for noun in named]
                    if "taakstelling" in seq:
                        qs.append(("statushouders", nouns["statushouders"], True))
                    qs += [(nl, _english(en), False) for nl, en in rng.sample(absent, 2)]
                    for nl, en, answers in qs:
                        forms = [(f, q) for f, q in _questions(nl, en, date) if "singular" not in f]
                        if answers:  # the glossary's English: the forms the rule reads
                            forms = [(f, q) for f, q in forms if f.startswith("english")]
                        row = {"noun": "", "swapped": nl, "statement": text, "answers": answers}
                        out += [{"form": f"unbound_{f}", "question": q} | row for f, q in forms]
    return out


def rows(seed: int = 30) -> list[dict[str, object]]:
    rng = random.Random(seed)
    nouns = _glossary_nouns()
    people = {"mensen": ("people", "person", -1), "personen": ("persons", "person", -1)}
    nouns |= {g: people[g] for g in _generic() if g in people}
    statements = _statements(nouns)
    corpus = " ".join(p.read_text("utf-8").lower() for p in (ROOT / "corpus").glob("*.txt"))
    absent = [
        (nl, en) for en, nl in ABSENT if nl not in corpus and en.split()[-1][:-1] not in corpus
    ]
    out: list[dict[str, object]] = []
    for s in statements:
        noun, date, text = s["noun"], s["date"], s["statement"]
        en = nouns[noun]
        own = _questions(noun, en, date)
        if en[2] == -1:  # "how many person" is no English
            own = [(f, q) for f, q in own if f != "english_singular"]
        other = rng.choice(absent)
        own += _coordinated((noun, en[0]), other, date)
        for form, q in own:
            out.append({"form": form, "noun": noun, "swapped": "", "question": q,
                        "statement": text, "answers": True})  # fmt: skip
        lack = rng.sample(absent, 2)
        swaps = [(nl, _english(en_), "absent") for nl, en_ in lack]
        held = sorted({t["noun"] for t in statements} - set(re.findall(r"\w+", text.lower())))
        entries = {nouns[n][2] for n in nouns if n[:5] in text.lower()}
        held = [h for h in held if nouns[h][2] not in entries | {en[2], -1}]
        if held and en[2] != -1:  # a noun of people in general may be any held noun of people
            h = rng.choice(held)
            swaps.append((h, nouns[h], "held"))
        for nl, en_, kind in swaps:
            qs = [(f, q) for f, q in _questions(nl, en_, date) if "singular" not in f]
            if kind == "absent":
                pair = next(p for p in absent if p[0] != nl)
                qs += _coordinated((nl, en_[0]), pair, date)
            for form, q in qs:
                out.append({"form": f"{kind}_{form}", "noun": noun, "swapped": nl, "question": q,
                            "statement": text, "answers": False})  # fmt: skip
    return out + _unbound_rows(nouns, absent, rng)


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def main() -> None:
    lines = ["# Written by eval/make_counted_nouns.py (rules in its docstring); do not edit.\n"]
    for row in rows():
        lines.append("[[row]]")
        lines += [f"{k} = {_toml(v)}" for k, v in row.items()]
        lines.append("")
    OUT.write_text("\n".join(lines), "utf-8")


if __name__ == "__main__":
    main()
