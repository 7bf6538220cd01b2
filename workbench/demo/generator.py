"""``workbench demo PATH``: a deterministic, plausible programme of ten quick scans.

The bills are derived from each site's inventory (the inventory explains
85–95 % of them, as on a real walk-through), shaped by the operating schedule,
the season, Ramadan and the August slowdown, and priced with the ONEE MT
tariff. Each site's production, inventory and fuel follow a row of the sector
benchmarks (profiles.py names it). Data-quality problems are planted for the
auditor to find: a missing month of electricity at Céramiques du Littoral, an
invoice entered twice at Préfa Béton Bouskoura, estimated diesel bills
repeating the month before at Atlas PV Modules, reached power above the
subscribed power on every site, and a cos φ under 0.8 at the brickworks (and
at Préfa Béton, Soltherm and Structures Métalliques Sud).
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import random
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from workbench.domain import model
from workbench.domain.energy import supply_conversion
from workbench.domain.estimation import estimate, input_power_kw
from workbench.domain.solar import PvStudy, PvSystem
from workbench.domain.tariffs import MoroccoMtTariff
from workbench.domain.units import Carrier, HeatingValueBasis, PowerUnit, Unit
from workbench.domain.vocab import EndUse, Language, Provenance, VoltageLevel
from workbench.storage.workspace import Workspace

from .measures import CATALOGUE, SiteFacts, build_measure
from .profiles import AUXILIARIES, PROFILES, Item, SiteProfile

Progress = Callable[[int, int], None]

FIRST_MONTH = dt.date(2017, 10, 1)
MONTHS = 24
RAMADAN = {(2018, 5): 0.95, (2018, 6): 0.94, (2019, 5): 0.92, (2019, 6): 0.98}
FUEL_VAT = 0.10
FUEL_NAMES = {Carrier.PROPANE: "Propane vrac", Carrier.GAS_OIL: "Gasoil", Carrier.HEAVY_FUEL_OIL: "Fioul lourd"}
GAP_SITE = "Céramiques du Littoral"
DUPLICATE_SITE = "Préfa Béton Bouskoura"
# the supplier estimated these months' diesel: the same quantity as the month before
ESTIMATED_SITE, ESTIMATED_MONTHS = "Atlas PV Modules", ((2017, 11), (2018, 12))
LAST_DAY = dt.date(2019, 9, 30)

CLUSTERS = {
    "materials": (
        "Cluster EEMC — matériaux de construction",
        "Cluster pour l'efficacité énergétique des matériaux de construction.",
        "Cluster for the energy efficiency of construction materials.",
    ),
    "solar": (
        "Cluster Solaire",
        "Cluster des industriels marocains du solaire.",
        "Cluster of Moroccan solar-industry companies.",
    ),
}


def build_demo(path: Path | str, progress: Progress | None = None) -> Workspace:
    """Write the demo programme to ``path`` (which must not exist) and return it open."""
    workspace = Workspace.create(
        path,
        model.Programme(
            name="Quick scans Casablanca 2019",
            organiser="Cluster TWEED (Wallonie)",
            partners="Cluster Solaire; Cluster EEMC",
            year=2019,
            currency="MAD",
            report_language=Language.FR,
            factor_set="MA",
            description=model.BilingualText(
                "Bilans énergétiques rapides de dix unités industrielles de Casablanca, menés par le cluster "
                "wallon TWEED avec deux clusters marocains.",
                "Quick energy scans of ten industrial units in Casablanca, run by the Walloon cluster TWEED "
                "with two Moroccan clusters.",
            ),
        ),
    )
    total = sum(len(p) for p in PROFILES.values())
    done = 0
    try:
        with workspace.transaction():
            for position, (key, profiles) in enumerate(PROFILES.items()):
                name, fr, en = CLUSTERS[key]
                cluster = workspace.insert(model.Cluster(name, model.BilingualText(fr, en), position))
                for index, profile in enumerate(profiles):
                    _build_site(workspace, model.stored_id(cluster), profile, index, random.Random(f"{key}-{index}"))
                    done += 1
                    if progress:
                        progress(done, total)  # raises when the auditor cancels: nothing of it is kept
            _add_load_curves(workspace)
    except BaseException:
        workspace.close()  # the file is let go, so that the caller can remove what was begun
        raise
    return workspace


# Sites whose meter gives a load curve (a plant running round the clock, two shifts, one day shift), and
# the start of a night one of them lost two hours of readings.
CURVE_SITES = {
    "Briqueterie Al Amal": None,
    "Verre Trempé Lissasfa": dt.datetime(2019, 2, 13, 1, 0, tzinfo=dt.UTC),
    "Soltherm Chauffe-eau": None,
}


# The solar cluster's water-heater maker studies a rooftop plant on its workshops (kWp).
PV_SITES = {"Soltherm Chauffe-eau": 120.0}


def _add_load_curves(ws: Workspace) -> None:
    from workbench.demo.load_curves import demo_curve

    for site in ws.sites():
        if site.name not in CURVE_SITES:
            continue
        supply = next(s for s in ws.supplies(model.stored_id(site)) if s.carrier is Carrier.ELECTRICITY)
        hours = MoroccoMtTariff.from_factors(ws.factor_lookup(site)).hours
        assert hours is not None  # the Moroccan factor set has the ONEE windows
        bills = ws.bills(model.stored_id(supply))
        curve = demo_curve(bills, site.schedule, hours, random.Random(site.name), CURVE_SITES[site.name])
        ws.store_load_curve(model.stored_id(supply), [curve])
        if site.name in PV_SITES:  # a study the auditor set up: simulated when its page or report asks
            kwp = PV_SITES[site.name]
            ws.set_pv_study(PvStudy(model.stored_id(supply), PvSystem(kwp), "MAR_RK_Rabat-Sale.AP.601350_TMYx.epw"))


def _months() -> list[dt.date]:
    return [dt.date(2017 + (9 + i) // 12, (9 + i) % 12 + 1, 1) for i in range(MONTHS)]


def _days(month: dt.date) -> int:
    return calendar.monthrange(month.year, month.month)[1]


def _build_site(ws: Workspace, cluster_id: int, p: SiteProfile, index: int, rng: random.Random) -> None:
    # Shifts in Casablanca's plants start at 06:00 (06–14, 14–22, 22–06); a single day shift at 08:00.
    day_start = 6.0 if p.shifts >= 2 else 8.0
    schedule = model.OperatingSchedule(p.shifts, p.hours_per_shift, p.days_per_week, p.weeks_per_year, day_start)
    site = ws.insert(
        model.Site(
            cluster_id=cluster_id,
            name=p.name,
            company=p.company,
            activity=model.BilingualText(p.activity_fr, p.activity_en),
            nace_code=p.nace,
            address=f"Zone industrielle, {p.district}",
            city="Casablanca",
            country="MA",
            currency="MAD",
            floor_area_m2=p.floor_area_m2,
            production_volume=p.production,
            production_unit=p.production_unit,
            schedule=schedule,
            contact="Responsable maintenance",
            audit_date=dt.date(2019, 10, 7) + dt.timedelta(days=7 * index + 3 * (len(p.name) % 3)),
            auditor=p.auditor,
            observations=model.BilingualText(p.observations_fr, p.observations_en),
            position=index,
        )
    )
    factors = ws.factor_lookup(site)
    kwh_by_end_use: dict[tuple[EndUse, Carrier], float] = defaultdict(float)
    kwh_by_item: dict[str, float] = {}
    hours_by_item: dict[str, float] = {}
    carrier_by_item: dict[str, Carrier] = {}
    fixtures = 0
    installed_kw = 0.0  # input power of every electric item at full load
    for position, (name, end_use, carrier, kw, quantity, lf, hours, eff) in enumerate(_inventory(p)):
        item = model.Equipment(
            site_id=model.stored_id(site),
            name=name,
            end_use=end_use,
            carrier=carrier,
            rated_power=kw,
            power_unit=PowerUnit.KW,
            quantity=quantity,
            load_factor=lf,
            annual_hours=hours,
            efficiency=eff,
            location="Atelier" if end_use not in (EndUse.OFFICE_IT, EndUse.HVAC) else "Bureaux",
            provenance={
                "rated_power": Provenance.NAMEPLATE,
                "load_factor": Provenance.ESTIMATE if rng.random() < 0.7 else Provenance.SPOT_MEASUREMENT,
                "annual_hours": Provenance.INTERVIEW,
            },
            position=position,
        )
        ws.insert(item)
        found = estimate(item, schedule)
        kwh_by_end_use[(end_use, carrier)] += found.kwh
        kwh_by_item[name] = found.kwh
        hours_by_item[name] = found.hours
        carrier_by_item[name] = carrier
        if carrier is Carrier.ELECTRICITY:
            installed_kw += input_power_kw(item)
        if end_use is EndUse.LIGHTING:
            fixtures += quantity

    electric = sum(v for (_, c), v in kwh_by_end_use.items() if c is Carrier.ELECTRICITY)
    fuel = sum(v for (_, c), v in kwh_by_end_use.items() if c is p.fuel.carrier)
    seasonal = (
        kwh_by_end_use[(EndUse.HVAC, Carrier.ELECTRICITY)] + kwh_by_end_use[(EndUse.REFRIGERATION, Carrier.ELECTRICITY)]
    ) / electric
    elec = _electricity_bills(ws, site, p, factors, electric / p.coverage, installed_kw / p.coverage, seasonal, rng)
    fuel_coverage = min(0.95, max(0.88, p.coverage + 0.02))  # the inventory explains most of the fuel too
    fuel_price = _fuel_bills(ws, site, p, factors, fuel / fuel_coverage, rng)

    tariff = MoroccoMtTariff.from_factors(factors)
    facts = SiteFacts(
        kwh_by_end_use=dict(kwh_by_end_use),
        kwh_by_item=kwh_by_item,
        hours_by_item=hours_by_item,
        carrier_by_item=carrier_by_item,
        fixtures=fixtures,
        price_per_kwh={Carrier.ELECTRICITY: elec["cost"] / elec["kwh"], p.fuel.carrier: fuel_price},
        fuel=p.fuel.carrier,
        cos_phi_penalty_per_year=elec["surcharge"] / 2,
        overrun_per_year=elec["overrun"] / 2,
        subscribed_kva=elec["subscribed"],
        max_reached_kva=elec["max_kva"],
        fixed_premium=tariff.fixed_premium.value,
        peak_kwh_per_year=elec["peak"] / 2,
        peak_minus_offpeak_price=tariff.price_peak.value - tariff.price_offpeak.value,
        electricity_kwh=elec["kwh"] / 2,
    )
    for position, key in enumerate(p.measures):
        measure = build_measure(key, model.stored_id(site), facts, position)
        # A tariff change that would save nothing is not proposed (its saving is then the tariff analysis's).
        tariff_saving = measure.tariff_lever is not None and CATALOGUE[key].size(facts)[1] > 0
        if measure.savings or measure.cost_savings or tariff_saving:
            ws.insert(measure)


def _inventory(p: SiteProfile) -> list[Item]:
    """The profile's items, with small groups of drives listed one by one as an auditor tags them."""
    items: list[Item] = []
    for name, end_use, carrier, kw, quantity, lf, hours, eff in (*p.equipment, *AUXILIARIES):
        if (
            end_use in (EndUse.MOTORS, EndUse.PUMPS, EndUse.FANS)
            and 1 < quantity <= 5
            and carrier is Carrier.ELECTRICITY
        ):
            items.extend((f"{name} n° {k + 1}", end_use, carrier, kw, 1, lf, hours, eff) for k in range(quantity))
        else:
            items.append((name, end_use, carrier, kw, quantity, lf, hours, eff))
    return items


