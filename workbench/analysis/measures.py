"""A site's measures evaluated against its own balance and prices: the one place that wires them together."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.domain import model
from workbench.domain.calendar import month_end
from workbench.domain.economics import MeasureFigures, PriceBasis, evaluate_measures
from workbench.domain.factors import Factor
from workbench.domain.tariffs import Tariff, tariff_for
from workbench.domain.time_of_use import DEFAULT_DAY_START, TariffHours, TouSplit, daily_hours
from workbench.domain.units import Carrier
from workbench.domain.vocab import EndUse, TariffLever

from .accounts import SiteAccount
from .balance import SiteBalance, site_balance


@dataclass(frozen=True)
class MarginalPrice:
    """What a kWh of electricity saved is worth: the tariff's energy prices weighted by the time-of-use split
    of the site's bills — without the fixed premium, overrun charges, the cos φ surcharge or metering, which a
    saved kWh does not change (they are saved, if at all, by their own measures)."""

    price: float
    peak_share: float
    standard_share: float
    offpeak_share: float
    factors: tuple[Factor, ...]


def electricity_marginal_price(account: SiteAccount, window: tuple[dt.date, dt.date] | None) -> MarginalPrice | None:
    """The marginal energy price of the site's electricity over ``window``, or None when no supply has a tariff
    model with energy prices per period, or its bills give no time-of-use split (then the average cost is used,
    and the assumptions say so)."""
    split = [0.0, 0.0, 0.0]
    priced = 0.0
    used: dict[str, Factor] = {}
    for supply_account in account.supplies:
        supply = supply_account.supply
        if supply.carrier is not Carrier.ELECTRICITY:
            continue
        tariff = tariff_for(supply, account.factors)
        prices = getattr(tariff, "energy_prices", None)
        if tariff is None or prices is None:
            continue
        for bill in supply_account.bills:
            if window and not (window[0] <= bill.period_start <= month_end(window[1])):
                continue
            peak, standard, offpeak = bill.time_of_use
            if peak is None or standard is None or offpeak is None:
                continue
            p_peak, p_standard, p_offpeak = prices
            split[0] += peak
            split[1] += standard
            split[2] += offpeak
            priced += p_peak.value * peak + p_standard.value * standard + p_offpeak.value * offpeak
            used.update({f.key: f for f in prices})
    total = sum(split)
    if not total:
        return None
    return MarginalPrice(priced / total, split[0] / total, split[1] / total, split[2] / total, tuple(used.values()))


def site_prices(account: SiteAccount, window: tuple[dt.date, dt.date] | None) -> dict[Carrier, float]:
    """The price of a saved kWh per carrier: electricity at its marginal energy price where the tariff gives
    one, every carrier else at the average cost of its priced kWh over the period (a fuel's bills or
    deliveries)."""
    totals = account.totals_by_carrier(*window) if window else {}
    prices = {carrier: t.cost_per_kwh for carrier, t in totals.items() if t.cost_per_kwh}
    marginal = electricity_marginal_price(account, window)
    if marginal is not None:
        prices[Carrier.ELECTRICITY] = marginal.price
    return prices


@dataclass(frozen=True)
class EndUseHours:
    """The time-of-use split of each end use's electricity, from its equipment's running hours laid on the
    tariff's windows from the start of the working day (``assumed_start``: the schedule does not give it)."""

    splits: dict[EndUse, TouSplit]
    day_start: float
    assumed_start: bool
    tariff_hours: TariffHours
    factors: tuple[Factor, ...]


def _hours_tariff(account: SiteAccount) -> Tariff | None:
    """The first electricity tariff of the site with energy prices and hour windows."""
    for supply_account in account.supplies:
        if supply_account.supply.carrier is Carrier.ELECTRICITY:
            tariff = tariff_for(supply_account.supply, account.factors)
            if tariff is not None and tariff.energy_prices is not None and tariff.hours is not None:
                return tariff
    return None


def end_use_hours(
    account: SiteAccount, equipment: Sequence[model.Equipment], balance: SiteBalance
) -> EndUseHours | None:
    """Each end use's split, weighted by its items' estimated kWh; None when the site's tariff has no hour
    windows."""
    tariff = _hours_tariff(account)
    hours = tariff.hours if tariff is not None else None
    if tariff is None or hours is None:
        return None
    schedule = account.site.schedule
    start = DEFAULT_DAY_START if schedule.day_start is None else schedule.day_start
    parts: dict[EndUse, list[tuple[TouSplit, float]]] = {}
    for item in equipment:
        estimate = balance.estimates.get(item.id) if item.id is not None else None
        if item.carrier is not Carrier.ELECTRICITY or estimate is None or estimate.kwh <= 0:
            continue
        per_day = daily_hours(estimate.hours, schedule.days_per_week, schedule.weeks_per_year)
        # only the auditor's own answer moves the hours: the balance's guess is for the peak-power check
        split = hours.split(start, per_day, item.runs_in_peak)
        if split is not None:
            parts.setdefault(item.end_use, []).append((split, estimate.kwh))
    splits = {use: s for use, items in parts.items() if (s := TouSplit.weighted(items)) is not None}
    return EndUseHours(splits, start, schedule.day_start is None, hours, tariff.hour_factors)


