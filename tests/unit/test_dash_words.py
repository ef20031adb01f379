"""A word after a single dash typed unquoted (``lrt-search search opvang -COA``): click reads
"-C" as an option; the one-line error says how to type the exclusion (no index is needed)."""

from __future__ import annotations

import pytest

from lrt_search.interfaces.cli import main
from lrt_search.interfaces.cli_language import dash_word_hint


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as info:
        main(argv)
    return int(info.value.code or 0), capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["search", "opvang", "-COA"], "zet de hele zoekvraag tussen aanhalingstekens: "
         "lrt-search search 'opvang -COA'"),
        (["search", "opvang", "-COA", "-k", "3", "--org", "VNG"],
         "lrt-search search 'opvang -COA'"),
        (["search", "-kritiek"], "lrt-search search -- '-kritiek'"),  # click read "-k ritiek"
        (["ask", "what about housing", "-COA"],
         "to leave out a word, quote the whole query: lrt-search ask 'what about housing -COA'"),
    ],
)  # fmt: skip
def test_an_unquoted_exclusion_gets_the_quoted_command(argv, expected: str, capsys) -> None:
    code, err = run(argv, capsys)
    assert code == 2
    [line] = err.strip().splitlines()
    assert line.endswith(expected), line


def test_other_usage_errors_get_no_hint(capsys) -> None:
    code, err = run(["search", "opvang", "--frobnicate"], capsys)
    assert code == 2 and "aanhalingstekens" not in err and "quote" not in err
    assert dash_word_hint(["search", "-k", "x", "opvang"]) == ""  # "-k": the option, no word
    assert dash_word_hint(["decisions", "-COA"]) == ""  # no search syntax there
    assert dash_word_hint(["search", "-k", "3", "--", "-COA"]) == ""  # typed as it should be
