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
