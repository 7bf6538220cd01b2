"""The project tree with its filter box and its actions (add, rename, move, delete).

It is on the cold-start path: dialog classes are imported where they are used,
because PySide builds each Qt class's Python type (and its enums) on first import.
For the same reason ``Qt`` (PySide's namespace of 93 enums, about 25 ms) is
imported only by what runs once the session is attached: until then the panel
shows an :class:`OutlineTreeModel`, which converts none of its enums.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QModelIndex, QPoint, QSortFilterProxyModel, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.messages import DomainError
from workbench.i18n.language import LanguageManager
from workbench.storage.opening import FILE_SUFFIX as WORKSPACE_SUFFIX
from workbench.storage.outline import Outline
from workbench.ui.models.project_tree import KEY_ROLE, Index, OutlineTreeModel, ProjectTreeModel, folded
from workbench.ui.read_only import permit, read_only_reason

if TYPE_CHECKING:
    from PySide6.QtCore import QCollator
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent

    from workbench.ui.session import WorkspaceSession

NodeKey = tuple[str, int | None]
SORTED_KINDS = ("cluster", "site", "supply")  # listed by name; the other nodes keep their fixed order


class SiteFilterProxy(QSortFilterProxyModel):
    """Finds sites by name, company or city; shows their clusters above them and their content below.

    The text is compared without case or accents ("beton" finds "Béton"). Once the session is attached
    (:meth:`sort_names`), clusters, sites and supplies are listed in the interface language's alphabetical
    order; a site's groups (bills, balance, equipment, measures) keep theirs.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._text = ""  # folded: filterAcceptsRow compares it with each site's folded names
        self._collator: QCollator | None = None  # until sort_names(): the cold start converts no QCollator

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10; invalidateFilter is deprecated there
            self.beginFilterChange()
            self._text = folded(text.strip())
            self.endFilterChange()
        else:
            self._text = folded(text.strip())
            self.invalidateFilter()

    def tree_model(self) -> OutlineTreeModel:
        source = self.sourceModel()
        assert isinstance(source, OutlineTreeModel)  # the panel filters no other
        return source

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        if not self._text:
            return True
        source = self.tree_model()
        node = source.node(source.index(row, 0, parent))
        site = node.site()
        if site is None:
            return False  # programme and clusters show when a site below them matches
        return self._text in site.search

    def sort_names(self, language: str) -> None:
        """Sort by name, collated in ``language`` (again when it changes)."""
        from PySide6.QtCore import Qt

        from workbench.ui.models.collation import collator_for

        self._collator = collator_for(language)
        if self.sortColumn() < 0:
            self.sort(0, Qt.SortOrder.AscendingOrder)
        else:
            self.invalidate()

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        source = self.tree_model()
        a, b = source.node(left), source.node(right)
        if self._collator is None or a.kind != b.kind or a.kind not in SORTED_KINDS:
            return left.row() < right.row()
        order = self._collator.compare(str(left.data()), str(right.data()))
        return order < 0 if order else left.row() < right.row()  # equal names: in the order they were added


