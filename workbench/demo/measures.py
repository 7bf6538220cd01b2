"""Measures of the demo programme, sized from each site's own inventory and bills.

Savings ratios follow domain-reference.md §5.1 where it gives them (leaks
20–30 %, 6–7 % per bar); the rest are typical quick-scan figures marked
"estimate" in the measure's provenance.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from workbench.domain.model import BilingualText, Measure, MeasureSaving
from workbench.domain.units import Carrier
from workbench.domain.vocab import EndUse, MeasureCategory, MeasureKind, Provenance, TariffLever


@dataclass
class SiteFacts:
    """What the measure sizing needs to know about a generated site."""

    kwh_by_end_use: dict[tuple[EndUse, Carrier], float]
    kwh_by_item: dict[str, float]
    hours_by_item: dict[str, float]
    carrier_by_item: dict[str, Carrier]
    fixtures: int
    price_per_kwh: dict[Carrier, float]  # average cost of a final kWh, from the generated bills
    fuel: Carrier
    cos_phi_penalty_per_year: float
    overrun_per_year: float
    subscribed_kva: float
    max_reached_kva: float
    fixed_premium: float  # MAD/kVA/year
    peak_kwh_per_year: float
    peak_minus_offpeak_price: float
    electricity_kwh: float

    def end_use(self, end_use: EndUse, carrier: Carrier = Carrier.ELECTRICITY) -> float:
        return self.kwh_by_end_use.get((end_use, carrier), 0.0)

    def _named(self, words: tuple[str, ...], carrier: Carrier | None) -> list[str]:
        return [
            name
            for name in self.kwh_by_item
            if any(w in name for w in words) and (carrier is None or self.carrier_by_item.get(name) is carrier)
        ]

    def items(self, *words: str, carrier: Carrier | None = None) -> float:
        return sum(self.kwh_by_item[name] for name in self._named(words, carrier))

    def average_kw(self, *words: str, carrier: Carrier | None = None) -> float:
        """The items' average power while they run (kWh over their hours)."""
        return sum(
            self.kwh_by_item[name] / self.hours_by_item[name]
            for name in self._named(words, carrier)
            if self.hours_by_item.get(name)
        )


@dataclass(frozen=True)
class Spec:
    title_fr: str
    title_en: str
    text_fr: str
    text_en: str
    end_use: EndUse
    category: MeasureCategory
    size: Callable[[SiteFacts], tuple[dict[Carrier, float], float, float]]  # kWh saved, extra cost saved, investment
    kind: MeasureKind = MeasureKind.SAVING
    # A tariff measure: its yearly saving is the tariff analysis's (the Tariff tab), not stated by hand.
    tariff_lever: TariffLever | None = None


E = Carrier.ELECTRICITY


def _leaks(f: SiteFacts):
    return {E: 0.20 * f.end_use(EndUse.COMPRESSED_AIR)}, 0.0, 15_000.0


def _pressure(f: SiteFacts):
    # applied after leak repair: 7 % of what the compressors still use (sequential, not additive)
    return {E: 0.07 * 0.8 * f.end_use(EndUse.COMPRESSED_AIR)}, 0.0, 0.0


def _compressor_off(f: SiteFacts):
    return {E: 0.08 * f.end_use(EndUse.COMPRESSED_AIR)}, 0.0, 2_500.0


def _led(f: SiteFacts):
    return {E: 0.55 * f.end_use(EndUse.LIGHTING)}, 0.0, 2_200.0 * f.fixtures


def _pf(f: SiteFacts):
    # A capacitor bank removes the cos φ surcharge (the generator's estimate decides whether it is proposed); the
    # tariff study sizes the bank, prices it and gives the saving. The losses it saves upstream are not claimed.
    return {}, f.cos_phi_penalty_per_year, 0.0


def _subscribed(f: SiteFacts):
    new = round(f.max_reached_kva * 1.05 / 10) * 10
    saved = max(0.0, f.overrun_per_year - max(0.0, new - f.subscribed_kva) * f.fixed_premium)
    return {}, saved, 0.0


def _vsd(end_use: EndUse, share: float):
    def size(f: SiteFacts):
        kwh = f.end_use(end_use)
        return {E: share * kwh}, 0.0, 1_100.0 * kwh / 4000

    return size


def _fuel_share(share: float, investment: float, words: tuple[str, ...] = ()):
    def size(f: SiteFacts):
        if words:
            base = f.items(*words, carrier=f.fuel)
        else:
            base = f.end_use(EndUse.PROCESS_HEAT, f.fuel) + f.end_use(EndUse.MOTORS, f.fuel)
        return {f.fuel: share * base}, 0.0, investment

    return size


