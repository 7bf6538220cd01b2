"""Issue #4: importing a 1 000-row invoice file (CSV and XLSX), and one cell edit to the charts redrawn.

Issue #11 (item 13), against the physical floor: the import of a 10,000-row CSV beside the floor under any
import — ``pandas.read_csv`` of the file plus one ``executemany`` of the same rows into the bill table in one
durable transaction — measured in the same run, runs interleaved and medians taken; the same at 100,000 rows
(time per row, for linearity); a 1,000-row XLSX beside the calamine read of its sheet plus the same insert.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from workbench.domain import model
from workbench.domain.calendar import add_months
from workbench.domain.units import Carrier, Unit
from workbench.importers.engine import ImportRequest, import_file
from workbench.importers.table import read_table
from workbench.storage.workspace import Workspace

from .common import report, timed

ROWS = 1000
HEADER = [
    "Début période",
    "Fin période",
    "N° facture",
    "kWh heures de pointe",
    "kWh heures pleines",
    "kWh heures creuses",
    "Énergie réactive (kVArh)",
    "Puissance maximale appelée (kVA)",
    "Montant HT (DH)",
    "TVA (DH)",
    "Montant TTC (DH)",
]


def _french(value: float) -> str:
    return f"{value:,.2f}".replace(",", " ").replace(".", ",")


def invoice_rows(count: int = ROWS) -> list[list[str]]:
    """``count`` rows of an MT ledger (ONEE layout), seeded. Past 100 years of months (the plausible dates end
    in 2100) the months start again from 1950: each row keeps its own invoice number, so every row is a bill."""
    rng = random.Random(4)
    rows = []
    for i in range(count):
        month = add_months(dt.date(1950, 1, 1), i % 1200)
        end = add_months(month, 1) - dt.timedelta(days=1)
        peak, standard, offpeak = (rng.randint(10_000, 60_000) for _ in range(3))
        excl = round((peak * 1.24 + standard * 0.89 + offpeak * 0.65), 2)
        vat = round(excl * 0.14, 2)
        rows.append(
            [
                month.strftime("%d/%m/%Y"),
                end.strftime("%d/%m/%Y"),
                f"MT-{i:05d}",
                str(peak),
                str(standard),
                str(offpeak),
                str(rng.randint(10_000, 80_000)),
                str(rng.randint(200, 450)),
                _french(excl),
                _french(vat),
                _french(excl + vat),
            ]
        )
    return rows


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    path.write_text("\n".join(";".join(r) for r in [HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def _fresh_site(folder: Path, name: str) -> tuple[Workspace, int]:
    ws = Workspace.create(folder / f"{name}.eaw", model.Programme(name="Bench"))
    cluster = ws.insert(model.Cluster("C"))
    return ws, ws.insert(model.Site(cluster_id=cluster.id, name="S")).id


def time_import(folder: Path, path: Path, runs: int = 5, rows: int = ROWS) -> float:
    return statistics.median(import_once(folder, path, rows) for _ in range(runs))


def import_once(folder: Path, path: Path, rows: int) -> float:
    """One import of ``path`` (read, map, parse, validate, match, store, commit) into a fresh workspace."""
    ws, site_id = _fresh_site(folder, f"{path.stem}-{path.suffix[1:]}-{time.perf_counter_ns()}")
    try:
        start = time.perf_counter()
        result = import_file(ws, ImportRequest(path, site_id, Carrier.ELECTRICITY))
        elapsed = time.perf_counter() - start
        assert result.imported == rows and result.committed, (result.imported, result.refused[:3])
    finally:
        ws.close()
    return elapsed


def stored_rows(folder: Path, csv_path: Path) -> tuple[str, list[tuple], int]:
    """The bill rows an import of ``csv_path`` stores, as the table holds them, with the INSERT that puts
    them back: what the floor writes."""
    ws, site_id = _fresh_site(folder, f"rows-{time.perf_counter_ns()}")
    import_file(ws, ImportRequest(csv_path, site_id, Carrier.ELECTRICITY))
    columns = [r[1] for r in ws.conn.execute("PRAGMA table_info(bill)") if r[1] != "id"]
    rows = ws.conn.execute(f"SELECT {', '.join(columns)} FROM bill").fetchall()
    supply_id = rows[0][columns.index("supply_id")]
    ws.close()
    sql = f"INSERT INTO bill ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    return sql, rows, supply_id


def floor_once(folder: Path, read: Callable[[], object], stored: tuple[str, list[tuple], int]) -> float:
    """The floor under an import: reading the file with a library (``read``), then the same bills, already
    parsed and validated, stored by one ``executemany`` in one durable transaction (WAL, synchronous=FULL,
    as the workspace commits) — no detection, no checks, no matching, no undo record."""
    sql, rows, supply_id = stored
    ws, site_id = _fresh_site(folder, f"floor-{time.perf_counter_ns()}")
    ws.insert(model.EnergySupply(site_id=site_id, carrier=Carrier.ELECTRICITY, invoice_unit=Unit.KWH))
    conn = ws.conn
    try:
        start = time.perf_counter()
        read()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(sql, rows)
        conn.execute("COMMIT")
        elapsed = time.perf_counter() - start
        assert conn.execute("SELECT COUNT(*) FROM bill WHERE supply_id = ?", (supply_id,)).fetchone()[0] == len(rows)
    finally:
        ws.close()
    return elapsed


def read_csv(path: Path) -> Callable[[], object]:
    import pandas as pd

    return lambda: pd.read_csv(path, sep=";", decimal=",", thousands=" ", dtype=str)


def read_calamine(path: Path) -> Callable[[], object]:
    from python_calamine import CalamineWorkbook

    return lambda: CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def interleaved(runs: int, **measures: Callable[[], float]) -> dict[str, float]:
    """The median of each measure over ``runs`` rounds, the measures taking turns within a round (and the
    order turning from one round to the next), so that a noisy machine weighs on all of them alike."""
    times: dict[str, list[float]] = {name: [] for name in measures}
    names = list(measures)
    for run in range(runs):
        for name in names[run % len(names) :] + names[: run % len(names)]:
            times[name].append(measures[name]())
    return {name: statistics.median(values) for name, values in times.items()}


def raw_insert(folder: Path, csv_path: Path, runs: int = 5) -> float:
    """The storing half of the floor: the same 1,000 bills, already parsed and validated, stored by one
    ``executemany`` in one durable transaction — no reading, no checks, no journal for undo."""
    stored = stored_rows(folder, csv_path)
    return statistics.median(floor_once(folder, lambda: None, stored) for _ in range(runs))


def chart_redraw_after_edit() -> float:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from workbench.app import build_application, build_window
    from workbench.ui.settings import Settings

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        ws, site_id = _fresh_site(folder, "charts")
        rng = random.Random(5)
        with ws.transaction():
            for carrier, unit in (
                (Carrier.ELECTRICITY, Unit.KWH),
                (Carrier.PROPANE, Unit.KG),
                (Carrier.GAS_OIL, Unit.LITRE),
                (Carrier.HEAVY_FUEL_OIL, Unit.KG),
            ):
                supply = ws.insert(
                    model.EnergySupply(
                        site_id=site_id,
                        carrier=carrier,
                        invoice_unit=unit,
                        subscribed_power_kva=400.0 if carrier is Carrier.ELECTRICITY else None,
                    )
                )
                month = dt.date(2017, 1, 1)
                for _ in range(36):
                    q = float(rng.randint(1000, 50_000))
                    ws.insert(
                        model.Bill(
                            supply_id=supply.id,
                            period_start=month,
                            period_end=add_months(month, 1) - dt.timedelta(days=1),
                            quantity=q,
                            reactive_kvarh=q * 0.5,
                            max_power=350.0,
                            cost_excl_vat=q * 0.9,
                        )
                    )
                    month = add_months(month, 1)
        path = ws.path
        ws.close()
        app = build_application()
        window = build_window(Settings.at(folder / "s.ini"), "en", data_dir=folder, synchronous=True)
        window.resize(1400, 1000)
        window.show()
        window.open_workspace(path)
        window.show_node(("site", site_id))
        app.processEvents()
        page = window.pages["SitePage"]
        bill = window.session.workspace.bills(window.session.workspace.supplies(site_id)[0].id)[5]
        times = []
        for i in range(21):
            start = time.perf_counter()
            window.session.edit(model.Bill, bill.id, quantity=10_000.0 + i)
            page.refresh_now()
            app.processEvents()
            times.append(time.perf_counter() - start)
        window.close()
        return statistics.median(times[1:])


def against_the_floor(folder: Path, xlsx_path: Path, small_csv: Path) -> bool:
    """Issue #11 item 13: the import of 10,000 and 100,000 CSV rows and 1,000 XLSX rows beside their floors."""
    ok = True
    rows = invoice_rows(100_000)
    sizes = {n: write_csv(folder / f"ledger-{n}.csv", rows[:n]) for n in (10_000, 100_000)}
    per_row: dict[int, float] = {}
    for n, runs in ((10_000, 7), (100_000, 3)):
        path = sizes[n]
        stored = stored_rows(folder, path)
        m = interleaved(
            runs,
            floor=lambda path=path, stored=stored: floor_once(folder, read_csv(path), stored),
            imported=lambda path=path, n=n: import_once(folder, path, n),
            read_csv=lambda path=path: timed(read_csv(path), 1),
            read_table=lambda path=path: timed(lambda: read_table(path), 1),
        )
        per_row[n] = m["imported"] / n
        ok &= report(
            f"import + commit of a {n:,}-row invoice CSV against the floor",
            m["imported"],
            "s",
            round(2 * m["floor"], 4),
            m["floor"],
            "the floor (pandas.read_csv + one executemany of the same rows in one durable transaction)",
        )
        print(
            f"  for reference: {m['imported'] / m['read_csv']:.1f}× a bare pandas.read_csv ({m['read_csv']:.4g} s); "
            f"reading the file with read_table (encoding, delimiter, header, decimal detected; Python's csv) "
            f"alone: {m['read_table']:.4g} s, {m['read_table'] / m['read_csv']:.1f}× pandas.read_csv, "
            f"{m['read_table'] / m['floor']:.2f}× the floor, "
            f"{100 * m['read_table'] / m['imported']:.0f}% of the import",
            flush=True,
        )
    ok &= report(
        "  time per row at 100,000 rows (linearity)",
        per_row[100_000] * 1e6,
        "µs",
        round(1.25 * per_row[10_000] * 1e6, 2),
        per_row[10_000] * 1e6,
        "the time per row at 10,000 rows",
    )
    stored = stored_rows(folder, small_csv)
    m = interleaved(
        7,
        floor=lambda: floor_once(folder, read_calamine(xlsx_path), stored),
        imported=lambda: import_once(folder, xlsx_path, ROWS),
    )
    ok &= report(
        "import + commit of a 1,000-row invoice XLSX against the floor",
        m["imported"],
        "s",
        round(2 * m["floor"], 4),
        m["floor"],
        "the floor (calamine read of the sheet + one executemany of the same rows in one durable transaction)",
    )
    return ok


