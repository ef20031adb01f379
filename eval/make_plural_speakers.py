"""Generate tests/data/plural_speakers.toml (issue 16 session 29 task A3; blind29 class 3).

Rules of the table (seeded, random.Random(29)):
- Bodies: the group nouns of lexicon/data/speech.toml ``groups`` (Dutch and English plural
  bodies); each one's speaker code is the body of lexicon/data/organisations.toml whose
  ``query_aliases`` hold it (the word data, not a reader). A coordination joins two groups of
  different codes of one language with "en" / "and".
- Verbs: the speech verbs of speech.toml: Dutch participles ``speaker_participles_nl`` in
  "Hebben {X} ... {verb} ...", Dutch past forms of ``speaker_verbs_nl`` (plural forms ending in
  -den/-ten/-en) in "Wat {verb} {X} over ...", English ``speaker_verbs_en`` in "Did {X} {verb}
  ..." and "What did {X} {verb} about ..." (base forms).
- Roles: the body as the verb's subject (expected: its code or codes, sorted) and as its object
  ("gevraagd aan {X}", "asked of {X}", "wat is er aan {X} gevraagd"; expected: none of the
  body's codes is a speaker - "the minister" who asks may be).
- Topics: words of the minutes' item headings (corpus/*.txt lines "N. Title"), lower case,
  without codes and numbers.
- Fillers: the spoken fillers askers use between subject and verb ("nou", "eindelijk",
  "eigenlijk", "gewoon", "echt"; "actually", "basically", "really", "finally") - never a topic
  word: ``content_words`` of the question must hold none of them.
Each row: lang, role, question, speaker (codes; [] none), body (its codes), fillers (the
fillers in the question).
"""

from __future__ import annotations

import random
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "lrt_search" / "lexicon" / "data"
OUT = ROOT / "tests" / "data" / "plural_speakers.toml"
FILLERS_NL = ["nou", "eindelijk", "eigenlijk", "gewoon", "echt", "nou eindelijk"]
FILLERS_EN = ["actually", "basically", "really", "finally", "so basically"]
PER_CLASS = 6


def _load(name: str) -> dict:
    return tomllib.loads((DATA / f"{name}.toml").read_text(encoding="utf-8"))


def _codes() -> dict[str, str]:
    groups = _load("speech")["groups"]
    orgs = _load("organisations")
    out = {}
    for code, body in orgs["org"].items():
        for alias in body.get("query_aliases", []):
            if alias.lower() in groups:
                out[alias.lower()] = code
    return out


def _topics() -> list[str]:
    heads = set()
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            m = re.match(r"^\d+\.\s+([A-Za-z][^()\d]{6,60})$", line.strip())
            if m and not re.search(r"verslag|sluiting|opening", line.lower()):
                heads.add(m.group(1).strip().lower().rstrip(".:"))
    return sorted(heads)


def _article(noun: str, lang: str) -> str:
    return ("de " if lang == "nl" else "the ") + noun


def _bodies(codes: dict[str, str], lang: str, rng: random.Random) -> list[tuple[str, list[str]]]:
    nl = {"gemeenten", "provincies", "woningcorporaties", "corporaties"}
    own = [n for n in codes if (n in nl) == (lang == "nl")]
    single = [(_article(n, lang), [codes[n]]) for n in own]
    pairs = [(a, b) for a in own for b in own if a < b and codes[a] != codes[b]]
    joined = [
        (f"{_article(a, lang)} {'en' if lang == 'nl' else 'and'} {b}", sorted({codes[a], codes[b]}))
        for a, b in rng.sample(pairs, min(len(pairs), 4))
    ]
    return single + joined


def _rows(rng: random.Random) -> list[dict]:
    speech, codes, topics = _load("speech"), _codes(), _topics()
    parts = [v for v in speech["speaker_participles_nl"] if v != "gedacht"]
    past_nl = [v for v in speech["speaker_verbs_nl"] if re.search(r"(den|ten)$", v)]
    base_en = [v for v in speech["speaker_verbs_en"] if " " not in v and not v.endswith("ed")]
    rows = []
    for lang in ("nl", "en"):
        fillers = FILLERS_NL if lang == "nl" else FILLERS_EN
        for body, code in _bodies(codes, lang, rng):
            for _ in range(PER_CLASS):
                topic, filler = rng.choice(topics), rng.choice(fillers)
                rows += _frames(lang, body, code, topic, filler, rng, parts, past_nl, base_en)
    return rows


def _frames(lang, body, code, topic, filler, rng, parts, past_nl, base_en) -> list[dict]:
    if lang == "nl":
        part, past = rng.choice(parts), rng.choice(past_nl)
        subject = [
            f"Hebben {body} {filler} {part} over {topic}?",
            f"Wat {past} {body} {filler} over {topic}?",
        ]
        obj = [
            f"Is er {filler} aan {body} {part} over {topic}?",
            f"Wat is er {filler} aan {body} gevraagd over {topic}?",
        ]
    else:
        verb = rng.choice(base_en)
        subject = [
            f"Did {body} {filler} {verb} anything about {topic}?",
            f"What did {body} {filler} {verb} about {topic}?",
        ]
        obj = [
            f"Was anything {filler} asked of {body} about {topic}?",
            f"What did the minister {filler} ask of {body} about {topic}?",
        ]
    fill = filler.split()
    return [
        *({"lang": lang, "role": "subject", "question": q, "speaker": code, "fillers": fill}
          for q in subject),
        *({"lang": lang, "role": "object", "question": q, "speaker": [], "body": code,
           "fillers": fill}
          for q in obj),
    ]  # fmt: skip


def _toml(rows: list[dict]) -> str:
    head = [f"# {line}" if line else "#" for line in (__doc__ or "").strip().splitlines()]
    out = ["# Generated by eval/make_plural_speakers.py; do not edit.", *head, ""]
    for r in rows:
        out += [
            "[[row]]",
            f'lang = "{r["lang"]}"',
            f'role = "{r["role"]}"',
            f"question = {_q(r['question'])}",
            "speaker = [" + ", ".join(_q(c) for c in r["speaker"]) + "]",
            "body = [" + ", ".join(_q(c) for c in r.get("body", r["speaker"])) + "]",
            "fillers = [" + ", ".join(_q(f) for f in r["fillers"]) + "]",
            "",
        ]
    return "\n".join(out)


def _q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main() -> None:
    rows = _rows(random.Random(29))
    OUT.write_text(_toml(rows), encoding="utf-8")
    print(f"{len(rows)} rows -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
