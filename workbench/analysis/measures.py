"""A site's measures evaluated against its own balance and prices: the one place that wires them together."""

from __future__ import annotations

from collections.abc import Sequence

from workbench.domain import model
from workbench.domain.economics import MeasureFigures, evaluate_measures
from workbench.domain.units import Carrier

from .accounts import SiteAccount
from .balance import SiteBalance, site_balance


def site_measures(
    account: SiteAccount, equipment: Sequence[model.Equipment], measures: Sequence[model.Measure]
) -> tuple[SiteBalance, list[MeasureFigures]]:
    """The balance, and every measure's savings chained on it, priced at the site's average cost per kWh
    over the same 12 months."""
    balance = site_balance(account, equipment)
    totals = account.totals_by_carrier(*balance.window) if balance.window else {}
    prices = {carrier: t.cost_per_kwh for carrier, t in totals.items() if t.cost_per_kwh}
    billed = {c.carrier: c.billed_kwh for c in balance.carriers}
    return balance, evaluate_measures(measures, balance.end_use_kwh(), prices, account.factors, billed)


def native_savings(account: SiteAccount, figures: MeasureFigures) -> list[tuple[Carrier, float, str]]:
    """A measure's savings in the units the site is invoiced in (kWh, kg, m³, litres), per carrier: what
    the client will see disappear from the bills. A carrier without a supply converts nothing."""
    conversions = {}
    for supply_account in account.supplies:
        if supply_account.conversion is not None:
            conversions.setdefault(
                supply_account.supply.carrier,
                (supply_account.conversion.kwh_per_unit, supply_account.supply.invoice_unit.value),
            )
    result = []
    for carrier, kwh in figures.kwh.items():
        if carrier in conversions and kwh:
            per_unit, unit = conversions[carrier]
            result.append((carrier, kwh / per_unit, unit))
    return result
