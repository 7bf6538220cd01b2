"""The inventory of a site as an editable table: each figure shows where it comes from, each estimate its defaults."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from workbench.domain import model
from workbench.domain.estimation import estimate
from workbench.domain.kinds import EntityKind
from workbench.domain.messages import QT_TRANSLATE_NOOP
from workbench.domain.units import CARRIER_LABELS
from workbench.domain.validation import field_label
from workbench.domain.vocab import LABELS, Provenance
from workbench.i18n.language import LanguageManager, qt_translate
from workbench.ui.session import WorkspaceSession

from .entity_table import EntityColumn, EntityTableModel

Index = QModelIndex | QPersistentModelIndex
# Figures the auditor did not read or measure: shown in italics.
GUESSED = {Provenance.DEFAULT, Provenance.ESTIMATE, Provenance.INTERVIEW}
# What moves every row's estimate: the site's schedule, and the factors (its overrides, the programme's set).
ESTIMATE_KINDS = frozenset({EntityKind.SITE, EntityKind.FACTOR_OVERRIDE, EntityKind.PROGRAMME})


class EquipmentTableModel(EntityTableModel):
    def __init__(self, session: WorkspaceSession, languages: LanguageManager, site_id: int, parent=None) -> None:
        self.site_id = site_id
        self.site = session.get(model.Site, site_id)
        self.factors = session.workspace.factor_lookup(self.site)
        columns = [
            EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "Name"), "name", "text"),
            EntityColumn(
                QT_TRANSLATE_NOOP("EntityTable", "End use"),
                kind="text",
                compute=lambda e: QCoreApplication.translate("EndUse", LABELS[e.end_use]),
            ),
            EntityColumn(
                QT_TRANSLATE_NOOP("EntityTable", "Energy"),
                kind="text",
                compute=lambda e: QCoreApplication.translate("Carrier", CARRIER_LABELS[e.carrier]),
            ),
            EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "Rated power"), "rated_power", decimals=2, unit=lambda: "kW"),
            EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "Quantity"), "quantity"),
            EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "Load factor"), "load_factor", decimals=2),
            EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "Hours per year"), "annual_hours"),
            EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "Efficiency"), "efficiency", decimals=3),
            EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "Estimated per year"), compute=self._kwh, unit=lambda: "kWh"),
            EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "Location"), "location", "text"),
        ]
        super().__init__(session, languages, model.Equipment, columns, self._load, parent)
        self.refresh()

    def _load(self) -> list[model.Equipment]:
        self.site = self.session.get(model.Site, self.site_id)
        self.factors = self.session.workspace.factor_lookup(self.site)
        return self.session.workspace.equipment(self.site_id)

    def _kwh(self, item: model.Equipment) -> float:
        return estimate(item, self.site.schedule, self.factors).kwh

    def _on_changes(self, changes) -> None:
        if any(c.entity in ESTIMATE_KINDS for c in changes):
            self.refresh()
            return
        super()._on_changes(changes)

    def cell_data(self, index: Index, role: int) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole):
            return super().cell_data(index, role)
        item, column = self.entity(index.row()), self.columns[index.column()]
        if column.compute is self._kwh:
            result = estimate(item, self.site.schedule, self.factors)
            if not result.defaults:
                return None
            if role == Qt.ItemDataRole.FontRole:
                return _italic()
            names = ", ".join(field_label(model.Equipment, name).render(qt_translate) for name in result.defaults)
            return QCoreApplication.translate("EntityTable", "Defaults used for: {fields}").format(fields=names)
        provenance = item.provenance.get(column.field) if column.field else None
        if provenance is None:
            return None
        if role == Qt.ItemDataRole.FontRole:
            return _italic() if provenance in GUESSED else None
        return QCoreApplication.translate("Provenance", LABELS[provenance])


def _italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font
