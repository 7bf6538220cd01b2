"""What a frozen build weighs and how fast it starts, against the issue's budgets.

    python installers/measure.py BUNDLE_DIR [PACKAGE_FILE] [--start-runs N]

Prints the installed bundle's size with its ten largest parts, the package's size, and the time from launch
to the window (the smoke test's "window shown after" figure) of the frozen build and of the venv, measured
in turns in the same run (this machine is noisy). Exits 1 when a size is over its budget; start-up is a
figure to read, not a pass or fail (two noisy medians).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

# #16 asked 250 MB; #17's PV simulation asks for pvlib, which imports SciPy (70 MB with its own OpenBLAS),
# pandas (19 MB) and h5py (14 MB) whatever part of it is used: 203 MB became 321 MB (2026-12-02, the parts
# pvlib needs only). The budget is the measured floor with pvlib and a margin, not 250.
BUNDLE_BUDGET_MB = 330.0
PACKAGE_BUDGET_MB = 100.0
START_RATIO_TARGET = 1.2
MB = 1_000_000
SHOWN = re.compile(r"window shown after ([0-9.]+) s")


def part_of(relative: Path) -> str:
    """The part a file counts in: a package's folder, or for Qt each library and plug-in folder apart."""
    parts = relative.parts
    if parts[0] == "_internal":
        parts = parts[1:]
    if len(parts) >= 4 and parts[:3] == ("PySide6", "Qt", "lib"):
        return "/".join(parts[:4])
    if len(parts) >= 4 and parts[:3] == ("PySide6", "Qt", "plugins"):
        return "/".join(parts[:4])
    if len(parts) >= 3 and parts[:2] == ("PySide6", "Qt"):
        return "/".join(parts[:3])
    if len(parts) >= 2 and parts[0] == "PySide6":
        return "/".join(parts[:2])
    return parts[0]


def sizes(bundle: Path) -> tuple[int, list[tuple[str, int]]]:
    by_part: dict[str, int] = defaultdict(int)
    total = 0
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            size = path.stat().st_size
            total += size
            by_part[part_of(path.relative_to(bundle))] += size
    return total, sorted(by_part.items(), key=lambda item: -item[1])


def shown_after(command: list[str]) -> float | None:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as home:
        env["WORKBENCH_SETTINGS"] = str(Path(home) / "settings.ini")
        done = subprocess.run([*command, "--smoke-test"], capture_output=True, text=True, env=env, timeout=300)
    match = SHOWN.search(done.stdout)
    if done.returncode != 0 or match is None:
        print(f"  {' '.join(command)} --smoke-test failed ({done.returncode}):\n{done.stderr[-2000:]}", file=sys.stderr)
        return None
    return float(match.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("bundle", type=Path)
    parser.add_argument("package", type=Path, nargs="?")
    parser.add_argument("--start-runs", type=int, default=3)
    parser.add_argument("--venv-command", default=str(Path(sys.prefix) / "bin" / "workbench"))
    args = parser.parse_args(argv)
    failed = False

    total, parts = sizes(args.bundle)
    verdict = "within" if total / MB <= BUNDLE_BUDGET_MB else "OVER"
    print(f"installed bundle: {total / MB:.1f} MB ({verdict} the {BUNDLE_BUDGET_MB:.0f} MB budget); largest parts:")
    for name, size in parts[:10]:
        print(f"  {size / MB:7.1f} MB  {name}")
    failed |= verdict == "OVER"
    if args.package is not None:
        size = args.package.stat().st_size / MB
        verdict = "within" if size <= PACKAGE_BUDGET_MB else "OVER"
        print(f"package {args.package.name}: {size:.1f} MB ({verdict} the {PACKAGE_BUDGET_MB:.0f} MB budget)")
        failed |= verdict == "OVER"

    if args.start_runs > 0:
        frozen_command = [str(args.bundle / "workbench")]
        frozen: list[float] = []
        venv: list[float] = []
        for _ in range(args.start_runs):  # in turns: a slow minute slows both
            for command, into in ((frozen_command, frozen), ([args.venv_command], venv)):
                figure = shown_after(command)
                if figure is not None:
                    into.append(figure)
        if frozen and venv:
            ratio = statistics.median(frozen) / statistics.median(venv)
            print(
                f"start to the window: frozen {statistics.median(frozen):.2f} s, venv {statistics.median(venv):.2f} s"
                f" (medians of {len(frozen)} and {len(venv)}): {ratio:.2f}× the venv, target ≤ {START_RATIO_TARGET}×"
            )
        else:
            print("start to the window: a smoke test failed", file=sys.stderr)
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
