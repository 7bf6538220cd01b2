"""Issue #15: the longest pause of the event loop from launch to the first site page, the programme page at 250
and 1,000 sites (filled, and shown again), and a site page's redraw after an edit."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .bench_core import build_large_workspace
from .common import report

# Launched in a fresh interpreter, as an auditor launches it: a heartbeat timer every 2 ms from the first paint;
# the longest gap between two beats is the longest the window could not answer. The auditor looks at the
# programme page for a second and a half (the window warms the site page up meanwhile), then opens a site.
STALLS = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QElapsedTimer, QTimer
from workbench.app import build_application, build_window
from workbench.ui.settings import Settings

folder = Path(sys.argv[2])
app = build_application()
window = build_window(Settings.at(folder / "settings.ini"), "en", data_dir=folder)
window.resize(1366, 768)
window.show()
app.processEvents()
clock, beats, gaps = QElapsedTimer(), [], []
def beat():
    now = clock.elapsed()
    if beats:
        gaps.append((now - beats[-1], phase[0]))
    beats.append(now)
phase = ["opening"]
heart = QTimer()
heart.setInterval(2)
heart.timeout.connect(beat)
clock.start()
heart.start()
def open_site():
    phase[0] = "site page"
    site = window.session.workspace.site_ids()[0]
    window.show_node(("site", site))
    QTimer.singleShot(500, app.quit)
def opened():
    window.open_workspace(Path(sys.argv[1]))
    phase[0] = "programme page"
    QTimer.singleShot(1500, open_site)
QTimer.singleShot(0, opened)
app.exec()
worst = max(gaps)
print(f"longest {worst[0]} during {worst[1]}; beats {len(beats)}", flush=True)
for name in ("opening", "programme page", "site page"):
    inside = [g for g, p in gaps if p == name]
    print(f"  {name}: longest {max(inside, default=0)} ms over {len(inside)} beats", flush=True)
"""

# The same heartbeat in a bare PySide6 window doing nothing: what the machine's own jitter is.
BARE_STALLS = """
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1366, 768)
window.show()
clock, beats = QElapsedTimer(), []
heart = QTimer()
heart.setInterval(2)
heart.timeout.connect(lambda: beats.append(clock.elapsed()))
clock.start()
heart.start()
QTimer.singleShot(2500, app.quit)
app.exec()
print(f"longest {max(b - a for a, b in zip(beats, beats[1:]))} during idle; beats {len(beats)}", flush=True)
"""


def _longest_stall(command: list[str]) -> tuple[float, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300).stdout
    first = next(line for line in out.splitlines() if line.startswith("longest "))
    words = first.split()
    return float(words[1]), out


def stalls(demo: Path, folder: Path, runs: int = 5) -> tuple[float, float, str]:
    """Medians over ``runs`` interleaved launches of ours and of the bare window (ms), and our last printout."""
    ours, bare, last = [], [], ""
    for _ in range(runs):
        value, last = _longest_stall([sys.executable, "-c", STALLS, str(demo), str(folder)])
        ours.append(value)
        bare.append(_longest_stall([sys.executable, "-c", BARE_STALLS])[0])
    return statistics.median(ours), statistics.median(bare), last


def _wait(app, done, limit: float = 120.0) -> None:
    deadline = time.perf_counter() + limit
    while not done() and time.perf_counter() < deadline:
        app.processEvents()


def programme_page(app, window, path: Path) -> tuple[float, float]:
    """Seconds to fill the programme page of ``path`` (every site's account read and compared), then the
    median seconds to show it again after a site page."""
    window.open_workspace(path)
    _wait(app, lambda: "ProgrammePage" in window.pages)  # the session is attached on the next turn
    page = window.pages["ProgrammePage"]
    session = window.session

    def compared() -> bool:
        return not session.missing_accounts() and page.comparison.table is not None and not page.comparison.busy

    _wait(app, compared)  # opened, the page filled once and the site page warmed up
    _wait(app, lambda: False, 1.0)
    # Filled again from nothing, as after an edit of the programme's factors: every account read and compared.
    session._accounts.clear()
    session._all_loaded = False
    page.comparison._cache.clear()
    start = time.perf_counter()
    page.refresh()
    _wait(app, compared)
    filled = time.perf_counter() - start
    site = window.session.workspace.site_ids()[0]
    back = []
    for _ in range(5):
        window.show_node(("site", site))
        app.processEvents()
        start = time.perf_counter()
        window.show_node(("programme", 1))
        app.processEvents()
        back.append(time.perf_counter() - start)
    # after a bill edited on a site page: that site's account read and compared again, not the programme's
    from workbench.domain import model

    supply = session.workspace.supplies(site)[0]
    bill = session.workspace.bills(model.stored_id(supply))[-1]
    window.show_node(("site", site))
    session.edit(model.Bill, model.stored_id(bill), quantity=(bill.quantity or 0.0) + 1.0)
    app.processEvents()
    start = time.perf_counter()
    window.show_node(("programme", 1))
    _wait(app, compared)
    edited = time.perf_counter() - start
    window.close_workspace()
    return filled, statistics.median(back), edited


