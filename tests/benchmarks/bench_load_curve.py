"""Issue #17: load curves at scale, each figure beside a baseline measured in the same run.

- import of 1,000,000 rows (10 meters × 100,000 quarter-hours, one CSV) — read, localise, store — against
  ``pyarrow.csv.read_csv`` of the same file (target 2×);
- peak memory the import adds, against the file's size (target 3×), measured in a child process;
- the file's growth against the same data as Parquet (pyarrow, its defaults; target 1.5×);
- a year of one meter's quarter-hours read back (target 50 ms) and every analysis of one meter's
  three years (target 100 ms).
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

from .common import report, timed

METERS = 10
INTERVALS = 3 * 35_040  # quarter-hours a meter: three years
ZONE = ZoneInfo("Europe/Brussels")


def write_csv(path: Path, meters: int = METERS, intervals: int = INTERVALS) -> None:
    """A long export: local timestamp (the interval's start), the meter's register, its kWh."""
    start = dt.datetime(2021, 1, 1, tzinfo=ZONE).astimezone(dt.UTC)
    lines = ["Timestamp;Register;Energy (kWh)"]
    for k in range(intervals):
        local = (start + dt.timedelta(minutes=15 * k)).astimezone(ZONE)
        stamp = local.strftime("%Y-%m-%dT%H:%M:%S%z")
        stamp = stamp[:-2] + ":" + stamp[-2:]  # ISO 8601 with its offset: no ambiguity on DST days
        for m in range(meters):
            lines.append(f"{stamp};Afname M{m:02d};{(k * 7 + m * 13) % 400 / 1000:.3f}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


CHILD = """
import json, resource, sys, time
from pathlib import Path
from zoneinfo import ZoneInfo
from workbench.domain import model
from workbench.domain.units import Carrier, Unit
from workbench.importers.load_curve import read_load_curve
from workbench.importers.table import ReadOptions, read_table
from workbench.storage.workspace import Workspace

csv, target = Path(sys.argv[1]), Path(sys.argv[2])
ws = Workspace.create(target, model.Programme(name="Bench"))
cluster = ws.insert(model.Cluster("C"))
site = ws.insert(model.Site(cluster_id=cluster.id, name="S", country="BE"))
supply = ws.insert(model.EnergySupply(site_id=site.id, carrier=Carrier.ELECTRICITY, invoice_unit=Unit.KWH))
ws.merge()
before_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
before_size = target.stat().st_size
began = time.perf_counter()
table = read_table(csv, ReadOptions(allow_load_curve=True))
result = read_load_curve(table, ZoneInfo("Europe/Brussels"))
assert result.accepted, result.refusals[:3]
stored = ws.store_load_curve(supply.id, result.series)
assert stored.stored
ws.merge()
elapsed = time.perf_counter() - began
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
ws.close()
print(json.dumps({"seconds": elapsed, "added_bytes": peak - before_rss, "growth": target.stat().st_size - before_size,
                  "rows": result.rows}))
"""


def parquet_bytes(csv: Path) -> int:
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    table = pacsv.read_csv(csv, parse_options=pacsv.ParseOptions(delimiter=";"))
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "curve.parquet"
        # the same data as stored: the instant, the register, the value
        stamps = pc.cast(table.column("Timestamp"), pa.timestamp("s", tz="UTC"))
        pq.write_table(
            pa.table({"start": stamps, "register": table.column("Register"), "kwh": table.column("Energy (kWh)")}),
            target,
        )
        return target.stat().st_size


def run() -> bool:
    import pyarrow.csv as pacsv

    ok = True
    with tempfile.TemporaryDirectory() as folder:
        csv = Path(folder) / "curves.csv"
        write_csv(csv)
        size = csv.stat().st_size
        baseline = timed(lambda: pacsv.read_csv(csv, parse_options=pacsv.ParseOptions(delimiter=";")), repeat=3)
        child = subprocess.run(
            [sys.executable, "-c", CHILD, str(csv), str(Path(folder) / "w.eaw")], capture_output=True, text=True
        )
        if child.returncode != 0:
            print(f"load-curve import failed: {child.stderr[-2000:]}")
            return False
        figures = json.loads(child.stdout.strip().splitlines()[-1])
        ok &= report(
            f"import of {figures['rows']:,} load-curve rows (read, localise, store)",
            figures["seconds"],
            "s",
            2 * baseline,
            baseline,
            "pyarrow.csv.read_csv",
        )
        ok &= report(
            "peak memory the import adds", figures["added_bytes"] / 1e6, "MB", 3 * size / 1e6, size / 1e6, "the CSV"
        )
        parquet = parquet_bytes(csv)
        ok &= report("the file's growth", figures["growth"] / 1e6, "MB", 1.5 * parquet / 1e6, parquet / 1e6, "Parquet")
        ok &= _reads_and_analyses(Path(folder) / "w.eaw")
        ok &= _page_redraws(Path(folder) / "w.eaw")
    return ok


def _page_redraws(path: Path) -> bool:
    """Each view of the load-curve page redrawn for three years of quarter-hours (ten registers summed):
    its series set and the chart painted, beside the same chart painted with nothing new to draw."""
    from PySide6.QtWidgets import QApplication

    from workbench.i18n.language import LanguageManager
    from workbench.storage.workspace import Workspace
    from workbench.ui.session import WorkspaceSession
    from workbench.ui.views.load_curve_page import LoadCurvePage

    app = QApplication.instance() or QApplication([])
    ok = True
    session = WorkspaceSession(Workspace.open(path))
    try:
        page = LoadCurvePage(session, LanguageManager(app))
        page.resize(1366, 768)
        page.show()
        supply = session.workspace.supplies(session.workspace.sites()[0].id)[0]
        refresh_s = timed(lambda: page.show_node(("load_curve", supply.id)) or page.refresh(), repeat=3)
        app.processEvents()
        curve = page.current()
        assert curve is not None and curve.grid.starts.size >= 100_000
        grid = curve.grid
        views = (
            ("heat map", 0, page.heat_chart, lambda: page.heat_chart.set_heat_map(curve.heat)),
            ("duration curve", 1, page.duration_chart, lambda: page.duration_chart.set_curve(curve.duration, [])),
            (
                "typical days",
                2,
                page.typical_chart,
                lambda: page.typical_chart.set_days(
                    curve.typical, {d.day_type: d.day_type.value for d in curve.typical}, "P10–P90"
                ),
            ),
        )
        for name, tab, chart, draw in views:
            page.tabs.setCurrentIndex(tab)
            app.processEvents()
            floor = timed(lambda c=chart: c.grab())
            value = timed(lambda c=chart, d=draw: (d(), c.grab()))
            ok &= report(f"load-curve page, {name} redrawn", value * 1000, "ms", 50, floor * 1000, "painting it as is")
        page.tabs.setCurrentIndex(3)
        app.processEvents()
        chart = page.series_chart
        first, last = float(grid.starts[0]), float(grid.starts[-1])
        windows = [
            (first, last),
            (first + (last - first) * 0.4, first + (last - first) * 0.45),
            (first, first + 7 * 86400),
        ]
        floor = timed(chart.grab)

        def zoom() -> None:
            for low, high in windows:
                chart.plotItem.setXRange(low, high, padding=0)
                chart.redraw()
                chart.grab()

        value = timed(zoom) / len(windows)
        ok &= report(
            "load-curve page, time series zoomed and redrawn", value * 1000, "ms", 50, floor * 1000, "painting it as is"
        )
        print(f"(the page's whole refresh — read, analyse, draw every view: {refresh_s * 1000:.0f} ms)")
        page.deleteLater()
    finally:
        session.workspace.close()
    return ok


def _reads_and_analyses(path: Path) -> bool:
    from workbench.analysis.load_curve import bill_checks, load_figures, meter_grid
    from workbench.storage.workspace import Workspace

    ok = True
    with Workspace.open(path) as ws:
        site = ws.sites()[0]
        supply = ws.supplies(site.id)[0]
        register = ws.load_curve_registers(supply.id)[0]
        first = dt.datetime(2022, 1, 1, tzinfo=dt.UTC)
        year = lambda: ws.load_curve(supply.id, register, first, first.replace(year=2023))  # noqa: E731
        baseline = timed(lambda: ws.conn.execute("SELECT value_data FROM load_chunk LIMIT 12").fetchall())
        ok &= report("a year of one register read back", timed(year) * 1000, "ms", 50, baseline * 1000, "the raw rows")
        whole = [ws.load_curve(supply.id, register)]
        schedule = site.schedule

        def analyse() -> None:
            grid = meter_grid(whole, ZONE)
            assert grid is not None
            load_figures(grid, schedule)
            bill_checks(grid, ws.bills(supply.id))

        grid = meter_grid(whole, ZONE)
        assert grid is not None
        import numpy as np

        floor = timed(lambda: float(np.nanmax(grid.kwh)) + float(np.nansum(grid.kwh)))
        ok &= report(
            "every analysis of one meter's whole curve", timed(analyse) * 1000, "ms", 100, floor * 1000, "a numpy pass"
        )
    return ok


if __name__ == "__main__":
    began = time.perf_counter()
    run()
    print(f"({time.perf_counter() - began:.0f} s)")
