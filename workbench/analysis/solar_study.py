"""A supply's PV study worked out from the workspace: its weather (shipped or kept in the file), its typical
year, and that year against the supply's load curve, priced window by window — and the renewable-production
measure it proposes, which the measures' economics then price like any other."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from workbench.domain import model
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, message
from workbench.domain.solar import PvStudy
from workbench.domain.units import Carrier
from workbench.domain.vocab import EndUse, MeasureCategory, MeasureKind, Provenance
from workbench.resources import shipped_weather_dir

from .load_curve import tou_periods
from .load_curve_summary import MeterCurve, offtake_curve, tariff_hours
from .solar import PvYear, SelfConsumption, WeatherYear, read_weather, self_consumption, simulate

if TYPE_CHECKING:
    from workbench.storage.workspace import Workspace

PV_LIFETIME_YEARS = 25.0  # modules' usual performance warranty


class PriceBasis(Enum):
    TARIFF_WINDOWS = "tariff"  # the tariff's energy price in each time-of-use window (ONEE MT)
    MEAN_BILLED = "mean"  # the mean billed price (every charge over the kWh): no windows


@dataclass(frozen=True)
class PvResult:
    study: PvStudy
    weather: WeatherYear
    year: PvYear
    curve: MeterCurve
    use: SelfConsumption
    price_basis: PriceBasis | None  # None: not priced

    @property
    def annual_production(self) -> float:
        return self.year.annual_kwh

    @property
    def annual_self_consumed(self) -> float:
        """The typical year's production used on site: its share over the curve's days, on the whole year."""
        share = self.use.self_consumed_share
        return self.year.annual_kwh * share if share is not None else 0.0

    @property
    def annual_avoided(self) -> float | None:
        avoided = self.use.avoided
        return None if avoided is None else avoided * self.use.per_year


def weather_bytes(workspace: Workspace, study: PvStudy) -> bytes:
    """The study's weather file: the one kept in the workspace, or the shipped one of its name."""
    if study.weather_attachment is not None:
        return workspace.attachment_data(study.weather_attachment)
    path = shipped_weather_dir() / study.weather_name
    if path.name != study.weather_name or not path.is_file():
        raise DomainError(
            message(
                "Solar",
                QT_TRANSLATE_NOOP("Solar", "The weather file {file} is not shipped with this version: load it again."),
                file=study.weather_name,
            )
        )
    return path.read_bytes()


def study_result(
    workspace: Workspace, supply: model.EnergySupply, site: model.Site, study: PvStudy | None = None
) -> PvResult | None:
    """The supply's PV study (``study``, else the stored one) against its offtake load curve; None without
    either. DomainError when the weather file cannot be read."""
    study = study or workspace.pv_study(model.stored_id(supply))
    curve = offtake_curve(workspace, supply, site)
    if study is None or curve is None:
        return None
    weather = read_weather(weather_bytes(workspace, study), study.weather_name)
    year = simulate(weather, study.system)
    hours = tariff_hours(site.country, workspace.factor_lookup(site))
    periods = tou_periods(curve.grid, hours) if hours is not None else None
    prices: tuple[float, float, float] | None = None
    currency: str | None = None
    basis: PriceBasis | None = None
    if hours is not None:
        from workbench.domain.tariffs import MoroccoMtTariff

        try:
            tariff = MoroccoMtTariff.from_factors(workspace.factor_lookup(site))
            prices = tuple(f.value for f in tariff.energy_prices)  # type: ignore[assignment]
            currency, basis = site.currency, PriceBasis.TARIFF_WINDOWS
        except (DomainError, KeyError):
            prices = None
    if prices is None and curve.price is not None:
        price = curve.price.per_kwh
        prices, currency, basis = (price, price, price), curve.price.currency, PriceBasis.MEAN_BILLED
    use = self_consumption(curve.grid, year, periods, prices, currency)
    return PvResult(study, weather, year, curve, use, basis)


def pv_measure(site: model.Site, result: PvResult, investment: float | None = None) -> model.Measure:
    """The renewable-production measure of the study: its yearly production, the share used on site and that
    share's time-of-use split (the measures' economics price what it avoids)."""
    system = result.study.system
    kwp = f"{system.kwp:g}"
    split = result.use.split
    share = result.use.self_consumed_share
    title = model.BilingualText(
        fr=f"Centrale photovoltaïque en toiture de {kwp}\u00a0kWc",
        en=f"Rooftop photovoltaic plant of {kwp}\u00a0kWp",
    )
    description = model.BilingualText(
        fr=(
            f"{kwp}\u00a0kWc, inclinaison {system.tilt:g}°, azimut {system.azimuth:g}° (180° = plein sud), pertes "
            f"{system.losses * 100:g}\u202f%, année type {result.weather.station} : production simulée heure par heure "
            "(pvlib) et confrontée à la courbe de charge du site intervalle par intervalle."
        ),
        en=(
            f"{kwp} kWp, tilt {system.tilt:g}°, azimuth {system.azimuth:g}° (180° = due south), losses "
            f"{system.losses * 100:g}%, typical year of {result.weather.station}: production simulated hour by hour "
            "(pvlib) and set against the site's load curve interval by interval."
        ),
    )
    return model.Measure(
        site_id=model.stored_id(site),
        title=title,
        description=description,
        end_use=EndUse.OTHER,
        savings=(model.MeasureSaving(carrier=Carrier.ELECTRICITY, kwh=round(result.annual_production)),),
        investment=investment,
        category=MeasureCategory.INVESTMENT,
        kind=MeasureKind.RENEWABLE,
        tou_peak=round(split[0], 4) if split else None,
        tou_standard=round(split[1], 4) if split else None,
        tou_offpeak=round(split[2], 4) if split else None,
        self_consumption=round(share, 4) if share is not None else None,
        provenance=Provenance.ESTIMATE,
        lifetime_years=PV_LIFETIME_YEARS,
    )
