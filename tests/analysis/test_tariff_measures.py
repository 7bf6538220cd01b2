"""Measures on the tariff take their yearly saving from the tariff analysis (its own formula), not from a kWh
price: the figure a client reads under the measure is the one the Tariff tab and `workbench tariff` show."""

from __future__ import annotations

import pytest

from workbench.analysis.measures import site_measures, tariff_savings
from workbench.analysis.programme import load_accounts
from workbench.analysis.tariff import analyse_site
from workbench.domain import model
from workbench.domain.vocab import EndUse, TariffLever


def lever_measure(site_id: int, lever: TariffLever, position: int = 90) -> model.Measure:
    return model.Measure(
        site_id=site_id,
        title=model.BilingualText("Levier", "Lever"),
        end_use=EndUse.OTHER,
        investment=10_000.0,
        tariff_lever=lever,
        position=position,
    )


def test_a_tariff_measure_is_priced_by_the_tariff_analysis(demo):
    site = next(s for s in demo.sites() if s.name.startswith("Briqueterie"))
    account = load_accounts(demo, {site.id})[site.id]
    (analysis,) = [a for a in analyse_site(account) if a.capacitor is not None]
    measures = [lever_measure(site.id, TariffLever.COS_PHI), lever_measure(site.id, TariffLever.SUBSCRIBED_POWER, 91)]
    _balance, figures = site_measures(account, demo.equipment(site.id), measures)
    cos_phi, subscribed = figures
    assert cos_phi.cost_savings == pytest.approx(analysis.capacitor.annual_saving)
    assert cos_phi.cost_savings > 0 and cos_phi.cost_computed and not cos_phi.warnings
    assert subscribed.cost_savings == pytest.approx(max(0.0, analysis.subscribed.annual_saving))
    assert cos_phi.payback_years == pytest.approx(10_000.0 / analysis.capacitor.annual_saving)
    assert tariff_savings(account)[TariffLever.COS_PHI] == pytest.approx(analysis.capacitor.annual_saving)


def test_a_tariff_measure_without_a_tariff_says_why(workspace):
    cluster = workspace.insert(model.Cluster("C"))
    site = workspace.insert(model.Site(cluster_id=cluster.id, name="No bills"))
    account = load_accounts(workspace)[site.id]
    (figures,) = site_measures(account, [], [lever_measure(site.id, TariffLever.COS_PHI)])[1]
    assert figures.cost_savings == 0.0
    assert "tariff saving cannot be worked out" in figures.warnings[0].render()


def test_a_capacitor_measure_without_its_own_investment_costs_what_the_study_sizes(demo):
    site = next(s for s in demo.sites() if s.name.startswith("Briqueterie"))
    account = load_accounts(demo, {site.id})[site.id]
    (analysis,) = [a for a in analyse_site(account) if a.capacitor is not None]
    bank = model.Measure(
        site_id=site.id, title=model.BilingualText("Batterie", "Bank"), tariff_lever=TariffLever.COS_PHI, position=99
    )
    (figures,) = site_measures(account, demo.equipment(site.id), [bank])[1]
    assert figures.measure.investment == pytest.approx(analysis.capacitor.investment)
    assert figures.payback_years == pytest.approx(analysis.capacitor.payback_years, rel=1e-6)