class ProjectTreeView(QTreeView):
    """The tree itself; it also takes invoice files dropped on a site, and Del on the current node.

    Drops are handled in the view's own drag handlers (the viewport's events arrive
    there) rather than by an event filter on ``viewport()``: asking PySide for the
    viewport costs it a scan of every widget type, about 10 ms of a cold start.
    """

    files_dropped = Signal(int, object)  # site id, Path
    files_refused = Signal()  # invoices dropped on a site of a read-only workspace, once per drop
    delete_pressed = Signal()
    refuses_files = False  # set on a read-only workspace: a drop on a site is refused, not imported

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        from PySide6.QtCore import Qt

        # Del reaches the view itself when no shortcut took it first (an inactive window, a test).
        if event.key() == Qt.Key.Key_Delete:
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if not self._take_files(event, drop=False):
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if not self._take_files(event, drop=False):
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if not self._take_files(event, drop=True):
            super().dropEvent(event)

    def _take_files(self, event: QDropEvent, drop: bool) -> bool:
        """Files from outside go to the site under the pointer; anything else is the tree's own drag.
        Workspace files are left to the window, which opens them."""
        if not event.mimeData().hasUrls():
            return False
        if workspace_files(event.mimeData()):
            event.ignore()
            return True
        site = self.site_at(event.position().toPoint())
        if site is None:
            event.ignore()
            return True
        event.acceptProposedAction()  # on a read-only workspace too, so that the drop can say why it is refused
        if drop and self.refuses_files:
            self.files_refused.emit()
        elif drop:
            for url in event.mimeData().urls():
                if url.isLocalFile():
                    self.files_dropped.emit(site, Path(url.toLocalFile()))
        return True

    def site_at(self, point: QPoint) -> int | None:
        index = self.indexAt(point)
        if not index.isValid():
            return None
        proxy = self.model()
        assert isinstance(proxy, SiteFilterProxy)  # the panel's
        node = proxy.tree_model().node(proxy.mapToSource(index)).site()
        return node.ident if node is not None else None


def workspace_files(data: QMimeData) -> list[Path]:
    """The workspace files (.eaw) among dropped files."""
    paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() == WORKSPACE_SUFFIX]


