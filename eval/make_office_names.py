"""Write tests/data/office_names.toml: an office whose head is a general word ("the Prime
Minister", "de minister-president", "de minister van Onderwijs zelf", "burgemeester van Zwolle",
"the King's Commissioner of Drenthe") asked as the speaker or as an attendee, and "did X ever
join one of these meetings" as an attendance question (issue 16, session 30 task F; eval/blind29.md
class 10, blind27 class 9, blind26 classes 4 and 11; rules ``office_names_read`` and
``attendance_joins_read``).

Rules of the table (also in its header):
- Offices: the keys of lexicon/data/roles.toml ``office_codes`` written in the askers' forms
  (article or none, capitalised or not, "himself"/"herself"/"zelf", the English possessive "'s")
  with their code ("MP", "CdK"; a place office "burgemeester van X" / "mayor of X", X one of 12
  Dutch municipalities, code ""); a minister with a portfolio from the ``dutch``/``english``
  ``minister`` subjects of lexicon/data/organisations.toml ("de minister van Onderwijs", "the
  Minister of Education"; code the body's); the King's Commissioner of one of the 12 provinces.
  ``listed``: whether an "Aanwezig" list of the minutes (corpus/*.txt) holds the code (an entry
  "(CODE" resolved by the alias table; MP and a mayor never).
- Frames, seeded draws: speaker frames (4 nl, 4 en: "Wat zei X over T?", "What was X's position on
  T?") and attendance frames (6 nl, 6 en: "Was X ooit bij een van die overleggen?", "Zat X ook
  aan tafel?", "Schoof X ooit aan bij het overleg?", "Did X ever join one of these meetings?",
  "Did X ever come to one of these meetings?"); T a topic of the minutes' item headings.
- Twins: the office as a topic, after a preposition ("Wat zei de VNG over de brief van X?",
  "What did the COA say about X's letter?"): no office asked; bodies of the LRT (VNG, Aedes, COA,
  IPO) in the attendance frames: attendance, no office; the attendance words in another sense
  ("Did X ever come to an agreement on T?", "Kwam X ooit met een voorstel over T?", "Did X join
  the call for T?"): no attendance.
- Expected: ``office`` (an office is read as asked: speaker or attendee), ``code`` (its code;
  "" for none or a place office), ``attendance`` (``ParsedQuestion.attendance``).
Not built from questions of any answer set.
Run: PYTHONPATH=. .venv/bin/python eval/make_office_names.py
"""

from __future__ import annotations

import random
import re
import tomllib
from pathlib import Path

from toml_rows import unique_rows, write_rows  # the script's folder is on the path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "lrt_search" / "lexicon" / "data"
OUT = ROOT / "tests" / "data" / "office_names.toml"
HEADER = __doc__.split("Rules of the table (also in its header):\n", 1)[1].split("Run:")[0]
SEED = 30
PLACES = ["Amsterdam", "Rotterdam", "Utrecht", "Zwolle", "Groningen", "Tilburg", "Almere",
          "Eindhoven", "Nijmegen", "Arnhem", "Assen", "Leeuwarden"]  # fmt: skip
PROVINCES = ["Drenthe", "Groningen", "Friesland", "Overijssel", "Gelderland", "Utrecht", "Zeeland",
             "Limburg", "Flevoland", "Noord-Brabant", "Noord-Holland", "Zuid-Holland"]  # fmt: skip
TOPICS_NL = ["de spreidingswet", "de opvang in Ter Apel", "de taakstelling", "de flexwoningen"]
TOPICS_EN = ["the dispersal act", "reception in Ter Apel", "the housing target", "flex homes"]
SPEAKER = {
    "nl": ["Wat zei {o} over {t}?", "Wat vond {o}{s} van {t}?",
           "Heeft {o}{s} iets gezegd over {t}?", "Wat was de reactie van {o} op {t}?"],
    "en": ["What did {o} say about {t}?", "What was {p} position on {t}?",
           "What did {o}{s} think of {t}?", "Did {o}{s} comment on {t}?"],
}  # fmt: skip
ATTEND = {
    "nl": ["Was {o}{s} ooit bij een van die overleggen?", "Zat {o} ook aan tafel?",
           "Is {o}{s} ooit bij de LRT geweest?", "Kwam {o}{s} wel eens naar die vergaderingen?",
           "Schoof {o} ooit aan bij het overleg?", "Was {o}{s} ook bij het overleg in maart 2025?"],
    "en": ["Did {o}{s} ever join one of these meetings?", "Did {o} ever attend these meetings?",
           "Did {o}{s} ever come to one of these meetings?",
           "Was {o}{s} ever at one of these meetings?",
           "Did {o} ever sit at the table at the LRT?", "Did {o}{s} join the LRT in March 2025?"],
}  # fmt: skip
TOPIC_OF = {
    "nl": ["Wat zei de VNG over de brief van {o}?", "Wat vond het IPO van het voorstel van {o}?"],
    "en": ["What did the COA say about {p} letter?", "What did the VNG say about the plan of {o}?"],
}
OTHER_SENSE = {
    "nl": ["Kwam {b} ooit met een voorstel over {t}?", "Sloot {b} zich aan bij de kritiek op {t}?"],
    "en": ["Did {b} ever come to an agreement on {t}?", "Did {b} join the call for {t}?"],
}
BODIES = {
    "nl": ["de VNG", "Aedes", "het COA", "het IPO"],
    "en": ["the VNG", "Aedes", "the COA", "the IPO"],
}
SELF = {"nl": " zelf", "en": " himself"}


