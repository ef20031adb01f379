"""Generate paraphrase questions from the minutes' statements (eval/paraphrases.jsonl).

Every statement of at least four content words (at most seven, drawn at random) gives a
Dutch and an English question whose gold is the statement itself:

- Dutch: each content word replaced by a word of its synonym group (lexicon/data/synonyms.toml)
  or by a FreeDict round trip through English ("tegenstand" -> "resistance" -> "verzet");
  a word with neither is dropped or kept at random. Kept only when at least half of the
  content words were replaced or dropped.
- English: each content word replaced by the English term of a glossary entry naming it, or
  by its FreeDict translation; organisation codes are kept, other words dropped. Kept only
  with at least two translated words.

The questions are training data for the learned fusion (eval/fit_fusion.py), never a
measure of it on their own: they use the same dictionaries as the features. Seeded, so the
file is the same on every run with the same index:

    python eval/generate_paraphrases.py [--index index] [--out eval/paraphrases.jsonl]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from lrt_search.config import Settings
from lrt_search.evaluation.metrics import Qrels
from lrt_search.evaluation.questions import Gold, Question
from lrt_search.index.analysis import DutchAnalyzer, dutch_stopwords, words
from lrt_search.lexicon.freedict import english_to_dutch
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.synonyms import Synonyms
from lrt_search.search.expansion import translations_of
from lrt_search.service import Engine

HERE = Path(__file__).resolve().parent
SEED = 21
MAX_WORDS = 7


def dutch_alternative(word: str, analyzer: DutchAnalyzer, rng: random.Random) -> str | None:
    """Another Dutch word for ``word``: a synonym, else a FreeDict round trip."""
    own = analyzer.tokenize(word)[:1]
    group = [w for w in Synonyms.default().expand(word) if " " not in w]
    if group:
        return rng.choice(group)
    candidates = [
        nl
        for sense in translations_of(word, 3)
        for nl in english_to_dutch(sense)
        if nl.isalpha() and nl != word and analyzer.tokenize(nl)[:1] != own
    ]
    return rng.choice(candidates[:4]) if candidates else None


def english_of(word: str, glossary_nl: dict[str, str]) -> str | None:
    """An English word or term for a Dutch word: the glossary's, else FreeDict's first."""
    if word in glossary_nl:
        return glossary_nl[word]
    senses = translations_of(word, 1)
    return senses[0] if senses else None


def _glossary_nl(glossary: Glossary) -> dict[str, str]:
    return {nl.lower(): entry.en[0] for entry in glossary.entries for nl in entry.nl}


def questions_of(
    text: str,
    analyzer: DutchAnalyzer,
    glossary_nl: dict[str, str],
    codes: set[str],
    rng: random.Random,
) -> list[tuple[str, str]]:
    """(language, question) pairs made from one statement (see the module docstring)."""
    stop = dutch_stopwords()
    content = [w for w in words(text) if len(w) >= 4 and w.isalpha() and w not in stop]
    if len(content) < 4:
        return []
    # Questions are shorter than statements: at most MAX_WORDS of them, in their order.
    keep = sorted(rng.sample(range(len(content)), min(MAX_WORDS, len(content))))
    content = [content[i] for i in keep]
    out = []
    dutch, changed = [], 0
    for word in content:
        alternative = dutch_alternative(word, analyzer, rng)
        if alternative:
            dutch.append(alternative)
            changed += 1
        elif rng.random() < 0.5:
            changed += 1
        else:
            dutch.append(word)
    if changed * 2 >= len(content) and len(dutch) >= 2:
        out.append(("nl", "Wat werd er gezegd over " + " ".join(dutch) + "?"))
    english, translated = [], 0
    for word in words(text):
        if word.upper() in codes:
            english.append(word.upper())
        elif word in content and (term := english_of(word, glossary_nl)):
            english.append(term)
            translated += 1
    if translated >= 2:
        out.append(("en", "What was said about " + " ".join(english) + "?"))
    return out


def generate(engine: Engine) -> list[Question]:
    """The generated paraphrase questions whose gold statement the index holds."""
    rng = random.Random(SEED)
    glossary_nl = _glossary_nl(Glossary.default(minutes=False))  # the core: the set stays as made
    codes = {c.upper() for c in engine.orgs.codes}
    out: list[Question] = []
    for chunk in engine.chunks:
        for statement in chunk.statements:
            for lang, question in questions_of(
                statement.text, engine.analyzer, glossary_nl, codes, rng
            ):
                gold = (Gold(chunk.meeting_date.isoformat(), statement.text),)
                qid = f"p{len(out) + 1:04d}"
                out.append(Question(qid, question, lang, "paraphrase", "generated", True, gold))
    found = Qrels.from_questions(out, engine.chunks).relevant
    return [q for q in out if q.id in found]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index", type=Path, default=Path("index"))
    parser.add_argument("--out", type=Path, default=HERE / "paraphrases.jsonl")
    args = parser.parse_args()
    engine = Engine.load(settings=Settings().replace(index_dir=args.index))
    questions = generate(engine)
    with args.out.open("w", encoding="utf-8") as f:
        for q in questions:
            record = {
                "id": q.id,
                "question": q.question,
                "lang": q.lang,
                "type": q.type,
                "split": q.split,
                "answerable": True,
                "gold": [{"date": g.date, "quote": g.quote} for g in q.gold],
            }
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    langs = {lang: sum(q.lang == lang for q in questions) for lang in ("nl", "en")}
    print(f"{args.out}: {len(questions)} questions ({langs['nl']} Dutch, {langs['en']} English)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
