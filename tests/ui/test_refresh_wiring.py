"""The refresh wiring, page by kind: an edit of a kind a page depends on, made through the session, reaches
what the page shows; an edit of any other kind leaves the page alone.

Each row edits one entity through ``window.session`` (its undo stack, or its workspace for the factor
overrides, which have no command), then waits until a widget of the page on screen shows the new value.
The page's refreshes are counted too: a page whose ``depends_on`` forgot the kind fails here even where a
table follows its own rows.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QTableView

from workbench.analysis.programme import summarise_site
from workbench.domain import model
from workbench.domain.factors import Factor, FactorScope
from workbench.domain.kinds import EntityKind
from workbench.domain.units import Carrier
from workbench.ui.commands.photos import AddSitePhotos
from workbench.ui.commands.structure import delete
from workbench.ui.main_window import MainWindow
from workbench.ui.views.page import Page

from ..storage.test_site_photos import png

NodeKey = tuple[str, int]
Edit = Callable[[MainWindow], Any]  # returns what the page must show afterwards, or None: "anything new"


# --- reading what a page shows ------------------------------------------------------------------------------


def cells(view: QTableView) -> list[list[str]]:
    """Every cell's text, as the view shows it (through its proxy, sorted as on screen)."""
    table = view.model()
    return [[str(table.index(r, c).data() or "") for c in range(table.columnCount())] for r in range(table.rowCount())]


def compared(page) -> list[list[str]]:
    """The cells of a programme or cluster page's comparison, once computed (it computes a few sites a turn)."""
    deadline = time.monotonic() + 5
    while (page.comparison.busy or page.comparison.table is None) and time.monotonic() < deadline:
        QApplication.processEvents()
    return cells(page.comparison.view)