def site_measures(
    account: SiteAccount, equipment: Sequence[model.Equipment], measures: Sequence[model.Measure]
) -> tuple[SiteBalance, list[MeasureFigures]]:
    """The balance, and every measure's savings chained on it, priced by :func:`site_prices` over the same
    period, or in its end use's hours (:func:`end_use_hours`)."""
    balance = site_balance(account, equipment)
    prices = site_prices(account, balance.window)
    by_hours = end_use_hours(account, equipment, balance)
    billed = {c.carrier: c.billed_kwh for c in balance.carriers}
    levers: dict[TariffLever, float] = {}
    if any(m.tariff_lever is not None for m in measures):
        levers = tariff_savings(account)
        bank = capacitor_investment(account)
        # A capacitor bank without an investment of its own costs what the tariff study sizes and prices:
        # one figure for the measure and the Tariff tab.
        measures = [
            dataclasses.replace(m, investment=bank)
            if m.tariff_lever is TariffLever.COS_PHI and m.investment is None and bank is not None
            else m
            for m in measures
        ]
    return balance, evaluate_measures(
        measures,
        balance.end_use_kwh(),
        prices,
        account.factors,
        billed,
        levers,
        period_prices(account),
        by_hours.splits if by_hours is not None else None,
    )


def period_prices(account: SiteAccount) -> tuple[float, float, float] | None:
    """The energy prices of peak, standard and off-peak hours of the site's electricity tariff (the first supply
    that has one), for a measure that states its own time-of-use split."""
    for supply_account in account.supplies:
        if supply_account.supply.carrier is Carrier.ELECTRICITY:
            tariff = tariff_for(supply_account.supply, account.factors)
            prices = getattr(tariff, "energy_prices", None) if tariff is not None else None
            if prices is not None:
                return (prices[0].value, prices[1].value, prices[2].value)
    return None


def capacitor_investment(account: SiteAccount) -> float | None:
    """The investment in the capacitor banks the tariff analysis sizes for the site's supplies, if any."""
    from .tariff import analyse_site

    banks = [r.capacitor.investment for r in analyse_site(account) if r.capacitor is not None]
    return sum(banks) if banks else None


def tariff_savings(account: SiteAccount) -> dict[TariffLever, float]:
    """The yearly saving of each tariff lever, summed over the site's electricity supplies, from the tariff
    analysis of their bills (the same figures as the Tariff tab and ``workbench tariff``)."""
    from .tariff import analyse_site

    found: dict[TariffLever, float] = {}

    def add(lever: TariffLever, value: float | None) -> None:
        if value is not None:
            found[lever] = found.get(lever, 0.0) + max(0.0, value)

    for result in analyse_site(account):
        if result.capacitor is not None:
            add(TariffLever.COS_PHI, result.capacitor.annual_saving)
        if result.subscribed is not None:
            add(TariffLever.SUBSCRIBED_POWER, result.subscribed.annual_saving)
        if result.peak_shift is not None:
            add(TariffLever.PEAK_SHIFT, result.peak_shift.annual_saving)
    return found


def factors_behind(
    account: SiteAccount, window: tuple[dt.date, dt.date] | None, figures: Sequence[MeasureFigures]
) -> list[Factor]:
    """Every factor the site's figures over ``window`` rest on, once each: the conversions, toe and CO2 of the
    totals, the avoided-CO2 factors of the measures' t CO2 and the tariff prices their savings are priced at —
    so that a reader can redo each figure from one table of factors."""
    used: dict[str, Factor] = {}
    if window:
        used.update((f.key, f) for f in account.totals(*window).factors)
    for f in figures:
        used.update((factor.key, factor) for factor in f.factors)
    marginal = electricity_marginal_price(account, window)
    if marginal is not None:
        used.update((f.key, f) for f in marginal.factors)
    # a measure priced in its own split or its end use's hours takes the tariff's energy prices, whatever the
    # bills' split; the hours, the tariff's hour windows
    if any(f.price_basis in (PriceBasis.OWN_SPLIT, PriceBasis.END_USE_HOURS) for f in figures):
        used.update((f.key, f) for f in _energy_price_factors(account))
    if any(f.price_basis is PriceBasis.END_USE_HOURS for f in figures):
        tariff = _hours_tariff(account)
        if tariff is not None:
            used.update((f.key, f) for f in tariff.hour_factors)
    if any(f.measure.tariff_lever is not None for f in figures):
        from .tariff import analyse_site

        for result in analyse_site(account):  # the bills rebuilt from the tariff, which a lever's saving rests on
            used.update((f.key, f) for f in result.factors)
    return [account.factors.named(f) for f in used.values()]


def _energy_price_factors(account: SiteAccount) -> tuple[Factor, ...]:
    """The factors behind :func:`period_prices`: the first electricity tariff's energy prices."""
    for supply_account in account.supplies:
        if supply_account.supply.carrier is Carrier.ELECTRICITY:
            tariff = tariff_for(supply_account.supply, account.factors)
            prices = getattr(tariff, "energy_prices", None) if tariff is not None else None
            if prices is not None:
                return tuple(prices)
    return ()


def native_savings(account: SiteAccount, figures: MeasureFigures) -> list[tuple[Carrier, float, str]]:
    """A measure's savings in the units the site is invoiced in (kWh, kg, m³, litres), per carrier: what
    the client will see disappear from the bills. A carrier without a supply converts nothing."""
    conversions: dict[Carrier, tuple[float, str]] = {}  # kWh per invoiced unit, and the unit
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
