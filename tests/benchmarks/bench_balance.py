"""Issue #5: a site with 500 equipment items and 30 measures — one edit to the balance and its charts redrawn."""

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
from workbench.domain.vocab import EndUse
from workbench.storage.workspace import Workspace

from .common import report

ITEMS, MEASURES = 500, 30


def build(path: Path) -> int:
    rng = random.Random(5)
    ws = Workspace.create(path, model.Programme(name="Bench"))
    with ws.transaction():
        cluster = ws.insert(model.Cluster("C"))
        site = ws.insert(model.Site(cluster_id=cluster.id, name="S", schedule=model.OperatingSchedule(2, 8, 6, 48)))
        for carrier, unit in ((Carrier.ELECTRICITY, Unit.KWH), (Carrier.PROPANE, Unit.KG)):
            supply = ws.insert(model.EnergySupply(site_id=site.id, carrier=carrier, invoice_unit=unit))
            month = dt.date(2017, 1, 1)
            for _ in range(36):
                q = float(rng.randint(200_000, 300_000)) if carrier is Carrier.ELECTRICITY else 20_000.0
                ws.insert(
                    model.Bill(
                        supply_id=supply.id,
                        period_start=month,
                        quantity=q,
                        max_power=900.0,
                        reactive_kvarh=q * 0.5,
                        period_end=add_months(month, 1) - dt.timedelta(days=1),
                    )
                )
                month = add_months(month, 1)
        uses = list(EndUse)
        for i in range(ITEMS):
            ws.insert(
                model.Equipment(
                    site_id=site.id,
                    name=f"Item {i}",
                    end_use=uses[i % len(uses)],
                    rated_power=rng.uniform(1, 30),
                    load_factor=0.6,
                    efficiency=0.9,
                    position=i,
                )
            )
        for k in range(MEASURES):
            ws.insert(
                model.Measure(
                    site_id=site.id,
                    title=model.BilingualText(f"Mesure {k}", f"Measure {k}"),
                    end_use=uses[k % len(uses)],
                    investment=10_000.0,
                    position=k,
                    savings=(model.MeasureSaving(Carrier.ELECTRICITY, 0.0, 0.05),),
                )
            )
    ws.close()
    return site.id


def run() -> bool:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from workbench.app import build_application, build_window
    from workbench.ui.settings import Settings

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        path = folder / "inventory.eaw"
        site_id = build(path)
        app = build_application()
        window = build_window(Settings.at(folder / "s.ini"), "en", data_dir=folder, synchronous=True)
        window.resize(1400, 1000)
        window.show()
        window.open_workspace(path)
        window.show_node(("balance", site_id))
        app.processEvents()
        page = window.pages["BalancePage"]
        item = window.session.workspace.equipment(site_id)[7]
        times = []
        for i in range(21):
            start = time.perf_counter()
            window.session.edit(model.Equipment, item.id, load_factor=0.5 + i / 100)
            page.refresh_now()
            page.repaint()
            times.append(time.perf_counter() - start)
        window.close()
    return report(
        f"one equipment edit to the balance and its charts redrawn ({ITEMS} items, {MEASURES} measures)",
        statistics.median(times[1:]) * 1000,
        "ms",
        50,
    )