def _heat_recovery(rejected_share: float, cost_per_kw: float, kilns: tuple[str, ...], dryers: tuple[str, ...]):
    """Kiln heat reused in the dryers: a share of the kiln's fuel input (cooling air or flue gas) saves as much
    dryer fuel, at most half of what the dryers burn (the rest is still fired for control); the duct, fan and
    exchanger are priced per kW recovered."""

    def size(f: SiteFacts):
        dryers_kwh = f.items(*dryers, carrier=f.fuel)
        saved = min(rejected_share * f.items(*kilns, carrier=f.fuel), 0.5 * dryers_kwh)
        kw = saved / dryers_kwh * f.average_kw(*dryers, carrier=f.fuel) if dryers_kwh else 0.0
        return {f.fuel: saved}, 0.0, cost_per_kw * kw

    return size


def _electric_items(share: float, investment: float, *words: str):
    def size(f: SiteFacts):
        return {E: share * f.items(*words, carrier=E)}, 0.0, investment

    return size


def _peak_shift(f: SiteFacts):
    return {}, 0.3 * f.peak_kwh_per_year * f.peak_minus_offpeak_price, 20_000.0


def _hvac(f: SiteFacts):
    return {E: 0.3 * (f.end_use(EndUse.HVAC) + f.end_use(EndUse.REFRIGERATION))}, 0.0, 8_000.0


def _pv(f: SiteFacts):
    kwp = 150.0
    return {E: kwp * 1650.0}, 0.0, kwp * 8_500.0


