"""Read-only lists under a site: a supply's bills, the equipment inventory and the measures.

Their editors come with the bills (#4) and inventory (#5) work; these pages
already show what the file holds, sortable, in the UI language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from workbench.domain import model
from workbench.domain.messages import QT_TRANSLATE_NOOP
from workbench.domain.vocab import LABELS
from workbench.i18n.language import LanguageManager
from workbench.ui.models.tables import Column, RowsTableModel
from workbench.ui.session import WorkspaceSession

from .page import Page, title_label
from .summary_pages import sortable_table


def _label(value) -> str:
    return QCoreApplication.translate(type(value).__name__, LABELS[value])


class ListPage(Page):
    """A title and one sortable table of rows."""

    def __init__(self, session: WorkspaceSession, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(session, languages, parent)
        layout = QVBoxLayout(self)
        self.title = title_label(1.4)
        layout.addWidget(self.title)
        self.model = RowsTableModel(self.columns(), self.rows, languages, self)
        self.view = sortable_table(self.model, self)
        layout.addWidget(self.view)

    # Each subclass says what it lists.
    def columns(self) -> list[Column]:
        return []

    def rows(self) -> list:
        return []

    def title_text(self) -> str:
        return ""

    def refresh(self) -> None:
        self.title.setText(self.title_text())
        self.model.refresh()


class MeasuresPage(ListPage):
    def affected_by(self, changes) -> bool:
        return any(c.entity in ("measure", "site") for c in changes)

    def title_text(self) -> str:
        site = self.session.get(model.Site, self.key[1])
        return QCoreApplication.translate("Pages", "Measures of {site}").format(site=site.name)

    def rows(self) -> list:
        if self.key is None:
            return []
        return self.session.workspace.measures(self.key[1])

    def columns(self) -> list[Column]:
        f = lambda: self.languages.formatter  # noqa: E731
        return [
            Column(
                "Tables",
                QT_TRANSLATE_NOOP("Tables", "Title"),
                lambda m: m.title.text(self.languages.language) or "⚠ " + (m.title.fr or m.title.en),
            ),
            Column(
                "Tables",
                QT_TRANSLATE_NOOP("Tables", "Energy saved (kWh/yr)"),
                lambda m: f().number(m.energy_savings_kwh),
                lambda m: m.energy_savings_kwh,
                True,
            ),
            Column(
                "Tables",
                QT_TRANSLATE_NOOP("Tables", "Cost saved per year"),
                lambda m: f().number(m.cost_savings),
                lambda m: m.cost_savings or 0.0,
                True,
            ),
            Column(
                "Tables",
                QT_TRANSLATE_NOOP("Tables", "Investment"),
                lambda m: f().number(m.investment),
                lambda m: m.investment or 0.0,
                True,
            ),
            Column(
                "Tables",
                QT_TRANSLATE_NOOP("Tables", "Payback (years)"),
                lambda m: f().number(m.simple_payback_years, 1),
                lambda m: m.simple_payback_years or 0.0,
                True,
            ),
            Column("Tables", QT_TRANSLATE_NOOP("Tables", "Status"), lambda m: _label(m.status)),
        ]
