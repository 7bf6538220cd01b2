from __future__ import annotations

from collections import defaultdict

import pytest

from workbench.analysis.balance import site_balance
from workbench.analysis.breakdown import UNEXPLAINED, end_use_slices, sankey_flows
from workbench.analysis.programme import load_accounts
from workbench.domain.vocab import EndUse


def test_sankey_bands_add_up_to_the_bills_and_nothing_more(demo):
    accounts = load_accounts(demo)
    for site in demo.sites():
        balance = site_balance(accounts[site.id], demo.equipment(site.id))
        totals = defaultdict(float)
        for flow in sankey_flows(balance):
            totals[flow.carrier] += flow.kwh
        for carrier in balance.carriers:
            assert totals[carrier.carrier] == pytest.approx(carrier.billed_kwh)


def test_small_end_uses_are_grouped_and_the_remainder_kept_apart(demo):
    accounts = load_accounts(demo)
    balance = site_balance(accounts[1], demo.equipment(1))
    slices = end_use_slices(balance)
    whole = sum(s.kwh for s in slices)
    billed = sum(c.billed_kwh for c in balance.carriers)
    assert whole == pytest.approx(billed)  # every carrier explains less than its bills here
    keys = [s.key for s in slices]
    assert keys[-1] == UNEXPLAINED and EndUse.OTHER in keys
    assert all(s.kwh >= 0.05 * whole for s in slices if s.key not in (EndUse.OTHER, UNEXPLAINED))
