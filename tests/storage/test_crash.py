"""Kill a writing process at random moments: every reported commit survives and the file stays sound."""

from __future__ import annotations

import datetime as dt
import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest

from workbench.domain import model
from workbench.storage.workspace import Workspace

KILLS = 50
CHILD = Path(__file__).with_name("crash_child.py")


@pytest.mark.slow
def test_kill_9_fifty_times_loses_nothing_committed(tmp_path):
    path = tmp_path / "crash.eaw"
    with Workspace.create(path, model.Programme(name="Crash")) as ws:
        cluster = ws.insert(model.Cluster("C"))
        site = ws.insert(model.Site(cluster_id=cluster.id, name="S"))
        supply = ws.insert(model.EnergySupply(site_id=site.id))
        counter = ws.insert(
            model.Bill(
                supply_id=supply.id, period_start=dt.date(2019, 1, 1), period_end=dt.date(2019, 1, 31), quantity=0.0
            )
        )
    rng = random.Random(20191015)
    reported: list[dict] = []
    edits_per_run = []
    for run in range(1, KILLS + 1):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(path), str(run), str(supply.id), str(counter.id)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        ready = child.stdout.readline()
        assert ready.strip() == "ready", child.stderr.read()
        time.sleep(rng.uniform(0.0, 0.12))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        lines = child.stdout.read().splitlines(keepends=True)
        complete = [json.loads(line) for line in lines if line.endswith("\n")]
        reported.extend(complete)
        edits_per_run.append(len(complete))
    print("edits reported per run:", edits_per_run)

    # most kills must land while edits are being made, not before the first one
    assert sum(1 for n in edits_per_run if n > 0) >= KILLS // 2, edits_per_run
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    with Workspace.open(path) as ws:
        bills = ws.bills(supply.id)
        invoices = Counter(b.invoice_number for b in bills)
        for report in reported:
            if report["op"] == "insert":
                assert invoices[report["invoice"]] == 1, report
            elif report["op"] == "batch":
                assert all(invoices[i] == 1 for i in report["invoices"]), report
        # a batch is all or nothing, reported or not
        batches = Counter(i.rsplit("-", 1)[0] for i in invoices if i.count("-") == 2)
        assert set(batches.values()) <= {3}
        last_update = max((r["value"] for r in reported if r["op"] == "update"), default=0.0)
        assert ws.get(model.Bill, counter.id).quantity >= last_update
