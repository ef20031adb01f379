"""Why ``ask`` answered a question wrongly: one line per answered miss of each set, with its class.

    python eval/answer_misses.py [--sets dev,generated,...] [--config FILE.toml]
    python eval/answer_misses.py --unanswerable [--dump BASE.json] [--sets ...]

``--unanswerable`` lists only the answered unanswerable questions (those a ``--dump`` of
``eval/answer_sets.py`` records as abstained are not asked again), each with the check that came
closest to refusing it (:func:`_nearest`): ``confident`` when the confidence is within 0.1 of
``Settings.abstain_below``; ``gate topic_known`` with the share of the topic's weight the minutes
lack (refused at ``topic_missing_share``); ``topic_quoted (heading)`` when the quote holds a topic
term only in its heading or the statement before it; ``topic_quoted k/n`` when it holds k of the
topic's n words; else the quote checks that applied and passed, or ``none applied``, and the type
of the question (absent_fact, false_premise, ...).

An answerable question whose quotes miss the gold quote (answered, not abstained):

- ``gold_not_retrieved``: no statement holding the gold quote is in the passages ``ask``
  quotes from (the ``quote_depth`` ones when that rule applies);
- ``gold_failed:<check>``: the gold statement is there but fails that quote check;
- ``gold_outscored``: the gold statement passed every check, another one scored higher
  (``neighbour`` when that one stands right before or after it in the same item).

An unanswerable question that was answered:

- ``speaker_mismatch``: the question asks what someone said and the best quote is by someone
  else (they speak nowhere, or are no member);
- ``topic_from_neighbour``: the best quote holds no topic term itself; it passed on its item
  heading or the statement before it;
- ``topic_in_quote``: the best quote holds a topic term (by stem, compound part or synonym);
- ``no_topic``: the question has no topic the quote checks look for.

"(label doubtful)" follows when the question is a generated ``org_swap`` and the asked
organisation does have a statement holding a key term of the topic (stem or compound part).

The last lines count the classes per set. The test split and the held-out sets ("*holdout")
are never run.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections import Counter
from pathlib import Path

from answer_sets import (  # the script's folder is on the path
    SETS,
    sets_parser,
    studied,
)

from lrt_search.answer.answering import _asked
from lrt_search.answer.asked_form import with_asked_form
from lrt_search.answer.candidates import scored_candidates
from lrt_search.answer.checks import enabled, failing
from lrt_search.answer.evidence import requirements
from lrt_search.answer.frame import Frame
from lrt_search.answer.passages import search_passages
from lrt_search.answer.quote_depth import with_deeper
from lrt_search.answer.understanding import understand as _understand
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.evaluation.questions import Question
from lrt_search.lexicon.textnorm import normalize_for_match
from lrt_search.service import Engine


def _frame(engine: Engine, question: str) -> Frame:
    """The question's frame as ``ask`` builds it before choosing its statements."""
    frame = _understand(engine, question, None, None, None)
    search_passages(frame, None, ())
    asked = _asked(frame)
    if engine.settings.evidence_checks:
        frame.needs = requirements(asked)
    return frame


def _answerable_class(engine: Engine, q: Question, quotes: list[str]) -> str:
    frame = _frame(engine, q.question)
    golds = [normalize_for_match(g.quote) for g in q.gold]
    candidates, probe = scored_candidates(frame)
    # the deeper passages the quotes may come from (rule quote_depth), in the order they are
    # chosen by (rule asked_form)
    candidates = with_asked_form(frame, with_deeper(frame, candidates))
    checks = enabled(engine.settings, "quote")
    for hit in frame.hits:
        statements = hit.chunk.statements
        for i, s in enumerate(statements):
            if not any(g in normalize_for_match(s.text) for g in golds):
                continue
            rank = next((n for n, c in enumerate(candidates) if c.quote == s.text), None)
            if rank is None:
                before = statements[i - 1].text if i else ""
                heading = hit.chunk.text.split("\n- ", 1)[0]
                quote = dataclasses.replace(
                    probe, text=s.text, heading=heading, speakers=s.speakers, before=before
                )
                failed, _ = failing(checks, quote)
                return "gold_failed:" + (",".join(failed) or "depth")
            near = {t.text for t in statements[max(0, i - 1) : i + 2]} - {s.text}
            neighbour = any(normalize_for_match(t) in quotes for t in near)
            return f"gold_outscored{' neighbour' if neighbour else ''} (rank {rank + 1})"
    return "gold_not_retrieved"


def _label_wrong(engine: Engine, raw: dict) -> bool:
    if raw.get("change") != "org_swap" or not raw.get("org"):
        return False
    code = engine.orgs.resolve(raw["org"])
    codes = engine.orgs.expand(code) if code else {raw["org"]}
    tokenize = engine.analyzer.tokenize
    keys = {t for k in raw.get("keys", []) for t in tokenize(k)}
    return any(
        codes & set(s.speakers) and keys & set(tokenize(s.text))
        for chunk in engine.chunks
        for s in chunk.statements
    )


