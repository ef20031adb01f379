#!/usr/bin/env python
"""Measure the default install: a fresh venv, ``pip install -e .`` (README command 1), then the
size of everything it installed, largest packages first.

    python eval/install_size.py                 # default install
    python eval/install_size.py --extras eval   # with the [eval] extra

Prints MiB of the venv's site-packages (pip, setuptools and wheel excluded: they come with
every venv) plus the package's own files, and each entry over 1 MiB. Needs the package
index (or pip's cache).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_BASELINE = ("pip", "setuptools", "wheel", "_distutils_hack", "distutils-precedence.pth")


def tree_bytes(path: Path) -> int:
    """Bytes of a file or of every file under a folder."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def measure(extras: str) -> dict[str, object]:
    """Install into a fresh venv and measure its site-packages."""
    with tempfile.TemporaryDirectory(prefix="lrt-install-") as tmp:
        venv = Path(tmp) / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        target = f".[{extras}]" if extras else "."
        subprocess.run(
            [str(venv / "bin" / "pip"), "install", "-q", "-e", target],
            cwd=ROOT,
            check=True,
            env={"PIP_DISABLE_PIP_VERSION_CHECK": "1", "PATH": "/usr/bin:/bin"},
        )
        site = next((venv / "lib").glob("python3*/site-packages"))
        sizes = {p.name: tree_bytes(p) for p in site.iterdir() if not p.name.startswith(_BASELINE)}
    # An editable install leaves the package in the checkout: count its files (the shipped
    # data, e.g. lexicon/data/wordfreq.sqlite) as a wheel would hold them.
    package = ROOT / "lrt_search"
    sizes["lrt_search (the package itself)"] = sum(
        p.stat().st_size for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    )
    total = sum(sizes.values())
    largest = sorted(sizes.items(), key=lambda kv: -kv[1])
    return {
        "extras": extras or None,
        "total_mib": round(total / 2**20, 1),
        "largest_mib": {k: round(v / 2**20, 1) for k, v in largest if v >= 2**20},
    }


def main() -> None:
    """Run and print the figures (``--json`` for one JSON object)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--extras", default="", help="e.g. eval")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = measure(args.extras)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(
        f"install of lrt-search{f'[{args.extras}]' if args.extras else ''}: "
        f"{result['total_mib']} MiB in site-packages"
    )
    for name, mib in result["largest_mib"].items():  # type: ignore[union-attr]
        print(f"  {mib:8.1f}  {name}")


if __name__ == "__main__":
    main()
