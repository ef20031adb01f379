"""The spoken forms of every abbreviation of the minutes, generated as data (issue 16 task G3).

    python eval/spoken_abbrev_table.py [--failing]

For every abbreviation a spoken run may spell (organisation codes and aliases, the chunk texts'
words in capitals: ``known_abbreviations``), its forms in Dutch and English letter names
(``lexicon/data/letter_names.toml``, each letter's first name), with and without spaces, and
the single letters spaced ("v n g"), are put in two questions (Dutch "wat zei <form> over de
huisvesting", English "what did <form> say about housing"). Each line gives what the question
reader makes of it with rule ``spoken_abbreviations`` off and on: the reading, the speaker, the
names and the topic. ``--failing`` prints only the forms the rule leaves unread. No ``ask``
runs: this is a reading-only check.
"""

from __future__ import annotations

import sys

from lrt_search.config import Settings
from lrt_search.lexicon.wordlists import mapping
from lrt_search.search.abbreviations import read_abbreviations
from lrt_search.search.parsed import read_question
from lrt_search.search.spoken_letters import known_abbreviations, spoken_key
from lrt_search.service import Engine


def spoken_forms(abbreviation: str) -> dict[str, str]:
    """The spoken forms of ``abbreviation``: kind -> form (Dutch and English letter names,
    spaced and joined; single letters spaced)."""
    key = spoken_key(abbreviation)
    out = {"letters": " ".join(key)}
    for lang in ("nl", "en"):
        names = {str(k): [str(f) for f in v] for k, v in mapping("letter_names", lang).items()}
        parts = [names[c][0] if c in names else c for c in key]
        out[f"{lang} spaced"] = " ".join(parts)
        out[f"{lang} joined"] = "".join(parts)
    return out


def main() -> int:
    failing = "--failing" in sys.argv
    engines = {on: Engine.load(settings=Settings(spoken_abbreviations=on)) for on in (False, True)}
    known = known_abbreviations(engines[True])
    unread = 0
    for abbreviation in sorted(set(known.values())):
        for kind, form in spoken_forms(abbreviation).items():
            question = (
                f"what did {form} say about housing"
                if kind.startswith("en")
                else f"wat zei {form} over de huisvesting"
            )
            rows = []
            for on, engine in engines.items():
                text, _ = read_abbreviations(engine, question)
                p = read_question(text, engine.orgs, engine.glossary)
                rows.append(f"{'on' if on else 'off'}: {p.speaker} {p.names} topic={p.topic!r}")
                read = abbreviation in text
            unread += not read
            if not failing or not read:
                print(f"{abbreviation:8} {kind:10} {form!r:28} read={read} | " + " | ".join(rows))
    print(f"unread forms: {unread}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
