"""Write tests/data/trailing_asides.toml: a question from the minutes' statements with an aside of
the asker's after its last question mark ("After the figures leaked in 2023, which newspaper
published them? I'd love to name it in the episode.") (issue 16 session 30 task B, part 3;
blind29 class 8; rules question_asides_read and preamble_context; no reader yet).

    python eval/make_trailing_asides.py

Rules of the table (seeded, no index, no eval question read):

- The questions are eval/make_lead_ins.py ``statements``' speaker and item-heading topic (English
  through the glossary; topics with a capital left out) in the frames "Wat zei {S} over {T}?",
  "Wat vond {S} van {T}?", "What did {S} say about the {T}?", "How did {S} see the {T}?"; a
  seeded sample of ``BODIES`` per language.
- The asides, each a sentence of its own after the question mark, of the askers' kinds: why
  they ask - a purpose noun of lexicon/data/questions.toml ``lead_in_roles`` (wildcards
  stripped, one word, a general word: wordfreq Zipf 2.5 or more) in the frames "Voor de {R}.",
  "Het is voor onze {R}.", "Ik wil het noemen in mijn {R}.", "It's for our {R}.", "I'd love to
  name it in the {R}.", "I want to use it in my {R}.";
  curiosity ("Gewoon benieuwd.", "Ik ben gewoon nieuwsgierig.", "Just curious.", "Just
  wondering."); thanks ("Alvast bedankt!", "Dank je wel.", "Thanks a lot!", "Thank you.");
  where they heard of it ("Ik las er iets over in de krant.", "I heard about it on the
  radio."). Three drawn per question.
- Expected: the question read as ``ask`` reads it before the index (lead-in, asides, claim
  frame, question sentence, ``read_question``: topic content words and speaker, as
  tests/unit/search/test_question_asides.py ``reading``) equals the reading of the question
  without the aside (``bare``). A trailing sentence that carries the question's content ("Het
  gaat om maart 2025.", "I mean the VNG.") is no aside and not in this table.
Read by tests/unit/search/test_trailing_asides.py (no index).
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from make_lead_ins import english_topic, statements  # same folder
from toml_rows import unique_rows, write_rows

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "trailing_asides.toml"
sys.path.insert(0, str(ROOT))

from lrt_search.lexicon.glossary import Glossary  # noqa: E402
from lrt_search.lexicon.wordfreq import zipf  # noqa: E402

HEADER = __doc__.split("Rules of the table (seeded, no index, no eval question read):\n", 1)[1]
SEED = 3031
BODIES = 30
FRAMES = {
    "nl": ["Wat zei {S} over {T}?", "Wat vond {S} van {T}?"],
    "en": ["What did {S} say about the {T}?", "How did {S} see the {T}?"],
}
PURPOSE = {
    "nl": ["Voor de {R}.", "Het is voor onze {R}.", "Ik wil het noemen in mijn {R}."],
    "en": ["It's for our {R}.", "I'd love to name it in the {R}.", "I want to use it in my {R}."],
}
OTHER = {
    "nl": ["Gewoon benieuwd.", "Ik ben gewoon nieuwsgierig.", "Alvast bedankt!", "Dank je wel.",
           "Ik las er iets over in de krant."],
    "en": ["Just curious.", "Just wondering.", "Thanks a lot!", "Thank you.",
           "I heard about it on the radio."],
}  # fmt: skip


def roles(lang: str) -> list[str]:
    """The purpose nouns of questions.toml ``lead_in_roles`` in ``lang`` (the list's "# Dutch"
    and "# English" parts), wildcards stripped, one word each."""
    text = (ROOT / "lrt_search/lexicon/data/questions.toml").read_text("utf-8")
    block = text.split("lead_in_roles = [", 1)[1].split("]", 1)[0]
    dutch, english = block.split("# English", 1)
    part = dutch if lang == "nl" else english
    found = [w.strip('"').rstrip("*") for w in re.findall(r'"[^"]+"', part)]
    return sorted({w for w in found if w.isalpha() and zipf(w, lang) >= 2.5})


def bodies(lang: str, glossary: Glossary) -> list[str]:
    out = []
    for st in statements():
        topic = st["topic"] if lang == "nl" else english_topic(st["topic"], glossary)
        speaker = st["speaker"] if lang == "nl" else f"the {st['speaker'].split()[-1]}"
        if topic and topic.islower():
            out += [f.format(S=speaker, T=topic) for f in FRAMES[lang]]
    return sorted(set(out))


def rows() -> list[dict[str, object]]:
    rng, glossary, out = random.Random(SEED), Glossary.default(), []
    for lang in ("nl", "en"):
        asides = [f.format(R=r) for f in PURPOSE[lang] for r in roles(lang)] + OTHER[lang]
        every = bodies(lang, glossary)
        for bare in rng.sample(every, min(BODIES, len(every))):
            for aside in rng.sample(asides, 3):
                kind = "purpose" if aside not in OTHER[lang] else "other"
                out.append({"q": f"{bare} {aside}", "bare": bare, "aside": aside,
                            "kind": kind, "lang": lang})  # fmt: skip
    return unique_rows(out, ("q",))


def main() -> None:
    head = "".join("# " + line + "\n" for line in HEADER.strip().splitlines())
    write_rows(OUT, head + "\n", rows())


if __name__ == "__main__":
    main()