def _tou_shares(p: SiteProfile, month: dt.date) -> tuple[float, float, float]:
    """Shares of peak / standard / off-peak kWh from the production hours and a base load."""
    summer = 4 <= month.month <= 9
    peak = (18, 23) if summer else (17, 22)
    standard = (7, 18) if summer else (7, 17)
    start = {1: 7, 2: 6, 3: 0}[p.shifts]
    hours = p.shifts * p.hours_per_shift
    production = [(start + h) % 24 for h in range(int(hours))]
    base = 0.12  # night-time load as a share of production load
    weights = {"peak": 0.0, "standard": 0.0, "offpeak": 0.0}
    for hour in range(24):
        load = 1.0 if hour in production else base
        if peak[0] <= hour < peak[1]:
            weights["peak"] += load
        elif standard[0] <= hour < standard[1]:
            weights["standard"] += load
        else:
            weights["offpeak"] += load
    total = sum(weights.values())
    return weights["peak"] / total, weights["standard"] / total, weights["offpeak"] / total


def _electricity_bills(
    ws, site, p: SiteProfile, factors, annual: float, installed_kw: float, seasonal: float, rng
) -> dict:
    """Monthly MT bills for ``annual`` kWh. The reached power (a 10–15 minute maximum) lies between the month's mean
    production load and the installed power (the inventory's, grossed up by what it leaves unexplained): a
    flat, heavily loaded process peaks little above its mean, a plant of intermittent machines well above."""
    tariff = MoroccoMtTariff.from_factors(factors)
    production_hours_per_day = p.shifts * p.hours_per_shift * p.days_per_week / 7
    months = _months()
    plan = []
    for i, month in enumerate(months):
        days = _days(month)
        season = 1 + (0.05 + 0.6 * seasonal) * math.cos(2 * math.pi * (month.month - 8) / 12)
        slowdown = RAMADAN.get((month.year, month.month), 1.0) * (0.88 if month.month == 8 else 1.0)
        growth = 1.0 + 0.03 * (i // 12)
        kwh = annual / 365 * days * season * slowdown * growth * rng.uniform(0.95, 1.05)
        avg_kw = kwh * 0.9 / (days * production_hours_per_day)
        reached = (avg_kw + max(0.0, installed_kw - avg_kw) * rng.uniform(0.35, 0.65)) / p.cos_phi
        plan.append((month, kwh, reached))
    typical = sorted(r for _, _, r in plan)[int(0.7 * len(plan))]
    subscribed = max(50.0, round(typical / 10) * 10)
    supply = ws.insert(
        model.EnergySupply(
            site_id=site.id,
            carrier=Carrier.ELECTRICITY,
            name="Électricité MT",
            invoice_unit=Unit.KWH,
            supplier="Lydec",
            contract_ref=f"MT-{site.id:03d}-{rng.randint(10000, 99999)}",
            meter_ref=f"CPT-{rng.randint(100000, 999999)}",
            voltage_level=VoltageLevel.MV,
            tariff_option="Tarif général MT",
            subscribed_power_kva=subscribed,
        )
    )
    sums = defaultdict(float)
    sums["subscribed"] = subscribed
    for i, (month, kwh, reached) in enumerate(plan):
        if p.name == GAP_SITE and (month.year, month.month) == (2019, 3):
            continue  # the missing invoice
        shares = _tou_shares(p, month)
        peak, standard, offpeak = (round(kwh * s) for s in shares)
        total = peak + standard + offpeak
        cos_phi = min(0.97, max(0.6, p.cos_phi + rng.uniform(-0.025, 0.025)))
        kvarh = round(total * math.tan(math.acos(cos_phi)))
        reached_kva = round(reached)
        charges = tariff.charges(peak, standard, offpeak, subscribed, reached_kva, cos_phi)
        excl = round(charges.total_excl_vat, 2)
        vat = round(excl * tariff.vat_rate.value, 2)
        bill = model.Bill(
            supply_id=supply.id,
            period_start=month,
            period_end=month.replace(day=_days(month)),
            quantity=float(total),
            quantity_peak=float(peak),
            quantity_standard=float(standard),
            quantity_offpeak=float(offpeak),
            max_power=float(reached_kva),
            max_power_unit=PowerUnit.KVA,
            reactive_kvarh=float(kvarh),
            cost_excl_vat=excl,
            vat=vat,
            cost_incl_vat=round(excl + vat, 2),
            currency="MAD",
            invoice_number=f"MT{month.year}{month.month:02d}-{site.id:02d}{i:03d}",
            provenance=Provenance.INVOICE,
        )
        ws.insert(bill)
        if p.name == DUPLICATE_SITE and (month.year, month.month) == (2019, 2):
            ws.insert(bill)  # typed twice from the same paper invoice
        sums["kwh"] += total
        sums["cost"] += excl
        sums["peak"] += peak
        sums["surcharge"] += charges.cos_phi_surcharge
        sums["overrun"] += charges.overrun
        sums["max_kva"] = max(sums["max_kva"], reached_kva)
    return sums


def _fuel_bills(ws, site, p: SiteProfile, factors, annual_kwh_ncv: float, rng) -> float:
    """Fuel invoices or deliveries for ``annual_kwh_ncv``; returns the price per kWh."""
    fuel = p.fuel
    supply = ws.insert(
        model.EnergySupply(
            site_id=site.id,
            carrier=fuel.carrier,
            name=FUEL_NAMES[fuel.carrier],
            invoice_unit=fuel.unit,
            supplier=fuel.supplier,
            contract_ref=f"CL-{rng.randint(1000, 9999)}",
            heating_value_basis=HeatingValueBasis.NCV,
        )
    )
    per_unit = supply_conversion(supply, factors).kwh_per_unit
    annual_units = annual_kwh_ncv / per_unit
    price_per_kwh = fuel.price_per_unit / per_unit
    if fuel.by_delivery:
        _deliveries(ws, supply, fuel, annual_units, rng)
        return price_per_kwh
    quantity = 0
    for i, month in enumerate(_months()):
        days = _days(month)
        drawn = round(annual_units / 365 * days * rng.uniform(0.95, 1.05) * (0.95 if month.month == 8 else 1.0))
        if not (p.name == ESTIMATED_SITE and (month.year, month.month) in ESTIMATED_MONTHS):
            quantity = drawn + 1 if drawn == quantity else drawn  # a metered month never repeats by chance
        price = fuel.price_per_unit * (1 + 0.04 * math.sin(i / 3))
        excl = round(quantity * price, 2)
        vat = round(excl * FUEL_VAT, 2)
        ws.insert(
            model.Bill(
                supply_id=supply.id,
                period_start=month,
                period_end=month.replace(day=days),
                quantity=float(quantity),
                cost_excl_vat=excl,
                vat=vat,
                cost_incl_vat=round(excl + vat, 2),
                currency="MAD",
                invoice_number=f"F{month.year % 100}{month.month:02d}-{site.id:02d}{i:02d}",
                provenance=Provenance.INVOICE,
            )
        )
    return price_per_kwh


def _deliveries(ws, supply, fuel, annual_units: float, rng) -> None:
    """Bulk deliveries, each one lasting until the next at the site's rate of use (fill to fill), from early
    October 2017 to a last delivery on 30 September 2019, which closes the last month."""
    per_day = annual_units / 365
    start = _months()[0] + dt.timedelta(days=rng.randint(0, 10))
    day, elapsed = start, 0.0
    number = rng.randint(100, 900)
    while day <= LAST_DAY:
        quantity = max(100.0, round(fuel.delivery_size * rng.uniform(0.8, 1.2) / 100) * 100)
        price = round(fuel.price_per_unit * rng.uniform(0.93, 1.07), 2)
        excl = round(quantity * price, 2)
        ws.insert(
            model.FuelDelivery(
                supply_id=supply.id,
                delivery_date=day,
                quantity=quantity,
                unit_price=price,
                cost_excl_vat=excl,
                vat=round(excl * FUEL_VAT, 2),
                currency="MAD",
                delivery_note=f"BL{day.year % 100}{number:04d}",
            )
        )
        number += 7
        if day == LAST_DAY:
            break
        elapsed += quantity / per_day  # the days this delivery lasts, carried over so that no rounding piles up
        day = min(LAST_DAY, max(day + dt.timedelta(days=1), start + dt.timedelta(days=round(elapsed))))
