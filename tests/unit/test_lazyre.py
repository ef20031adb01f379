"""Lazy patterns (issue 19): the same results as the compiled pattern, a digit guard only on
patterns that cannot match without a digit (proved on the pattern's parse), and the query
and answer path compiling few patterns at import."""

from __future__ import annotations

import gc
import json
import re
import subprocess
import sys
from pathlib import Path
from re import _constants as C  # noqa: N812
from re import _parser

import pytest

from lrt_search.lazyre import _Lazy, _NeedsDigit, lazy

ROOT = Path(__file__).resolve().parents[2]
#: The modules whose patterns are lazy; imported here so their patterns can be found.
MODULES = (
    "lrt_search.search.query",
    "lrt_search.search.periods",
    "lrt_search.search.phrases",
    "lrt_search.search.syntax",
    "lrt_search.lexicon.dates",
    "lrt_search.lexicon.intents",
    "lrt_search.answer.shape",
    "lrt_search.answer.evidence",
    "lrt_search.ingest.statement_kinds",
)


def _digit(op: object, arg: object) -> bool:
    """Whether one member of a character class matches only decimal digits."""
    if op is C.CATEGORY:
        return arg is C.CATEGORY_DIGIT
    if op is C.RANGE:
        return 0x30 <= arg[0] <= arg[1] <= 0x39  # type: ignore[index]
    return op is C.LITERAL and chr(arg).isdecimal()  # type: ignore[arg-type]


def _needs_digit(items: _parser.SubPattern | list) -> bool:  # type: ignore[type-arg]
    """Whether every match of the parsed ``items`` (one after another) holds a decimal digit:
    one of them is a class of digits only, a digit, something that needs one repeated at
    least once, or a group or an alternation all of whose branches need one. Lookarounds
    match nothing."""
    for op, arg in items:
        if op is C.IN and all(_digit(o, a) for o, a in arg):
            return True
        if op is C.LITERAL and chr(arg).isdecimal():
            return True
        repeat = op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
        if repeat and arg[0] >= 1 and _needs_digit(arg[2]):
            return True
        if op is C.SUBPATTERN and _needs_digit(arg[3]):
            return True
        if op is C.ATOMIC_GROUP and _needs_digit(arg):
            return True
        if op is C.BRANCH and all(_needs_digit(branch) for branch in arg[1]):
            return True
    return False


def _lazy_patterns() -> list[_Lazy]:
    for name in MODULES:
        __import__(name)
    from lrt_search.lexicon.intents import intent_names, pattern

    [pattern(name) for name in intent_names()]
    return [o for o in gc.get_objects() if isinstance(o, _Lazy)]


def test_the_digit_proof_tells_apart() -> None:
    assert _needs_digit(_parser.parse(r"\b(?:19|20)\d{2}\b"))
    assert _needs_digit(_parser.parse(r"a(?:x|[0-9]+)?b\d|c1"))
    assert not _needs_digit(_parser.parse(r"a(?:x|[0-9]+)?b|c\d"))
    assert not _needs_digit(_parser.parse(r"\d*x"))
    assert not _needs_digit(_parser.parse(r"(?=\d)x"))
    assert not _needs_digit(_parser.parse(r"[0-9a]"))


def test_every_digit_guarded_pattern_needs_a_digit() -> None:
    guarded = [p for p in _lazy_patterns() if isinstance(p, _NeedsDigit)]
    assert len(guarded) >= 13
    for p in guarded:
        assert _needs_digit(_parser.parse(p.pattern, p._flags)), p.pattern


