"""The programme page and the cluster page: identity forms and the sites side by side."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QGroupBox, QHeaderView, QTableView, QVBoxLayout, QWidget

from workbench.domain import model
from workbench.domain.kinds import EntityKind
from workbench.domain.messages import QT_TRANSLATE_NOOP
from workbench.i18n.language import LanguageManager
from workbench.resources import factor_sets
from workbench.ui.models.collation import CollatingProxy
from workbench.ui.models.tables import SORT_ROLE, Column, RowsTableModel
from workbench.ui.session import WorkspaceSession
from workbench.ui.widgets.bilingual_editor import BilingualEditor
from workbench.ui.widgets.column_width import fit_columns
from workbench.ui.widgets.entity_form import EntityForm
from workbench.ui.workers import NEXT_TURN_MS

from .comparison_view import DEPENDS_ON as COMPARISON_DEPENDS_ON
from .comparison_view import ComparisonScope, ComparisonView
from .page import Page, scrolling_body, title_label

ACCOUNTS_PER_TURN = 3  # sites whose accounts the programme page reads per turn of the event loop (5–15 ms each)
FACTOR_TABLE_HEIGHT = 320
FACTOR_TEXT_WIDTH = 420  # px at most for a factor's name and source; the whole text is in the cell's tooltip

# The shipped factor sets' names (resources/factors/*.json), marked for lupdate; a set added by hand keeps its own.
FACTOR_SET_NAMES = (QT_TRANSLATE_NOOP("FactorSets", "Morocco"), QT_TRANSLATE_NOOP("FactorSets", "Belgium"))


def sortable_table(model_: RowsTableModel, parent: QWidget) -> QTableView:
    # Texts collated in the interface's language, and sorted again when it changes.
    proxy = CollatingProxy(model_.languages, parent)
    proxy.setSourceModel(model_)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    # Sized to the contents once per refresh: ResizeToContents would re-measure every cell on each repaint.
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    model_.modelReset.connect(lambda: fit_columns(view, model_))
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return view


class ProgrammePage(Page):
    # its identity, the factors in use and every site's last 12 months (with its cluster's name)
    depends_on = (
        frozenset(
            {
                EntityKind.PROGRAMME,
                EntityKind.CLUSTER,
                EntityKind.SITE,
                EntityKind.SUPPLY,
                EntityKind.BILL,
                EntityKind.DELIVERY,
                EntityKind.FACTOR_OVERRIDE,
            }
        )
        | COMPARISON_DEPENDS_ON
    )  # the comparison's savings follow the equipment and the measures

    def __init__(self, session: WorkspaceSession, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(session, languages, parent)
        layout = scrolling_body(self)
        self.title = title_label(1.6)
        layout.addWidget(self.title)
        self.identity_box = QGroupBox()
        self.form = EntityForm(
            session,
            languages,
            model.Programme,
            ("name", "organiser", "partners", "year", "currency", "report_language", "names_language", "factor_set"),
            choices={"factor_set": _factor_set_choices},
        )
        QVBoxLayout(self.identity_box).addWidget(self.form)
        layout.addWidget(self.identity_box)
        self.comparison_box = QGroupBox()
        self.comparison = ComparisonView(session, languages, ComparisonScope.PROGRAMME, parent=self)
        self.comparison.open_site.connect(self.navigate.emit)
        QVBoxLayout(self.comparison_box).addWidget(self.comparison)
        layout.addWidget(self.comparison_box, 3)
        self.factors_box = QGroupBox()
        self.factors_model = RowsTableModel(_factor_columns(languages), self._factor_rows, languages, self)
        self.factors_view = sortable_table(self.factors_model, self)
        self.factors_view.setMinimumHeight(FACTOR_TABLE_HEIGHT)
        # After the view fits its columns to their contents: a source runs to a paragraph, and the key would be
        # pushed off screen behind it.
        self.factors_model.modelReset.connect(self._narrow_factor_texts)
        QVBoxLayout(self.factors_box).addWidget(self.factors_view)
        layout.addWidget(self.factors_box, 2)
        self.retranslate()

    def _factor_rows(self) -> list:
        lookup = self.session.workspace.factor_lookup()
        return [lookup.get(key) for key in sorted(lookup.keys())]

    def _narrow_factor_texts(self) -> None:
        for i, column in enumerate(self.factors_model.columns):
            if column.tooltip:
                self.factors_view.setColumnWidth(i, min(self.factors_view.columnWidth(i), FACTOR_TEXT_WIDTH))

    def refresh(self) -> None:
        programme = self.session.programme()
        self.title.setText(programme.name)
        self.form.set_entity(1)
        self.factors_model.refresh()
        self.factors_box.setTitle(
            QCoreApplication.translate("Pages", "Factors in use: set {code}").format(code=programme.factor_set)
        )
        QTimer.singleShot(NEXT_TURN_MS, self._read_accounts)  # the page is painted first, its sites are read after

    def _read_accounts(self) -> None:
        """The sites' accounts, read a few per turn of the event loop: a large programme's take seconds, which
        the window spends answering the auditor in between. The comparison is computed once all are read."""
        if self.key is None:
            return
        if not self.isVisible():  # left for another page meanwhile: read the rest when shown again
            self._stale = True
            return
        missing = self.session.missing_accounts()
        if len(missing) > ACCOUNTS_PER_TURN:
            self.session.accounts(missing[:ACCOUNTS_PER_TURN])
            total = len(self.session.workspace.site_ids())
            self.comparison_box.setTitle(
                QCoreApplication.translate("Pages", "Sites compared: reading the bills of {done} of {total}…").format(
                    done=total - len(missing) + ACCOUNTS_PER_TURN, total=total
                )
            )
            QTimer.singleShot(NEXT_TURN_MS, self._read_accounts)
            return
        self.comparison.refresh()  # from the accounts just read
        self.retranslate()

    def retranslate(self) -> None:
        self.identity_box.setTitle(QCoreApplication.translate("Pages", "Programme"))
        self.comparison_box.setTitle(QCoreApplication.translate("Pages", "Sites compared"))


def _factor_set_choices() -> list[tuple[str, str]]:
    return [(f"{s.code} — {QCoreApplication.translate('FactorSets', s.name)}", s.code) for s in factor_sets().values()]


def _factor_columns(languages: LanguageManager) -> list[Column]:
    """Name, unit, status and source in the interface's language; the key last, for the auditor who overrides a
    factor (it is what the command line and the workspace know it by)."""
    return [
        Column("Tables", QT_TRANSLATE_NOOP("Tables", "Factor"), lambda f: f.name_in(languages.language), tooltip=True),
        Column(
            "Tables",
            QT_TRANSLATE_NOOP("Tables", "Value"),
            lambda f: languages.formatter.exact(f.value),
            lambda f: f.value,
            True,
        ),
        Column("Tables", QT_TRANSLATE_NOOP("Tables", "Unit"), lambda f: f.unit_in(languages.language)),
        Column(
            "Tables",
            QT_TRANSLATE_NOOP("Tables", "Status"),
            lambda f: QCoreApplication.translate("Factors", f.status_label),
        ),
        Column("Tables", QT_TRANSLATE_NOOP("Tables", "Year"), lambda f: str(f.year or ""), lambda f: f.year or 0),
        Column(
            "Tables", QT_TRANSLATE_NOOP("Tables", "Source"), lambda f: f.source_in(languages.language), tooltip=True
        ),
        Column("Tables", QT_TRANSLATE_NOOP("Tables", "Key"), lambda f: f.key),
    ]


class ClusterPage(Page):
    # its identity and its sites' last 12 months; the programme's factor set moves their figures
    depends_on = (
        frozenset(
            {
                EntityKind.CLUSTER,
                EntityKind.SITE,
                EntityKind.SUPPLY,
                EntityKind.BILL,
                EntityKind.DELIVERY,
                EntityKind.FACTOR_OVERRIDE,
                EntityKind.PROGRAMME,
            }
        )
        | COMPARISON_DEPENDS_ON
    )
    own_only = frozenset({EntityKind.CLUSTER})

    def __init__(self, session: WorkspaceSession, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(session, languages, parent)
        layout = QVBoxLayout(self)
        self.title = title_label(1.6)
        layout.addWidget(self.title)
        self.form = EntityForm(session, languages, model.Cluster, ("name",))
        layout.addWidget(self.form)
        self.description_box = QGroupBox()
        self.description = BilingualEditor()
        self.description.setMaximumHeight(120)
        self.description.committed.connect(self._commit_description)
        QVBoxLayout(self.description_box).addWidget(self.description)
        layout.addWidget(self.description_box)
        self.comparison_box = QGroupBox()
        self.comparison = ComparisonView(session, languages, ComparisonScope.CLUSTER, parent=self)
        self.comparison.open_site.connect(self.navigate.emit)
        QVBoxLayout(self.comparison_box).addWidget(self.comparison)
        layout.addWidget(self.comparison_box, 3)
        if session.read_only:  # the name's form locks itself
            self.description.lock_edits()
        self.retranslate()

    def _commit_description(self, text: model.BilingualText) -> None:
        if self.key:
            self.session.edit(model.Cluster, self.shown_id(), description=text)

    def refresh(self) -> None:
        cluster = self.session.get(model.Cluster, self.shown_id())
        self.title.setText(cluster.name)
        self.form.set_entity(cluster.id)
        self.description.set_text(cluster.description)
        self.comparison.refresh(cluster.id)

    def retranslate(self) -> None:
        self.description_box.setTitle(QCoreApplication.translate("Pages", "Description"))
        self.comparison_box.setTitle(QCoreApplication.translate("Pages", "Sites compared"))
