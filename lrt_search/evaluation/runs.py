"""Saved runs: what one version of the code ranked and answered, kept in a file so that a code
change (not only a configuration) can be compared on the same questions, and written in TREC
format for trec_eval, ir-measures and ranx.

A saved run (``lrt-search eval --save-run FILE``) is JSON: the commit and settings it was made
with, the question set, per question the ranked chunk ids with scores, the answer (abstained,
confidence, cited quotes), the relevant chunk ids and the metric values. ``--against-run FILE``
compares the per-question metric values of the saved run with those of the current code (the
metrics of each side computed with its own chunks, so a change of chunking is compared fairly).
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .metrics import MEASURES
from .runner import Report

FORMAT = "lrt-search-run/1"


@dataclass(frozen=True)
class SavedRun:
    """A run read back from a file."""

    name: str
    commit: str
    settings: dict[str, Any]
    per_question: dict[str, dict[str, float]]
    ranking: dict[str, list[tuple[str, float]]]
    relevant: dict[str, set[str]]


def current_commit(where: Path | None = None) -> str:
    """The git commit of the source checkout (``+dirty`` when it has uncommitted changes), or
    ``unknown`` outside a git checkout."""
    where = where or Path(__file__).resolve().parents[2]

    def git(*args: str) -> str:
        done = subprocess.run(
            ["git", "-C", str(where), *args], capture_output=True, text=True, timeout=10
        )
        if done.returncode != 0:
            raise OSError(done.stderr.strip())
        return done.stdout.strip()

    try:
        commit = git("rev-parse", "HEAD")
        dirty = git("status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return commit + ("+dirty" if dirty else "")


def save_run(report: Report, path: Path, questions: str, split: str) -> None:
    """Write ``report``'s run to ``path`` (JSON, see the module docstring)."""
    data = {
        "format": FORMAT,
        "commit": current_commit(),
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "questions": questions,
        "split": split,
        "settings": report.settings,
        "measures": list(MEASURES),
        "per_question": report.per_question,
        "ranking": {q: [[d, round(s, 6)] for d, s in docs] for q, docs in report.ranking.items()},
        "relevant": {q: sorted(ids) for q, ids in report.relevant.items()},
        "answers": report.saved_answers,
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write the run ({exc})") from None


def load_run(path: Path) -> SavedRun:
    """Read a run written by :func:`save_run`; a missing or malformed file is a one-line
    :class:`ConfigError` naming it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such run file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: not a saved run ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ConfigError(f"{path}: not a saved run (format is not {FORMAT!r})")
    try:
        per = {q: {m: float(v[m]) for m in MEASURES} for q, v in data["per_question"].items()}
        ranking = {q: [(str(d), float(s)) for d, s in docs] for q, docs in data["ranking"].items()}
        relevant = {q: set(map(str, ids)) for q, ids in data["relevant"].items()}
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(f"{path}: not a saved run (missing or bad field {exc})") from None
    commit = str(data.get("commit", "unknown"))
    return SavedRun(
        name=f"{path.stem}@{commit[:8]}",
        commit=commit,
        settings=dict(data.get("settings") or {}),
        per_question=per,
        ranking=ranking,
        relevant=relevant,
    )


def write_trec(
    directory: Path,
    relevant: dict[str, set[str]],
    runs: dict[str, dict[str, list[tuple[str, float]]]],
) -> list[Path]:
    """Write ``qrels.txt`` (``qid 0 docid 1``) and one ``<name>.run`` per run (``qid Q0 docid
    rank score name``, scores strictly decreasing by rank) into ``directory``; returns the
    paths written. Only questions with relevant chunks are written."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        written = [directory / "qrels.txt"]
        lines = [f"{q} 0 {d} 1" for q in sorted(relevant) for d in sorted(relevant[q])]
        written[0].write_text("\n".join(lines) + "\n", encoding="utf-8")
        for name, ranking in runs.items():
            tag = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name) or "run"
            path = directory / f"{tag}.run"
            rows = []
            for q in sorted(ranking):
                if q not in relevant:
                    continue
                docs = ranking[q]
                for rank, (doc, _) in enumerate(docs, start=1):
                    rows.append(f"{q} Q0 {doc} {rank} {len(docs) - rank + 1} {tag}")
            path.write_text("\n".join(rows) + "\n", encoding="utf-8")
            written.append(path)
    except OSError as exc:
        raise ConfigError(f"{directory}: cannot write the TREC files ({exc})") from None
    return written
