"""Where the shipped data lives (factor sets, templates), in a checkout and in a frozen build."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from workbench.bundle import shipped
from workbench.domain.benchmarks import BenchmarkSet
from workbench.domain.factors import FactorSet
from workbench.domain.financial_aid import AID_FOLDER, AidCatalogue, aid_file, countries_in, load_catalogue
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, message


def resources_dir() -> Path:
    return shipped("resources")


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


def shipped_financial_aid_dir() -> Path:
    """The financial aid lists shipped with the application, one ``<CC>.json`` per country."""
    return resources_dir() / AID_FOLDER


def financial_aid_countries(user_dir: Path | None = None) -> list[str]:
    """The countries with a list: those shipped and those the auditor keeps a list for."""
    return sorted(set(countries_in(shipped_financial_aid_dir())) | set(countries_in(user_dir)))


def financial_aid_for(country: str, user_dir: Path | None = None) -> AidCatalogue:
    """The financial aid list of ``country`` (``MA``, ``BE``): the auditor's own copy in ``user_dir`` (the
    folder ``user_aid_dir(data_dir)``) if there is one, else the shipped list, else an empty list.

    A damaged list raises :class:`~workbench.domain.financial_aid.FinancialAidError` naming the file, the
    entry and the field: the caller shows it and writes no report on half the data."""
    code = (country or "").strip().upper()
    if user_dir is not None:
        own = aid_file(user_dir, code)
        if code and own.is_file():
            return load_catalogue(own, code, user_copy=True)
    shipped = aid_file(shipped_financial_aid_dir(), code)
    if code and shipped.is_file():
        return load_catalogue(shipped, code)
    return AidCatalogue(code)


def benchmarks_file() -> Path:
    """The shipped sector benchmarks (ranges of energy per unit produced, with their sources and status)."""
    return resources_dir() / "benchmarks.json"


@cache
def benchmarks() -> BenchmarkSet:
    """The sector benchmarks shipped with the application, read once. A damaged file raises
    :class:`~workbench.domain.benchmarks.BenchmarkError` naming the entry and the field."""
    return BenchmarkSet.load(benchmarks_file())


def shipped_weather_dir() -> Path:
    """The typical-year weather files (EPW) shipped for the PV simulation."""
    return resources_dir() / "weather"


def shipped_weather_files() -> list[Path]:
    return sorted(shipped_weather_dir().glob("*.epw"))