def _unanswerable_class(engine: Engine, raw: dict, best: dict) -> str:
    frame = _frame(engine, raw["question"])
    parsed = frame.parsed
    asked = parsed is not None and parsed.speech and bool(parsed.speaker_phrase)
    terms = frame.needs.topic_terms
    own = set(engine.analyzer.tokenize(best["quote"]))
    if asked and not frame.codes & set(best.get("speakers") or ()):
        why = "speaker_mismatch"
    elif not terms:
        why = "no_topic"
    else:
        why = "topic_in_quote" if terms & own else "topic_from_neighbour"
    return why + (" (label doubtful)" if _label_wrong(engine, raw) else "")


def _statement(frame: Frame, quote: str) -> tuple[str, str, str] | None:
    """The heading of the item of the statement ``quote``, the statement before it and after."""
    for hit in frame.hits:
        statements = hit.chunk.statements
        for i, s in enumerate(statements):
            if s.text == quote:
                before = statements[i - 1].text if i else ""
                after = statements[i + 1].text if i + 1 < len(statements) else ""
                return hit.chunk.text.split("\n- ", 1)[0], before, after
    return None


def _nearest(engine: Engine, question: str, best: dict, confidence: float) -> str:
    """The check that came closest to refusing the answered ``question`` (module docstring)."""
    frame = _frame(engine, question)
    needs, settings = frame.needs, engine.settings
    margin = confidence - settings.abstain_below
    if margin < 0.1:
        return f"confident (margin {margin:.2f})"
    units = needs.topic_units
    share = (
        settings.implied_topic_missing_share
        if needs.topic_implied
        else settings.topic_missing_share
    )
    if needs.topic_terms and needs.topic_missing >= share - 0.15:
        return f"gate topic_known (missing {needs.topic_missing:.2f} < {share})"
    own = set(engine.analyzer.tokenize(best["quote"]))
    found = _statement(frame, best["quote"])
    if needs.topic_terms and not needs.topic_terms & own:
        return "topic_quoted (heading)" if found else "topic_quoted (not own)"
    if len(units) > 1:
        held = sum(bool(u & own) for u in units)
        if held < len(units):
            return f"topic_quoted {held}/{len(units)} words"
    if found is None:
        return "statement not found"
    _, probe = scored_candidates(frame)
    heading, before, after = found
    quote = dataclasses.replace(
        probe,
        text=best["quote"],
        heading=heading,
        speakers=best["speakers"],
        before=before,
        after=after,
        _terms=None,
        _heading_terms=None,
    )
    _, passed = failing(enabled(settings, "quote"), quote)
    passed = [p for p in passed if p != "answer_shape"]
    return "passed " + ",".join(passed) if passed else "none applied"


def _unanswerable(engine: Engine, names: list[str], dump: dict) -> int:
    """The ``--unanswerable`` listing (module docstring)."""
    counts: Counter[str] = Counter()
    for name in names:
        path, split = SETS[name]
        raws = {
            r["id"]: r for r in (json.loads(x) for x in path.read_text().splitlines() if x.strip())
        }
        for q in load_questions(path, split):
            if q.answerable or dump.get(f"{name}:{q.id}", {}).get("abstained"):
                continue
            answer = engine.ask(q.question)
            if answer.abstained:
                continue
            best = answer.citations[0]
            near = _nearest(
                engine,
                q.question,
                {"quote": best.quote, "speakers": best.speakers},
                answer.confidence,
            )
            counts[near.split(" ")[0]] += 1
            kind = raws[q.id].get("type", "")
            print(
                f"{name}\t{q.id}\t{kind}\t{near}\t{answer.confidence_label} "
                f"{answer.confidence:.2f}\t{q.question}"
            )
            print(f"\t\tgot: {best.speaker}: {best.quote[:120]}")
    print("nearest: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    return 0


def main() -> int:
    parser = sets_parser(__doc__)
    parser.add_argument("--unanswerable", action="store_true")
    parser.add_argument("--dump", default=None, help="a dump of eval/answer_sets.py")
    args, names, settings = studied(parser)
    engine = engine_for(settings, progress=False)
    if args.unanswerable:
        dump = json.loads(Path(args.dump).read_text()) if args.dump else {}
        return _unanswerable(engine, names, dump)
    for name in names:
        path, split = SETS[name]
        raws = {
            r["id"]: r for r in (json.loads(x) for x in path.read_text().splitlines() if x.strip())
        }
        counts: Counter[str] = Counter()
        for q in load_questions(path, split):
            answer = engine.ask(q.question)
            if answer.abstained:
                continue
            quotes = [normalize_for_match(c.quote) for c in answer.citations]
            if q.answerable:
                if any(normalize_for_match(g.quote) in t for g in q.gold for t in quotes):
                    continue
                why = _answerable_class(engine, q, quotes)
            else:
                best = answer.citations[0]
                why = _unanswerable_class(
                    engine, raws[q.id], {"quote": best.quote, "speakers": best.speakers}
                )
            counts[why.split(" ")[0].split(":")[0]] += 1
            print(f"{name}\t{q.id}\t{why}\t{answer.confidence_label}\t{q.question}")
            print(f"\t\tgot: {answer.citations[0].speaker}: {answer.citations[0].quote[:120]}")
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
