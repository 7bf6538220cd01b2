"""A report on twelve months warns about those twelve months: counts and lists drawn on the period's bills."""

from __future__ import annotations

from workbench.analysis.programme import load_accounts
from workbench.domain.calendar import month_end


def test_warnings_in_the_period_count_the_periods_bills_only(demo):
    site = next(s for s in demo.sites() if s.name == "Briqueterie Al Amal")
    account = load_accounts(demo, {site.id})[site.id]
    window = account.balance_window()
    first, last = window[0], month_end(window[1])
    bills = {b.id: b for s in account.supplies for b in s.bills}
    everywhere = next(w for w in account.warnings if w.kind == "low_cos_phi")
    in_period = next(w for w in account.warnings_in(window) if w.kind == "low_cos_phi")
    inside = [i for i in everywhere.bill_ids if bills[i].period_start <= last and bills[i].period_end >= first]
    assert len(everywhere.bill_ids) > len(inside) > 0  # the demo has two years; the period, one
    assert sorted(in_period.bill_ids) == sorted(inside)
    assert in_period.message.params["count"].params["count"] == len(inside)  # "(7 bills)"
    # warnings about the site as a whole stay; nothing outside the period comes back under another kind
    assert {w.kind for w in account.warnings_in(window)} <= {w.kind for w in account.warnings}
    assert account.warnings_in(None) == account.warnings