def _toml(name: str) -> dict:
    return tomllib.loads((DATA / name).read_text(encoding="utf-8"))


def _lang(office: str) -> str:
    english = ("prime", "mayor", "king", "commissioner", "minister of", "minister for")
    return "en" if any(w in office for w in english) else "nl"


def offices(rng: random.Random) -> list[tuple[str, str, str]]:
    """(office as written without article, language, code)."""
    out: list[tuple[str, str, str]] = []
    for key, code in _toml("roles.toml")["office_codes"].items():
        lang = _lang(key)
        if code == "" or key.startswith("burgemeester"):
            continue  # place offices below
        if key.startswith(("commissaris", "king", "kings", "commissioner")):
            continue  # with a province below
        out += [(key, lang, code), (_capitalised(key), lang, code)]
    for code, org in _toml("organisations.toml")["org"].items():
        for lang, kind in (("nl", "dutch"), ("en", "english")):
            subjects = org.get(kind, {}).get("minister", [])
            for s in subjects[:2]:
                head = "minister van" if lang == "nl" else "Minister of"
                s = s if lang == "nl" else s.removeprefix("the ").title().replace(" And ", " and ")
                out.append((f"{head} {s}", lang, code))
    for place in rng.sample(PLACES, 6):
        out += [(f"burgemeester van {place}", "nl", ""), (f"mayor of {place}", "en", "")]
    for prov in rng.sample(PROVINCES, 6):
        out += [(f"commissaris van de Koning van {prov}", "nl", "CdK"),
                (f"King's Commissioner of {prov}", "en", "CdK")]  # fmt: skip
    return out


def _capitalised(key: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in key.title().split("-"))


def listed_codes() -> set[str]:
    """The codes of the entries "(CODE" of the minutes' "Aanwezig" lists, resolved."""
    from lrt_search.lexicon.organisations import OrgTable

    orgs, out = OrgTable.default(), set()
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        present = re.split(r"\bAfwezig\b", text.split("Aanwezig", 1)[-1])[0][:1500]
        for entry in re.findall(r"\(([^()]*)\)", present):
            code = orgs.resolve(entry.split(",")[0].strip())
            if code:
                out.add(code)
    return out


def _article(office: str, lang: str, rng: random.Random) -> str:
    if office.lower().startswith("premier") and lang == "nl":
        return "de "
    return rng.choice(["the "] if lang == "en" else ["de "])


def rows() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    listed = listed_codes()
    out: list[dict[str, object]] = []
    for office, lang, code in offices(rng):
        o = _article(office, lang, rng) + office
        p = o + "'s"
        s = SELF[lang] if rng.random() < 0.5 else ""
        topic = rng.choice(TOPICS_NL if lang == "nl" else TOPICS_EN)
        base = {"office_written": office, "lang": lang, "code": code, "listed": code in listed}
        for kind, frames, attendance in (("speaker", SPEAKER, False), ("attendance", ATTEND, True)):
            for frame in rng.sample(frames[lang], 2):
                q = frame.format(o=o, p=p, s=s, t=topic)
                out.append({"q": q, "kind": kind, **base, "office": True, "attendance": attendance})
        q = rng.choice(TOPIC_OF[lang]).format(o=o, p=p)
        out.append({"q": q, "kind": "topic_of", **base, "office": False, "code": "",
                    "attendance": False})  # fmt: skip
    for lang in ("nl", "en"):
        for body in BODIES[lang]:
            for frame in ATTEND[lang]:
                q = frame.format(o=body, p=body + "'s", s="", t="")
                out.append(_twin(q, "body_attendance", lang, True))
            for frame in OTHER_SENSE[lang]:
                q = frame.format(b=body, t=rng.choice(TOPICS_NL if lang == "nl" else TOPICS_EN))
                out.append(_twin(q, "other_sense", lang, False))
    return unique_rows(out, ["q"])


def _twin(q: str, kind: str, lang: str, attendance: bool) -> dict[str, object]:
    return {"q": q, "kind": kind, "office_written": "", "lang": lang, "code": "",
            "listed": False, "office": False, "attendance": attendance}  # fmt: skip


def main() -> None:
    write_rows(
        OUT, "".join("# " + line + "\n" for line in HEADER.strip().splitlines()) + "\n", rows()
    )


if __name__ == "__main__":
    main()