def redraw_after_edit(app, window, demo: Path, count: int = 15) -> float:
    """Median seconds from a bill's quantity committed to the site page's figures and charts drawn again."""
    from workbench.domain import model

    window.open_workspace(demo)
    session = window.session
    site = session.workspace.site_ids()[0]
    supply = session.workspace.supplies(site)[0]
    bill = session.workspace.bills(model.stored_id(supply))[-1]
    window.show_node(("site", site))
    _wait(app, lambda: False, 1.0)  # the page settles (its charts drawn once)
    page = window.pages["SitePage"]
    times = []
    for i in range(count):
        start = time.perf_counter()
        session.edit(model.Bill, model.stored_id(bill), quantity=(bill.quantity or 1000.0) + i + 1)
        while page._refresh_timer.isActive():  # the page redraws on the next turn of the event loop
            app.processEvents()
        page.energy_chart.repaint()
        app.processEvents()
        times.append(time.perf_counter() - start)
    window.close_workspace()
    return statistics.median(times)


def bare_chart_redraw(app, count: int = 15) -> float:
    """Median seconds to give one plain pyqtgraph plot of 24 bars new heights and repaint it: what one chart's
    redraw costs on this machine right now, before any figure of ours is worked out."""
    import pyqtgraph as pg

    plot = pg.PlotWidget()
    plot.resize(640, 300)
    plot.show()
    bars = pg.BarGraphItem(x=list(range(24)), height=[1.0] * 24, width=0.8)
    plot.addItem(bars)
    app.processEvents()
    times = []
    for i in range(count):
        start = time.perf_counter()
        bars.setOpts(height=[float((i + k) % 7 + 1) for k in range(24)])
        plot.repaint()
        app.processEvents()
        times.append(time.perf_counter() - start)
    plot.close()
    return statistics.median(times)


def run() -> bool:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from workbench.app import build_application, build_window
    from workbench.demo.generator import build_demo
    from workbench.ui.settings import Settings

    ok = True
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        demo = folder / "demo.eaw"
        build_demo(demo).close()
        worst, bare, printout = stalls(demo, folder)
        ok &= report(
            "longest event-loop pause from the first paint to the first site page drawn (median of 5 launches)",
            worst,
            "ms",
            50,
            bare,
            "a bare PySide6 window's longest pause in the same time",
        )
        print(printout.rstrip(), flush=True)

        sizes = {}
        for sites in (250, 1000):
            path = folder / f"programme-{sites}.eaw"
            start = time.perf_counter()
            build_large_workspace(path, sites=sites, equipment=5, measures=3).close()
            print(f"{sites}-site workspace (3 supplies × 36 bills each) built in {time.perf_counter() - start:.0f} s")
            sizes[sites] = path
        app = build_application()
        window = build_window(Settings.at(folder / "settings.ini"), "en", data_dir=folder, synchronous=True)
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        filled = {}
        for sites, path in sizes.items():
            filled[sites], back, edited = programme_page(app, window, path)
            if sites == 1000:
                ok &= report(
                    "programme page filled at 1,000 sites (every account read and compared)",
                    filled[sites],
                    "s",
                    1.0,
                    filled[250],
                    "the same page at 250 sites",
                )
                ok &= report("programme page shown again at 1,000 sites (median)", back * 1000, "ms", 100)
                ok &= report(
                    "programme page shown again at 1,000 sites after a bill edited on a site page",
                    edited * 1000,
                    "ms",
                    100,
                )
        per_site = {s: filled[s] / s * 1000 for s in filled}
        print(
            f"  per site: {per_site[250]:.2f} ms at 250, {per_site[1000]:.2f} ms at 1,000 "
            f"({per_site[1000] / per_site[250]:.2f}×: 1.0 is linear)",
            flush=True,
        )
        ok &= report(
            "a site page's figures and charts drawn again after a bill edit (median)",
            redraw_after_edit(app, window, demo) * 1000,
            "ms",
            16.7,
            bare_chart_redraw(app) * 1000,
            "one plain pyqtgraph plot of 24 bars redrawn",
        )
        window.close()
    return ok
