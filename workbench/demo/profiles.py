"""The ten industrial units of the demo programme, described as data.

Each profile gives the site's identity, its schedule, its equipment (from which
the bills are derived, so the bills and the inventory tell one story) and its
fuel supply. Figures are plausible for small Casablanca plants, not measured.

Each site also names the row of the sector benchmarks
(/work/shared/domain/sector-benchmarks.md) its production, carrier mix and
specific consumption follow, with the ranges the demo keeps it in
(tests/analysis/test_demo.py checks them on the generated bills). Where that
document has no figure for the activity (the solar cluster, §11; a block
plant's whole-site electricity, §8), the range is the demo's own plausibility
band and says so (``indicative``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.domain.units import Carrier, Unit
from workbench.domain.vocab import EndUse

# (name, end use, carrier, rated kW per unit, quantity, load factor, hours per year or None, efficiency)
Item = tuple[str, EndUse, Carrier, float, int, float, float | None, float | None]

E = Carrier.ELECTRICITY
M, P, F, CA, L = EndUse.MOTORS, EndUse.PUMPS, EndUse.FANS, EndUse.COMPRESSED_AIR, EndUse.LIGHTING
PH, B, H, R, IT, X = (
    EndUse.PROCESS_HEAT,
    EndUse.BOILERS_STEAM,
    EndUse.HVAC,
    EndUse.REFRIGERATION,
    EndUse.OFFICE_IT,
    EndUse.OTHER,
)


@dataclass(frozen=True)
class FuelProfile:
    carrier: Carrier
    unit: Unit
    supplier: str
    price_per_unit: float  # MAD excl. VAT per invoice unit
    by_delivery: bool  # bulk deliveries rather than monthly consumption invoices
    delivery_size: float = 0.0  # typical delivery in invoice units


GJ = 277.8  # kWh per GJ (sector-benchmarks.md, units)


@dataclass(frozen=True)
class Benchmark:
    """The benchmark row a site follows, and the ranges its generated bills must fall in.

    Ranges are per unit of the benchmark's denominator: ``per_unit`` converts the site's production unit
    to it (t of tile per m², kWp per MWc, m³ of concrete per m³). ``electricity`` is the whole site's billed
    electricity, unless ``electricity_scope`` names the inventory items the benchmark's boundary holds (a
    tempering line, a batching plant): then it is their estimated kWh. ``heat_fuel`` is the billed fuel of
    the carriers that fire kilns, dryers, ovens or boilers (vehicles' fuel is kept apart, §8 and §12.6).
    ``electricity_share`` is of the site's final energy, all carriers.
    """

    row: str  # section and row of sector-benchmarks.md
    unit: str  # the benchmark's denominator
    per_unit: float = 1.0  # benchmark units per unit of the site's production
    electricity: tuple[float, float] | None = None  # kWh per benchmark unit
    heat_fuel: tuple[float, float] | None = None  # kWh (NCV) per benchmark unit
    electricity_share: tuple[float, float] | None = None
    electricity_scope: tuple[str, ...] = ()  # names of the items the electricity range covers
    indicative: bool = False  # no external figure: the demo's own plausibility band
    note: str = ""


@dataclass(frozen=True)
class SiteProfile:
    name: str
    company: str
    activity_fr: str
    activity_en: str
    nace: str
    district: str
    floor_area_m2: float
    production: float
    production_unit: str
    shifts: int
    hours_per_shift: float
    days_per_week: float
    weeks_per_year: float
    cos_phi: float
    coverage: float  # share of the bills the inventory explains
    equipment: tuple[Item, ...]
    fuel: FuelProfile
    observations_fr: str
    observations_en: str
    measures: tuple[str, ...]
    benchmark: Benchmark | None = None
    auditor: str = "Équipe Tweed / cluster"
    extra: dict = field(default_factory=dict)


def _lighting(area: float, hours: float | None = None) -> tuple[Item, ...]:
    halls = max(1, round(area / 1500))
    return (
        ("Éclairage halle (sodium haute pression 250 W)", L, E, 0.28, int(area / 60), 1.0, hours, None),
        ("Éclairage bureaux (tubes fluorescents T8)", L, E, 0.072, 30 + 10 * halls, 1.0, 2500.0, None),
        ("Éclairage extérieur", L, E, 0.15, 10 + 2 * halls, 1.0, 4300.0, None),
    )


# Found on every walk-through, whatever the trade.
AUXILIARIES: tuple[Item, ...] = (
    ("Ventilateurs d'extraction atelier", F, E, 2.2, 4, 0.8, None, 0.82),
    ("Pompe de relevage eaux pluviales", P, E, 3, 1, 0.5, 800.0, 0.84),
    ("Surpresseur eau sanitaire", P, E, 2.2, 1, 0.5, 3000.0, 0.82),
    ("Chauffe-eau électriques vestiaires", X, E, 3, 2, 0.4, 2000.0, None),
    ("Armoire froide réfectoire", R, E, 0.8, 2, 0.5, 8760.0, None),
    ("Portail et barrières automatiques", M, E, 0.75, 2, 0.1, 3000.0, 0.75),
)

OFFICE: tuple[Item, ...] = (
    ("Postes informatiques et serveur", IT, E, 0.15, 18, 0.6, 2500.0, None),
    ("Climatiseurs split bureaux", H, E, 2.6, 6, 0.55, 1600.0, None),
)


def _air(kw: float, count: int, lf: float = 0.75, hours: float | None = None) -> tuple[Item, ...]:
    return tuple((f"Compresseur à vis {kw:g} kW n° {i + 1}", CA, E, kw, 1, lf, hours, 0.92) for i in range(count))


PROFILES: dict[str, tuple[SiteProfile, ...]] = {
    "materials": (
        SiteProfile(
            "Ciments de l'Atlas — station de broyage",
            "Ciments de l'Atlas SA",
            "Broyage de clinker et ensachage de ciment",
            "Clinker grinding and cement bagging",
            "23.51",
            "Aïn Sebaâ",
            5000,
            110_000,
            "t",
            3,
            8,
            6,
            48,
            0.84,
            0.91,
            (
                # a 500 kW ball mill grinds about 16 t/h of CEM II at ~28 kWh/t; mill and fans take ~80 % of the site
                ("Broyeur à boulets — moteur principal", M, E, 500, 1, 0.85, None, 0.95),
                ("Ventilateur séparateur", F, E, 45, 1, 0.75, None, 0.93),
                ("Ventilateur filtre à manches", F, E, 55, 1, 0.75, None, 0.93),
                ("Élévateur à godets", M, E, 15, 2, 0.7, None, 0.91),
                ("Transporteur à bande", M, E, 5.5, 4, 0.55, None, 0.87),
                ("Doseur clinker / gypse", M, E, 4, 2, 0.6, None, 0.86),
                ("Ensacheuse rotative", M, E, 30, 1, 0.6, 4000.0, 0.92),
                ("Pompe de graissage", P, E, 2.2, 2, 0.7, None, 0.82),
                *_air(22, 2, 0.7),
                *_lighting(5000),
                *OFFICE,
                ("Chargeuse sur pneus (gasoil)", M, Carrier.GAS_OIL, 110, 1, 0.35, 2200.0, None),
            ),
            FuelProfile(Carrier.GAS_OIL, Unit.LITRE, "Afriquia SMDC", 8.9, False),
            "Le broyeur tourne à vide près d'une heure par poste lors des changements de qualité. "
            "Le facteur de puissance reste sous 0,85 malgré une batterie de condensateurs hors service.",
            "The mill runs empty for about an hour per shift at grade changes. "
            "The power factor stays below 0.85 with a capacitor bank out of service.",
            ("pf_correction", "leaks", "vsd_fans", "led", "subscribed_power"),
            Benchmark(
                "§1 Cement — electricity, cement grinding station (ball mill, OPC/CEM II): typical 35–50 kWh/t cement",
                "t cement",
                electricity=(35.0, 50.0),
                electricity_share=(0.95, 1.0),
                note="A grinding-only station: no kiln, so only the grinding electricity applies (§1); the gas oil "
                "is the wheel loader's.",
            ),
        ),
        SiteProfile(
            "Briqueterie Al Amal",
            "Briqueterie Al Amal SARL",
            "Fabrication de briques creuses en terre cuite",
            "Manufacture of hollow clay bricks",
            "23.32",
            "Had Soualem",
            9000,
            60_000,
            "t",
            3,
            8,
            7,
            50,
            0.78,
            0.88,
            (
                ("Mouleuse-extrudeuse sous vide", M, E, 160, 1, 0.65, 6000.0, 0.94),
                ("Broyeur à meules", M, E, 55, 1, 0.7, 5000.0, 0.92),
                ("Mélangeur double arbre", M, E, 45, 1, 0.7, 5000.0, 0.92),
                ("Ventilateur tirage four tunnel", F, E, 30, 2, 0.75, None, 0.92),
                ("Ventilateur séchoir", F, E, 11, 4, 0.7, None, 0.9),
                ("Pousseuse wagons four", M, E, 7.5, 2, 0.4, None, 0.87),
                ("Transporteur à bande", M, E, 5.5, 5, 0.55, 6000.0, 0.87),
                *_air(22, 1),
                *_lighting(9000, 5000.0),
                *OFFICE[:1],
                # firing ~1.3 GJ/t and drying ~0.5 GJ/t fired: the dryer has its own burner (no kiln-air recovery)
                ("Four tunnel — brûleurs fioul lourd", PH, Carrier.HEAVY_FUEL_OIL, 200, 16, 0.75, 8400.0, None),
                ("Séchoir — générateur d'air chaud fioul", PH, Carrier.HEAVY_FUEL_OIL, 1600, 1, 0.6, 8400.0, None),
            ),
            FuelProfile(Carrier.HEAVY_FUEL_OIL, Unit.KG, "Vivo Energy Maroc", 4.8, False),
            "Le four tunnel n'est pas isolé en voûte ; température de paroi 95 °C mesurée. "
            "Les séchoirs ne récupèrent pas la chaleur de refroidissement du four.",
            "The tunnel kiln roof is not insulated; wall temperature measured at 95 °C. "
            "The dryers do not recover the kiln's cooling heat.",
            ("kiln_insulation", "combustion", "pf_correction", "led", "heat_recovery"),
            Benchmark(
                "§3 Bricks — EU bricks & roof tiles, total ~1.5–3 GJ/t (firing and drying); electricity ~20–60 kWh/t",
                "t fired",
                electricity=(20.0, 60.0),
                heat_fuel=(1.5 * GJ, 3.0 * GJ),
                electricity_share=(0.02, 0.13),
                note="Hollow bricks without dryer heat recovery: in the typical band, above the 1.0–1.5 GJ/t of "
                "modern hollow-block plants. The electricity share follows from the two ranges: 20/(20+833) to "
                "60/(60+417).",
            ),
        ),
        SiteProfile(
            "Céramiques du Littoral",
            "Céramiques du Littoral SA",
            "Fabrication de carreaux de céramique",
            "Manufacture of ceramic tiles",
            "23.31",
            "Sidi Bernoussi",
            12000,
            1_400_000,
            "m²",
            3,
            8,
            6,
            50,
            0.88,
            0.9,
            (
                ("Broyeur à boulets barbotine", M, E, 110, 1, 0.8, None, 0.94),
                ("Presse hydraulique", M, E, 55, 2, 0.6, None, 0.92),
                ("Atomiseur — ventilateur", F, E, 55, 1, 0.75, 6000.0, 0.93),
                ("Ligne d'émaillage", M, E, 11, 2, 0.6, None, 0.89),
                ("Ventilateurs four à rouleaux", F, E, 11, 4, 0.75, 8400.0, 0.91),
                ("Pompes barbotine", P, E, 7.5, 3, 0.7, None, 0.88),
                *_air(30, 2, 0.65),
                *_lighting(12000, 4000.0),
                *OFFICE,
                # wet route, single firing: spray dryer ~40 % of the gas, roller kiln ~45 %, dryers the rest
                ("Four à rouleaux — brûleurs propane", PH, Carrier.PROPANE, 50, 48, 0.75, 8400.0, None),
                ("Atomiseur — générateur d'air chaud propane", PH, Carrier.PROPANE, 3200, 1, 0.75, 6000.0, None),
                ("Séchoir vertical — brûleurs propane", PH, Carrier.PROPANE, 450, 2, 0.7, None, None),
            ),
            FuelProfile(Carrier.PROPANE, Unit.KG, "Total Maroc — vrac", 7.4, True, 24_000),
            "Les fumées du four (220 °C) sortent sans récupération alors que l'atomiseur consomme du propane.",
            "The kiln flue gas (220 °C) leaves unrecovered while the spray dryer burns propane.",
            ("heat_recovery", "leaks", "pressure", "combustion", "led", "vsd_pumps"),
            Benchmark(
                "§4 Ceramic tiles — thermal SEC typical ~4.5–6.5 GJ/t; electricity ~70–140 kWh/t (≈1.5–3 kWh/m²); "
                "carrier split gas ~90 %, electricity ~10 %",
                "t fired tile",
                per_unit=0.020,  # floor tiles of about 9 mm: 20 kg/m²
                electricity=(70.0, 140.0),
                heat_fuel=(4.5 * GJ, 6.5 * GJ),
                electricity_share=(0.04, 0.13),
                note="Wet route with a spray dryer and no kiln-to-dryer recovery: the typical band, not the best "
                "practice one. 1.4 million m² at 20 kg/m² is 28 000 t. The share band follows from the SEC ranges "
                "(70/(70+1806) to 140/(140+972)) around the sector's ~10 %.",
            ),
        ),
        SiteProfile(
            "Préfa Béton Bouskoura",
            "Préfa Béton Bouskoura SARL",
            "Fabrication de blocs, pavés et hourdis en béton",
            "Manufacture of concrete blocks, pavers and floor blocks",
            "23.61",
            "Bouskoura",
            3500,
            50_000,
            "m³",
            2,
            8,
            6,
            48,
            0.81,
            0.93,
            (
                # one automatic block machine: ~11 m³ of concrete an hour over two shifts; blocks cure in the open
                ("Presse vibrante à blocs", M, E, 75, 1, 0.45, None, 0.93),
                ("Malaxeur planétaire", M, E, 55, 1, 0.5, 2300.0, 0.92),
                ("Skip et trémies", M, E, 11, 2, 0.4, 2300.0, 0.88),
                ("Transporteur à bande", M, E, 4, 3, 0.5, None, 0.86),
                ("Pompe eau de gâchage", P, E, 4, 1, 0.6, 2300.0, 0.85),
                *_air(15, 1, 0.65),
                *_lighting(3500),
                *OFFICE[:1],
                ("Chariots élévateurs et chargeuse (gasoil)", M, Carrier.GAS_OIL, 60, 3, 0.35, 2800.0, None),
            ),
            FuelProfile(Carrier.GAS_OIL, Unit.LITRE, "Afriquia SMDC", 8.9, False),
            "Consommation de gasoil élevée : la chargeuse tourne au ralenti entre deux chargements.",
            "High diesel use: the loader idles between loads.",
            ("idling", "led", "pf_correction", "leaks"),
            Benchmark(
                "§8 Concrete products — ready-mix plant electricity ~1–4 kWh/m³ (batching, conveyors, mixer, "
                "compressors); precast/blocks curing heat 0–0.3 GJ/m³, often zero in a warm climate",
                "m³ concrete",
                electricity=(1.0, 4.0),
                electricity_scope=(
                    "Malaxeur",
                    "Skip",
                    "Transporteur",
                    "Pompe eau de gâchage",
                    "Compresseur",
                ),
                heat_fuel=(0.0, 0.3 * GJ),
                electricity_share=(0.6, 0.9),
                note="§8 gives no whole-site electricity for block plants: its batching row holds the mixer, skip, "
                "conveyors, water pump and compressor, and the block press and the hall come on top (about "
                "11 kWh/m³ in all). Blocks cure in the open air (no curing heat); the gas oil is the loaders' and "
                "forklifts', tracked apart in litres per m³ as §8 says, so §8 gives no carrier split: the share "
                "band is the demo's own.",
            ),
        ),
        SiteProfile(
            "Verre Trempé Lissasfa",
            "Verre Trempé Lissasfa SARL",
            "Découpe, façonnage, trempe et double vitrage",
            "Glass cutting, edging, tempering and insulated glazing",
            "23.12",
            "Lissasfa",
            5000,
            175_000,
            "m²",
            2,
            8,
            6,
            48,
            0.9,
            0.89,
            (
                # the tempering line: 6 mm on average, 2.85 kWh/m² minimum, ~2.2 × that with the furnace kept hot
                ("Four de trempe — résistances", PH, E, 420, 1, 0.6, 3400.0, None),
                ("Soufflerie de trempe", F, E, 160, 1, 0.45, 3400.0, 0.94),
                ("Façonneuse bilatérale", M, E, 30, 2, 0.6, None, 0.91),
                ("Table de découpe", M, E, 7.5, 2, 0.4, None, 0.87),
                ("Laveuse de verre", M, E, 15, 1, 0.65, None, 0.89),
                ("Pompes eau de façonnage", P, E, 5.5, 3, 0.7, None, 0.87),
                ("Ligne de double vitrage (butyle, presse)", X, E, 18, 1, 0.5, None, None),
                *_air(30, 1, 0.7),
                *_lighting(5000),
                *OFFICE,
                ("Chariots élévateurs GPL", M, Carrier.PROPANE, 35, 2, 0.35, 2500.0, None),
            ),
            FuelProfile(Carrier.PROPANE, Unit.KG, "Afriquia Gaz — vrac", 7.6, True, 400),
            "Le four de trempe reste en chauffe pendant les pauses et les changements d'épaisseur.",
            "The tempering furnace stays hot through breaks and thickness changes.",
            ("furnace_standby", "led", "leaks", "peak_shift"),
            Benchmark(
                "§6 Glass processing — tempering line total ≈1.5–2.5 × the physical minimum, ~3–7 kWh/m² for "
                "4–6 mm (minimum 0.475 kWh/m² per mm)",
                "m² tempered",
                electricity=(3.0, 7.0),
                electricity_scope=("Four de trempe", "Soufflerie de trempe"),
                electricity_share=(0.9, 1.0),
                note="Production is the m² through the furnace, 6 mm on average. The range holds the tempering "
                "line (furnace and quench blower); edging, washing, insulated glazing, air and lighting come on "
                "top. Every process end use of §6 is electric here: the propane is the forklifts'.",
            ),
        ),
    ),
    "solar": (
        SiteProfile(
            "Atlas PV Modules",
            "Atlas PV Modules SARL",
            "Assemblage de modules photovoltaïques",
            "Photovoltaic module assembly",
            "26.11",
            "Aïn Sebaâ",
            4500,
            60,
            "MWc",
            2,
            8,
            5,
            48,
            0.92,
            0.9,
            (
                ("Laminateur", PH, E, 90, 2, 0.55, None, None),
                ("Soudeuse de chaînes (stringer)", PH, E, 25, 2, 0.6, None, None),
                ("Testeur flash et EL", X, E, 8, 1, 0.5, None, None),
                ("Convoyeurs de ligne", M, E, 3, 8, 0.5, None, 0.85),
                # air-conditioned around the clock (the observation): 8 760 h, not the 3 840 h of production
                ("Centrale de traitement d'air salle blanche", H, E, 45, 1, 0.6, 8760.0, None),
                ("Groupe d'eau glacée", R, E, 60, 1, 0.5, 8760.0, None),
                *_air(18.5, 1, 0.6),
                *_lighting(4500, 4200.0),
                *OFFICE,
                ("Groupe électrogène de secours (gasoil)", X, Carrier.GAS_OIL, 250, 1, 0.6, 60.0, None),
            ),
            FuelProfile(Carrier.GAS_OIL, Unit.LITRE, "Afriquia SMDC", 9.1, False),
            "La salle blanche est climatisée 24 h/24 alors que la production s'arrête la nuit et le week-end.",
            "The clean room is air-conditioned around the clock while production stops at night and at weekends.",
            ("hvac_schedule", "pv_rooftop", "led", "leaks"),
            Benchmark(
                "§11 Solar cluster — PV module assembly: no external SEC; KPI kWh per kWp (laminators, compressed "
                "air, HVAC)",
                "kWp",
                per_unit=1000.0,
                electricity=(10.0, 40.0),
                electricity_share=(0.95, 1.0),
                indicative=True,
                note="No benchmark: the band is the demo's own, for comparing within the cluster (§12.1). The gas "
                "oil is the standby generator's test runs.",
            ),
        ),
        SiteProfile(
            "Soltherm Chauffe-eau",
            "Soltherm SARL",
            "Fabrication de chauffe-eau solaires",
            "Manufacture of solar water heaters",
            "25.21",
            "Sidi Bernoussi",
            3800,
            9000,
            "units",
            1,
            9,
            5.5,
            48,
            0.79,
            0.92,
            (
                ("Four de polymérisation peinture poudre", PH, Carrier.PROPANE, 180, 1, 0.6, None, None),
                ("Bain de dégraissage — brûleur propane", PH, Carrier.PROPANE, 60, 1, 0.5, None, None),
                ("Cabine de poudrage — extraction", F, E, 11, 2, 0.8, None, 0.9),
                ("Postes de soudure MIG", X, E, 12, 6, 0.35, None, None),
                ("Rouleuse et presse plieuse", M, E, 15, 2, 0.4, None, 0.89),
                ("Injection mousse PU", PH, E, 22, 1, 0.5, None, None),
                ("Banc d'essai étanchéité", P, E, 5.5, 1, 0.5, None, 0.86),
                *_air(22, 1, 0.65),
                *_lighting(3800),
                *OFFICE[:1],
            ),
            FuelProfile(Carrier.PROPANE, Unit.KG, "Total Maroc — vrac", 7.5, True, 2500),
            "Le four de cuisson est démarré deux heures avant la première pièce.",
            "The curing oven is started two hours before the first part.",
            ("oven_start", "leaks", "pf_correction", "led", "solar_preheat"),
            Benchmark(
                "§11 Solar cluster — solar water heaters: no external SEC; KPI kWh and kg LPG per unit (welding, "
                "curing oven, PU foaming)",
                "unit",
                electricity=(20.0, 60.0),
                heat_fuel=(15.0, 65.0),  # about 1–5 kg of LPG per heater
                electricity_share=(0.4, 0.7),
                indicative=True,
                note="No benchmark: the bands are the demo's own. The propane fires the powder-curing oven and "
                "the degreasing bath.",
            ),
        ),
        SiteProfile(
            "Structures Métalliques Sud",
            "SMS Structures SARL",
            "Fabrication de structures de montage pour centrales solaires",
            "Manufacture of mounting structures for solar plants",
            "25.11",
            "Had Soualem",
            8000,
            9000,
            "t",
            2,
            8,
            6,
            48,
            0.76,
            0.87,
            (
                ("Profileuse à galets", M, E, 55, 2, 0.55, None, 0.92),
                ("Poinçonneuse CN", M, E, 30, 2, 0.5, None, 0.91),
                ("Cisaille guillotine", M, E, 18.5, 1, 0.4, None, 0.9),
                ("Postes de soudure", X, E, 15, 8, 0.3, None, None),
                ("Pont roulant", M, E, 11, 3, 0.25, None, 0.88),
                ("Grenailleuse", M, E, 37, 1, 0.6, 2500.0, 0.92),
                # the compressors also run at weekends (the observation): 6 000 h against 4 608 h of production
                *_air(37, 2, 0.75, 6000.0),
                *_lighting(8000),
                *OFFICE[:1],
                ("Four de séchage peinture (propane)", PH, Carrier.PROPANE, 120, 1, 0.5, 3000.0, None),
            ),
            FuelProfile(Carrier.PROPANE, Unit.KG, "Afriquia Gaz — vrac", 7.6, True, 2000),
            "Plusieurs fuites d'air audibles sur le réseau de distribution ; les compresseurs tournent le week-end.",
            "Several audible air leaks on the distribution network; the compressors run at weekends.",
            ("leaks", "pressure", "pf_correction", "led", "compressor_off"),
            Benchmark(
                "§11 Solar cluster — steel frames: no external SEC; KPI kWh per t of steel processed",
                "t steel",
                electricity=(80.0, 300.0),
                heat_fuel=(5.0, 60.0),
                electricity_share=(0.8, 0.97),
                indicative=True,
                note="No benchmark: the bands are the demo's own. Roll-formed from pre-galvanised coil (no "
                "galvanising kettle on site); the propane dries the paint of the painted parts. Compressed air "
                "is well above 10 % of the electricity, as §0 expects of metal fabrication.",
            ),
        ),
        SiteProfile(
            "Câblerie Casa-Nord",
            "Câblerie Casa-Nord SA",
            "Fabrication de câbles solaires et de câbles basse tension",
            "Manufacture of solar and low-voltage cables",
            "27.32",
            "Aïn Sebaâ",
            7500,
            4200,
            "t",
            3,
            8,
            6,
            48,
            0.86,
            0.9,
            (
                ("Tréfileuse cuivre", M, E, 90, 1, 0.7, None, 0.94),
                ("Four de recuit", PH, E, 75, 1, 0.6, None, None),
                ("Extrudeuse isolation — chauffage", PH, E, 45, 2, 0.6, None, None),
                ("Extrudeuse — moteur", M, E, 37, 2, 0.7, None, 0.92),
                ("Toronneuse", M, E, 22, 1, 0.6, None, 0.91),
                ("Bac de refroidissement — pompes", P, E, 7.5, 2, 0.8, None, 0.88),
                ("Tour de refroidissement", F, E, 5.5, 2, 0.7, None, 0.87),
                *_air(30, 1, 0.75),
                *_lighting(7500),
                *OFFICE,
                ("Chariots élévateurs (gasoil)", M, Carrier.GAS_OIL, 40, 2, 0.3, 3000.0, None),
            ),
            FuelProfile(Carrier.GAS_OIL, Unit.LITRE, "Afriquia SMDC", 8.9, False),
            "Les fourreaux d'extrudeuse ne sont pas calorifugés.",
            "The extruder barrels are not insulated.",
            ("barrel_insulation", "vsd_pumps", "led", "leaks", "peak_shift"),
            Benchmark(
                "§11 Solar cluster — cables: no external SEC; KPI kWh per t (drawing, annealing, extrusion)",
                "t cable",
                electricity=(300.0, 900.0),
                electricity_share=(0.95, 1.0),
                indicative=True,
                note="No benchmark: the band is the demo's own (Australian cable makers benchmark grid "
                "electricity per tonne, §11). The gas oil is the forklifts'.",
            ),
        ),
        SiteProfile(
            "Plastiques Bernoussi",
            "Plastiques Bernoussi SARL",
            "Injection et extrusion de pièces plastiques (boîtiers de jonction PV, gaines)",
            "Plastic injection and extrusion (PV junction boxes, conduits)",
            "22.29",
            "Sidi Bernoussi",
            5200,
            4800,
            "t",
            3,
            8,
            6,
            50,
            0.83,
            0.94,
            (
                # about 4 200 t of PVC conduit extruded on three lines, 600 t of boxes injected on six presses
                ("Presse à injecter 250 t (hydraulique)", M, E, 37, 4, 0.5, None, 0.92),
                ("Presse à injecter 450 t (hydraulique)", M, E, 55, 2, 0.5, None, 0.93),
                ("Colliers chauffants presses", PH, E, 9, 6, 0.5, None, None),
                ("Extrudeuse gaines — moteur", M, E, 45, 3, 0.65, None, 0.92),
                ("Colliers chauffants extrudeuses", PH, E, 18, 3, 0.45, None, None),
                ("Onduleuse et tireuse", M, E, 7.5, 3, 0.6, None, 0.87),
                ("Bac de refroidissement gaines — pompe", P, E, 5.5, 3, 0.7, None, 0.87),
                ("Groupe froid moules", R, E, 40, 1, 0.6, None, None),
                ("Broyeur de carottes", M, E, 7.5, 2, 0.3, None, 0.87),
                ("Sécheurs de granulés", PH, E, 9, 3, 0.6, None, None),
                *_air(22, 1, 0.7),
                *_lighting(5200),
                *OFFICE[:1],
                ("Chariots élévateurs GPL", M, Carrier.PROPANE, 30, 2, 0.3, 3000.0, None),
            ),
            FuelProfile(Carrier.PROPANE, Unit.KG, "Total Maroc — vrac", 7.6, True, 350),
            "Les colliers chauffants des presses restent sous tension pendant les arrêts de fin de semaine.",
            "",  # left untranslated on purpose: the demo shows how a missing translation is flagged
            ("servo_presses", "barrel_insulation", "led", "leaks"),
            Benchmark(
                "§10 Plastics extrusion — whole-site SEC ~0.3–0.8 kWh/kg",
                "t processed",
                electricity=(300.0, 800.0),
                electricity_share=(0.95, 1.0),
                note="Mostly extrusion (PVC conduit, 4 200 of the 4 800 t); the injection shop's hydraulic presses "
                "take the site to the upper half of the range. Every end use of §10 is electric: the propane is "
                "the forklifts'.",
            ),
        ),
    ),
}
