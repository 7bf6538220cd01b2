"""The findings a report's summary and conclusions are written from, and the average prices excl. and incl.
VAT, worked out from the figures the rest of the application shows."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.analysis.findings import FindingKind, potential, site_findings
from workbench.analysis.measures import site_measures
from workbench.analysis.prices import average_prices
from workbench.analysis.programme import load_accounts
from workbench.analysis.tariff import analyse_site
from workbench.domain import model
from workbench.domain.economics import savings_only
from workbench.domain.units import Carrier, Unit
from workbench.domain.vocab import MeasureCategory


def demo_site(demo, name="Briqueterie"):
    site = next(s for s in demo.sites() if s.name.startswith(name))
    account = load_accounts(demo, {site.id})[site.id]
    balance, figures = site_measures(account, demo.equipment(site.id), demo.measures(site.id))
    return account, balance, figures


def test_the_tariff_money_comes_first_and_matches_the_tariff_analysis(demo):
    account, balance, figures = demo_site(demo)
    tariffs = analyse_site(account)
    found = site_findings(account, balance, figures, tariffs)
    kinds = [f.kind for f in found]
    (bank,) = [t.capacitor for t in tariffs if t.capacitor is not None]
    cos_phi = found[kinds.index(FindingKind.COS_PHI)]
    assert cos_phi.money == pytest.approx(bank.annual_saving)
    # the tariff findings are ranked by their money, and come before the shape of the site's energy
    tariff_part = [f for f in found if f.kind in (FindingKind.COS_PHI, FindingKind.OVERRUN, FindingKind.PEAK_HOURS)]
    assert [f.money for f in tariff_part] == sorted((f.money for f in tariff_part), reverse=True)
    assert kinds.index(FindingKind.COS_PHI) < kinds.index(FindingKind.MIX) < kinds.index(FindingKind.POTENTIAL)
    from workbench.domain.vocab import Language
    from workbench.i18n.catalogue import translator_for
    from workbench.i18n.formatting import Formatter

    text = cos_phi.text.render(translator_for(Language.EN), Formatter(Language.EN).value)
    assert f"{round(bank.annual_penalty):,}" in text and f"{round(bank.kvar)} kvar" in text


def test_the_potential_adds_up_the_savings_by_kind_against_the_period(demo):
    account, balance, figures = demo_site(demo)
    totals = account.totals(*balance.window)
    p = potential(totals, figures)
    savings = savings_only(figures)
    assert p.kwh == pytest.approx(sum(f.total_kwh for f in savings))
    assert p.kwh_share == pytest.approx(p.kwh / totals.kwh)
    assert p.cost_share == pytest.approx(p.cost / totals.cost)
    assert sum(n for n, _, _ in p.by_category.values()) == len(savings)
    assert sum(c for _, _, c in p.by_category.values()) == pytest.approx(p.cost)
    assert set(p.by_category) <= set(MeasureCategory)


def test_a_known_data_problem_is_a_caveat(demo):
    account, balance, figures = demo_site(demo, "Préfa Béton")  # the invoice typed twice
    found = site_findings(account, balance, figures, analyse_site(account))
    caveats = [f.text.render() for f in found if f.kind is FindingKind.DATA]
    assert any("repeat another one and are left out" in text for text in caveats), caveats


def test_average_prices_excl_and_incl_vat(workspace):
    cluster = workspace.insert(model.Cluster("C"))
    site = workspace.insert(model.Site(cluster_id=cluster.id, name="S"))
    supply = workspace.insert(model.EnergySupply(site_id=site.id, carrier=Carrier.ELECTRICITY, invoice_unit=Unit.KWH))
    for month in range(1, 13):
        start = dt.date(2019, month, 1)
        end = (dt.date(2019, month + 1, 1) if month < 12 else dt.date(2020, 1, 1)) - dt.timedelta(days=1)
        # 10 000 kWh for 9 000 MAD excl. VAT; the first six bills also state 10 260 incl. VAT (14 %)
        workspace.insert(
            model.Bill(
                supply_id=supply.id,
                period_start=start,
                period_end=end,
                quantity=10_000.0,
                cost_excl_vat=9_000.0,
                vat=1_260.0 if month <= 6 else None,
                cost_incl_vat=10_260.0 if month <= 6 else None,
                invoice_number=f"E{month}",
            )
        )
    account = load_accounts(workspace)[site.id]
    (price,) = average_prices(account, account.balance_window())
    assert price.excl_vat_per_kwh == pytest.approx(0.9)
    assert price.incl_vat_per_kwh == pytest.approx(0.9 * 1.14)  # the ratio of the bills that state both
    assert (price.vat_bills, price.bills) == (6, 12)