class FilterBox(QLineEdit):
    """The tree's filter: Esc clears it, and a second Esc gives the focus back to the tree."""

    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape:
            if self.text():
                self.clear()
            else:
                self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ProjectTreePanel(QWidget):
    node_selected = Signal(object)  # NodeKey
    files_dropped = Signal(int, object)  # site id, Path: invoices dropped on a site

    def __init__(self, outline: Outline, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: WorkspaceSession | None = None
        self.languages = languages
        self.model: OutlineTreeModel = OutlineTreeModel(outline, self)  # until attach()
        self._outline: Outline | None = outline  # until attach()
        self.proxy = SiteFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter = FilterBox()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        layout.addWidget(self.filter)
        # Said when the filter hides every site: an empty tree alone looks like an empty workspace.
        self.no_match = QLabel()
        self.no_match.setObjectName("noSiteMatches")
        self.no_match.setWordWrap(True)
        self.no_match.hide()
        layout.addWidget(self.no_match)
        # A site added, renamed or deleted under a filter may make it match, or match nothing any more.
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved):
            signal.connect(self._show_no_match)
        self.view = ProjectTreeView()
        self.filter.escaped.connect(self.view.setFocus)
        self.view.setModel(self.proxy)
        self.view.setHeaderHidden(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.delete_pressed.connect(self.delete)
        self.view.files_dropped.connect(self.files_dropped)
        self.view.setAcceptDrops(True)
        layout.addWidget(self.view)

        self.add_cluster_action = QAction(self)
        self.add_cluster_action.triggered.connect(self.add_cluster)
        self.add_site_action = QAction(self)
        self.add_site_action.triggered.connect(self.add_site)
        self.rename_action = QAction(self)
        # setShortcuts: setShortcut's overloads would make PySide build its Qt namespace (see the docstring)
        self.rename_action.setShortcuts([QKeySequence("F2")])
        self.rename_action.triggered.connect(self.rename)
        self.delete_action = QAction(self)
        self.delete_action.setShortcuts(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.delete)
        self.move_menu = QMenu(self)
        self.find_action = QAction(self)
        self.find_action.setShortcuts(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_filter)
        self.addAction(self.find_action)  # Ctrl+F anywhere in the window

        self._expanded: set[NodeKey] = set()
        self._current: NodeKey | None = None
        self.view.expandToDepth(1)
        self.retranslate()
        languages.language_changed.connect(self._language_changed)

    def attach(self, session: WorkspaceSession) -> None:
        """The workspace's session: from now on the tree follows its changes and its actions edit it.

        The drawn tree's nodes give way to an editable model built from the same outline; the view keeps
        its expansion and its current node.
        """
        from PySide6.QtCore import Qt

        self.session = session
        self._remember_state()
        assert self._outline is not None  # attached once
        drawn, self.model = self.model, ProjectTreeModel(self._outline, session, self)
        self._outline = None
        self.proxy.setSourceModel(self.model)
        drawn.deleteLater()
        self.model.modelAboutToBeReset.connect(self._remember_state)
        self.model.modelReset.connect(self._restore_state)
        self.model.edit_refused.connect(self._refused)
        self.view.refuses_files = session.read_only
        self.view.files_refused.connect(self._files_refused)
        self._restore_state()
        self.proxy.sort_names(self.languages.language)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        for action in (self.rename_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(action)

    def menu_actions(self) -> list[QAction | None]:
        """Find, then add cluster, add site, rename and delete (None between): the window's Edit menu lists them."""
        return [
            self.find_action,
            None,
            self.add_cluster_action,
            self.add_site_action,
            self.rename_action,
            self.delete_action,
        ]

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    # --- selection -------------------------------------------------------------------------------

    def current_key(self) -> NodeKey | None:
        index = self.view.currentIndex()
        return tuple(index.data(KEY_ROLE)) if index.isValid() else None

    def select(self, key: NodeKey) -> bool:
        index = self.proxy.mapFromSource(self.model.index_for(key))
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(KEY_ROLE) if current.isValid() else None
        self._update_actions()
        if key is not None:
            self.node_selected.emit(tuple(key))

    def _update_actions(self) -> None:
        key = self.current_key()
        kind = key[0] if key and self.session is not None else None
        read_only = self.session is not None and self.session.read_only
        permit(self.add_cluster_action, self.session is not None, read_only)
        permit(self.add_site_action, kind in ("cluster", "site"), read_only)
        permit(self.rename_action, kind in ("programme", "cluster", "site"), read_only)
        permit(self.delete_action, kind in ("cluster", "site"), read_only)
        permit(self.move_menu.menuAction(), True, read_only)

    # --- keeping expansion across model resets -------------------------------------------------

    def _remember_state(self) -> None:
        self._expanded = set()
        for key in self.model.parent_keys():
            index = self.proxy.mapFromSource(self.model.index_for(key))
            if index.isValid() and self.view.isExpanded(index):
                self._expanded.add(key)
        self._current = self.current_key()

    def _restore_state(self) -> None:
        for key in self._expanded:
            index = self.proxy.mapFromSource(self.model.index_for(key))
            if index.isValid():
                self.view.setExpanded(index, True)
        if self._current and not self.select(self._current):
            self.select(("programme", 1))
        self._update_actions()

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        if text:
            self.view.expandAll()
        self._show_no_match()

    def _show_no_match(self) -> None:
        """The hint under the filter box, when what it holds matches no site (and only then)."""
        text = self.filter.text().strip()
        empty = bool(text) and self.proxy.rowCount() == 0
        if empty:
            self.no_match.setText(
                QCoreApplication.translate("ProjectTree", "No site matches “{text}”.").format(text=text)
            )
        self.no_match.setVisible(empty)

    # --- actions ---------------------------------------------------------------------------------

    def _cluster_of_current(self) -> int | None:
        key = self.current_key()
        if key is None:
            return None
        if key[0] == "cluster":
            return key[1]
        if key[0] == "site" or key[0] in ("bills", "balance", "equipment", "measures"):
            return self.model.cluster_of(key[1]) if key[1] is not None else None  # no site has no id
        return None

    def add_cluster(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("ProjectTree", "Add cluster"),
            QCoreApplication.translate("ProjectTree", "Cluster name:"),
        )
        if ok and name.strip():
            from workbench.ui.commands import structure

            session = self.session
            assert session is not None  # the action needs one
            self._guarded(lambda: structure.add_cluster(session, name.strip()))
            self.select(("cluster", session.workspace.clusters()[-1].id))

    def add_site(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        cluster_id = self._cluster_of_current()
        if cluster_id is None:
            return
        name, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("ProjectTree", "Add site"),
            QCoreApplication.translate("ProjectTree", "Site name:"),
        )
        if ok and name.strip():
            from workbench.ui.commands import structure

            session = self.session
            assert session is not None  # a current cluster or site is the session's
            command = self._guarded(lambda: structure.add_site(session, cluster_id, name.strip()))
            if command is not None:
                self.select(("site", command.ident))

    def rename(self) -> None:
        from PySide6.QtCore import Qt

        index = self.view.currentIndex()
        if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.view.edit(index)

    def delete(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        key = self.current_key()
        # Del reaches here past the disabled Delete action: on a read-only workspace it does nothing either.
        if self.session is None or self.session.read_only or key is None or key[0] not in ("cluster", "site"):
            return
        from workbench.domain import model
        from workbench.ui.commands import structure

        cls = model.Cluster if key[0] == "cluster" else model.Site
        ident = key[1]
        assert ident is not None  # a cluster's or a site's key
        entity = self.session.get(cls, ident)
        question = (
            QCoreApplication.translate(
                "ProjectTree", "Delete the cluster “{name}” with all its sites, bills, equipment and measures?"
            )
            if key[0] == "cluster"
            else QCoreApplication.translate(
                "ProjectTree", "Delete the site “{name}” with all its bills, equipment and measures?"
            )
        ).format(name=entity.name)
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("ProjectTree", "Delete"),
            question + "\n" + QCoreApplication.translate("ProjectTree", "You can undo this."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            structure.delete(self.session, cls, ident)

    def move_current_site(self, cluster_id: int) -> None:
        key = self.current_key()
        if key and key[0] == "site":
            from workbench.ui.commands import structure

            assert self.session is not None and key[1] is not None  # a site is the open workspace's
            structure.move_site(self.session, key[1], cluster_id)
            self.select(key)

    def _guarded(self, action):
        try:
            return action()
        except DomainError as exc:
            self._refused(self.languages.render(exc.message))
            return None

    def _refused(self, reason: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, QCoreApplication.translate("ProjectTree", "Not possible"), reason)

    def _files_refused(self) -> None:
        """Invoices dropped on a site of a read-only workspace: why they cannot be imported, not the import."""
        self._refused(read_only_reason())

    def _context_menu(self, position) -> None:
        if self.session is None:
            return
        menu = QMenu(self)
        menu.setToolTipsVisible(True)  # a read-only workspace's disabled actions say why
        menu.addAction(self.add_cluster_action)
        menu.addAction(self.add_site_action)
        menu.addSeparator()
        menu.addAction(self.rename_action)
        key = self.current_key()
        if key and key[0] == "site":
            self.move_menu.clear()
            current_cluster = self._cluster_of_current()
            for cluster in self.session.workspace.clusters():
                if cluster.id != current_cluster:
                    action = self.move_menu.addAction(cluster.name)
                    action.triggered.connect(lambda _checked=False, c=cluster.id: self.move_current_site(c))
            menu.addMenu(self.move_menu)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(self.view.viewport().mapToGlobal(position))

    def _language_changed(self, language: str) -> None:
        self.retranslate()
        self.model.retranslate()
        if self.session is not None:
            self.proxy.sort_names(language)  # "Électricité" and "Eau" do not sort alike in every language
        self._update_actions()  # a read-only workspace's reasons, in the new language

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(QCoreApplication.translate("ProjectTree", "Find a site…"))
        self.find_action.setText(QCoreApplication.translate("ProjectTree", "Find a site…"))
        self.add_cluster_action.setText(QCoreApplication.translate("ProjectTree", "Add cluster…"))
        self.add_site_action.setText(QCoreApplication.translate("ProjectTree", "Add site…"))
        self.rename_action.setText(QCoreApplication.translate("ProjectTree", "Rename"))
        self.delete_action.setText(QCoreApplication.translate("ProjectTree", "Delete…"))
        self.move_menu.setTitle(QCoreApplication.translate("ProjectTree", "Move to cluster"))
        self._show_no_match()
