"""Factors as the interface shows them outside the programme's table: one line each in a tooltip."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication

from workbench.domain.factors import Factor
from workbench.domain.messages import QT_TRANSLATE_NOOP
from workbench.i18n.language import LanguageManager

LINE = QT_TRANSLATE_NOOP("Factors", "{name}: {value} {unit} ({status}) — {source}")


def factor_lines(factors: Iterable[Factor], languages: LanguageManager, value: Callable[[float], str]) -> str:
    """Name, value, unit, status and source of each factor in the interface's language, one line each; the
    key, which means nothing to a reader, is left to the programme's table of factors."""
    language = languages.language
    return "\n".join(
        QCoreApplication.translate("Factors", LINE).format(
            name=f.name_in(language),
            value=value(f.value),
            unit=f.unit_in(language),
            status=QCoreApplication.translate("Factors", f.status_label),
            source=f.source_in(language),
        )
        for f in factors
    )