def run() -> bool:
    import pandas as pd

    ok = True
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        rows = invoice_rows()
        csv_path = write_csv(folder / "ledger.csv", rows)
        xlsx_path = folder / "ledger.xlsx"
        pd.DataFrame(rows, columns=HEADER).to_excel(xlsx_path, index=False)
        bare = timed(lambda: pd.read_csv(csv_path, sep=";", decimal=",", thousands=" ", dtype=str))
        csv_time = time_import(folder, csv_path)
        ok &= report("import + commit of a 1,000-row invoice CSV", csv_time, "s", 0.5)
        ok &= report(
            "  the CSV import against a bare pandas.read_csv",
            csv_time,
            "s",
            round(3 * bare, 4),
            bare,
            "a bare pandas.read_csv of the file",
        )
        reading = timed(lambda: read_table(csv_path))
        print(
            f"  of which reading the file (encoding, delimiter, header, decimal detected): {reading * 1000:.1f} ms, "
            f"{reading / bare:.1f}× pandas.read_csv",
            flush=True,
        )
        floor = raw_insert(folder, csv_path)
        print(
            f"  floor: storing the same 1,000 bills already built, one executemany in one durable transaction: "
            f"{floor * 1000:.1f} ms, {floor / bare:.1f}× pandas.read_csv; reading + storing alone: "
            f"{(reading + floor) / bare:.1f}×, before any parsing, validation, matching or undo record",
            flush=True,
        )
        ok &= report("import + commit of the same as XLSX", time_import(folder, xlsx_path), "s", 0.5)
        ok &= against_the_floor(folder, xlsx_path, csv_path)
    ok &= report(
        "one cell edit to the site charts redrawn (median; 36 months × 4 carriers)",
        chart_redraw_after_edit() * 1000,
        "ms",
        50,
    )
    return ok
