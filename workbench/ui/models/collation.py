"""Sorting as a reader of the interface's language expects: "Électricité" between "Eau" and "Fioul" in French,
"Site 2" before "Site 10", capitals mixed with small letters.

Python's ``<`` on strings compares code points ("É" after "Z"); a :class:`QCollator` of the interface's
locale, in numeric mode, compares as a dictionary does. :class:`CollatingProxy` sorts any table with it and
sorts again when the language changes.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QCollator, QLocale, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from workbench.domain.vocab import Language
from workbench.i18n.language import LanguageManager

Index = QModelIndex | QPersistentModelIndex
LOCALES = {Language.FR: "fr_FR", Language.EN: "en_GB"}  # the locales LanguageManager installs


def collator_for(language: Language | str) -> QCollator:
    """A case-insensitive collator of ``language`` that reads runs of digits as numbers."""
    collator = QCollator(QLocale(LOCALES[Language(language)]))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    # Names carry numbers ("Site 2", "Four 10", "MT201902-04016"): read as numbers, 2 comes before 10.
    collator.setNumericMode(True)
    return collator


def less(collator: QCollator, left: Any, right: Any) -> bool:
    """``left < right`` with texts collated; sort keys may be tuples (a group, then a value) and may be None
    (an empty cell, sorted first as Qt's own comparison does)."""
    if isinstance(left, str) and isinstance(right, str):
        return collator.compare(left, right) < 0
    if isinstance(left, tuple) and isinstance(right, tuple):
        for a, b in zip(left, right, strict=False):
            if less(collator, a, b):
                return True
            if less(collator, b, a):
                return False
        return len(left) < len(right)
    if left is None or right is None:
        return left is None and right is not None
    try:
        return bool(left < right)
    except TypeError:  # a text beside a number in one column: compare what is shown
        return collator.compare(str(left), str(right)) < 0


class CollatingProxy(QSortFilterProxyModel):
    """A sort proxy whose texts are collated in the interface's language, sorted again when it changes."""

    def __init__(self, languages: LanguageManager, parent=None) -> None:
        super().__init__(parent)
        self.collator = collator_for(languages.language)
        languages.language_changed.connect(self._language_changed)

    def _language_changed(self, language: str) -> None:
        self.collator = collator_for(language)
        self.invalidate()  # the rows stay, their order follows the new language

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        role = self.sortRole()
        a, b = left.data(role), right.data(role)
        if isinstance(a, Enum) or isinstance(b, Enum):
            # A choice (end use, carrier) is read by its name in the interface's language, not its stored code.
            a, b = left.data(Qt.ItemDataRole.DisplayRole), right.data(Qt.ItemDataRole.DisplayRole)
        return less(self.collator, a, b)
