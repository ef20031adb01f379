"""Project hygiene: the README's commands are what CI runs, lint and types are clean."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```bash\n(.*?)```", text, re.S)
    assert block, "README must open with a bash block of commands"
    return [line for line in block.group(1).splitlines() if line and not line.startswith("#")]


def test_readme_opens_with_the_two_commands_ci_runs() -> None:
    commands = _readme_commands()
    assert len(commands) == 2
    assert "lrt-search" in commands[0] and "pytest" in commands[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for command in commands:
        assert command in ci.splitlines(), command


def test_torch_is_never_unpinned() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for match in re.finditer(r'"torch([^"]*)"', pyproject):
        assert match.group(1) == "==2.13.0", match.group(0)
    for command in _readme_commands():
        if "torch" in command:
            assert "torch==2.13.0" in command


def test_ruff_is_clean() -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert ruff, "ruff is a test dependency"
    result = subprocess.run([ruff, "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]
    layout = subprocess.run(
        [ruff, "format", "--check", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert layout.returncode == 0, layout.stdout[-3000:]


def test_mypy_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "lrt_search", "--ignore-missing-imports"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:]


PACKAGE = ROOT / "lrt_search"
#: Only the interfaces render; progress.py shows a bar, importing rich only when it does.
RENDERING = ("interfaces", "progress.py")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Package modules and third-party top-level names imported anywhere in ``path`` (lazy
    imports too), except under ``if TYPE_CHECKING:``."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip |= {id(n) for n in ast.walk(node)}
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
                if node.module is None:
                    found |= {f"{target}.{alias.name}" for alias in node.names}
                found.add(target)
            elif node.module:
                found.add(node.module)
    return found


def _package_modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def test_no_import_cycle() -> None:
    import graphlib

    modules = _package_modules()
    graph = {
        name: {m for m in _imports(path) if m in modules and m != name}
        for name, path in modules.items()
    }
    # A package's __init__ may re-export its own modules; those edges point down, not back.
    for name in graph:
        graph[name] = {m for m in graph[name] if not name.startswith(m + ".")}
    graphlib.TopologicalSorter(graph).prepare()  # raises CycleError naming the cycle


def test_test_file_names_unique() -> None:
    """No two test files share a basename: the test folders are no packages, so pytest stops
    the whole run on the second one ("import file mismatch")."""
    seen: dict[str, Path] = {}
    twice = []
    for path in sorted((ROOT / "tests").rglob("test_*.py")):
        if path.name in seen:
            twice.append(f"{seen[path.name].relative_to(ROOT)} and {path.relative_to(ROOT)}")
        seen.setdefault(path.name, path)
    assert not twice, twice


def test_no_module_over_400_lines() -> None:
    long = {
        str(p.relative_to(ROOT)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert not long, long


def test_core_modules_do_not_import_rich_or_typer() -> None:
    offenders = {}
    for name, path in _package_modules().items():
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith(RENDERING):
            continue
        ui = {m for m in _imports(path) if m.split(".")[0] in ("rich", "typer", "click")}
        if ui:
            offenders[name] = sorted(ui)
    assert not offenders, offenders


def _whole_lines(node: object) -> int:
    """The lines of a function with the functions and classes defined inside it: a closure
    that routes share is part of its parent's length."""
    import ast

    assert isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    return node.end_lineno - node.lineno + 1  # type: ignore[operator]


def test_no_function_over_80_lines_and_answer_question_is_a_short_pipeline() -> None:
    """Every function of the package, nested functions counted in, is at most 80 lines."""
    import ast

    long = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                if (n := _whole_lines(node)) > 80:
                    long[f"{path.relative_to(ROOT)}:{node.name}"] = n
                if node.name == "answer_question":
                    assert _whole_lines(node) <= 50, _whole_lines(node)
    assert not long, long


def test_nested_functions_count_toward_their_parent() -> None:
    """A function of 60 lines holding a closure of 30 is 90 lines long for the cap."""
    import ast

    body = "\n".join(f"    x{i} = {i}" for i in range(30))
    inner = "    def inner() -> None:\n" + body.replace("    x", "        x")
    source = f"def outer() -> None:\n{inner}\n{body}\n"
    outer = ast.parse(source).body[0]
    assert _whole_lines(outer) == 62  # measured without its closure it was 31


def test_no_private_name_is_imported_across_modules_of_answer() -> None:
    import ast

    offenders = []
    for path in (PACKAGE / "answer").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level >= 1:
                offenders += [
                    f"{path.name}: {a.name}" for a in node.names if a.name.startswith("_")
                ]
    assert not offenders, offenders


