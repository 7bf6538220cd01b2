"""How benchmarks report: the figure, its target, and its ratio to a baseline measured in the same run."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def timed(fn: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of ``repeat`` calls, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(name: str, value: float, unit: str, target: float, baseline: float | None = None, baseline_name: str = ""):
    """One line per figure; `ok` or `MISSED` against the target (smaller is better)."""
    verdict = "ok" if value <= target else "MISSED"
    line = f"{name}: {value:.4g} {unit} (target ≤ {target:g} {unit}, {verdict})"
    if baseline:
        line += f"; {value / baseline:.1f}× {baseline_name} ({baseline:.4g} {unit})"
    print(line, flush=True)
    return verdict == "ok"
