"""The benchmark behind ``python eval/bench.py``: measure (processes, floor), synthetic (large
corpora made from the real one), throughput (embedding rate), report (the table)."""