#: Kinds of word list, each by words that only a list of that kind holds; a module of the
#: package that spells out two of them defines its own list of that kind.
_LIST_KINDS = {
    "question intents (lexicon/data/intents.toml)": [
        ("develop", "tijdlijn"),
        ("attend", "aanwezig"),
        ("voorzit", "presid"),
        ("hoeveel", "how many"),
        ("procent", "percentage"),
    ],
    # Function words all, so the overlap test below (which leaves stopwords out) misses them.
    "topic openers (lexicon/data/topics.toml)": [
        ("regarding",),
        ("concerning",),
        ("omtrent",),
        ("aangaande",),
        ("inzake",),
        ("met betrekking tot",),
        ("ten aanzien van",),
    ],
    # Question words are stopwords too: a module with Dutch and English ones side by side.
    "question words after a topic opener (lexicon/data/questions.toml)": [
        ("hoeveel", "which"),
        ("welke", "what"),
        ("wie", "who"),
    ],
}


def _string_constants(path: Path) -> str:
    """The string constants of a module, docstrings left out."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            docs.add(id(body[0].value))
    return "\n".join(
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
    )


def test_no_word_list_is_defined_in_two_modules() -> None:
    """Each kind of word list is data in lexicon/data/ (or one module); a module that spells
    out the telling words of a kind again defines a second list."""
    for kind, markers in _LIST_KINDS.items():
        for path in PACKAGE.rglob("*.py"):
            text = _string_constants(path).lower()
            spelled = [m for m in markers if all(f"{w}" in text for w in m)]
            assert len(spelled) < 2, f"{path.relative_to(ROOT)} spells out {kind}: {spelled}"


#: Where the word lists of the package live; the modules of these folders use them.
_WORD_LIST_HOME = "lexicon"
_SCANNED = ("answer", "search", "ingest")


def _word_lists(path: Path) -> list[tuple[int, frozenset[str]]]:
    """The module-level word lists of ``path`` (line, lower-case words): set, tuple, list and
    frozenset literals (and the keys of dict literals) of three or more words,
    ``"a b c".split()``, and the words of regular expression alternations with three or more
    plain-word branches ("zei|vond|stelde")."""
    import ast

    word = re.compile(r"^[^\W\d_][\w' .&-]*$")
    found: list[tuple[int, frozenset[str]]] = []
    for statement in ast.parse(path.read_text(encoding="utf-8")).body:
        if not isinstance(statement, ast.Assign | ast.AnnAssign) or statement.value is None:
            continue
        for node in ast.walk(statement.value):
            values: list[str] = []
            if isinstance(node, ast.Set | ast.Tuple | ast.List | ast.Dict):
                elements = node.keys if isinstance(node, ast.Dict) else node.elts
                values = [e.value for e in elements if isinstance(e, ast.Constant)]
                if not all(isinstance(v, str) and word.match(v) for v in values):
                    values = []
            elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "split":
                text = next(
                    (a for a in [getattr(node.func, "value", None), *node.args]
                     if isinstance(a, ast.Constant) and isinstance(a.value, str)),
                    None,
                )  # fmt: skip
                values = text.value.split() if text is not None else []
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                branches = [re.findall(r"[^\W\d_]{2,}", re.sub(r"\\[a-zA-Z]", "", b))
                            for b in node.value.split("|")]  # fmt: skip
                values = [b[0] for b in branches if len(b) == 1]
            if len(values) >= 3:
                found.append((node.lineno, frozenset(v.lower() for v in values)))
    return found


def test_no_two_modules_define_the_same_kind_of_word_list() -> None:
    """A module of answer/, search/ or ingest/ whose word list shares three content words
    (stopwords left out) with a list of another module defines a kind of list twice: it
    belongs in one TOML file of lexicon/data/, read by lrt_search.lexicon."""
    import itertools

    from lrt_search.index.analysis import dutch_stopwords, english_stopwords

    stop = dutch_stopwords() | english_stopwords()
    lists = {
        path.relative_to(ROOT).as_posix(): _word_lists(path)
        for folder in _SCANNED
        for path in sorted((PACKAGE / folder).rglob("*.py"))
    }
    twice = []
    for (a, lists_a), (b, lists_b) in itertools.combinations(lists.items(), 2):
        for (line_a, words_a), (line_b, words_b) in itertools.product(lists_a, lists_b):
            shared = {w for w in words_a & words_b if w not in stop and len(w) > 2}
            if len(shared) >= 3:
                twice.append(f"{a}:{line_a} and {b}:{line_b} share {sorted(shared)}")
    assert not twice, "\n".join(twice)


def _data_lists() -> dict[str, frozenset[str]]:
    """The word lists of lexicon/data/*.toml (file:name -> lower-case words; a regular
    expression gives the words of its branches)."""
    import tomllib

    out = {}
    for path in sorted((PACKAGE / "lexicon" / "data").glob("*.toml")):
        for name, value in tomllib.loads(path.read_text(encoding="utf-8")).items():
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                out[f"{path.name}:{name}"] = frozenset(v.lower().rstrip("*") for v in value)
            elif isinstance(value, str):
                plain = re.sub(r"\\[a-zA-Z]", "", value)
                out[f"{path.name}:{name}"] = frozenset(re.findall(r"[^\W\d_]{2,}", plain.lower()))
    return out


def test_no_module_spells_out_a_word_list_of_lexicon_data() -> None:
    """A module list of answer/, search/ or ingest/ whose content words are, at least three
    and half of them, words of a list in lexicon/data/ repeats that list."""
    from lrt_search.index.analysis import dutch_stopwords, english_stopwords

    stop = dutch_stopwords() | english_stopwords()

    def content(words: frozenset[str]) -> set[str]:
        return {w for w in words if w not in stop and len(w) > 2}

    data = {name: content(words) for name, words in _data_lists().items()}
    repeated = []
    for folder in _SCANNED:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            for line, words in _word_lists(path):
                own = content(words)
                for name, listed in data.items():
                    shared = own & listed
                    if len(shared) >= 3 and 2 * len(shared) >= len(own):
                        rel = path.relative_to(ROOT).as_posix()
                        repeated.append(f"{rel}:{line} repeats {name}: {sorted(shared)}")
    assert not repeated, "\n".join(repeated)


def test_the_word_list_scan_finds_a_list_defined_twice(tmp_path: Path) -> None:
    """The scan above sees both forms a list takes: a set literal and a regex alternation."""
    one, two = tmp_path / "one.py", tmp_path / "two.py"
    one.write_text('WORDS = frozenset(["gezegd", "gemeld", "opgemerkt", "de"])\n')
    two.write_text('import re\nVERBS = re.compile(r"\\b(?:gezegd|gemeld|opgemerkt)\\b")\n')
    (_, a), (_, b) = _word_lists(one)[0], _word_lists(two)[0]
    assert {"gezegd", "gemeld", "opgemerkt"} <= a & b


def _phrases(value: object) -> frozenset[str]:
    """The phrases of a word list of lexicon/data/ (a list's entries, lower case, a trailing
    "*" left out) or of a regular expression (its branches that are plain words: "hoe vaak")."""
    if isinstance(value, list):
        return frozenset(v.lower().rstrip("*").strip() for v in value if isinstance(v, str))
    if not isinstance(value, str):
        return frozenset()
    plain = re.sub(r"\\s[+*]?", " ", value.replace("\\\n", ""))
    plain = re.sub(r"\\b|\?:|\?<?[=!]|\^|\$", "", plain)
    branches = (b.strip().lower() for b in re.split(r"[|()]", plain))
    return frozenset(b for b in branches if re.fullmatch(r"[^\W\d_][\w' .&-]*", b))


def _data_phrase_lists() -> dict[str, frozenset[str]]:
    """file:name -> the phrases of every list and regular expression of lexicon/data/*.toml."""
    import tomllib

    out = {}
    for path in sorted((PACKAGE / "lexicon" / "data").glob("*.toml")):
        for name, value in tomllib.loads(path.read_text(encoding="utf-8")).items():
            out[f"{path.name}:{name}"] = _phrases(value)
    return out


#: Phrase lists of two files that share phrases on purpose, and why.
_SHARED_PHRASES = {
    ("intents.toml:speech_phrase", "topics.toml:mention_closers"): "four closers, each in the "
    "position where it frames a question ('op tafel' only at a clause's end): a pattern, not a "
    "second list",
}


def _lists_repeated(lists: dict[str, frozenset[str]]) -> list[str]:
    """The lists whose phrases of two or more words (three at least, and half of them) stand in
    a list or pattern of another data file: a kind of list written twice."""
    import itertools

    repeated = []
    for (a, words_a), (b, words_b) in itertools.permutations(lists.items(), 2):
        if a.split(":")[0] == b.split(":")[0] or (a, b) in _SHARED_PHRASES:
            continue
        phrases = {w for w in words_a if " " in w}
        shared = phrases & words_b
        if len(shared) >= 3 and 2 * len(shared) >= len(phrases):
            repeated.append(f"{a} is repeated in {b}: {sorted(shared)}")
    return repeated


def test_no_data_file_writes_out_a_list_of_another() -> None:
    """A list of phrases of one file of lexicon/data/ is not written out again in another file
    (the how-often words were once both frequencies.toml `questions` and a branch of intents.toml
    `frequency`, and differed): the pattern reads the list (`{list:<file>.<name>}`)."""
    repeated = _lists_repeated(_data_phrase_lists())
    assert not repeated, "\n".join(repeated)


def test_the_data_list_scan_finds_a_list_written_out_again() -> None:
    """The scan above sees a list written out as a pattern's branches."""
    lists = {
        "frequencies.toml:questions": _phrases(["hoe vaak", "hoe dikwijls", "how often*"]),
        "intents.toml:frequency": _phrases(
            "\\b(?:hoe vaak|hoe dikwijls|how\\s+often)\\b\\\n(?=.*?besproken)"
        ),
    }
    assert (
        "frequencies.toml:questions is repeated in intents.toml:frequency: "
        "['hoe dikwijls', 'hoe vaak', 'how often']"
    ) in _lists_repeated(lists)
