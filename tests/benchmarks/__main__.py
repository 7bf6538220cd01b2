"""`make bench`: every benchmark, each printing its figure, its target and its baseline ratio."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from . import (
    bench_balance,
    bench_core,
    bench_desktop,
    bench_imports,
    bench_load_curve,
    bench_report,
    bench_report_process,
    bench_shell,
)

BENCHMARKS = (
    bench_core,
    bench_shell,
    bench_desktop,
    bench_imports,
    bench_balance,
    bench_report,
    bench_report_process,
    bench_load_curve,
)

if __name__ == "__main__":
    results = [bench.run() for bench in BENCHMARKS]
    print(f"{sum(results)} of {len(results)} benchmark groups within their targets")
    sys.exit(0)
