"""What the question reader takes for a name, over every readable answer set (issue 16, task G).

    python eval/name_reading.py [--sets a,b,c] [--config FILE.toml] [--list] [--unknown]

Each question is read as ``ask`` reads it (abbreviations, spelling, the question sentence of a
preamble, then :func:`lrt_search.search.parsed.read_question`; no ``ask``). Per name: its kind,
the words that made it a name (``capitals``: a run of capitalised words, ``acronym``,
``speaker``: the words of an organisation asked as the speaker, ``speaker_phrase``: who is asked
about as the speaker, also in lower case, which the name gate looks up too), the parts the
names check requires (rule ``name_parts_apart``) and whether the minutes know each part
(``answer.names.known_form``). A reading suspect of being no name gets a cause:

- ``glued_article``: a required form holding two capitalised words joined by an article the
  name particles hold ("Kamer de Tijdelijke"), the word before the article not itself a name
  particle ("Van de Wiel");
- ``opens_question``: a required form of several words that begins with the question's first
  word ("Wilde de VNG");
- ``lower_phrase``: a lower-case speaker phrase that holds a verb or more than four words ("led
  the ministry to");
- ``unknown``: any other name the minutes do not know (to be judged by hand: a real absent name,
  or an English word a name list does not hold).

Prints one line per suspect reading (``--list``: every reading; ``--unknown``: only readings
with a part the minutes lack) and the counts per cause. The held-out sets and the test split
are never read (``answer_sets.studied``).
"""

from __future__ import annotations

import sys
from collections import Counter

from answer_sets import SETS, sets_parser, studied  # the script's folder is on the path

from lrt_search.answer.compound_names import compound_parts
from lrt_search.answer.name_glue import article_parts
from lrt_search.answer.names import known_form, name_parts
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.lexicon.wordlists import word_set
from lrt_search.search.abbreviations import read_abbreviations
from lrt_search.search.parsed import ParsedQuestion, read_question
from lrt_search.search.preamble import question_sentence
from lrt_search.search.query import SpeakerRules
from lrt_search.search.typed_spelling import read_spelling
from lrt_search.service import Engine

_ARTICLES = word_set("function_words", "articles")
_PARTICLES = word_set("function_words", "name_particles")


def reading_of(engine: Engine, question: str) -> tuple[str, ParsedQuestion]:
    """The question as ``ask`` reads it, and its reading (the period's meetings unasked)."""
    retriever = engine.evidence
    question, _ = read_abbreviations(retriever, question)
    question, _ = read_spelling(retriever, question)
    if engine.settings.preamble_context:
        question, _ = question_sentence(question)
    rules = SpeakerRules.of(engine.settings)
    return question, read_question(question, retriever.orgs, retriever.glossary, rules=rules)


def cue(name: str, kind: str) -> str:
    """The words that made ``name`` a name."""
    if kind == "speaker":
        return "speaker"
    if " " not in name and sum(c.isupper() for c in name) >= 2:
        return "acronym"
    return "capitals"


def glued(name: str) -> bool:
    """Two capitalised words joined by an article, the word before it no name particle."""
    tokens = name.split()
    for i in range(1, len(tokens) - 1):
        if tokens[i].lower() in _ARTICLES and tokens[i - 1].lower() not in _PARTICLES:
            return tokens[i - 1][:1].isupper() and tokens[i + 1][:1].isupper()
    return False


def cause(name: str, parts: list[tuple[str, bool]], question: str, phrase: bool) -> str:
    """Why the reading of ``name`` (``parts``: the forms the names checks require, each with
    whether the minutes know it) may be no name ("" when nothing suggests it)."""
    known = all(k for _, k in parts)
    if phrase:
        few = len(name.split()) <= 4 and not any(w in name.split() for w in ("to", "te", "om"))
        return "" if known or few else "lower_phrase"
    if any(glued(p) for p, _ in parts):
        return "glued_article"
    first = question.lstrip().split()[0] if question.strip() else ""
    if any(" " in p and p.split()[0] == first for p, _ in parts):
        return "opens_question"
    return "" if known else "unknown"


def rows(engine: Engine, set_name: str) -> list[tuple[str, ...]]:
    """One row per name reading of the set's questions: set, id, answerable, name, kind, cue,
    parts with whether each is known, cause, question."""
    path, split = SETS[set_name]
    out: list[tuple[str, ...]] = []
    for q in load_questions(path, split):
        question, parsed = reading_of(engine, q.question)
        read = [(n, k, cue(n, k)) for n, k in parsed.names]
        if parsed.speaker_phrase and not any(
            parsed.speaker_phrase.lower() in n.lower() for n, _ in parsed.names
        ):
            read.append((parsed.speaker_phrase, "phrase", "speaker_phrase"))
        for name, kind, made in read:
            if kind == "speaker":
                parts = [(name, True)]
            elif made == "speaker_phrase":  # the name gate looks it up whole
                parts = [known_form(engine.evidence, name, question)]
            else:
                apart = engine.settings.name_parts_apart
                split_into = name_parts(engine.evidence, name, question) if apart else [name]
                if engine.settings.name_article_apart:  # rule of that name (answer.name_glue)
                    split_into = [
                        p for n in split_into for p in article_parts(engine.evidence, n, question)
                    ]
                if engine.settings.acronym_compound_apart:  # rule of that name (compound_names)
                    split_into = [
                        p for n in split_into for p in compound_parts(engine.evidence, n, question)
                    ]
                parts = [known_form(engine.evidence, p, question) for p in split_into]
            why = cause(name, parts, question, made == "speaker_phrase")
            shown = "; ".join(f"{p or '-'}{'' if k else ' (absent)'}" for p, k in parts)
            answerable = "A" if q.answerable else "U"
            out.append((set_name, q.id, answerable, name, kind, made, shown, why, q.question))
    return out


def main() -> int:
    parser = sets_parser(__doc__)
    parser.add_argument("--list", action="store_true", help="every reading, not only suspects")
    parser.add_argument("--unknown", action="store_true", help="only readings the minutes lack")
    args, names, settings = studied(parser)
    engine = engine_for(settings, progress=False)
    counts: Counter[str] = Counter()
    by_answer: Counter[tuple[str, str]] = Counter()
    total = 0
    for set_name in names:
        for row in rows(engine, set_name):
            total += 1
            why, absent = row[7], "(absent)" in row[6]
            counts[why or "name"] += 1
            if why:
                by_answer[(why, row[2])] += 1
            if args.list or (why and not args.unknown) or (args.unknown and absent):
                print("\t".join(row))
    print(f"\n{total} readings", file=sys.stderr)
    for why, n in counts.most_common():
        split = f"answerable {by_answer[(why, 'A')]}, unanswerable {by_answer[(why, 'U')]}"
        print(f"{why}: {n}" + ("" if why == "name" else f" ({split})"), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
