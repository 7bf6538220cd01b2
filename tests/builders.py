"""Small workspaces the tests build by hand, whose figures a test can work out on paper."""

from __future__ import annotations

import datetime as dt

from workbench.domain import model
from workbench.domain.units import Carrier, Unit

D = dt.date


def electricity_and_propane_site(workspace, kwh_a_month: float, cost_a_month: float, **site_fields) -> model.Site:
    """A site with twelve monthly electricity bills in 2019 (``kwh_a_month`` kWh for ``cost_a_month`` excl.
    VAT each) and propane deliveries on 1 Jan, 1 Jul and 31 Dec 2019 of 2 000, 1 000 and 5 000 kg at 7.5 a kg:
    filled to fill, 3 000 kg are used in the year (2 000 in H1, 1 000 in H2)."""
    cluster = workspace.insert(model.Cluster("C"))
    site = workspace.insert(model.Site(cluster_id=cluster.id, **{"name": "Small", **site_fields}))
    elec = workspace.insert(model.EnergySupply(site_id=site.id, carrier=Carrier.ELECTRICITY, invoice_unit=Unit.KWH))
    for month in range(1, 13):
        end = (D(2019, month + 1, 1) if month < 12 else D(2020, 1, 1)) - dt.timedelta(days=1)
        workspace.insert(
            model.Bill(
                supply_id=elec.id,
                period_start=D(2019, month, 1),
                period_end=end,
                quantity=kwh_a_month,
                cost_excl_vat=cost_a_month,
                invoice_number=f"E{month}",
            )
        )
    propane = workspace.insert(model.EnergySupply(site_id=site.id, carrier=Carrier.PROPANE, invoice_unit=Unit.KG))
    for day, kg in ((D(2019, 1, 1), 2000.0), (D(2019, 7, 1), 1000.0), (D(2019, 12, 31), 5000.0)):
        workspace.insert(model.FuelDelivery(supply_id=propane.id, delivery_date=day, quantity=kg, unit_price=7.5))
    return site


def monthly_electricity_site(
    workspace, cluster_id: int, name: str, kwh_a_month: float, price: float, year: int = 2019, **site_fields
) -> model.Site:
    """A site with twelve monthly electricity bills of ``year``: ``kwh_a_month`` kWh at ``price`` a kWh excl. VAT."""
    site = workspace.insert(model.Site(cluster_id=cluster_id, name=name, **site_fields))
    supply = workspace.insert(model.EnergySupply(site_id=site.id, carrier=Carrier.ELECTRICITY, invoice_unit=Unit.KWH))
    for month in range(1, 13):
        end = (D(year, month + 1, 1) if month < 12 else D(year + 1, 1, 1)) - dt.timedelta(days=1)
        workspace.insert(
            model.Bill(
                supply_id=supply.id,
                period_start=D(year, month, 1),
                period_end=end,
                quantity=kwh_a_month,
                cost_excl_vat=kwh_a_month * price,
            )
        )
    return site
