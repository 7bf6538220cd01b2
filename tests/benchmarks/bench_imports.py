"""Issue #4: importing a 1 000-row invoice file (CSV and XLSX), and one cell edit to the charts redrawn."""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import tempfile
import time
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


def invoice_rows() -> list[list[str]]:
    rng = random.Random(4)
    rows = []
    month = dt.date(1950, 1, 1)
    for i in range(ROWS):
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
        month = add_months(month, 1)
    return rows


def _fresh_site(folder: Path, name: str) -> tuple[Workspace, int]:
    ws = Workspace.create(folder / f"{name}.eaw", model.Programme(name="Bench"))
    cluster = ws.insert(model.Cluster("C"))
    return ws, ws.insert(model.Site(cluster_id=cluster.id, name="S")).id


def time_import(folder: Path, path: Path, runs: int = 5) -> float:
    times = []
    for run in range(runs):
        ws, site_id = _fresh_site(folder, f"{path.stem}-{path.suffix[1:]}-{run}-{time.perf_counter_ns()}")
        start = time.perf_counter()
        result = import_file(ws, ImportRequest(path, site_id, Carrier.ELECTRICITY))
        times.append(time.perf_counter() - start)
        assert result.imported == ROWS and result.committed, (result.imported, result.refused[:3])
        ws.close()
    return statistics.median(times)


def raw_insert(folder: Path, csv_path: Path, runs: int = 5) -> float:
    """The floor under any import: the same 1,000 bills, already parsed and validated, stored by one
    ``executemany`` in one durable transaction — no reading, no checks, no journal for undo."""
    ws, site_id = _fresh_site(folder, f"raw-source-{time.perf_counter_ns()}")
    import_file(ws, ImportRequest(csv_path, site_id, Carrier.ELECTRICITY))
    columns = [r[1] for r in ws.conn.execute("PRAGMA table_info(bill)") if r[1] != "id"]
    rows = ws.conn.execute(f"SELECT {', '.join(columns)} FROM bill").fetchall()
    supply_id = rows[0][columns.index("supply_id")]
    ws.close()
    sql = f"INSERT INTO bill ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    times = []
    for _ in range(runs):
        ws, site_id = _fresh_site(folder, f"raw-{time.perf_counter_ns()}")
        ws.insert(model.EnergySupply(site_id=site_id, carrier=Carrier.ELECTRICITY, invoice_unit=Unit.KWH))
        conn = ws.conn
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(sql, rows)
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
        assert conn.execute("SELECT COUNT(*) FROM bill WHERE supply_id = ?", (supply_id,)).fetchone()[0] == ROWS
        ws.close()
    return statistics.median(times)


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


def run() -> bool:
    import pandas as pd

    ok = True
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        rows = invoice_rows()
        csv_path = folder / "ledger.csv"
        csv_path.write_text("\n".join(";".join(r) for r in [HEADER, *rows]) + "\n", encoding="utf-8")
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
    ok &= report(
        "one cell edit to the site charts redrawn (median; 36 months × 4 carriers)",
        chart_redraw_after_edit() * 1000,
        "ms",
        50,
    )
    return ok
