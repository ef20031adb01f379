"""Row sets without numpy.ma: the same as numpy's set functions."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from lrt_search.index.rowsets import intersect, sorted_unique, union


@pytest.mark.parametrize("seed", range(20))
def test_row_sets_equal_numpys_set_functions(seed: int) -> None:
    rng = np.random.default_rng(seed)
    a = rng.integers(0, 50, size=rng.integers(0, 40)).astype("<i4")
    b = rng.integers(0, 50, size=rng.integers(0, 40)).astype(np.int64)
    assert sorted_unique(a).tolist() == np.unique(a).tolist()
    assert intersect(a, b).tolist() == np.intersect1d(a, b).tolist()
    assert union(a, b).tolist() == np.union1d(a, b).tolist()


def test_row_sets_do_not_import_numpy_ma() -> None:
    code = (
        "import sys, numpy as np\n"
        "from lrt_search.index.rowsets import intersect, sorted_unique, union\n"
        "a = np.array([3, 1, 3]); b = np.array([1, 4])\n"
        "sorted_unique(a); intersect(a, b); union(a, b)\n"
        "print('numpy.ma' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
