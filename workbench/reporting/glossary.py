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


def glossary(doc: ReportDocument, w: Wording) -> None:
    doc.table(
        w.t(QT_TRANSLATE_NOOP("Report", "Glossary")),
        [w.t(QT_TRANSLATE_NOOP("Report", "Term")), w.t(QT_TRANSLATE_NOOP("Report", "Meaning"))],
        [[w.translate("Glossary", term), w.translate("Glossary", meaning)] for term, meaning in TERMS],
        [False, False],
        weights=[1.0, 3.0],
    )
