"""Where each figure of an item comes from (measured, nameplate, estimated, default): one choice per figure."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from workbench.domain.validation import field_label
from workbench.domain.vocab import LABELS, Provenance
from workbench.i18n.language import qt_translate
from workbench.ui.read_only import EditLock


class ProvenanceEditor(QWidget):
    changed = Signal(object)  # the new provenance dict

    def __init__(self, cls: type, fields: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cls, self.fields = cls, fields
        self._value: dict[str, Provenance] = {}
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combos: dict[str, QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        for name in fields:
            combo, label = QComboBox(), QLabel()
            combo.setObjectName(f"provenance_{name}")
            combo.activated.connect(self._commit)
            self.combos[name], self.labels[name] = combo, label
            layout.addRow(label, combo)
        self._lock: EditLock | None = None
        self.retranslate()

    def lock_edits(self) -> None:
        """A read-only workspace: each figure's source is shown as it is and cannot be changed."""
        self._lock = EditLock(self)
        self._lock.add(*self.combos.values())

    def set_value(self, value: dict[str, Provenance]) -> None:
        self._value = dict(value)
        for name, combo in self.combos.items():
            provenance = value.get(name)
            combo.setCurrentIndex(max(0, combo.findData(provenance.value if provenance else None)))

    def _commit(self) -> None:
        value = {k: v for k, v in self._value.items() if k not in self.combos}
        for name, combo in self.combos.items():
            if combo.currentData():
                value[name] = Provenance(combo.currentData())
        if value != self._value:
            self._value = value
            self.changed.emit(value)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for name, combo in self.combos.items():
            current = combo.currentData()
            combo.clear()
            combo.addItem("—", None)
            for provenance in Provenance:
                combo.addItem(QCoreApplication.translate("Provenance", LABELS[provenance]), provenance.value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            self.labels[name].setText(field_label(self.cls, name).render(qt_translate))
        if self._lock is not None:
            self._lock.retranslate()