CATALOGUE: dict[str, Spec] = {
    "leaks": Spec(
        "Réparer les fuites d'air comprimé",
        "Repair compressed-air leaks",
        "Campagne de détection par ultrasons puis réparation ; les fuites perdent typiquement 20 à 30 % "
        "du débit produit.",
        "Ultrasonic leak survey and repair; leaks typically waste 20 to 30 % of the air produced.",
        EndUse.COMPRESSED_AIR,
        MeasureCategory.LOW_COST,
        _leaks,
    ),
    "pressure": Spec(
        "Abaisser la pression du réseau d'air de 1 bar",
        "Lower the compressed-air pressure by 1 bar",
        "Chaque bar de pression en moins réduit la puissance des compresseurs de 6 à 7 % (SEAI).",
        "Each bar less cuts compressor power by 6 to 7 % (SEAI).",
        EndUse.COMPRESSED_AIR,
        MeasureCategory.NO_COST,
        _pressure,
    ),
    "compressor_off": Spec(
        "Arrêter les compresseurs hors production",
        "Switch the compressors off outside production",
        "Horloge sur l'armoire de commande et vanne d'isolement du réseau le week-end.",
        "A timer on the control panel and an isolation valve on the network at weekends.",
        EndUse.COMPRESSED_AIR,
        MeasureCategory.NO_COST,
        _compressor_off,
    ),
    "led": Spec(
        "Remplacer l'éclairage par des luminaires LED",
        "Replace the lighting with LED fixtures",
        "Remplacement des lampes sodium et des tubes T8 par des LED de flux équivalent, avec détection de présence.",
        "Sodium lamps and T8 tubes replaced by LED fixtures of equal output, with occupancy sensing.",
        EndUse.LIGHTING,
        MeasureCategory.INVESTMENT,
        _led,
    ),
    "pf_correction": Spec(
        "Compenser l'énergie réactive",
        "Correct the power factor",
        "Batterie de condensateurs automatique dimensionnée pour un cos φ de 0,95 : supprime la majoration cos φ "
        "et réduit les pertes.",
        "An automatic capacitor bank sized for a 0.95 power factor: removes the power-factor surcharge and "
        "reduces losses.",
        EndUse.OTHER,
        MeasureCategory.INVESTMENT,
        _pf,
        tariff_lever=TariffLever.COS_PHI,
    ),
    "subscribed_power": Spec(
        "Ajuster la puissance souscrite",
        "Adjust the subscribed power",
        "Porter la puissance souscrite au maximum observé pour supprimer les dépassements facturés à 1,5 fois "
        "la prime fixe.",
        "Set the subscribed power to the observed maximum to avoid overruns billed at 1.5 times the fixed premium.",
        EndUse.OTHER,
        MeasureCategory.NO_COST,
        _subscribed,
        tariff_lever=TariffLever.SUBSCRIBED_POWER,
    ),
    "vsd_fans": Spec(
        "Variateurs de vitesse sur les ventilateurs",
        "Variable-speed drives on the fans",
        "Remplacer la régulation par registre par un variateur : la puissance varie comme le cube de la vitesse.",
        "Replace damper control with a drive: power varies with the cube of the speed.",
        EndUse.FANS,
        MeasureCategory.INVESTMENT,
        _vsd(EndUse.FANS, 0.25),
    ),
    "vsd_pumps": Spec(
        "Variateurs de vitesse sur les pompes",
        "Variable-speed drives on the pumps",
        "Remplacer le laminage par vanne par un variateur de vitesse.",
        "Replace throttling valves with variable-speed drives.",
        EndUse.PUMPS,
        MeasureCategory.INVESTMENT,
        _vsd(EndUse.PUMPS, 0.25),
    ),
    "kiln_insulation": Spec(
        "Isoler la voûte du four tunnel",
        "Insulate the tunnel kiln roof",
        "Pose de fibre céramique sur la voûte ; les pertes de paroi baissent de moitié.",
        "Ceramic fibre on the kiln roof halves the wall losses.",
        EndUse.PROCESS_HEAT,
        MeasureCategory.INVESTMENT,
        # shell losses are ~10 % of a tunnel kiln's input (sector-benchmarks.md §1: 15 % for a cement kiln)
        _fuel_share(0.05, 650_000.0, ("Four tunnel",)),
    ),
    "combustion": Spec(
        "Régler la combustion des brûleurs",
        "Tune the burners' combustion",
        "Analyse des fumées et réglage de l'excès d'air : +1 % de rendement par 15 % d'excès d'air en moins (DOE).",
        "Flue-gas analysis and excess-air tuning: +1 % efficiency per 15 % less excess air (DOE).",
        EndUse.PROCESS_HEAT,
        MeasureCategory.LOW_COST,
        _fuel_share(0.03, 60_000.0),  # a flue-gas analyser and a burner technician's days
    ),
    "heat_recovery": Spec(
        "Récupérer la chaleur du four pour le séchage",
        "Recover kiln heat for drying",
        "Gaine de récupération de l'air de refroidissement du four vers le séchoir.",
        "A duct taking the kiln's cooling air to the dryer.",
        EndUse.PROCESS_HEAT,
        MeasureCategory.INVESTMENT,
        # up to ~20 % of the energy bill, payback 2–3.5 years (sector-benchmarks.md §4, Tile of Spain)
        _heat_recovery(0.15, 8_000.0, ("Four",), ("Séchoir", "Atomiseur")),
    ),
    "idling": Spec(
        "Supprimer la marche au ralenti des engins",
        "Stop the machines idling",
        "Consigne d'arrêt moteur au-delà de 3 minutes d'attente et suivi mensuel du gasoil par engin.",
        "Engines off after 3 minutes of waiting, and monthly diesel tracking per machine.",
        EndUse.MOTORS,
        MeasureCategory.NO_COST,
        _fuel_share(0.10, 0.0),
    ),
    "furnace_standby": Spec(
        "Mettre le four de trempe en veille pendant les pauses",
        "Put the tempering furnace on standby during breaks",
        "Consigne de veille à température réduite pendant les pauses et les changements de série.",
        "A reduced-temperature standby set point for breaks and batch changes.",
        EndUse.PROCESS_HEAT,
        MeasureCategory.NO_COST,
        _electric_items(0.10, 0.0, "Four de trempe"),
    ),
    "peak_shift": Spec(
        "Déplacer des consommations hors des heures de pointe",
        "Shift loads out of peak hours",
        "Programmer les opérations différables (recharge, préchauffage, broyage) en heures creuses.",
        "Schedule the loads that can wait (charging, preheating, grinding) in off-peak hours.",
        EndUse.OTHER,
        MeasureCategory.LOW_COST,
        _peak_shift,
        tariff_lever=TariffLever.PEAK_SHIFT,
    ),
    "hvac_schedule": Spec(
        "Programmer la climatisation de la salle blanche",
        "Schedule the clean-room air conditioning",
        "Réduire le débit d'air et relever la consigne hors production, la nuit et le week-end.",
        "Lower the air flow and raise the set point outside production, at night and at weekends.",
        EndUse.HVAC,
        MeasureCategory.LOW_COST,
        _hvac,
    ),
    "pv_rooftop": Spec(
        "Centrale photovoltaïque en toiture (150 kWc, autoconsommation)",
        "Rooftop photovoltaic plant (150 kWp, self-consumption)",
        "Productible de 1 650 kWh/kWc à confirmer avec PVGIS ; toute la production est autoconsommée en journée.",
        "A yield of 1 650 kWh/kWp, to be confirmed with PVGIS; all the output is used on site during the day.",
        EndUse.OTHER,
        MeasureCategory.INVESTMENT,
        _pv,
        MeasureKind.RENEWABLE,
    ),
    "oven_start": Spec(
        "Retarder le démarrage du four de polymérisation",
        "Start the curing oven later",
        "Démarrage programmé 45 minutes avant la première pièce au lieu de deux heures.",
        "A programmed start 45 minutes before the first part instead of two hours.",
        EndUse.PROCESS_HEAT,
        MeasureCategory.NO_COST,
        _fuel_share(0.12, 3_000.0, ("Four de polymérisation",)),
    ),
    "solar_preheat": Spec(
        "Préchauffage solaire des bains de traitement",
        "Solar preheating of the treatment baths",
        "Capteurs de la gamme de l'entreprise pour préchauffer les bains de dégraissage.",
        "The company's own collectors preheat the degreasing baths.",
        EndUse.PROCESS_HEAT,
        MeasureCategory.INVESTMENT,
        _fuel_share(0.40, 120_000.0, ("Bain de dégraissage",)),
        MeasureKind.RENEWABLE,
    ),
    "barrel_insulation": Spec(
        "Calorifuger les fourreaux d'extrudeuse et de presses",
        "Insulate the extruder and press barrels",
        "Jaquettes isolantes amovibles sur les zones de chauffe.",
        "Removable insulating jackets on the heating zones.",
        EndUse.PROCESS_HEAT,
        MeasureCategory.LOW_COST,
        _electric_items(0.20, 40_000.0, "Extrudeuse isolation", "Colliers chauffants"),
    ),
    "servo_presses": Spec(
        "Servomoteurs sur les presses à injecter",
        "Servo drives on the injection presses",
        "Remplacer les groupes hydrauliques à débit fixe par des servopompes.",
        "Replace the fixed-flow hydraulic units with servo pumps.",
        EndUse.MOTORS,
        MeasureCategory.INVESTMENT,
        _electric_items(0.35, 450_000.0, "Presse à injecter"),
    ),
}


