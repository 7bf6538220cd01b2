"""The Moroccan medium-voltage "tarif général" (ONEE), morocco-tariffs-and-reports.md §2.2.

    RC   = pHP·E_HP + pHPL·E_HPL + pHC·E_HC                   energy charge
    RP   = Pf/12 × PS                                           power charge (monthly twelfth)
    RDPS = 1.5 × Pf/12 × (PA − PS)   when PA > PS               overrun charge
    Maj  = 2 % × 100·(0.8 − cos φ) × (RC + RP + RDPS)           when cos φ < 0.8

Prices, the multiplier, the threshold and the surcharge rate are factors
(``tariff.ma_mt.*``), so a site's own contract figures can replace them.
"""

from __future__ import annotations

from dataclasses import dataclass

from .factors import Factor, FactorLookup

PREFIX = "tariff.ma_mt."


@dataclass(frozen=True, slots=True)
class MtCharges:
    energy: float
    power: float
    overrun: float
    cos_phi_surcharge: float
    metering: float

    @property
    def total_excl_vat(self) -> float:
        return self.energy + self.power + self.overrun + self.cos_phi_surcharge + self.metering


@dataclass(frozen=True, slots=True)
class MoroccoMtTariff:
    price_peak: Factor
    price_standard: Factor
    price_offpeak: Factor
    fixed_premium: Factor
    overrun_multiplier: Factor
    cos_phi_threshold: Factor
    surcharge_per_hundredth: Factor
    metering_per_month: Factor
    vat_rate: Factor

    @classmethod
    def from_factors(cls, factors: FactorLookup) -> MoroccoMtTariff:
        def get(name: str) -> Factor:
            return factors.get(PREFIX + name)

        return cls(
            get("price.peak"),
            get("price.standard"),
            get("price.offpeak"),
            get("fixed_premium"),
            get("overrun_multiplier"),
            get("cos_phi_threshold"),
            get("cos_phi_surcharge_per_hundredth"),
            get("metering_per_month"),
            get("vat_rate"),
        )

    def charges(
        self,
        kwh_peak: float,
        kwh_standard: float,
        kwh_offpeak: float,
        subscribed_kva: float,
        reached_kva: float,
        cos_phi: float,
    ) -> MtCharges:
        """One month's charges, excluding VAT."""
        energy = (
            self.price_peak.value * kwh_peak
            + self.price_standard.value * kwh_standard
            + self.price_offpeak.value * kwh_offpeak
        )
        monthly_premium = self.fixed_premium.value / 12
        power = monthly_premium * subscribed_kva
        overrun = self.overrun_multiplier.value * monthly_premium * max(0.0, reached_kva - subscribed_kva)
        shortfall_hundredths = max(0.0, self.cos_phi_threshold.value - cos_phi) * 100
        surcharge = self.surcharge_per_hundredth.value * shortfall_hundredths * (energy + power + overrun)
        return MtCharges(energy, power, overrun, surcharge, self.metering_per_month.value)


def cos_phi(kwh: float, kvarh: float) -> float | None:
    """Average power factor of a period: cos φ = kWh / √(kWh² + kvarh²)."""
    apparent = (kwh**2 + kvarh**2) ** 0.5
    return kwh / apparent if apparent else None
