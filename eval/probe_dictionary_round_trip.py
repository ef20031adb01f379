"""Whether a Dutch round trip through FreeDict (nld-eng, then eng-nld) bridges a citizen's word
to the minutes' words, and at what cost: for each Dutch word, its English translations and
the Dutch translations of those that the index holds. Answerable words of
eval/everyday_words_probe.jsonl ("papieren", "leiding", "baas", "klus") beside words of its
unanswerable twins ("overlast", "belasting", "uitkering"): a bridge that finds the minutes'
words for the twins too lets the topic gate answer them (issue 16 task E; not built).

    python eval/probe_dictionary_round_trip.py [WORD ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

from lrt_search import Settings
from lrt_search.evaluation import engine_for
from lrt_search.lexicon.freedict import dutch_for, dutch_to_english

HERE = Path(__file__).resolve().parent
ANSWERABLE = ("papieren", "leiding", "baas", "klus", "steden", "kapot", "bang", "familie")
UNANSWERABLE = ("tenten", "misdaad", "overlast", "lawaai", "uitkering", "belasting", "leger")


def main() -> None:
    """Print each word's English translations and the minutes' words they lead back to."""
    engine = engine_for(Settings.from_toml(HERE / "configs" / "default.toml"), progress=False)
    known, analyzer = engine.bm25.terms, engine.analyzer
    chosen = sys.argv[1:] or [*ANSWERABLE, *UNANSWERABLE]
    for word in chosen:
        english = dutch_to_english(word)
        back = sorted({d for e in english for d in dutch_for(e)})
        held = [d for d in back if any(t in known for t in analyzer.tokenize_query(d, known))]
        kind = "unanswerable" if word in UNANSWERABLE else "answerable"
        print(f"{word} ({kind}): {', '.join(english[:6]) or '-'} -> {', '.join(held) or '-'}")


if __name__ == "__main__":
    main()