def cell(view: QTableView, row_text: str, header: str) -> str:
    """The cell of the row showing ``row_text`` under the column whose header starts with ``header``."""
    table = view.model()
    headers = [str(table.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(table.columnCount())]
    column = next(c for c, h in enumerate(headers) if h.startswith(header))
    return next(row[column] for row in cells(view) if row_text in row)


def items(widget: QListWidget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def card(page: Page, name: str) -> str:
    return page.cards[name].value.text()


# --- edits through the session ------------------------------------------------------------------------------


def rename(cls: type, ident: int, name: str) -> Edit:
    def edit(window: MainWindow) -> str:
        window.session.edit(cls, ident, name=name)
        return name

    return edit


def scale_last_bill(supply_id: int, times: float = 3.0) -> Edit:
    def edit(window: MainWindow) -> None:
        bill = window.session.workspace.bills(supply_id)[-1]
        values = {"quantity": bill.quantity * times}
        if bill.quantity_peak is not None:  # the time-of-use split follows, or the bill would disagree with itself
            for name in ("quantity_peak", "quantity_standard", "quantity_offpeak"):
                values[name] = getattr(bill, name) * times
        window.session.edit(model.Bill, bill.id, **values)

    return edit


def scale_a_recent_delivery(supply_id: int, times: float = 3.0) -> Edit:
    """A delivery of the last 12 months (the last one's fuel is burnt after them)."""

    def edit(window: MainWindow) -> None:
        delivery = window.session.workspace.deliveries(supply_id)[-8]
        window.session.edit(model.FuelDelivery, delivery.id, quantity=delivery.quantity * times)

    return edit


def heating_value(supply_id: int, kwh: float) -> Edit:
    def edit(window: MainWindow) -> None:
        window.session.edit(model.EnergySupply, supply_id, heating_value=kwh)

    return edit


def override(scope: FactorScope, scope_id: int, key: str, times: float = 2.0) -> Edit:
    """A factor override, as the factors table or the command line sets one (no undo command: the workspace's
    own, whose records the session hears)."""

    def edit(window: MainWindow) -> None:
        reference = window.session.workspace.factor_lookup().get(key)
        factor = Factor(key, reference.value * times, reference.unit, "wiring test")
        window.session.workspace.set_factor_override(scope, scope_id, factor)

    return edit


def factor_set(code: str) -> Edit:
    def edit(window: MainWindow) -> None:
        window.session.edit(model.Programme, 1, factor_set=code)

    return edit


def french_only(cls: type, ident: int, field: str) -> Edit:
    """A text left in French only: the site page's warnings name it."""

    def edit(window: MainWindow) -> str:
        window.session.edit(cls, ident, **{field: model.BilingualText("Texte du test de câblage", "")})
        return "the English text is missing"

    return edit


def edit_fields(cls: type, ident: int, shown: Callable[[MainWindow], str] | None = None, **values: Any) -> Edit:
    def edit(window: MainWindow) -> str | None:
        window.session.edit(cls, ident, **values)
        return shown(window) if shown else None

    return edit


def select_and_rename_equipment(ident: int, name: str) -> Edit:
    """The detail shows the selected item: select it (the detail reads it at once), then rename it."""

    def edit(window: MainWindow) -> str:
        window.pages["EquipmentPage"].table.select_id(ident)
        window.session.edit(model.Equipment, ident, name=name)
        return name

    return edit


def add_photo(site_id: int) -> Edit:
    def edit(window: MainWindow) -> None:
        window.session.undo_stack.push(AddSitePhotos(window.session, site_id, [("wiring.png", png())]))

    return edit


def add_attachment(window: MainWindow) -> None:
    window.session.workspace.add_attachment("wiring.pdf", b"%PDF-1.4", "application/pdf")


def site_kwh(site_id: int) -> Callable[[MainWindow], str]:
    def text(window: MainWindow) -> str:
        totals = summarise_site(window.session.account(site_id)).totals
        return window.languages.formatter.quantity(totals.kwh, "kWh")

    return text


def money(value: float) -> Callable[[MainWindow], str]:
    return lambda window: window.languages.formatter.number(value)


# --- the table ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    page: str  # the page's class, as window.pages names it
    node: NodeKey
    kind: EntityKind
    edit: Edit
    shown: Callable[[Page], Any]  # what a widget of the page shows
    setup: Edit | None = None  # made before the page is read: what makes the edit show

    @property
    def id(self) -> str:
        return f"{self.page}-{self.kind}"


SITE, SUPPLY, ELECTRICITY, GAS_OIL, PROPANE_SITE, PROPANE = 1, 2, 1, 2, 3, 6
CIMENTS = "Ciments de l'Atlas"


def title(page: Page) -> str:
    return page.title.text()


def bills_table(page: Page) -> list[list[str]]:
    return cells(page.bills.view)


def deliveries_table(page: Page) -> list[list[str]]:
    return cells(page.deliveries.view)


DEPENDS = [
    # The site page: its identity, its key figures, its warnings (texts missing a language included).
    Row("SitePage", ("site", SITE), EntityKind.SITE, rename(model.Site, SITE, "Renamed site"), title),
    Row("SitePage", ("site", SITE), EntityKind.BILL, scale_last_bill(GAS_OIL), lambda p: card(p, "energy")),
    Row(
        "SitePage",
        ("site", PROPANE_SITE),
        EntityKind.DELIVERY,
        scale_a_recent_delivery(PROPANE),
        lambda p: card(p, "energy"),
    ),
    Row("SitePage", ("site", SITE), EntityKind.SUPPLY, heating_value(GAS_OIL, 20.0), lambda p: card(p, "energy")),
    Row(
        "SitePage",
        ("site", SITE),
        EntityKind.FACTOR_OVERRIDE,
        override(FactorScope.SITE, SITE, "co2.electricity"),
        lambda p: card(p, "co2"),
    ),
    Row("SitePage", ("site", SITE), EntityKind.PROGRAMME, factor_set("BE"), lambda p: card(p, "co2")),
    Row(
        "SitePage",
        ("site", SITE),
        EntityKind.EQUIPMENT,
        french_only(model.Equipment, 1, "notes"),
        lambda p: " ".join(items(p.warnings)),
    ),
    Row(
        "SitePage",
        ("site", SITE),
        EntityKind.MEASURE,
        french_only(model.Measure, 1, "description"),
        lambda p: " ".join(items(p.warnings)),
    ),
    # A supply's bills: its name and supplier in the title, its bills' checks, the tables.
    Row("BillsPanel", ("supply", GAS_OIL), EntityKind.SUPPLY, rename(model.EnergySupply, GAS_OIL, "Tank A"), title),
    Row(
        "BillsPanel",
        ("supply", GAS_OIL),
        EntityKind.BILL,
        scale_last_bill(GAS_OIL, 40.0),
        lambda p: (items(p.checks), bills_table(p)),
    ),
    Row("BillsPanel", ("supply", PROPANE), EntityKind.DELIVERY, scale_a_recent_delivery(PROPANE), deliveries_table),
    Row(
        "BillsPanel",
        ("supply", GAS_OIL),
        EntityKind.FACTOR_OVERRIDE,
        override(FactorScope.SITE, SITE, "heating_value.ncv.gas_oil.per_kg"),
        bills_table,
    ),
    # The inventory: the title names the site, the detail the selected item.
    Row(
        "EquipmentPage",
        ("equipment", SITE),
        EntityKind.SITE,
        rename(model.Site, SITE, "Renamed site"),
        lambda p: p.title.text(),
    ),
    Row(
        "EquipmentPage",
        ("equipment", SITE),
        EntityKind.EQUIPMENT,
        select_and_rename_equipment(1, "Renamed mill"),
        lambda p: p.detail.title(),
    ),
    Row(
        "EquipmentPage",
        ("equipment", SITE),
        EntityKind.FACTOR_OVERRIDE,
        override(FactorScope.SITE, SITE, "estimation.load_factor.motors", 0.5),
        lambda p: cells(p.table.view),
        setup=edit_fields(model.Equipment, 1, load_factor=None),  # the default load factor then applies
    ),
    # The balance: billed against estimated, per carrier.
    Row("BalancePage", ("balance", SITE), EntityKind.BILL, scale_last_bill(GAS_OIL), lambda p: cells(p.table)),
    Row(
        "BalancePage",
        ("balance", PROPANE_SITE),
        EntityKind.DELIVERY,
        scale_a_recent_delivery(PROPANE),
        lambda p: cells(p.table),
    ),
    Row("BalancePage", ("balance", SITE), EntityKind.SUPPLY, heating_value(GAS_OIL, 20.0), lambda p: cells(p.table)),
    Row(
        "BalancePage",
        ("balance", SITE),
        EntityKind.EQUIPMENT,
        edit_fields(model.Equipment, 1, rated_power=900.0),
        lambda p: cells(p.table),
    ),
    Row(
        "BalancePage",
        ("balance", SITE),
        EntityKind.SITE,
        edit_fields(model.Site, SITE, schedule=model.OperatingSchedule(1, 8.0, 5.0, 40.0, 6.0)),
        lambda p: cells(p.table),
    ),
    Row(
        "BalancePage",
        ("balance", SITE),
        EntityKind.FACTOR_OVERRIDE,
        override(FactorScope.SITE, SITE, "heating_value.ncv.gas_oil.per_kg"),
        lambda p: cells(p.table),
    ),
    # The measures: the title names the site; the table prices and weighs each measure.
    Row(
        "MeasuresPage",
        ("measures", SITE),
        EntityKind.SITE,
        rename(model.Site, SITE, "Renamed site"),
        lambda p: p.title.text(),
    ),
    Row(
        "MeasuresPage",
        ("measures", SITE),
        EntityKind.MEASURE,
        edit_fields(model.Measure, 1, money(123456), investment=123456.0),
        lambda p: cells(p.view),
    ),
    Row(
        "MeasuresPage",
        ("measures", SITE),
        EntityKind.BILL,
        scale_last_bill(GAS_OIL),
        lambda p: cells(p.view),
        # a saving of gas oil, priced at what its bills cost per kWh
        setup=edit_fields(model.Measure, 1, savings=(model.MeasureSaving(Carrier.GAS_OIL, 10000.0),)),
    ),
    Row(
        "MeasuresPage",
        ("measures", SITE),
        EntityKind.FACTOR_OVERRIDE,
        override(FactorScope.SITE, SITE, "co2_avoided.electricity"),
        lambda p: cells(p.view),
    ),
    # The tariff tab of an electricity supply: every bill rebuilt from its tariff.
    Row("TariffPage", ("supply", ELECTRICITY), EntityKind.BILL, scale_last_bill(ELECTRICITY), lambda p: cells(p.table)),
    Row(
        "TariffPage",
        ("supply", ELECTRICITY),
        EntityKind.SUPPLY,
        rename(model.EnergySupply, ELECTRICITY, "Main meter"),
        lambda p: p.title.text(),
    ),
    Row(
        "TariffPage",
        ("supply", ELECTRICITY),
        EntityKind.FACTOR_OVERRIDE,
        override(FactorScope.SITE, SITE, "tariff.ma_mt.price.peak"),
        lambda p: cells(p.table),
    ),
    # The programme: its name, its sites compared, the factors in use.
    Row("ProgrammePage", ("programme", 1), EntityKind.PROGRAMME, rename(model.Programme, 1, "Renamed"), title),
    Row(
        "ProgrammePage",
        ("programme", 1),
        EntityKind.CLUSTER,
        rename(model.Cluster, 2, "Renamed cluster"),
        compared,
    ),
    Row(
        "ProgrammePage",
        ("programme", 1),
        EntityKind.SITE,
        rename(model.Site, SITE, "Renamed site"),
        compared,
    ),
    Row(
        "ProgrammePage",
        ("programme", 1),
        EntityKind.BILL,
        scale_last_bill(GAS_OIL),
        compared,
    ),
    Row(
        "ProgrammePage",
        ("programme", 1),
        EntityKind.DELIVERY,
        scale_a_recent_delivery(PROPANE),
        compared,
    ),
    Row(
        "ProgrammePage",
        ("programme", 1),
        EntityKind.SUPPLY,
        heating_value(GAS_OIL, 20.0),
        compared,
    ),
    Row(
        "ProgrammePage",
        ("programme", 1),
        EntityKind.FACTOR_OVERRIDE,
        override(FactorScope.PROGRAMME, 1, "co2.electricity"),
        lambda p: cells(p.factors_view),
    ),
    # A cluster: its name, its sites compared.
    Row("ClusterPage", ("cluster", 1), EntityKind.CLUSTER, rename(model.Cluster, 1, "Renamed"), title),
    Row(
        "ClusterPage",
        ("cluster", 1),
        EntityKind.SITE,
        rename(model.Site, SITE, "Renamed site"),
        compared,
    ),
    Row("ClusterPage", ("cluster", 1), EntityKind.BILL, scale_last_bill(GAS_OIL), compared),
    Row(
        "ClusterPage",
        ("cluster", 1),
        EntityKind.SUPPLY,
        heating_value(GAS_OIL, 20.0),
        compared,
    ),
    Row(
        "ClusterPage",
        ("cluster", 1),
        EntityKind.FACTOR_OVERRIDE,
        override(FactorScope.SITE, SITE, "co2.electricity"),
        compared,
    ),
    Row("ClusterPage", ("cluster", 1), EntityKind.PROGRAMME, factor_set("BE"), compared),
    # The comparison of the sites: their savings and paybacks follow the measures.
    Row(
        "ProgrammePage",
        ("programme", 1),
        EntityKind.MEASURE,
        edit_fields(model.Measure, 1, investment=10_000_000.0),  # the site's payback moves from 2 to 40 years
        lambda p: cells(p.comparison.view),
    ),
    Row(
        "ClusterPage",
        ("cluster", 1),
        EntityKind.MEASURE,
        edit_fields(model.Measure, 1, investment=10_000_000.0),  # the site's payback moves from 2 to 40 years
        lambda p: cells(p.comparison.view),
    ),
]

# Edits a page does not depend on: it must not re-read anything for them (the second site, the second cluster
# and the second supply are the scope rules: "only my own").
IGNORES = [
    Row("SitePage", ("site", SITE), EntityKind.SITE_PHOTO, add_photo(SITE), title),
    Row("SitePage", ("site", SITE), EntityKind.CLUSTER, rename(model.Cluster, 1, "Renamed"), title),
    Row("SitePage", ("site", SITE), EntityKind.SITE, rename(model.Site, 2, "Another site"), title),
    Row("SitePage", ("site", SITE), EntityKind.ATTACHMENT, add_attachment, title),
    Row("BillsPanel", ("supply", GAS_OIL), EntityKind.EQUIPMENT, rename(model.Equipment, 1, "Mill"), title),
    Row("BillsPanel", ("supply", GAS_OIL), EntityKind.MEASURE, edit_fields(model.Measure, 1, investment=1.0), title),
    Row("BillsPanel", ("supply", GAS_OIL), EntityKind.SUPPLY, rename(model.EnergySupply, 3, "Other"), title),
    Row("EquipmentPage", ("equipment", SITE), EntityKind.BILL, scale_last_bill(GAS_OIL), title),
    Row("EquipmentPage", ("equipment", SITE), EntityKind.MEASURE, edit_fields(model.Measure, 1, investment=1.0), title),
    Row("EquipmentPage", ("equipment", SITE), EntityKind.SITE, rename(model.Site, 2, "Another site"), title),
    Row("BalancePage", ("balance", SITE), EntityKind.MEASURE, edit_fields(model.Measure, 1, investment=1.0), title),
    Row("BalancePage", ("balance", SITE), EntityKind.SITE, rename(model.Site, 2, "Another site"), title),
    Row("MeasuresPage", ("measures", SITE), EntityKind.SITE, rename(model.Site, 2, "Another site"), title),
    Row("MeasuresPage", ("measures", SITE), EntityKind.SITE_PHOTO, add_photo(SITE), title),
    Row("TariffPage", ("supply", ELECTRICITY), EntityKind.EQUIPMENT, rename(model.Equipment, 1, "Mill"), title),
    Row("TariffPage", ("supply", ELECTRICITY), EntityKind.SUPPLY, rename(model.EnergySupply, 3, "Other"), title),
    Row("TariffPage", ("supply", ELECTRICITY), EntityKind.DELIVERY, scale_a_recent_delivery(PROPANE), title),
    Row("ProgrammePage", ("programme", 1), EntityKind.SITE_PHOTO, add_photo(SITE), title),
    Row("ClusterPage", ("cluster", 1), EntityKind.CLUSTER, rename(model.Cluster, 2, "Other"), title),
]


# An edit each page follows, to show that a page which ignored an edit was listening all along.
LIVE: dict[str, Edit] = {
    "SitePage": rename(model.Site, SITE, "Renamed site"),
    "BillsPanel": rename(model.EnergySupply, GAS_OIL, "Tank A"),
    "EquipmentPage": rename(model.Site, SITE, "Renamed site"),
    "BalancePage": rename(model.Site, SITE, "Renamed site"),
    "MeasuresPage": rename(model.Site, SITE, "Renamed site"),
    "TariffPage": rename(model.EnergySupply, ELECTRICITY, "Main meter"),
    "ProgrammePage": rename(model.Programme, 1, "Renamed"),
    "ClusterPage": rename(model.Cluster, 1, "Renamed"),
}


class Refreshes:
    """Counts a page's refreshes (the page's own re-reading, whichever change asked for it)."""

    def __init__(self, page: Page, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        original = page.refresh

        def counted() -> None:
            self.count += 1
            original()

        monkeypatch.setattr(page, "refresh", counted)


def open_page(window: MainWindow, row: Row) -> Page:
    window.show_node(row.node)
    if row.page == "TariffPage":  # the tariff is a tab of the supply's bills page
        panel = window.pages["BillsPanel"]
        panel.tabs.setCurrentIndex(1)
        page = panel.tariff_page
    else:
        page = window.pages[row.page]
    assert page is not None and page.isVisible() and page.key is not None
    return page


def settle(qtbot) -> None:
    """Let every refresh already asked for run (they wait for the next turn of the event loop)."""
    QApplication.processEvents()
    qtbot.wait(20)
    QApplication.processEvents()


@pytest.mark.parametrize("row", DEPENDS, ids=lambda r: r.id)
def test_a_page_shows_an_edit_of_a_kind_it_depends_on(window, qtbot, monkeypatch, row: Row):
    if row.setup is not None:
        row.setup(window)
    page = open_page(window, row)
    settle(qtbot)
    assert row.kind in type(page).depends_on, "the table and the declaration disagree"
    refreshes = Refreshes(page, monkeypatch)
    before = row.shown(page)
    expected = row.edit(window)
    qtbot.waitUntil(lambda: refreshes.count > 0, timeout=3000)
    qtbot.waitUntil(lambda: row.shown(page) != before, timeout=3000)
    if expected is not None:
        shown = row.shown(page)
        assert expected in (shown if isinstance(shown, str) else repr(shown))


@pytest.mark.parametrize("row", IGNORES, ids=lambda r: r.id)
def test_a_page_ignores_an_edit_of_a_kind_it_does_not_depend_on(window, qtbot, monkeypatch, row: Row):
    page = open_page(window, row)
    settle(qtbot)
    refreshes = Refreshes(page, monkeypatch)
    row.edit(window)
    settle(qtbot)
    assert refreshes.count == 0
    # the page is live all the same: an edit of a kind it follows is taken at once
    LIVE[row.page](window)
    qtbot.waitUntil(lambda: refreshes.count == 1, timeout=3000)


def test_every_page_declares_what_it_depends_on(window):
    """No page is left to refresh on everything or on nothing."""
    for key in (("programme", 1), ("cluster", 1), ("site", 1), ("supply", 1), ("balance", 1)):
        window.show_node(key)
    window.show_node(("equipment", 1))
    window.show_node(("measures", 1))
    for page in window.pages.values():
        kinds = type(page).depends_on
        assert kinds and kinds < set(EntityKind), type(page).__name__
        assert type(page).own_only <= kinds, type(page).__name__


def test_deleting_a_site_tells_the_views_of_what_it_owned_and_its_undo_brings_them_back(window, qtbot):
    """The cascade's records reach the views that follow a child kind: the site's photos box hears its photos
    go with the site, and come back with the undo (it listens to photos, not to sites)."""
    window.show_node(("site", SITE))
    box = window.pages["SitePage"].photos
    add_photo(SITE)(window)
    qtbot.waitUntil(lambda: box.list.count() == 1)
    heard: list = []
    window.session.changed.connect(heard.extend)
    delete(window.session, model.Site, SITE)
    kinds = {c.entity for c in heard}
    assert {EntityKind.SITE, EntityKind.SUPPLY, EntityKind.BILL, EntityKind.EQUIPMENT, EntityKind.SITE_PHOTO} <= kinds
    qtbot.waitUntil(lambda: box.list.count() == 0)
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: box.list.count() == 1)
    assert window.session.workspace.site_photos(SITE)[0].filename == "wiring.png"
