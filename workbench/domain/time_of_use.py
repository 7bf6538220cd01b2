"""Where an end use's hours fall in a time-of-use tariff's periods: peak, standard and off-peak.

A saved kWh of electricity is worth the energy price of the hour it is not used
in. The inventory knows how many hours a year each item runs and the site's
schedule; the tariff knows its hour windows. The daily block of running hours is
laid on the tariff day from the start of the site's working day:

    hours a day = annual hours / operating days (every day of the year when the
                  hours do not fit in the working days)
    block       = [day start, day start + hours a day), wrapping at midnight
    shares      = hours of the block in each period / hours a day, averaged over
                  winter and summer by their number of days

An item said not to run in peak hours has its block laid around the peak (as
far as the hours allow); one said to run in them, whose block would miss the
peak, is laid to end with the peak. Everything here is hours of the day (0–24)
in the tariff's clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

HOURS_A_DAY = 24.0
# ONEE's winter runs 1 October – 31 March (182 days in a common year), its summer 1 April – 30 September.
WINTER_DAYS = 182
SUMMER_DAYS = 183
# Where a site's schedule does not say when its working day starts: a day shift from 08:00, said so wherever
# a split rests on it.
DEFAULT_DAY_START = 8.0


@dataclass(frozen=True, slots=True)
class TouSplit:
    """Shares of a quantity in peak, standard and off-peak hours, adding up to 1."""

    peak: float
    standard: float
    offpeak: float

    def price(self, prices: tuple[float, float, float]) -> float:
        """The energy price of one kWh with this split."""
        return self.peak * prices[0] + self.standard * prices[1] + self.offpeak * prices[2]

    @staticmethod
    def weighted(parts: Iterable[tuple[TouSplit, float]]) -> TouSplit | None:
        """The average of splits weighted by their quantities (None when nothing weighs)."""
        total = peak = standard = 0.0
        for split, weight in parts:
            if weight <= 0:
                continue
            total += weight
            peak += split.peak * weight
            standard += split.standard * weight
        if total <= 0:
            return None
        return TouSplit(peak / total, standard / total, max(0.0, 1.0 - (peak + standard) / total))


@dataclass(frozen=True, slots=True)
class SeasonHours:
    """One season's tariff day: standard hours from ``standard_start`` to ``peak_start``, peak hours to
    ``peak_end``, off-peak hours from there round midnight back to ``standard_start``."""

    standard_start: float
    peak_start: float
    peak_end: float
    days: int

    def check(self) -> None:
        if not 0 <= self.standard_start <= self.peak_start <= self.peak_end <= HOURS_A_DAY:
            raise ValueError(f"tariff hours out of order: {self.standard_start}, {self.peak_start}, {self.peak_end}")

    @property
    def peak_hours(self) -> float:
        return self.peak_end - self.peak_start

    def periods(self) -> tuple[list[tuple[float, float]], list[tuple[float, float]], list[tuple[float, float]]]:
        """Peak, standard and off-peak hours as intervals of [0, 24)."""
        offpeak = [(self.peak_end, HOURS_A_DAY), (0.0, self.standard_start)]
        return [(self.peak_start, self.peak_end)], [(self.standard_start, self.peak_start)], offpeak


@dataclass(frozen=True, slots=True)
class TariffHours:
    """A tariff's day in its two seasons."""

    winter: SeasonHours
    summer: SeasonHours

    def __post_init__(self) -> None:
        self.winter.check()
        self.summer.check()

    def split(self, start: float, hours_a_day: float, in_peak: bool | None = None) -> TouSplit | None:
        """The shares of a daily block of ``hours_a_day`` hours from ``start`` over the year; ``in_peak``
        False lays it around the peak, True makes it reach the peak. None for a block of no hours."""
        if hours_a_day <= 0:
            return None
        parts = [
            (_season_split(season, start % HOURS_A_DAY, min(hours_a_day, HOURS_A_DAY), in_peak), season.days)
            for season in (self.winter, self.summer)
        ]
        return TouSplit.weighted(parts)


def daily_hours(annual_hours: float, days_per_week: float, weeks_per_year: float) -> float:
    """Hours a day an item runs on the days it runs: its annual hours spread over the site's working days,
    or over every day of the year when they do not fit in them (a compressor running 8,000 h a year on a
    five-day site runs at weekends too)."""
    days = days_per_week * weeks_per_year
    if days <= 0 or annual_hours > days * HOURS_A_DAY:
        days = 365.0
    return min(HOURS_A_DAY, annual_hours / days)


def _season_split(season: SeasonHours, start: float, length: float, in_peak: bool | None) -> TouSplit:
    block = _block(season, start, length, in_peak)
    peak, standard, offpeak = (sum(_overlap(block, part) for part in parts) for parts in season.periods())
    total = peak + standard + offpeak
    return TouSplit(peak / total, standard / total, offpeak / total)


def _block(season: SeasonHours, start: float, length: float, in_peak: bool | None) -> list[tuple[float, float]]:
    """The block's intervals within [0, 24)."""
    if in_peak is False and season.peak_hours > 0:
        return _around_peak(season, start, length)
    block = _wrap(start, length)
    if in_peak and season.peak_hours > 0 and not _overlap(block, (season.peak_start, season.peak_end)):
        block = _wrap((season.peak_end - length) % HOURS_A_DAY, length)
    return block


def _around_peak(season: SeasonHours, start: float, length: float) -> list[tuple[float, float]]:
    """``length`` hours from ``start`` skipping the peak; what the off-peak and standard hours cannot hold
    runs in the peak."""
    outside = HOURS_A_DAY - season.peak_hours
    intervals: list[tuple[float, float]] = []
    position = season.peak_end if season.peak_start <= start < season.peak_end else start
    left = min(length, outside)
    while left > 1e-9:
        next_peak = season.peak_start if season.peak_start > position else season.peak_start + HOURS_A_DAY
        step = min(left, next_peak - position)
        intervals.extend(_wrap(position % HOURS_A_DAY, step))
        left -= step
        position = (position + step) % HOURS_A_DAY
        if abs(position - season.peak_start) < 1e-9:
            position = season.peak_end
    if length > outside:
        intervals.append((season.peak_start, season.peak_start + (length - outside)))
    return intervals


def _wrap(start: float, length: float) -> list[tuple[float, float]]:
    end = start + length
    if end <= HOURS_A_DAY:
        return [(start, end)]
    return [(start, HOURS_A_DAY), (0.0, end - HOURS_A_DAY)]


def _overlap(block: list[tuple[float, float]], part: tuple[float, float]) -> float:
    return sum(max(0.0, min(end, part[1]) - max(start, part[0])) for start, end in block)
