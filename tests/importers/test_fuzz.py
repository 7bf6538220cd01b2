"""Random and hostile files: never a crash, never a partial write, always a message."""

from __future__ import annotations

import string
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.domain import model
from workbench.domain.messages import DomainError
from workbench.domain.units import Carrier
from workbench.importers.engine import ImportRequest, import_file
from workbench.storage.workspace import Workspace

HEADERS = ["Début période", "Fin période", "N° facture", "kWh", "Montant HT", "TVA", "Montant TTC", "", "kWh"]
CELLS = st.one_of(
    st.text(alphabet=string.printable + "éà°€ \u00a0", max_size=12),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.integers(min_value=-(10**15), max_value=10**15).map(str),
    st.dates().map(lambda d: d.strftime("%d/%m/%Y")),
    st.sampled_from(["31/02/2019", "00/00/0000", "2019-13-01", "NaN", "-1", "1e400", "1 234,5", "", "=1+1"]),
)


def _check(workspace: Workspace, site_id: int, path: Path) -> None:
    bills_before = workspace.count(model.Bill)
    supplies_before = len(workspace.supplies(site_id))
    try:
        result = import_file(workspace, ImportRequest(path, site_id, Carrier.ELECTRICITY, skip_refused=False))
    except DomainError as exc:
        assert exc.render()  # a message, and nothing written
        assert workspace.count(model.Bill) == bills_before
        assert len(workspace.supplies(site_id)) == supplies_before
        return
    for refusal in result.refused:
        assert refusal.reason.render() and refusal.row >= 1
    if result.refused or not result.committed:
        assert workspace.count(model.Bill) == bills_before  # all or nothing
    else:
        assert workspace.count(model.Bill) == bills_before + result.imported


def _workspace(folder: str) -> tuple[Workspace, int]:
    ws = Workspace.create(Path(folder) / "f.eaw", model.Programme(name="Fuzz"))
    cluster = ws.insert(model.Cluster("C"))
    return ws, ws.insert(model.Site(cluster_id=cluster.id, name="S")).id


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000), st.sampled_from([".csv", ".txt", ".xlsx", ".xls", ".ods"]))
def test_random_bytes(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        ws, site_id = _workspace(folder)
        path = Path(folder) / f"random{suffix}"
        path.write_bytes(data)
        with ws:
            _check(ws, site_id, path)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from([";", ",", "\t", "|", " "]),
    st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8),
    st.lists(st.lists(CELLS, min_size=0, max_size=9), max_size=12),
    st.sampled_from(["utf-8", "cp1252", "utf-8-sig"]),
)
def test_random_tables(delimiter, header, rows, encoding):
    text = "\n".join(delimiter.join(cells) for cells in [header, *rows]) + "\n"
    with tempfile.TemporaryDirectory() as folder:
        ws, site_id = _workspace(folder)
        path = Path(folder) / "table.csv"
        path.write_bytes(text.encode(encoding, errors="replace"))
        with ws:
            _check(ws, site_id, path)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(CELLS, min_size=1, max_size=7), min_size=1, max_size=10))
def test_random_workbooks(rows):
    import pandas as pd
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    width = max(len(r) for r in rows)
    grid = [[ILLEGAL_CHARACTERS_RE.sub("", c) for c in r] + [""] * (width - len(r)) for r in rows]
    with tempfile.TemporaryDirectory() as folder:
        ws, site_id = _workspace(folder)
        path = Path(folder) / "book.xlsx"
        pd.DataFrame(grid, columns=(HEADERS * 2)[:width]).to_excel(path, index=False)
        with ws:
            _check(ws, site_id, path)
