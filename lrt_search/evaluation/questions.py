"""The question set: questions with gold evidence (a meeting date and a verbatim quote)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError

SPLITS = ("dev", "test", "generated", "all")


def default_questions_path() -> Path:
    """``eval/questions.jsonl`` next to the current folder, or in the source checkout."""
    here = Path("eval/questions.jsonl")
    if here.exists():
        return here
    return Path(__file__).resolve().parents[2] / "eval" / "questions.jsonl"


def default_generated_path() -> Path:
    """``eval/generated.jsonl`` (the generated answerability set), found like
    :func:`default_questions_path`."""
    return default_questions_path().with_name("generated.jsonl")


@dataclass(frozen=True)
class Gold:
    """Evidence for an answer: a meeting date and a short verbatim quote."""

    date: str
    quote: str


@dataclass(frozen=True)
class Question:
    """One evaluation question."""

    id: str
    question: str
    lang: str
    type: str
    split: str
    answerable: bool
    gold: tuple[Gold, ...]
    change: str = ""  # generated unanswerable questions: how they were made (eval/generated.jsonl)


def load_questions(path: Path | str, split: str = "all") -> list[Question]:
    """Read a question set (JSON lines); ``split`` keeps dev, test, generated or all questions."""
    path = Path(path)
    if split not in SPLITS:
        raise ConfigError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    questions = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the question set ({exc})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            q = Question(
                id=raw["id"],
                question=raw["question"],
                lang=raw["lang"],
                type=raw["type"],
                split=raw["split"],
                answerable=bool(raw["answerable"]),
                gold=tuple(Gold(g["date"], g["quote"]) for g in raw["gold"]),
                change=str(raw.get("change", "")),
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ConfigError(f"{path}:{number}: not a valid question ({exc})") from None
        if split in ("all", q.split):
            questions.append(q)
    return questions
