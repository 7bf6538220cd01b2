"""The table of factors of a report lists every factor its figures rest on: the totals', the avoided CO2 of the
measures and what prices their savings, so that a client can redo each figure."""

from __future__ import annotations

from workbench.analysis.measures import factors_behind, site_measures
from workbench.analysis.programme import load_accounts
from workbench.domain import model
from workbench.domain.units import Carrier
from workbench.domain.vocab import EndUse, TariffLever


def test_the_factors_behind_totals_measures_and_prices(demo):
    site = next(s for s in demo.sites() if s.name.startswith("Briqueterie"))
    account = load_accounts(demo, {site.id})[site.id]
    measures = [
        model.Measure(
            site_id=site.id,
            title=model.BilingualText("Éclairage", "Lighting"),
            end_use=EndUse.LIGHTING,
            savings=(model.MeasureSaving(Carrier.ELECTRICITY, kwh=10_000.0),),
            position=1,
        ),
        model.Measure(
            site_id=site.id,
            title=model.BilingualText("Condensateurs", "Capacitors"),
            end_use=EndUse.OTHER,
            investment=10_000.0,
            tariff_lever=TariffLever.COS_PHI,
            position=2,
        ),
    ]
    balance, figures = site_measures(account, demo.equipment(site.id), measures)
    used = {f.key: f for f in factors_behind(account, balance.window, figures)}
    assert {f.key for f in account.totals(*balance.window).factors} <= set(used)
    assert used["co2_avoided.electricity"].value == 0.547  # the t CO2 avoided of the lighting measure
    # the price of its saved kWh: the tariff's energy prices; the capacitors' saving: the bills rebuilt
    for key in ("tariff.ma_mt.price.peak", "tariff.ma_mt.fixed_premium", "tariff.audit.target_cos_phi"):
        assert key in used, key
    assert all(f.name for f in used.values())  # every one has a name to show
    assert len(used) == len(factors_behind(account, balance.window, figures))  # once each


def test_without_a_period_there_are_only_the_measures_factors(workspace):
    cluster = workspace.insert(model.Cluster("C"))
    site = workspace.insert(model.Site(cluster_id=cluster.id, name="No bills"))
    account = load_accounts(workspace)[site.id]
    assert factors_behind(account, None, []) == []
