"""Where the shipped data lives (factor sets, templates), in a checkout and in a frozen build."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from workbench.domain.factors import FactorSet
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, message


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


@cache
def factor_sets() -> dict[str, FactorSet]:
    """The reference factor sets shipped with the application, by code (``MA``, ``BE``)."""
    sets = [FactorSet.load(p) for p in sorted((resources_dir() / "factors").glob("*.json"))]
    return {s.code: s for s in sets}


def factor_set(code: str) -> FactorSet:
    try:
        return factor_sets()[code]
    except KeyError:
        raise DomainError(
            message(
                "Factors",
                QT_TRANSLATE_NOOP("Factors", "Unknown factor set “{code}” (known: {known})."),
                code=code,
                known=", ".join(sorted(factor_sets())),
            )
        ) from None


REPORT_KINDS = ("site-report", "cluster-synthesis")


def report_template(kind: str = "site-report") -> Path:
    """The shipped Word template of a report kind (styles, page set-up, page numbers)."""
    return resources_dir() / "templates" / f"{kind}.docx"
