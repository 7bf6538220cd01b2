"""The main window: it assembles the panels and the actions, and nothing else.

Pages are built the first time their kind of node is shown, so the window
appears before the charting library is even imported. Dialog classes are
imported where they are used: PySide builds each Qt class's Python type (and
its enums) on first import, which a cold start should not pay for.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QStandardPaths, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.messages import DomainError
from workbench.domain.units import Carrier
from workbench.domain.vocab import Language
from workbench.i18n.language import LanguageManager, app_name
from workbench.ui.read_only import permit
from workbench.ui.settings import Settings
from workbench.ui.status import STATUS_TIMEOUT_MS
from workbench.ui.theme import ThemeManager
from workbench.ui.widgets.screen_fit import fitted_size
from workbench.ui.workers import NEXT_TURN_MS, run_with_progress

if TYPE_CHECKING:
    import threading
    from collections.abc import Callable

    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from workbench.storage.outline import Outline
    from workbench.ui.charts.monthly import MonthlyBarChart
    from workbench.ui.session import WorkspaceSession
    from workbench.ui.views.page import Page
    from workbench.ui.views.project_tree_panel import ProjectTreePanel
    from workbench.ui.widgets.read_only_banner import ReadOnlyBanner

WARM_UP_AFTER_MS = 300
# What the site page needs. The charting library (numpy ~0.1 s, pyqtgraph ~0.4 s: module code and C
# extensions, no Qt object made) is imported by a thread of its own, so that the window keeps answering (the
# longest pause measured fell from ~0.6 s to ~25 ms, the interpreter's switch interval plus an extension's
# start); the page's own modules, which build Qt types, then one per turn of the event loop.
THREAD_IMPORTS = ("numpy", "pyqtgraph")
WARM_UP_IMPORTS = ("workbench.ui.views.site_page",)
WARM_UP_POLL_MS = 20


def import_quietly(names: tuple[str, ...]) -> None:
    """Import ``names`` (on the warm-up thread). A failure is left for the GUI thread's own import to raise
    where it is needed, with its usual report."""
    for name in names:
        try:
            importlib.import_module(name)
        except Exception:
            return


# Qt.AlignmentFlag.AlignCenter, set as a property: naming it would make PySide build its Qt namespace (93 enums,
# about 25 ms) before the first paint, which nothing else on that path needs.
ALIGN_CENTER = 0x0084
# node kind -> (module, page class); imported on first use
PAGES = {
    "programme": ("workbench.ui.views.summary_pages", "ProgrammePage"),
    "cluster": ("workbench.ui.views.summary_pages", "ClusterPage"),
    "site": ("workbench.ui.views.site_page", "SitePage"),
    "bills": ("workbench.ui.views.site_page", "SitePage"),
    "supply": ("workbench.ui.views.bills_panel", "BillsPanel"),
    "balance": ("workbench.ui.views.balance_page", "BalancePage"),
    "equipment": ("workbench.ui.views.equipment_page", "EquipmentPage"),
    "measures": ("workbench.ui.views.measures_page", "MeasuresPage"),
    "load_curve": ("workbench.ui.views.load_curve_page", "LoadCurvePage"),
}


class MainWindow(QMainWindow):
    tree_drawn = Signal()  # a workspace's tree is on screen; its entities are not loaded yet
    workspace_opened = Signal(object)  # WorkspaceSession
    page_shown = Signal(object)  # the Page

    def __init__(
        self,
        settings: Settings,
        languages: LanguageManager,
        theme: ThemeManager,
        data_dir: Path | None = None,
        synchronous: bool = False,
    ) -> None:
        super().__init__()
        self.settings, self.languages, self.theme = settings, languages, theme
        self.data_dir = data_dir or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        )
        self.synchronous = synchronous
        # Where a refusal to open a file goes instead of a message box (the smoke test prints it and fails).
        self.refusal_sink: Callable[[str], None] | None = None
        self.session: WorkspaceSession | None = None
        self.tree: ProjectTreePanel | None = None
        self._tree_menu_items: list[QAction] = []
        self._warm_up_step = 0
        self._warm_up_thread: threading.Thread | None = None
        self._spare_charts: list[MonthlyBarChart] = []  # built by the warm-up for the site page
        self.pages: dict[str, Page] = {}
        self.undo_group = QUndoGroup(self)
        self.stack = QStackedWidget()
        self.empty = QLabel()
        self.empty.setProperty("alignment", ALIGN_CENTER)
        self.stack.addWidget(self.empty)
        self.splitter = QSplitter()
        # Holds the tree's place while no workspace is open. The window keeps it: QSplitter.replaceWidget gives
        # the replaced widget back without a parent, and PySide would delete a widget nobody refers to.
        self.tree_placeholder = QWidget()
        self.splitter.addWidget(self.tree_placeholder)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        # The splitter under a banner that shows while a read-only workspace is open (see _show_banner).
        central = QWidget()
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.setSpacing(0)
        self._central_layout.addWidget(self.splitter, 1)  # the banner takes its text's height, the rest is theirs
        self.setCentralWidget(central)
        self.read_only_banner: ReadOnlyBanner | None = None  # built the first time a read-only workspace opens
        self._build_actions()
        self._build_menus()
        self.retranslate()
        self._restore_window_state()
        self.statusBar()
        self.setAcceptDrops(True)  # a workspace file dropped on the window opens it

    # --- actions and menus -----------------------------------------------------------------------

    def _action(self, slot, shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(self)
        action.triggered.connect(slot)
        # setShortcuts, not setShortcut: a standard key gets every binding of the platform, and PySide resolves
        # setShortcut's overloads through its Qt namespace (~25 ms the first time), which the first paint avoids.
        if isinstance(shortcut, str):
            action.setShortcuts([QKeySequence(shortcut)])
        elif shortcut is not None:
            action.setShortcuts(shortcut)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(self.new_workspace, keys.New)
        self.open_action = self._action(self.open_dialog, keys.Open)
        self.open_demo_action = self._action(self.open_demo)
        self.save_copy_action = self._action(self.save_copy, keys.SaveAs)
        self.import_action = self._action(self.import_invoices)
        self.export_report_action = self._action(self.export_report, "Ctrl+Shift+E")
        self.financial_aid_action = self._action(self.edit_financial_aid)
        self.close_action = self._action(self.close_workspace, keys.Close)
        self.quit_action = self._action(self.close, keys.Quit)
        self.undo_action = self._action(self.undo_group.undo, keys.Undo)
        self.redo_action = self._action(self.undo_group.redo, keys.Redo)
        # Ctrl+Y redoes on every platform (the Linux standard is Ctrl+Shift+Z; spreadsheet users type Ctrl+Y)
        self.redo_action.setShortcuts([*QKeySequence.keyBindings(keys.Redo), QKeySequence("Ctrl+Y")])
        # Edit ▸ Cut / Copy / Paste / Select all act on the widget with the focus: a table, a field, a text
        self.clipboard_actions = {
            key: self._action(lambda _c=False, k=key: self._to_focus(k)) for key in (keys.Cut, keys.Copy, keys.Paste)
        }
        self.clipboard_actions[keys.SelectAll] = self._action(lambda _c=False: self._to_focus(keys.SelectAll))
        self.undo_group.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_group.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_group.undoTextChanged.connect(self._undo_texts)
        self.undo_group.redoTextChanged.connect(self._undo_texts)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.about_action = self._action(self._show_about)
        self.language_actions = QActionGroup(self)
        for language in Language:
            action = QAction(self.language_actions)
            action.setCheckable(True)
            action.setData(language.value)
            action.triggered.connect(lambda _c=False, lang=language: self.set_language(lang))
        self.theme_actions = QActionGroup(self)
        for theme in ("system", "light", "dark"):
            action = QAction(self.theme_actions)
            action.setCheckable(True)
            action.setData(theme)
            action.triggered.connect(lambda _c=False, t=theme: self.set_theme(t))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        for item in (
            self.new_action,
            self.open_action,
            self.recent_menu,
            self.open_demo_action,
            None,
            self.import_action,
            self.export_report_action,
            self.financial_aid_action,
            None,
            self.save_copy_action,
            self.close_action,
            None,
            self.quit_action,
        ):
            if item is None:
                self.file_menu.addSeparator()
            elif isinstance(item, QMenu):
                self.file_menu.addMenu(item)
            else:
                self.file_menu.addAction(item)
        self.edit_menu = bar.addMenu("")
        # A read-only workspace's disabled edits say why in their tooltip, in the menus too.
        for menu in (self.file_menu, self.edit_menu):
            menu.setToolTipsVisible(True)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addActions(list(self.clipboard_actions.values()))
        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(self.language_actions.actions())
        self.theme_menu = self.view_menu.addMenu("")
        self.theme_menu.addActions(self.theme_actions.actions())
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)
        self._update_workspace_actions()
        self._update_recent_menu()

    def _undo_texts(self, _text: str = "") -> None:
        undo, redo = self.undo_group.undoText(), self.undo_group.redoText()
        self.undo_action.setText(
            QCoreApplication.translate("MainWindow", "Undo {command}").format(command=undo)
            if undo
            else QCoreApplication.translate("MainWindow", "Undo")
        )
        self.redo_action.setText(
            QCoreApplication.translate("MainWindow", "Redo {command}").format(command=redo)
            if redo
            else QCoreApplication.translate("MainWindow", "Redo")
        )

    def _fill_recent(self) -> None:
        """Numbered file names with their folder (the whole path in the status bar), then Clear the list."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QFontMetrics

        self.recent_menu.clear()
        metrics = QFontMetrics(self.recent_menu.font())
        for number, text in enumerate(self.settings.recent_files, start=1):
            path = Path(text)
            folder = metrics.elidedText(str(path.parent), Qt.TextElideMode.ElideMiddle, 320)
            label = f"{path.name}  ({folder})".replace("&", "&&")  # & marks a mnemonic
            action = self.recent_menu.addAction(f"&{number} {label}" if number < 10 else label)
            action.setStatusTip(text)
            action.triggered.connect(lambda _c=False, p=path: self.open_workspace(p))
        if self.settings.recent_files:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(QCoreApplication.translate("MainWindow", "Clear the list"))
            clear.triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.clear_recent_files()
        self._update_recent_menu()

    def _update_recent_menu(self) -> None:
        self.recent_menu.setEnabled(bool(self.settings.recent_files))

    def _update_workspace_actions(self) -> None:
        """What the open workspace allows: a read-only one is read, exported and copied, never changed."""
        opened = self.session is not None
        read_only = self.session is not None and self.session.read_only
        for action in (self.save_copy_action, self.close_action, self.export_report_action):
            action.setEnabled(opened)
        permit(self.import_action, opened, read_only)
        self._show_banner(read_only)

    def _show_banner(self, shown: bool) -> None:
        if shown and self.read_only_banner is None:
            from workbench.ui.widgets.read_only_banner import ReadOnlyBanner

            self.read_only_banner = ReadOnlyBanner(self.save_copy_action)
            self._central_layout.insertWidget(0, self.read_only_banner)
        if self.read_only_banner is not None:
            self.read_only_banner.setVisible(shown)

    # --- opening and closing ---------------------------------------------------------------------

    def open_workspace(self, path: Path) -> bool:
        """Open ``path`` in place of the current workspace; a refusal is shown, not raised.

        The file is checked and locked first, and its tree drawn from a plain SQL
        outline at once (``tree_drawn``); only then is the domain layer loaded and
        the session attached, so a cold start shows the file as early as it can.
        """
        from workbench.storage.opening import open_file

        if self.session is not None and _same_file(self.session.workspace.path, path):
            return True  # already open here (Open demo, a recent file): its lock is this window's own
        try:  # a refusal leaves the current workspace open
            opened = run_with_progress(
                self,
                QCoreApplication.translate("MainWindow", "Opening {name}…").format(name=path.name),
                lambda _progress: open_file(path),
                self.synchronous,
            )
            outline = opened.outline()
        except DomainError as exc:
            self._refuse_to_open(path, exc)
            return False
        self.close_workspace()
        try:
            self._draw_tree(path, outline)
            from workbench.storage.workspace import Workspace, check_opened
            from workbench.ui.session import WorkspaceSession

            # Every entity is checked, still read-only, by a worker while the tree is on screen (a large file's
            # take a second); only then is the file held for writing.
            run_with_progress(
                self,
                QCoreApplication.translate("MainWindow", "Opening {name}…").format(name=path.name),
                lambda _progress: check_opened(opened),
                self.synchronous,
            )
            workspace = Workspace.from_opened(opened)
        except DomainError as exc:
            self._remove_tree()
            self._update_title()
            self._refuse_to_open(path, exc)
            return False
        except BaseException:
            opened.close()
            self._remove_tree()
            raise
        self._install(WorkspaceSession(workspace, self))
        self.settings.add_recent_file(path)
        self._update_recent_menu()
        if workspace.migrated_from is not None:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "Updated from an older format; the original was kept as {backup}."
                ).format(backup=str(workspace.backup_path) if workspace.backup_path else "")
            )
        if workspace.not_merged is not None:
            self._warn(
                QCoreApplication.translate("MainWindow", "Changes not yet in the file"),
                self.languages.render(workspace.not_merged.message),
            )
        return True

    def _warn(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.refusal_sink is not None:
            self.refusal_sink(text)
            return
        QMessageBox.warning(self, title, text)

    def _refuse_to_open(self, path: Path, error: DomainError) -> None:
        from PySide6.QtWidgets import QMessageBox

        text = self.languages.render(error.message)
        if self.refusal_sink is not None:
            self.refusal_sink(text)
        else:
            QMessageBox.critical(self, QCoreApplication.translate("MainWindow", "Cannot open the workspace"), text)
        if not path.exists():
            self.settings.remove_recent_file(str(path.resolve()))
            self._update_recent_menu()

    def _draw_tree(self, path: Path, outline: Outline) -> None:
        from workbench.ui.views.project_tree_panel import ProjectTreePanel

        self.tree = ProjectTreePanel(outline, self.languages)
        self.tree.node_selected.connect(self.show_node)
        self.tree.files_dropped.connect(lambda site_id, dropped: self.import_invoices(dropped, site_id))
        self.splitter.replaceWidget(0, self.tree)  # gives back the placeholder
        state = self.settings.bytes_state("splitter")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([300, 900])
        self.setWindowTitle(f"{outline.programme} — {app_name()}")
        self.empty.setText(QCoreApplication.translate("MainWindow", "Opening {name}…").format(name=path.name))
        # Painted now (user input waits), so the file is on screen while the domain layer loads.
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        self.tree_drawn.emit()

    def _remove_tree(self) -> None:
        for action in self._tree_menu_items:
            self.edit_menu.removeAction(action)
            if action.isSeparator():
                action.deleteLater()  # the menu made it; the tree's actions go with the tree
        self._tree_menu_items = []
        if self.tree is not None:
            replaced = self.splitter.replaceWidget(0, self.tree_placeholder)  # gives back the tree
            assert replaced is not None
            replaced.deleteLater()
            self.tree = None

    def _install(self, session: WorkspaceSession) -> None:
        self.session = session
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        self._undo_index = session.undo_stack.index()
        session.undo_stack.indexChanged.connect(self._confirm_command)
        from PySide6.QtCore import Qt

        # Queued: the command that failed is still inside QUndoStack.push; the dialog waits until it is out.
        session.write_failed.connect(self._write_failed, Qt.ConnectionType.QueuedConnection)
        assert self.tree is not None  # drawn before the session opens
        self.tree.attach(session)
        # The tree's own actions, in the Edit menu as well as its context menu, while this workspace is open.
        for action in (None, *self.tree.menu_actions()):  # None: a separator
            if action is None:
                action = self.edit_menu.addSeparator()
            else:
                self.edit_menu.addAction(action)
            self._tree_menu_items.append(action)
        self._update_workspace_actions()
        self._update_title()
        # The programme page (its accounts and tables) follows on the next turn of the event loop.
        QTimer.singleShot(NEXT_TURN_MS, self._show_first_node)
        self.workspace_opened.emit(session)

    def _confirm_command(self, index: int) -> None:
        """Every command done, undone or redone is said in the status bar ("Done: Paste 3 rows")."""
        stack = self.session.undo_stack if self.session is not None else None
        if stack is None:
            return
        if index > self._undo_index and index > 0:
            text = QCoreApplication.translate("MainWindow", "Done: {command}").format(command=stack.text(index - 1))
        elif index < self._undo_index:
            text = QCoreApplication.translate("MainWindow", "Undone: {command}").format(command=stack.text(index))
        else:
            text = ""
        self._undo_index = index
        if text:
            self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def _to_focus(self, key: QKeySequence.StandardKey) -> None:
        """A clipboard command from the menu, handed to the focused widget as the keys it answers to."""
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        target = QApplication.focusWidget()
        bindings = QKeySequence.keyBindings(key)
        if target is None or not bindings:
            return
        combination = bindings[0][0]  # type: ignore[index]  # a QKeySequence's [i] is its i-th key; not in the stub
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, combination.key(), combination.keyboardModifiers()))

    def _write_failed(self, reason: str) -> None:
        """The file refused a change: the page goes back to what the file holds, and the auditor is told."""
        from PySide6.QtWidgets import QMessageBox

        from workbench.ui.views.page import Page  # a page is shown: its module is imported

        page = self.stack.currentWidget()
        if isinstance(page, Page) and self.session is not None:  # the stack holds the pages and `empty`
            page.refresh_now()
        QMessageBox.critical(self, QCoreApplication.translate("MainWindow", "Not saved"), reason)

    def _show_first_node(self) -> None:
        if self.tree is not None and self.tree.current_key() is None:
            self.tree.select(("programme", 1))
        # While the auditor reads the programme page, build the site page (the charting library is imported
        # with it, ~0.4 s), so that the first site they open shows at once rather than after a pause.
        self._warm_up_step = 0
        self._warm_up_thread = None
        QTimer.singleShot(WARM_UP_AFTER_MS, self._warm_up)

    def _warm_up(self) -> None:
        if self.session is None:
            return
        if self._warm_up_thread is None:
            import threading

            self._warm_up_thread = threading.Thread(
                target=import_quietly, args=(THREAD_IMPORTS,), name="warm-up", daemon=True
            )
            self._warm_up_thread.start()
        if self._warm_up_thread.is_alive():  # a click meanwhile waits for the import, as before
            QTimer.singleShot(WARM_UP_POLL_MS, self._warm_up)
            return
        if self._warm_up_step < len(WARM_UP_IMPORTS):
            importlib.import_module(WARM_UP_IMPORTS[self._warm_up_step])
            self._warm_up_step += 1
            QTimer.singleShot(NEXT_TURN_MS, self._warm_up)
            return
        from workbench.ui.views.site_page import SITE_CHARTS

        if "SitePage" not in self.pages and len(self._spare_charts) < SITE_CHARTS:
            from workbench.ui.charts.monthly import MonthlyBarChart

            self._spare_charts.append(MonthlyBarChart())  # one chart a turn (~25 ms each)
            QTimer.singleShot(NEXT_TURN_MS, self._warm_up)
            return
        self._page_for("site")

    def close_workspace(self) -> None:
        if self.session is None:
            return
        # A field commits what is typed in it when it loses focus: let it, while the pages and the tree are
        # whole, rather than half-way through taking them down.
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()
        self.settings.set_bytes_state("splitter", self.splitter.saveState())
        for page in self.pages.values():
            page.detach()
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        for chart in self._spare_charts:  # built ahead for a site page this workspace never showed
            chart.deleteLater()
        self._spare_charts = []
        self._remove_tree()
        self.undo_group.removeStack(self.session.undo_stack)
        try:
            self.session.close()
        except DomainError as exc:  # the journal could not be merged into the file (a full disk): say so
            self._warn(
                QCoreApplication.translate("MainWindow", "Changes not yet in the file"),
                self.languages.render(exc.message),
            )
        self.session.deleteLater()
        self.session = None
        self.stack.setCurrentWidget(self.empty)
        self._empty_text()
        self._update_workspace_actions()
        self._update_title()

    def show_node(self, key: tuple[str, int | None]) -> None:
        if self.session is None:
            return
        if self.tree is not None and self.tree.current_key() != key:
            self.tree.select(key)  # selecting it calls back here
            return
        page = self._page_for(key[0])
        page_key = ("site", key[1]) if key[0] == "bills" else key
        self.stack.setCurrentWidget(page)
        page.show_node(page_key)
        self.page_shown.emit(page)

    def _page_for(self, kind: str) -> Page:
        """The page for a kind of node, built (and its module imported) the first time it is needed."""
        module, name = PAGES[kind]
        page = self.pages.get(name)
        if page is None:
            cls = getattr(importlib.import_module(module), name)
            if name == "SitePage":  # with the charts the warm-up built ahead, if it has
                page = cls(self.session, self.languages, charts=self._spare_charts)
                self._spare_charts = []
            else:
                page = cls(self.session, self.languages)
            page.navigate.connect(self.show_node)
            self.pages[name] = page
            self.stack.addWidget(page)
        return page

    def current_site_id(self) -> int | None:
        key = self.tree.current_key() if self.tree else None
        if key is None:
            return None
        if key[0] in ("site", "bills", "balance", "equipment", "measures"):
            return key[1]
        if key[0] in ("supply", "load_curve"):
            from workbench.domain import model

            assert self.session is not None and key[1] is not None  # a supply of the open workspace
            return self.session.get(model.EnergySupply, key[1]).site_id
        return None

    def import_invoices(self, path: Path | None = None, site_id: int | None = None) -> None:
        """File ▸ Import, or a file dropped on a site: the import dialog for that site (the load-curve import
        for a load curve)."""
        from PySide6.QtWidgets import QMessageBox

        from workbench.ui.dialogs.import_routing import open_import

        site_id = site_id or self.current_site_id()
        if self.session is None:
            return
        if site_id is None:
            QMessageBox.information(
                self,
                QCoreApplication.translate("MainWindow", "Import invoices"),
                QCoreApplication.translate("MainWindow", "Select the site the invoices belong to first."),
            )
            return
        key = self.tree.current_key() if self.tree else None
        carrier = None
        if key and key[0] in ("supply", "load_curve"):
            from workbench.domain import model

            assert key[1] is not None  # a supply's key has its id
            carrier = self.session.get(model.EnergySupply, key[1]).carrier
        open_import(
            self.session,
            self.languages,
            site_id,
            carrier or Carrier.ELECTRICITY,
            path,
            self,
            self.synchronous,
            supply_id=key[1] if key and key[0] in ("supply", "load_curve") else None,
        )

    def export_report(self) -> None:
        """File ▸ Export report: the dialog, on the current site (or the first)."""
        from workbench.ui.dialogs.report_dialog import ReportExportDialog

        if self.session is None:
            return
        dialog = ReportExportDialog(
            self.session, self.languages, self.current_site_id(), self, self.synchronous, data_dir=self.data_dir
        )
        dialog.go_to.connect(self.show_node)
        dialog.exec()
        dialog.deleteLater()

    def edit_financial_aid(self) -> None:
        """File ▸ Financial aid: the lists of aid programmes per country the reports show, the current site's first."""
        from workbench.domain import model
        from workbench.ui.dialogs.financial_aid_dialog import open_financial_aid_dialog

        session = self.session
        site_id = self.current_site_id() if session is not None else None
        country = session.get(model.Site, site_id).country if session is not None and site_id is not None else None
        open_financial_aid_dialog(self, self.data_dir, country or None)

    def new_workspace(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

        chosen, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "New workspace"),
            "",
            QCoreApplication.translate("MainWindow", "Workspaces (*.eaw)"),
        )
        if not chosen:
            return
        path = Path(chosen).with_suffix(".eaw")
        name, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("MainWindow", "New workspace"),
            QCoreApplication.translate("MainWindow", "Programme name:"),
        )
        if not ok or not name.strip():
            return
        from workbench.domain import model
        from workbench.storage.workspace import Workspace

        try:
            Workspace.create(path, model.Programme(name=name.strip(), year=None)).close()
        except DomainError as exc:
            QMessageBox.critical(
                self,
                QCoreApplication.translate("MainWindow", "Cannot create the workspace"),
                self.languages.render(exc.message),
            )
            return
        self.open_workspace(path)

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("MainWindow", "Open a workspace"),
            "",
            QCoreApplication.translate("MainWindow", "Workspaces (*.eaw);;All files (*)"),
        )
        if path:
            self.open_workspace(Path(path))

    def demo_path(self) -> Path:
        return self.data_dir / "demo.eaw"

    def open_demo(self) -> bool:
        """Open the demo programme, writing it first if it is not there yet."""
        path = self.demo_path()
        if not path.exists():
            import os

            from workbench.demo.generator import build_demo
            from workbench.storage.files import SQLITE_SIDECARS, remove_quietly
            from workbench.ui.workers import OperationCancelledError

            path.parent.mkdir(parents=True, exist_ok=True)
            # Written under another name, then renamed: a cancelled or failed demo leaves no half programme
            # for the next Open demo to open.
            partial = path.with_name(f".{path.stem}.writing{path.suffix}")
            begun = [Path(f"{partial}{s}") for s in SQLITE_SIDECARS]
            remove_quietly(begun)
            try:
                run_with_progress(
                    self,
                    QCoreApplication.translate("MainWindow", "Writing the demo programme…"),
                    lambda progress: build_demo(partial, progress).close(),
                    self.synchronous,
                    cancellable=True,
                )
            except OperationCancelledError:
                remove_quietly(begun)
                self.statusBar().showMessage(
                    QCoreApplication.translate("MainWindow", "The demo programme was not written."), STATUS_TIMEOUT_MS
                )
                return False
            except BaseException:
                remove_quietly(begun)
                raise
            os.replace(partial, path)
        return self.open_workspace(path)

    def save_copy(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        if self.session is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "Save a copy"),
            "",
            QCoreApplication.translate("MainWindow", "Workspaces (*.eaw)"),
        )
        if not path:
            return
        try:
            copy = self.session.workspace.save_copy(Path(path).with_suffix(".eaw"))
        except DomainError as exc:
            QMessageBox.critical(
                self, QCoreApplication.translate("MainWindow", "Save a copy"), self.languages.render(exc.message)
            )
            return
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Copy saved to {path}.").format(path=copy), STATUS_TIMEOUT_MS
        )

    # --- preferences -----------------------------------------------------------------------------

    def set_language(self, language: Language) -> None:
        self.settings.language = language.value
        self.languages.switch(language)
        if self.session is not None:
            for i in range(self.session.undo_stack.count()):
                command = self.session.undo_stack.command(i)
                if hasattr(command, "retranslate"):
                    command.retranslate()
            self._undo_texts()

    def set_theme(self, theme: str) -> None:
        self.settings.theme = theme
        self.theme.apply(theme)

    # --- window state ----------------------------------------------------------------------------

    def _restore_window_state(self) -> None:
        geometry = self.settings.bytes_state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(fitted_size(self, 1280, 820))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        from workbench.ui.views.project_tree_panel import workspace_files

        if event.mimeData().hasUrls() and workspace_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        from workbench.ui.views.project_tree_panel import workspace_files

        files = workspace_files(event.mimeData()) if event.mimeData().hasUrls() else []
        if files:
            event.acceptProposedAction()
            self.open_workspace(files[0])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.set_bytes_state("geometry", self.saveGeometry())
        self.close_workspace()
        self.settings.sync()
        super().closeEvent(event)

    def _show_about(self) -> None:
        from workbench.ui.dialogs.about import show_about

        show_about(self)

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.session.name} — {app_name()}" if self.session else app_name())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.new_action.setText(QCoreApplication.translate("MainWindow", "&New…"))
        self.open_action.setText(QCoreApplication.translate("MainWindow", "&Open…"))
        self.recent_menu.setTitle(QCoreApplication.translate("MainWindow", "Open &recent"))
        self.open_demo_action.setText(QCoreApplication.translate("MainWindow", "Open the &demo programme"))
        self.save_copy_action.setText(QCoreApplication.translate("MainWindow", "Save a &copy…"))
        self.import_action.setText(QCoreApplication.translate("MainWindow", "&Import invoices or a load curve…"))
        self.export_report_action.setText(QCoreApplication.translate("MainWindow", "&Export report…"))
        self.financial_aid_action.setText(QCoreApplication.translate("MainWindow", "&Financial aid…"))
        self.close_action.setText(QCoreApplication.translate("MainWindow", "&Close"))
        self.quit_action.setText(QCoreApplication.translate("MainWindow", "&Quit"))
        self.edit_menu.setTitle(QCoreApplication.translate("MainWindow", "&Edit"))
        keys = QKeySequence.StandardKey
        for key, text in (
            (keys.Cut, QCoreApplication.translate("MainWindow", "Cu&t")),
            (keys.Copy, QCoreApplication.translate("MainWindow", "&Copy")),
            (keys.Paste, QCoreApplication.translate("MainWindow", "&Paste")),
            (keys.SelectAll, QCoreApplication.translate("MainWindow", "Select &all")),
        ):
            # The keys are shown, not bound: the focused table or field answers them itself, and a bound
            # shortcut would take them from it. The menu item is for the mouse.
            native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            self.clipboard_actions[key].setText(f"{text}\t{native}" if native else text)
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", "&View"))
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", "&Language"))
        self.theme_menu.setTitle(QCoreApplication.translate("MainWindow", "&Theme"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.about_action.setText(QCoreApplication.translate("MainWindow", "&About"))
        names = {"fr": "Français", "en": "English"}  # each language in its own name, as menus do
        for action in self.language_actions.actions():
            action.setText(names[action.data()])
            action.setChecked(action.data() == self.languages.language.value)
        themes = {
            "system": QCoreApplication.translate("MainWindow", "Follow the system"),
            "light": QCoreApplication.translate("MainWindow", "Light"),
            "dark": QCoreApplication.translate("MainWindow", "Dark"),
        }
        for action in self.theme_actions.actions():
            action.setText(themes[action.data()])
            action.setChecked(action.data() == self.theme.choice)
        self._empty_text()
        self._undo_texts()
        self._update_workspace_actions()  # a read-only workspace's reasons, in the new language
        # Some desktops add the application's name to window titles: in the same language as the title.
        QApplication.setApplicationDisplayName(app_name())
        self._update_title()

    def _empty_text(self) -> None:
        self.empty.setText(
            QCoreApplication.translate("MainWindow", "Open a workspace, or the demo programme, from the File menu.")
        )


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:  # either is gone
        return False