def _texts() -> list[str]:
    """Dev questions, lines of the minutes and a few dates, with and without digits."""
    rows = (ROOT / "eval" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    questions = [json.loads(r) for r in rows if r.strip()]
    texts = [q["question"] for q in questions if q["split"] == "dev"]
    for path in sorted((ROOT / "corpus").glob("*.txt"))[:2]:
        texts += path.read_text(encoding="utf-8").splitlines()[:300]
    texts += ["op 8 juli 2022", "sinds april 2023 en 2024", "Q3 2023", "٣ maart ٢٠٢٣", ""]
    return texts


def test_lazy_patterns_give_what_the_compiled_ones_give() -> None:
    texts = _texts()
    assert sum(not re.search(r"\d", t) for t in texts) > 50
    for p in _lazy_patterns():
        real = re.compile(p.pattern, p._flags)
        fresh = lazy(p.pattern, p._flags, needs_digit=isinstance(p, _NeedsDigit))
        for text in texts:
            for candidate in (p, fresh):
                assert [m.span() for m in candidate.finditer(text)] == [
                    m.span() for m in real.finditer(text)
                ]
                assert candidate.findall(text) == real.findall(text)
                for method in ("search", "match", "fullmatch"):
                    got, want = getattr(candidate, method)(text), getattr(real, method)(text)
                    assert (got and got.span()) == (want and want.span()), (method, p.pattern)
                assert candidate.subn("#", text) == real.subn("#", text)
                assert candidate.sub("#", text, 1) == real.sub("#", text, 1)
                assert candidate.split(text) == real.split(text)
        assert p.groups == real.groups and p.flags == real.flags


def test_a_guarded_pattern_is_not_compiled_for_text_without_digits() -> None:
    p = lazy(r"\b(?:19|20)\d{2}\b", re.I, needs_digit=True)
    assert p.search("in het voorjaar") is None and list(p.finditer("geen jaar")) == []
    assert p.sub("x", "geen jaar") == "geen jaar" and p._real is None  # type: ignore[attr-defined]
    assert p.search("in 2023").group(0) == "2023"  # type: ignore[union-attr]
    assert p._real is not None  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("modules", "budget"),
    [
        # search: the engine and the CLI's search modules; ask: the answer pipeline too.
        # Before issue 19's lazy patterns 48 and 115 patterns, after 25 and 49; 2 and 3 since
        # session 26 made every module-level pattern lazy (test_no_pattern_is_compiled_at_import).
        (
            (
                "lrt_search.service",
                "lrt_search.interfaces.searching",
                "lrt_search.search.highlight",
            ),
            5,
        ),
        (("lrt_search.service", "lrt_search.answer.answering", "lrt_search.interfaces.render"), 5),
    ],
)
def test_import_compiles_few_patterns(modules: tuple[str, ...], budget: int) -> None:
    """Patterns compiled by our modules while the query path is imported, counted in a fresh
    process: a new module-level ``re.compile`` of a pattern the path may not use belongs in
    :func:`lrt_search.lazyre.lazy` (or in a function)."""
    script = (
        "import sys, re._compiler as c\n"
        "real, seen = c.compile, []\n"
        "def counting(p, flags=0):\n"
        "    f = sys._getframe(1)\n"
        "    name = lambda f: f.f_globals.get('__name__', '')\n"
        "    while f is not None and name(f).split('.')[0] in ('re', 'functools'):\n"
        "        f = f.f_back\n"
        "    if f is not None and f.f_globals.get('__name__', '').startswith('lrt_search'):\n"
        "        seen.append(f.f_globals['__name__'])\n"
        "    return real(p, flags)\n"
        "c.compile = counting\n"
        f"for m in {list(modules)!r}: __import__(m)\n"
        "print(len(seen), sorted(set(seen)))\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    count = int(proc.stdout.split()[0])
    assert 0 < count <= budget, proc.stdout


def _import_time_compiles(source: str) -> list[int]:
    """The lines of the ``re.compile`` calls of ``source`` that run when it is imported: at
    module level or in a class body, comprehensions included; not in a function or lambda."""
    import ast

    found: list[int] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        in_function = in_function or isinstance(
            node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
        )
        func = getattr(node, "func", None)
        name = (getattr(getattr(func, "value", None), "id", ""), getattr(func, "attr", ""))
        if isinstance(node, ast.Call) and not in_function and name == ("re", "compile"):
            found.append(node.lineno)
        for child in ast.iter_child_nodes(node):
            visit(child, in_function)

    visit(ast.parse(source), False)
    return found


def test_no_pattern_is_compiled_at_import() -> None:
    """Every module-level pattern of the package is :func:`lazy` (lazyre's own digit test
    aside). The import budgets above count only the query path and only against a total: 124
    module-level ``re.compile`` (ingest, interfaces, index, evaluation, and 59 on the ``ask``
    path, under its budget of 60) went unseen until session 26."""
    package = ROOT / "lrt_search"
    found = [
        f"{path.relative_to(ROOT).as_posix()}:{line}"
        for path in sorted(package.rglob("*.py"))
        if path.name != "lazyre.py"
        for line in _import_time_compiles(path.read_text(encoding="utf-8"))
    ]
    assert not found, "re.compile at import; use lrt_search.lazyre.lazy:\n" + "\n".join(found)


def test_the_import_scan_finds_module_and_class_level_compiles() -> None:
    source = (
        "import re\n"
        "A = re.compile('a')\n"
        "B = [(re.compile(p), d) for p, d in []]\n"
        "class C:\n"
        "    D = re.compile('d')\n"
        "def f():\n"
        "    return re.compile('f')\n"
        "G = lambda: re.compile('g')\n"
    )
    assert _import_time_compiles(source) == [2, 3, 5]
