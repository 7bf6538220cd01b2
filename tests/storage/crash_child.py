"""Child process of the crash test: applies edits forever and prints each one after its commit."""

from __future__ import annotations

import datetime as dt
import json
import random
import sys

from workbench.domain import model
from workbench.storage.workspace import Workspace


def bill(supply_id: int, invoice: str, quantity: float) -> model.Bill:
    return model.Bill(
        supply_id=supply_id,
        period_start=dt.date(2019, 1, 1),
        period_end=dt.date(2019, 1, 31),
        quantity=quantity,
        invoice_number=invoice,
    )


def main() -> None:
    path, run, supply_id, counter_id = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    workspace = Workspace.open(path)
    rng = random.Random(run)
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        choice = rng.random()
        if choice < 0.4:
            invoice = f"R{run}-{i}"
            workspace.insert(bill(supply_id, invoice, float(i)))
            report = {"op": "insert", "invoice": invoice}
        elif choice < 0.7:
            value = float(run * 1_000_000 + i)
            workspace.update(model.Bill, counter_id, quantity=value)
            report = {"op": "update", "value": value}
        else:
            invoices = [f"R{run}-{i}-{j}" for j in range(3)]
            with workspace.transaction():
                for invoice in invoices:
                    workspace.insert(bill(supply_id, invoice, 1.0))
            report = {"op": "batch", "invoices": invoices}
        print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main()
