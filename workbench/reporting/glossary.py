"""The report's glossary: the terms of Moroccan and Belgian invoices and of the quick scan, defined in the
report's language (each term and its definition come from the catalogue, context "Glossary")."""

from __future__ import annotations

from workbench.domain.messages import QT_TRANSLATE_NOOP

from .docx_writer import ReportDocument
from .wording import Wording

TERMS = (
    (
        QT_TRANSLATE_NOOP("Glossary", "Final energy"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Energy as the site buys it (electricity, fuels), in kWh on the net heating value basis; not the "
            "primary energy used to produce it.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "toe"),
        QT_TRANSLATE_NOOP("Glossary", "Tonne of oil equivalent: 11,630 kWh of final energy."),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Peak, standard and off-peak hours"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The time-of-use periods of the electricity tariff (heures de pointe, heures pleines, heures creuses), "
            "each with its own price per kWh.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Subscribed power"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The power (kVA) of the contract: the power charge (prime fixe) is billed on it every month.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Power called"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The highest power (kVA) the meter recorded in the month (puissance appelée); above the subscribed "
            "power it is billed as an overrun.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Overrun charges"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "What the distributor bills for the power called above the subscribed power (RDPS in Morocco).",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "cos φ (power factor)"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The share of the power drawn that does work: kWh ÷ √(kWh² + kvarh²). Below the tariff's threshold "
            "the bill carries a surcharge; a capacitor bank raises it.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Reactive energy"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Energy (kvarh) that motors and transformers exchange with the grid without using it; it lowers the cos φ.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "End use"),
        QT_TRANSLATE_NOOP(
            "Glossary", "What the energy is used for (process heat, compressed air, lighting…), from the inventory."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Unexplained"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The part of the energy billed that the inventory does not account for: shown as such, never spread "
            "over the end uses.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Simple payback"),
        QT_TRANSLATE_NOOP("Glossary", "The investment divided by the yearly saving, in years."),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "NPV"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Net present value: the yearly savings over the measure's lifetime, discounted, less the investment.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Renewable production"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Energy produced on site (solar panels, solar water heating): it reduces purchases, not the energy the "
            "site uses, and is counted apart from savings.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "t CO2 avoided"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The emissions a saving avoids each year, with the factor of the carrier saved (for electricity, the "
            "grid's combined margin).",
        ),
    ),
)


# The terms of one country's invoices, shown in the reports of its sites (ISO 3166 code of the site).
COUNTRY_TERMS = {
    "MA": (
        (
            QT_TRANSLATE_NOOP("Glossary", "MT (medium voltage)"),
            QT_TRANSLATE_NOOP(
                "Glossary",
                "Supply at medium voltage (moyenne tension), billed by ONEE or the city's distributor on the "
                "general MT tariff: energy by time of use, power charge, overruns and the cos φ surcharge.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("Glossary", "Excl. VAT, incl. VAT"),
            QT_TRANSLATE_NOOP(
                "Glossary",
                "Amounts before and after VAT (HT, TTC). The report's costs exclude VAT, which a company recovers.",
            ),
        ),
    ),
    "BE": (
        (
            QT_TRANSLATE_NOOP("Glossary", "DSO"),
            QT_TRANSLATE_NOOP(
                "Glossary",
                "Distribution system operator (gestionnaire de réseau de distribution, GRD; ORES or RESA in "
                "Wallonia): it runs the local grid and the meters; its network charges appear on the supplier's "
                "bill.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("Glossary", "Quarter-hour peak"),
            QT_TRANSLATE_NOOP(
                "Glossary",
                "The highest average power over a quarter of an hour in the month, read by the meter; a medium-"
                "voltage customer's network capacity charges are billed on it.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("Glossary", "Gross calorific value (GCV)"),
            QT_TRANSLATE_NOOP(
                "Glossary",
                "Natural gas is billed in kWh on the gross calorific value (PCS), which counts the heat of the "
                "water vapour; the report converts it to the net value (PCI), as for every carrier.",
            ),
        ),
    ),
}


def glossary(doc: ReportDocument, w: Wording, country: str = "") -> None:
    """The quick scan's terms, then those of the site's country's invoices."""
    terms = (*TERMS, *COUNTRY_TERMS.get(country.upper(), ()))
    doc.table(
        w.t(QT_TRANSLATE_NOOP("Report", "Glossary")),
        [w.t(QT_TRANSLATE_NOOP("Report", "Term")), w.t(QT_TRANSLATE_NOOP("Report", "Meaning"))],
        [[w.translate("Glossary", term), w.translate("Glossary", meaning)] for term, meaning in terms],
        [False, False],
        weights=[1.0, 3.0],
    )
