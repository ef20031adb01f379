"""Write tests/data/person_forms.toml (issue 16 session 29 task G2, blind29 class 4): every
person of the corpus's attendee lists asked in the forms askers use, read as a name and never as
a topic word.

Rules of the table (also in its header):
- The persons: every named entry of every "Aanwezig" list of corpus/*.txt as the parser reads it
  (``ingest.corpus.load_corpus``, ``Meeting.attendees``; redacted entries skipped), with the
  organisation code of that meeting ("Mw. Spies (VNG)" in 2023, "(Aedes)" on 19 March 2025).
- The forms (seeded choice per person and meeting): the surname as listed ("Van der Maat",
  "Groot Wassink"), with a form of address ("meneer", "mevrouw", "Mr", "Mrs", "Ms"; by the
  list's "Dhr."/"Mw."), with an initial ("J. van der Maat"), as "X van ORG" (the organisation as
  the list writes it), and in apposition after an office or the organisation ("de minister, De
  Jonge, ...", "the VNG's delegate, Spies, ..."); the particles lower case after a title
  or an initial, as Dutch writes them.
- The frames: a topic word is taken from a statement of that person's organisation at that
  meeting (its longest words of 8+ letters that are no name: seeded); the person asked as the
  speaker in an implied-topic frame ("Waarom noemde X in november 2023 de Y?", "Why did X
  raise the Y in November 2023?") and in an "about" frame ("Wat zei X over de Y?"); and as the
  subject named in the topic of another organisation's statement of that meeting ("Wat vond de
  VNG van de Y die X noemde?", "What did the VNG think of the Y X mentioned?").
- Expected (``kind`` speaker / subject): the name read as that person - the code of that
  meeting among the codes of the speaker or of a name of the question - and no word of the
  surname (particles aside) among the topic's words.
- Twins (``kind = "word"``): each surname word that is a Dutch word (wordfreq Zipf 3 or more:
  "maat", "kip", "groot", "slot", "nobel", "spies", ...) used as a word in lower case in a
  question made from a statement ("Wat zei de VNG over de maat van de Y?"): the word stays a
  topic word and names nobody.
Not built from questions of any answer set.

    python eval/make_person_forms.py
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lrt_search.ingest.corpus import load_corpus  # noqa: E402
from lrt_search.ingest.people import surname  # noqa: E402
from lrt_search.lexicon.organisations import OrgTable  # noqa: E402
from lrt_search.lexicon.wordfreq import zipf  # noqa: E402
from lrt_search.lexicon.wordlists import word_set  # noqa: E402
from lrt_search.search.unread import content_words  # noqa: E402

OUT = ROOT / "tests" / "data" / "person_forms.toml"
SEED = 29
PARTICLES = word_set("function_words", "name_particles")
MONTHS_NL = (
    "januari februari maart april mei juni juli augustus september oktober november december"
)
MONTHS_EN = "January February March April May June July August September October November December"
OFFICE_NL = {
    "SJenV": "de staatssecretaris",
    "MBZK": "de minister",
    "MAenM": "de minister",
    "MVRO": "de minister",
    "SZW": "de minister",
    "JenV": "de minister",
}
OFFICE_EN = {
    "SJenV": "the State Secretary",
    "MBZK": "the minister",
    "MAenM": "the minister",
    "MVRO": "the minister",
    "SZW": "the minister",
    "JenV": "the minister",
}
_WORD = re.compile(r"[a-zà-ÿ]{8,}")
_ORGS = OrgTable.default()


def _female(name: str) -> bool:
    return name.lower().startswith(("mw", "mevr"))


def _lower_particles(listed: str) -> str:
    """ "Van der Maat" -> "van der Maat" (after a title or an initial)."""
    out, head = [], True
    for w in listed.split():
        out.append(w.lower() if head and w.lower() in PARTICLES else w)
        head = head and w.lower() in PARTICLES
    return " ".join(out)


def _forms(
    rng: random.Random, name: str, listed: str, org: str, code: str
) -> list[tuple[str, str]]:
    """(Dutch form, English form) pairs of one person."""
    nl_title = "mevrouw" if _female(name) else "meneer"
    en_title = rng.choice(["Mrs", "Ms"]) if _female(name) else "Mr"
    initial = rng.choice("ABCDEFGHJKLMPRSTW") + "."
    low = _lower_particles(listed)
    office_nl = OFFICE_NL.get(code, f"de vertegenwoordiger van {org}")
    office_en = OFFICE_EN.get(code, f"the {org} representative")
    return [
        (listed, listed),
        (f"{nl_title} {low}", f"{en_title} {low}"),
        (f"{initial} {low}", f"{initial} {low}"),
        (f"{listed} van {org}", f"{listed} of {org}"),
        (f"{office_nl}, {listed},", f"{office_en}, {listed},"),
    ]


def _topic_words(statements: list[str], names: set[str], rng: random.Random) -> list[str]:
    found = sorted(
        {w for s in statements for w in _WORD.findall(s) if w not in names and _content(w)}
    )
    rng.shuffle(found)
    return found[:2]


def _content(word: str) -> bool:
    """Whether ``word`` is a topic word of a question: no word of speech, of the question's
    frame or a stopword (``search.unread.content_words``), and no verb form."""
    return bool(content_words(f"de {word}", _ORGS)) and not word.endswith(("en", "t", "de"))


def _statements(meeting: object) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for item in meeting.items:  # type: ignore[attr-defined]
        for s in item.statements:
            for code in s.speakers:
                out.setdefault(code, []).append(s.text)
    return out


def _rows() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    rows: list[dict[str, object]] = []
    meetings = load_corpus(ROOT / "corpus")
    listed_words = {
        w.lower() for m in meetings for a in m.attendees for w in (surname(a.name) or "").split()
    }
    for m in meetings:
        said = _statements(m)
        when_nl = f"in {MONTHS_NL.split()[m.date.month - 1]} {m.date.year}"
        when_en = f"in {MONTHS_EN.split()[m.date.month - 1]} {m.date.year}"
        for a in m.attendees:
            listed = surname(a.name)
            if not listed or not a.org_code or not a.organisation:
                continue
            code, org = a.org_code, a.organisation
            words = [w.lower() for w in listed.split() if w.lower() not in PARTICLES]
            base = {"person": listed, "code": code, "meeting": m.date.isoformat(), "surname": words}
            own = _topic_words(said.get(code, []), listed_words, rng)
            others = [c for c in sorted(said) if c != code and c not in OFFICE_NL]
            other = rng.choice(others) if others else None
            theirs = _topic_words(said.get(other, []), listed_words, rng) if other else []
            for nl, en in _forms(rng, a.name, listed, org, code):
                for y in own:
                    rows.append(
                        {
                            **base,
                            "kind": "speaker",
                            "lang": "nl",
                            "q": f"Waarom noemde {nl} {when_nl} de {y}?",
                        }
                    )
                    rows.append(
                        {
                            **base,
                            "kind": "speaker",
                            "lang": "en",
                            "q": f"Why did {en} raise the {y} {when_en}?",
                        }
                    )
                if own:
                    rows.append(
                        {
                            **base,
                            "kind": "speaker",
                            "lang": "nl",
                            "q": f"Wat zei {nl} {when_nl} over de {own[0]}?",
                        }
                    )
                if other and theirs:
                    y = theirs[0]
                    rows.append(
                        {
                            **base,
                            "kind": "subject",
                            "lang": "nl",
                            "speaker": other,
                            "q": f"Wat vond {other} {when_nl} van de {y} die {nl} noemde?",
                        }
                    )
                    rows.append(
                        {
                            **base,
                            "kind": "subject",
                            "lang": "en",
                            "speaker": other,
                            "q": f"What did {other} think {when_en} of the {y} {en} mentioned?",
                        }
                    )
            for w in words:
                if zipf(w, "nl") >= 3.0 and theirs and other:
                    rows.append(
                        {
                            "kind": "word",
                            "lang": "nl",
                            "word": w,
                            "speaker": other,
                            "meeting": m.date.isoformat(),
                            "q": f"Wat zei {other} {when_nl} over de {w} van de {theirs[0]}?",
                        }
                    )
    seen: set[str] = set()
    return [r for r in rows if not (r["q"] in seen or seen.add(str(r["q"])))]


def _toml(value: object) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def main() -> None:
    """Write the table."""
    rows = _rows()
    doc = (__doc__ or "").split("\n\n    python")[0]
    head = [f"# {line}".rstrip() for line in doc.splitlines()]
    lines = [*head, "", f"# {len(rows)} rows, seed {SEED}.", ""]
    for row in rows:
        lines.append("[[row]]")
        lines.extend(f"{k} = {_toml(v)}" for k, v in row.items())
        lines.append("")
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(rows)} rows -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
