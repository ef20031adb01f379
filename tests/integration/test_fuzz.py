"""Fuzzing (hypothesis) of what a user controls: queries, search and ask options, settings values.

Whatever is given, the answer is a result or an :class:`~lrt_search.errors.LrtError` (a one-line
message), never another exception; the command line exits 0, 1 or 2 with no traceback.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from lrt_search.config import Settings
from lrt_search.errors import ConfigError, LrtError
from lrt_search.interfaces.cli import main
from lrt_search.settings_checks import validate

FDFA = "\ufdfa"
HOSTILE = [
    FDFA * 40,
    "\u0000",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "\u202e\u0301" * 30,
    "ﷺ opvang ﷻ",
    "Ⅻ ㎒ ﬁ" * 50,
    "\U0001f600" * 100,
    "a" * 501,
]
queries = st.one_of(
    st.text(max_size=520),
    st.sampled_from(HOSTILE),
    st.builds(
        lambda a, n: a * n,
        st.sampled_from(["\ufdfa", "\ufdfb", "\u3300", "ﬃ"]),
        st.integers(1, 300),
    ),
)
dates = st.one_of(
    st.none(),
    st.sampled_from(["2023", "2023-11-03", "2023-13-45", "gisteren", "Q3 2024", ""]),
    st.text(max_size=12),
)
orgs = st.one_of(st.none(), st.sampled_from(["IPO", "cdk", "VNG", "nope", ""]), st.text(max_size=8))
modes = st.sampled_from([None, "hybrid", "bm25", "dense", "x"])
FUZZ = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(
    query=queries,
    k=st.one_of(st.none(), st.integers(-3, 200)),
    mode=modes,
    org=orgs,
    since=dates,
    until=dates,
)
@example(query=FDFA * 30, k=None, mode=None, org=None, since=None, until=None)
def test_search_and_ask_give_results_or_one_line_errors(
    engine, query, k, mode, org, since, until
) -> None:
    try:
        hits = engine.search(query, k=k, mode=mode, org=org, since=since, until=until)
        assert len(hits) <= (k or engine.settings.k)
    except LrtError as exc:
        assert "\n" not in str(exc)
    try:
        answer = engine.ask(query, k=k, org=org, since=since, until=until)
        for citation in answer.citations:  # every quote is verbatim text of its chunk
            assert citation.quote.replace("[...]", "").strip()
    except LrtError as exc:
        assert "\n" not in str(exc)


# Settings that change what the index is (a rebuild of the shared session index) or where
# files are: validated, but not used to search.
_INDEX_KEYS = {
    "chunk_max_words",
    "embedder",
    "corpus_dir",
    "index_dir",
    "organisations_file",
    "glossary_file",
    "ocr_cache_dir",
    "dense_backend",
    "sparse_backend",
}
FIELDS = [f.name for f in dataclasses.fields(Settings)]
values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.lists(st.floats(-10, 10), max_size=5),
)


@FUZZ
@given(key=st.sampled_from(FIELDS), value=values)
def test_any_setting_value_is_valid_or_one_line_naming_the_key(engine, key, value) -> None:
    try:
        changed = engine.settings.replace(**{key: value})
    except ConfigError as exc:
        assert key in str(exc) and "\n" not in str(exc)
        return
    assert validate(changed) == []
    if key in _INDEX_KEYS:
        return
    try:
        variant = engine.with_settings(changed)
        variant.search("opvang statushouders")
        variant.ask("wat zei het IPO over indeplaatsstelling")
    except LrtError as exc:
        assert "\n" not in str(exc)


def _toml_value(value: object) -> str:
    return json.dumps(value) if not isinstance(value, bool) else str(value).lower()


@FUZZ
@given(
    key=st.sampled_from(sorted(set(FIELDS) - _INDEX_KEYS)),
    value=values.filter(
        lambda v: v is not None and v == v and v not in (float("inf"), float("-inf"))
    ),
    query=queries,
)
def test_cli_with_any_config_and_query_exits_cleanly(
    built, tmp_path_factory, capsys, key, value, query
) -> None:
    config = tmp_path_factory.mktemp("cfg") / "fuzz.toml"
    config.write_text(f"{key} = {_toml_value(value)}\n", encoding="utf-8")
    argv = [
        "search",
        query or "x",
        "--config",
        str(config),
        "--corpus",
        str(built.corpus),
        "--index",
        str(built.index),
    ]
    with pytest.raises(SystemExit) as info:
        main(argv)
    code = int(info.value.code or 0)
    err = capsys.readouterr().err
    assert code in (0, 1, 2), err
    assert "Traceback" not in err
    if code:
        assert len(err.strip().splitlines()) >= 1
        assert (
            err.strip().splitlines()[-1].startswith(("lrt-search: error: ", "lrt-search: fout: "))
        ), err
    assert Path(built.index).is_dir()