# Service lives of the demo's measures (years), typical of a quick scan: a leak campaign lasts until the next
# leaks, combustion tuning a season of burning, equipment its service life.
LIFETIMES = {
    "leaks": 2,
    "pressure": 10,
    "compressor_off": 10,
    "led": 15,
    "pf_correction": 15,
    "subscribed_power": 5,
    "vsd_fans": 15,
    "vsd_pumps": 15,
    "kiln_insulation": 20,
    "combustion": 1,
    "heat_recovery": 15,
    "idling": 5,
    "furnace_standby": 5,
    "peak_shift": 5,
    "hvac_schedule": 5,
    "pv_rooftop": 25,
    "oven_start": 5,
    "solar_preheat": 20,
    "barrel_insulation": 10,
    "servo_presses": 15,
}
# Who carries the measure out on site: settings and schedules are production's, the rest maintenance's.
PRODUCTION = {"idling", "furnace_standby", "peak_shift", "oven_start", "compressor_off"}


def build_measure(key: str, site_id: int, facts: SiteFacts, position: int) -> Measure:
    spec = CATALOGUE[key]
    kwh, extra_cost, investment = spec.size(facts)
    savings = tuple(MeasureSaving(c, round(v)) for c, v in kwh.items() if v > 0)
    cost = sum(v * facts.price_per_kwh.get(c, 0.0) for c, v in kwh.items()) + extra_cost
    return Measure(
        site_id=site_id,
        title=BilingualText(spec.title_fr, spec.title_en),
        description=BilingualText(spec.text_fr, spec.text_en),
        end_use=spec.end_use,
        savings=savings,
        # Energy savings are priced from the site's bills, tariff savings by the tariff analysis: none by hand.
        cost_savings=round(cost, -1) if extra_cost and spec.tariff_lever is None else None,
        tariff_lever=spec.tariff_lever,
        # A capacitor bank is sized and priced by the tariff study (the measure takes its figure).
        investment=None if spec.tariff_lever is TariffLever.COS_PHI else round(investment, -2),
        category=spec.category,
        kind=spec.kind,
        provenance=Provenance.ESTIMATE,
        position=position,
        lifetime_years=float(LIFETIMES[key]),
        owner="Production" if key in PRODUCTION else "Maintenance",
    )
