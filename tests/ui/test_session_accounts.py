"""The session keeps the accounts an edit does not touch: a bill edited re-reads its own site's account only."""

from __future__ import annotations

import dataclasses

import pytest

from workbench.domain import model
from workbench.domain.factors import Factor, FactorScope
from workbench.ui.session import WorkspaceSession


@pytest.fixture
def session(demo_file, tmp_path, qapp):
    import shutil

    from workbench.storage.workspace import Workspace

    path = tmp_path / "session.eaw"
    shutil.copy(demo_file, path)
    workspace = Workspace.open(path)
    session = WorkspaceSession(workspace)
    yield session
    session.close()


def _kept(session, before: dict) -> set[int]:
    """The sites whose account object survived (the same object: not read again)."""
    return {i for i, a in session._accounts.items() if before.get(i) is a}


def test_a_bill_edit_drops_its_own_site_s_account_only(session):
    before = dict(session.accounts())
    site = 4
    bill = session.workspace.bills(session.workspace.supplies(site)[0].id)[-1]
    session.workspace.update(model.Bill, bill.id, quantity=(bill.quantity or 0) + 1000)
    assert _kept(session, before) == set(before) - {site}
    assert session.missing_accounts() == [site]
    fresh = session.account(site)
    assert fresh is not before[site] and fresh.bill_count == before[site].bill_count
    assert set(session.accounts()) == set(before)  # the programme whole again, one site read


def test_a_site_s_own_factor_moves_its_account_and_a_programme_factor_moves_every_one(session):
    before = dict(session.accounts())
    factor = Factor("co2.electricity", 0.5, "kg/kWh", "Meter", 2024)
    session.workspace.set_factor_override(FactorScope.SITE, 2, factor)
    assert _kept(session, before) == set(before) - {2}
    before = dict(session.accounts())
    session.workspace.set_factor_override(FactorScope.PROGRAMME, 1, factor)
    assert _kept(session, before) == set()


def test_a_deleted_bill_whose_site_cannot_be_read_any_more_drops_every_account(session):
    before = dict(session.accounts())
    bill = session.workspace.bills(session.workspace.supplies(3)[0].id)[0]
    session.workspace.delete(model.Bill, bill.id)
    assert _kept(session, before) == set()


def test_a_site_renamed_or_added_touches_that_site_alone(session):
    before = dict(session.accounts())
    session.workspace.update(model.Site, 5, city="Mohammedia")
    assert _kept(session, before) == set(before) - {5}
    site = session.workspace.get(model.Site, 5)
    new = session.workspace.insert(dataclasses.replace(site, id=None, name="Nouvelle usine", position=99))
    assert new.id in session.missing_accounts()
    assert set(before) - {5} <= _kept(session, before)
