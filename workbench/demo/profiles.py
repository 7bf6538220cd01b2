"""The ten industrial units of the demo programme, described as data.

Each profile gives the site's identity, its schedule, its equipment (from which
the bills are derived, so the bills and the inventory tell one story) and its
fuel supply. Figures are plausible for small Casablanca plants, not measured.
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


def _air(kw: float, count: int, lf: float = 0.75) -> tuple[Item, ...]:
    return tuple((f"Compresseur à vis {kw:g} kW n° {i + 1}", CA, E, kw, 1, lf, None, 0.92) for i in range(count))


PROFILES: dict[str, tuple[SiteProfile, ...]] = {
    "materials": (
        SiteProfile(
            "Ciments de l'Atlas — station de broyage",
            "Ciments de l'Atlas SA",
            "Broyage de clinker et ensachage de ciment",
            "Clinker grinding and cement bagging",
            "23.51",
            "Aïn Sebaâ",
            6500,
            95_000,
            "t",
            3,
            8,
            6,
            48,
            0.84,
            0.91,
            (
                ("Broyeur à boulets — moteur principal", M, E, 355, 1, 0.85, None, 0.95),
                ("Ventilateur séparateur", F, E, 75, 1, 0.75, None, 0.93),
                ("Ventilateur filtre à manches", F, E, 90, 1, 0.7, None, 0.93),
                ("Élévateur à godets", M, E, 22, 2, 0.7, None, 0.91),
                ("Transporteur à bande", M, E, 7.5, 4, 0.55, None, 0.88),
                ("Doseur clinker / gypse", M, E, 5.5, 2, 0.6, None, 0.87),
                ("Ensacheuse rotative", M, E, 30, 1, 0.6, 4000.0, 0.92),
                ("Pompe de graissage", P, E, 4, 2, 0.7, None, 0.85),
                *_air(37, 2, 0.72),
                *_lighting(6500),
                *OFFICE,
                ("Chargeuse sur pneus (gasoil)", M, Carrier.GAS_OIL, 110, 1, 0.35, 2200.0, None),
            ),
            FuelProfile(Carrier.GAS_OIL, Unit.LITRE, "Afriquia SMDC", 8.9, False),
            "Le broyeur tourne à vide près d'une heure par poste lors des changements de qualité. "
            "Le facteur de puissance reste sous 0,85 malgré une batterie de condensateurs hors service.",
            "The mill runs empty for about an hour per shift at grade changes. "
            "The power factor stays below 0.85 with a capacitor bank out of service.",
            ("pf_correction", "leaks", "vsd_fans", "led", "subscribed_power"),
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
                ("Mouleuse-extrudeuse sous vide", M, E, 160, 1, 0.75, None, 0.94),
                ("Broyeur à meules", M, E, 55, 1, 0.7, None, 0.92),
                ("Mélangeur double arbre", M, E, 45, 1, 0.7, None, 0.92),
                ("Ventilateur tirage four tunnel", F, E, 45, 2, 0.8, None, 0.92),
                ("Ventilateur séchoir", F, E, 22, 4, 0.75, None, 0.91),
                ("Pousseuse wagons four", M, E, 7.5, 2, 0.4, None, 0.87),
                ("Transporteur à bande", M, E, 5.5, 5, 0.55, None, 0.87),
                *_air(22, 1),
                *_lighting(9000),
                *OFFICE[:1],
                ("Four tunnel — brûleurs fioul", PH, Carrier.HEAVY_FUEL_OIL, 180, 1, 0.65, 8400.0, None),
            ),
            FuelProfile(Carrier.HEAVY_FUEL_OIL, Unit.KG, "Vivo Energy Maroc", 5.6, False),
            "Le four tunnel n'est pas isolé en voûte ; température de paroi 95 °C mesurée. "
            "Les séchoirs ne récupèrent pas la chaleur de refroidissement du four.",
            "The tunnel kiln roof is not insulated; wall temperature measured at 95 °C. "
            "The dryers do not recover the kiln's cooling heat.",
            ("kiln_insulation", "combustion", "pf_correction", "led", "heat_recovery"),
        ),
        SiteProfile(
            "Céramiques du Littoral",
            "Céramiques du Littoral SA",
            "Fabrication de carreaux de céramique",
            "Manufacture of ceramic tiles",
            "23.31",
            "Sidi Bernoussi",
            12000,
            1_200_000,
            "m²",
            3,
            8,
            6,
            50,
            0.88,
            0.9,
            (
                ("Broyeur à boulets barbotine", M, E, 132, 1, 0.8, None, 0.94),
                ("Presse hydraulique", M, E, 90, 2, 0.65, None, 0.93),
                ("Atomiseur — ventilateur", F, E, 55, 1, 0.8, None, 0.93),
                ("Ligne d'émaillage", M, E, 11, 2, 0.6, None, 0.89),
                ("Ventilateurs four à rouleaux", F, E, 18.5, 4, 0.75, None, 0.91),
                ("Pompes barbotine", P, E, 7.5, 3, 0.7, None, 0.88),
                *_air(45, 2, 0.7),
                *_lighting(12000),
                *OFFICE,
                ("Four à rouleaux — brûleurs propane", PH, Carrier.PROPANE, 95, 1, 0.75, 7000.0, None),
                ("Séchoir vertical — brûleur propane", PH, Carrier.PROPANE, 45, 1, 0.6, 7000.0, None),
            ),
            FuelProfile(Carrier.PROPANE, Unit.KG, "Total Maroc — vrac", 7.4, True, 9000),
            "Les fumées du four (220 °C) sortent sans récupération alors que l'atomiseur consomme du propane.",
            "The kiln flue gas (220 °C) leaves unrecovered while the spray dryer burns propane.",
            ("heat_recovery", "leaks", "pressure", "combustion", "led", "vsd_pumps"),
        ),
        SiteProfile(
            "Préfa Béton Bouskoura",
            "Préfa Béton Bouskoura SARL",
            "Fabrication de blocs, pavés et hourdis en béton",
            "Manufacture of concrete blocks, pavers and floor blocks",
            "23.61",
            "Bouskoura",
            7000,
            85_000,
            "t",
            2,
            8,
            6,
            48,
            0.81,
            0.93,
            (
                ("Presse vibrante à blocs", M, E, 75, 1, 0.6, None, 0.93),
                ("Malaxeur planétaire", M, E, 55, 1, 0.55, None, 0.92),
                ("Skip et trémies", M, E, 15, 2, 0.4, None, 0.89),
                ("Transporteur à bande", M, E, 5.5, 4, 0.5, None, 0.87),
                ("Pompe eau de gâchage", P, E, 4, 1, 0.6, None, 0.85),
                *_air(15, 1, 0.65),
                *_lighting(7000),
                *OFFICE[:1],
                ("Chariots élévateurs et chargeuse (gasoil)", M, Carrier.GAS_OIL, 60, 3, 0.35, 2800.0, None),
            ),
            FuelProfile(Carrier.GAS_OIL, Unit.LITRE, "Afriquia SMDC", 8.9, False),
            "Consommation de gasoil élevée : la chargeuse tourne au ralenti entre deux chargements.",
            "High diesel use: the loader idles between loads.",
            ("idling", "led", "pf_correction", "leaks"),
        ),
        SiteProfile(
            "Verre Trempé Lissasfa",
            "Verre Trempé Lissasfa SARL",
            "Découpe, façonnage, trempe et double vitrage",
            "Glass cutting, edging, tempering and insulated glazing",
            "23.12",
            "Lissasfa",
            5000,
            120_000,
            "m²",
            2,
            8,
            6,
            48,
            0.9,
            0.89,
            (
                ("Four de trempe — résistances", PH, E, 420, 1, 0.55, 3400.0, None),
                ("Soufflerie de trempe", F, E, 160, 1, 0.45, 3400.0, 0.94),
                ("Façonneuse bilatérale", M, E, 30, 2, 0.6, None, 0.91),
                ("Table de découpe", M, E, 7.5, 2, 0.4, None, 0.87),
                ("Laveuse de verre", M, E, 15, 1, 0.65, None, 0.89),
                ("Pompes eau de façonnage", P, E, 5.5, 3, 0.7, None, 0.87),
                *_air(30, 1, 0.7),
                *_lighting(5000),
                *OFFICE,
                ("Chariots élévateurs GPL", M, Carrier.PROPANE, 35, 2, 0.35, 2500.0, None),
            ),
            FuelProfile(Carrier.PROPANE, Unit.KG, "Afriquia Gaz — vrac", 7.6, True, 400),
            "Le four de trempe reste en chauffe pendant les pauses et les changements d'épaisseur.",
            "The tempering furnace stays hot through breaks and thickness changes.",
            ("furnace_standby", "led", "leaks", "peak_shift"),
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
                ("Centrale de traitement d'air salle blanche", H, E, 45, 1, 0.7, 5500.0, None),
                ("Groupe d'eau glacée", R, E, 60, 1, 0.55, 3500.0, None),
                *_air(18.5, 1, 0.6),
                *_lighting(4500, 4200.0),
                *OFFICE,
                ("Groupe électrogène de secours (gasoil)", X, Carrier.GAS_OIL, 250, 1, 0.6, 60.0, None),
            ),
            FuelProfile(Carrier.GAS_OIL, Unit.LITRE, "Afriquia SMDC", 9.1, False),
            "La salle blanche est climatisée 24 h/24 alors que la production s'arrête la nuit et le week-end.",
            "The clean room is air-conditioned around the clock while production stops at night and at weekends.",
            ("hvac_schedule", "pv_rooftop", "led", "leaks"),
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
        ),
        SiteProfile(
            "Structures Métalliques Sud",
            "SMS Structures SARL",
            "Fabrication de structures de montage pour centrales solaires",
            "Manufacture of mounting structures for solar plants",
            "25.11",
            "Had Soualem",
            8000,
            6500,
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
                *_air(37, 2, 0.75),
                *_lighting(8000),
                *OFFICE[:1],
                ("Four de séchage peinture (propane)", PH, Carrier.PROPANE, 120, 1, 0.5, 3000.0, None),
            ),
            FuelProfile(Carrier.PROPANE, Unit.KG, "Afriquia Gaz — vrac", 7.6, True, 2000),
            "Plusieurs fuites d'air audibles sur le réseau de distribution ; les compresseurs tournent le week-end.",
            "Several audible air leaks on the distribution network; the compressors run at weekends.",
            ("leaks", "pressure", "pf_correction", "led", "compressor_off"),
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
        ),
        SiteProfile(
            "Plastiques Bernoussi",
            "Plastiques Bernoussi SARL",
            "Injection et extrusion de pièces plastiques (boîtiers de jonction PV, gaines)",
            "Plastic injection and extrusion (PV junction boxes, conduits)",
            "22.29",
            "Sidi Bernoussi",
            5200,
            2800,
            "t",
            3,
            8,
            6,
            50,
            0.83,
            0.94,
            (
                ("Presse à injecter 250 t (hydraulique)", M, E, 37, 4, 0.65, None, 0.92),
                ("Presse à injecter 450 t (hydraulique)", M, E, 55, 2, 0.65, None, 0.93),
                ("Colliers chauffants presses", PH, E, 12, 6, 0.5, None, None),
                ("Extrudeuse gaines", M, E, 45, 1, 0.7, None, 0.92),
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
        ),
    ),
}
