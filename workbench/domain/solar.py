"""A rooftop PV system as an auditor sizes it for a quick scan: its peak power, how it faces, its losses, and
the typical-year weather it is simulated with (a shipped file or one the user loaded, kept in the workspace)."""

from __future__ import annotations

from dataclasses import dataclass

from .messages import QT_TRANSLATE_NOOP, DomainError, message

CTX = "Solar"
DEFAULT_LOSSES = 0.14  # PVWatts' default system losses (soiling, shading, wiring, mismatch, ageing…): 14 %
DEFAULT_TILT = 30.0
SOUTH = 180.0


@dataclass(frozen=True, slots=True)
class PvSystem:
    """``azimuth``: degrees clockwise from north (180: south, 90: east); ``tilt``: degrees from horizontal;
    ``losses``: the share of the DC energy lost before the inverter."""

    kwp: float
    tilt: float = DEFAULT_TILT
    azimuth: float = SOUTH
    losses: float = DEFAULT_LOSSES

    def check(self) -> None:
        """DomainError naming the first value out of range."""
        limits = (
            (self.kwp, 0.1, 100_000.0, QT_TRANSLATE_NOOP("Solar", "The peak power")),
            (self.tilt, 0.0, 90.0, QT_TRANSLATE_NOOP("Solar", "The tilt")),
            (self.azimuth, 0.0, 360.0, QT_TRANSLATE_NOOP("Solar", "The azimuth")),
            (self.losses, 0.0, 0.5, QT_TRANSLATE_NOOP("Solar", "The losses")),
        )
        for value, low, high, name in limits:
            if not low <= value <= high:
                raise DomainError(
                    message(
                        CTX,
                        QT_TRANSLATE_NOOP("Solar", "{name} must lie between {low} and {high}, not {value}."),
                        name=message(CTX, name),
                        low=low,
                        high=high,
                        value=value,
                    )
                )


@dataclass(frozen=True, slots=True)
class PvStudy:
    """A supply's PV study as stored: the system and its weather (``weather_attachment``: a file the user
    loaded, kept in the workspace; None: the shipped file ``weather_name``)."""

    supply_id: int
    system: PvSystem
    weather_name: str
    weather_attachment: int | None = None
