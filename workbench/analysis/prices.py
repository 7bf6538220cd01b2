"""The average price of each carrier over the period, excluding and including VAT.

Excluding VAT it is the period's priced cost over its priced kWh (:class:`Totals`); including VAT it applies
the ratio of the amounts incl. and excl. VAT of the period's counted bills that state both — so that the two
prices rest on the same kWh, and a carrier whose bills give no VAT has no price incl. VAT rather than a guess.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workbench.domain.calendar import month_end
from workbench.domain.units import Carrier

from .accounts import SiteAccount


@dataclass(frozen=True)
class CarrierPrice:
    carrier: Carrier
    kwh: float
    cost_excl_vat: float
    excl_vat_per_kwh: float | None
    incl_vat_per_kwh: float | None  # None: no bill of the period states its amount incl. VAT
    vat_bills: int  # bills the incl.-VAT ratio is drawn from
    bills: int  # counted bills of the period


def average_prices(account: SiteAccount, window: tuple[dt.date, dt.date]) -> list[CarrierPrice]:
    totals = account.totals_by_carrier(*window)
    first, last = window[0], month_end(window[1])
    result = []
    for carrier, total in sorted(totals.items(), key=lambda item: -item[1].kwh):
        excl = incl = 0.0
        vat_bills = bills = 0
        for supply in account.supplies:
            if supply.supply.carrier is not carrier:
                continue
            for bill in supply.bills:
                if not first <= bill.period_start <= last:
                    continue
                bills += 1
                if bill.cost_excl_vat and bill.cost_incl_vat:
                    excl += bill.cost_excl_vat
                    incl += bill.cost_incl_vat
                    vat_bills += 1
        price = total.cost_per_kwh
        result.append(
            CarrierPrice(
                carrier,
                total.kwh,
                total.cost,
                price,
                price * incl / excl if price is not None and excl else None,
                vat_bills,
                bills,
            )
        )
    return result
