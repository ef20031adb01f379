"""Rule convex_alpha_dutch: the dense weight of a Dutch query (search/fused.dense_weight)."""

from __future__ import annotations

import pytest

from lrt_search.config import Settings
from lrt_search.errors import ConfigError
from lrt_search.search.fused import dense_weight

DUTCH = "Heeft niemand gewaarschuwd dat het snel inkopen van woningen de prijzen opdrijft?"
ENGLISH = "Did nobody warn that buying temporary homes quickly drives up prices?"


def test_a_dutch_query_gets_the_dutch_weight() -> None:
    settings = Settings(convex_alpha=0.4, convex_alpha_dutch=0.6)
    assert dense_weight(settings, DUTCH) == 0.6
    assert dense_weight(settings, "tijdelijke woningen prijzen") == 0.6


def test_an_english_query_keeps_convex_alpha() -> None:
    settings = Settings(convex_alpha=0.4, convex_alpha_dutch=0.6)
    assert dense_weight(settings, ENGLISH) == 0.4


def test_off_or_no_query_keeps_convex_alpha() -> None:
    assert dense_weight(Settings(convex_alpha=0.4, convex_alpha_dutch=0.0), DUTCH) == 0.4
    assert dense_weight(Settings(convex_alpha=0.3, convex_alpha_dutch=0.6), "") == 0.3


def test_the_weight_is_a_share() -> None:
    with pytest.raises(ConfigError):
        Settings(convex_alpha_dutch=1.5)
