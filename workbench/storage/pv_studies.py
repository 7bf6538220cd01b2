"""A supply's rooftop PV study in the workspace (``pv_study``, migration 0014): read, set, taken back."""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from workbench.domain import model
from workbench.domain.solar import PvStudy, PvSystem

from .changes import Change, ChangeAction, EntityKind

if TYPE_CHECKING:
    from .workspace import E

KIND = EntityKind.PV_STUDY


class PvStudies:
    """The PV-study methods of the workspace (a mixin, like :class:`~.load_curves.LoadCurves`)."""

    if TYPE_CHECKING:
        _pending: list[Change]

        @property
        def conn(self) -> sqlite3.Connection: ...

        def transaction(self) -> AbstractContextManager[None]: ...

        def get(self, cls: type[E], ident: int) -> E: ...

    def pv_study(self, supply_id: int) -> PvStudy | None:
        row = self.conn.execute(
            "SELECT kwp, tilt, azimuth, losses, weather_name, weather_attachment_id FROM pv_study WHERE supply_id = ?",
            (supply_id,),
        ).fetchone()
        if row is None:
            return None
        kwp, tilt, azimuth, losses, name, attachment = row
        return PvStudy(supply_id, PvSystem(kwp, tilt, azimuth, losses), name, attachment)

    def set_pv_study(self, study: PvStudy | None, supply_id: int | None = None) -> None:
        """Store ``study`` for its supply (replacing the one there), or with None delete ``supply_id``'s."""
        ident = study.supply_id if study is not None else supply_id
        assert ident is not None, "a study or a supply"
        with self.transaction():
            self.get(model.EnergySupply, ident)  # EntityNotFoundError for a supply that is not there
            if study is None:
                self.conn.execute("DELETE FROM pv_study WHERE supply_id = ?", (ident,))
                self._pending.append(Change(KIND, ident, ChangeAction.DELETE))
                return
            study.system.check()
            s = study.system
            self.conn.execute(
                "INSERT INTO pv_study (supply_id, kwp, tilt, azimuth, losses, weather_name, weather_attachment_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (supply_id) DO UPDATE SET kwp = excluded.kwp, "
                "tilt = excluded.tilt, azimuth = excluded.azimuth, losses = excluded.losses, "
                "weather_name = excluded.weather_name, weather_attachment_id = excluded.weather_attachment_id",
                (ident, s.kwp, s.tilt, s.azimuth, s.losses, study.weather_name, study.weather_attachment),
            )
            self._pending.append(Change(KIND, ident, ChangeAction.UPDATE))
