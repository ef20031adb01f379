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
