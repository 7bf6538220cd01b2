"""Programme ▸ Clusters ▸ Sites ▸ {Energy bills ▸ supplies, Equipment, Measures}, over the workspace.

Nodes are plain Python objects held by the model (an index's internal pointer
must stay alive). They are built from the file's outline (plain SQL, no domain
model), so the tree can be drawn before the session exists.

Two models share the nodes:

- :class:`OutlineTreeModel` draws the tree and nothing else. It overrides no
  method whose Qt enums PySide would have to convert (``flags``, the drop
  actions), so drawing it does not make PySide build its ``Qt`` namespace:
  93 enums, about 25 ms of a cold start. Roles are compared as the plain
  integers PySide passes to ``data``.
- :class:`ProjectTreeModel` adds the session: it follows its changes and takes
  renames and moves, always through undo commands, never straight to the file.
  Structural changes (a cluster, site or supply added, moved or deleted)
  rebuild the nodes inside a model reset, and the view restores its expansion
  and selection by node key; a rename only emits ``dataChanged``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtGui import QIcon

from workbench.bundle import shipped
from workbench.domain.kinds import EntityKind
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError
from workbench.domain.units import Carrier
from workbench.i18n.language import qt_translate
from workbench.storage.changes import ChangeAction
from workbench.storage.outline import Outline

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, Qt

    from workbench.storage.changes import Change
    from workbench.ui.session import WorkspaceSession

SITE_MIME = "application/x-energy-audit-workbench-site"
# What rebuilds the tree: a row of these kinds added or deleted (a node, or the count a group shows)...
REBUILT_BY_ROWS = frozenset(
    {EntityKind.CLUSTER, EntityKind.SITE, EntityKind.SUPPLY, EntityKind.EQUIPMENT, EntityKind.MEASURE}
)
# ...or one of these fields edited: where a node sits, its icon, what the filter box finds a site by.
REBUILT_BY_FIELDS: dict[EntityKind, frozenset[str]] = {
    EntityKind.SITE: frozenset({"cluster_id", "position", "company", "city"}),
    EntityKind.SUPPLY: frozenset({"position", "carrier"}),
}
# The kinds whose rows are nodes of their own, renamed in place. The groups under a site (bills, equipment,
# measures) are keyed by the site's id: an equipment renamed must not be taken for the group of the site
# that happens to share its id.
RENAMED_IN_PLACE = frozenset({EntityKind.PROGRAMME, EntityKind.CLUSTER, EntityKind.SITE, EntityKind.SUPPLY})
# Qt.ItemDataRole's values (tests/ui/test_project_tree.py checks them against PySide's enum).
DISPLAY_ROLE, DECORATION_ROLE, EDIT_ROLE, TOOLTIP_ROLE = 0, 1, 2, 3
KEY_ROLE = 0x0100 + 1  # Qt.ItemDataRole.UserRole + 1: the node's key
GROUP_LABELS = {
    "bills": QT_TRANSLATE_NOOP("ProjectTree", "Energy bills"),
    "balance": QT_TRANSLATE_NOOP("ProjectTree", "Energy balance"),
    "equipment": QT_TRANSLATE_NOOP("ProjectTree", "Equipment"),
    "measures": QT_TRANSLATE_NOOP("ProjectTree", "Measures"),
    "load_curve": QT_TRANSLATE_NOOP("ProjectTree", "Load curve"),
}
Index = QModelIndex | QPersistentModelIndex


def folded(text: str) -> str:
    """``text`` as the filter box compares it: without case or accents ("Béton" → "beton", "Œuvre" → "oeuvre"),
    so that an auditor typing on a keyboard without accents, or in capitals, finds the site."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("œ", "oe").replace("æ", "ae")


def site_search_text(name: str, company: str, city: str) -> str:
    """What the filter box looks in for a site, folded (:func:`folded`)."""
    return folded("\n".join((name, company, city)))


class Node:
    """One row of the tree. A plain class (identity equality, no generated methods): it is defined at cold start."""

    __slots__ = ("carrier", "children", "count", "ident", "kind", "name", "parent", "search")

    def __init__(
        self,
        kind: str,  # programme, cluster, site, bills, supply, balance, equipment, measures
        ident: int | None,
        name: str = "",
        count: int | None = None,
        carrier: Carrier | None = None,
        search: str = "",  # what the filter box looks in (a site's name, company and city), folded
    ) -> None:
        self.kind, self.ident, self.name = kind, ident, name
        self.count, self.carrier, self.search = count, carrier, search
        self.parent: Node | None = None
        self.children: list[Node] = []

    @property
    def key(self) -> tuple[str, int | None]:
        """What the node stands for; stable across rebuilds (groups take their site's id)."""
        return (self.kind, self.ident)

    @property
    def row(self) -> int:
        return 0 if self.parent is None else self.parent.children.index(self)

    def add(self, child: Node) -> Node:
        child.parent = self
        self.children.append(child)
        return child

    def site(self) -> Node | None:
        node: Node | None = self
        while node is not None and node.kind != "site":
            node = node.parent
        return node


class OutlineTreeModel(QAbstractItemModel):
    """The tree drawn from a file's outline: read-only, and cheap to draw at cold start."""

    def __init__(self, outline: Outline, parent=None) -> None:
        super().__init__(parent)
        self.root = Node("root", None)
        self._by_key: dict[tuple[str, int | None], Node] = {}
        self._build(outline)

    # --- building ------------------------------------------------------------------------------

    def _build(self, outline: Outline) -> None:
        self.root = Node("root", None)
        programme = self.root.add(Node("programme", 1, outline.programme))
        sites_by_cluster: dict[int, list] = {}
        for site in outline.sites:
            sites_by_cluster.setdefault(site.cluster_id, []).append(site)
        supplies_by_site: dict[int, list] = {}
        for supply in outline.supplies:
            supplies_by_site.setdefault(supply.site_id, []).append(supply)
        for cluster in outline.clusters:
            cluster_node = programme.add(Node("cluster", cluster.id, cluster.name))
            for site in sites_by_cluster.get(cluster.id, []):
                search = site_search_text(site.name, site.company, site.city)
                site_node = cluster_node.add(Node("site", site.id, site.name, search=search))
                bills = site_node.add(Node("bills", site.id))
                for supply in supplies_by_site.get(site.id, []):
                    node = bills.add(Node("supply", supply.id, supply.name, carrier=Carrier(supply.carrier)))
                    if supply.load_curve:
                        node.add(Node("load_curve", supply.id))
                site_node.add(Node("balance", site.id))
                site_node.add(Node("equipment", site.id, count=site.equipment))
                site_node.add(Node("measures", site.id, count=site.measures))
        self._by_key = {}
        self._index_nodes(self.root)

    def _index_nodes(self, node: Node) -> None:
        for child in node.children:
            self._by_key[child.key] = child
            self._index_nodes(child)

    # --- lookups -------------------------------------------------------------------------------

    def node(self, index: Index) -> Node:
        return index.internalPointer() if index.isValid() else self.root

    def index_for(self, key: tuple[str, int | None]) -> QModelIndex:
        node = self._by_key.get(key)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def cluster_of(self, site_id: int) -> int | None:
        node = self._by_key.get(("site", site_id))
        return node.parent.ident if node is not None and node.parent is not None else None

    def parent_keys(self) -> list[tuple[str, int | None]]:
        """The keys of the nodes with children: the ones a view can expand."""
        return [key for key, node in self._by_key.items() if node.children]

    # --- the model API -------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, 0, self.node(parent).children[row])

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, index: Index, /) -> QModelIndex: ...
    def parent(self, index: Index | None = None) -> QObject | QModelIndex | None:
        if index is None:  # QObject.parent(), which the index's parent hides
            return super().parent()
        if not index.isValid():
            return QModelIndex()
        parent = self.node(index).parent
        if parent is None or parent is self.root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.column() > 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 1

    def data(self, index: Index, role: int = DISPLAY_ROLE):
        if not index.isValid():
            return None
        node = self.node(index)
        if role in (DISPLAY_ROLE, EDIT_ROLE):
            return self._label(node, role == EDIT_ROLE)
        if role == DECORATION_ROLE:
            return _icon(node.kind)
        if role == TOOLTIP_ROLE and node.kind == "site":
            return node.name
        if role == KEY_ROLE:
            return node.key
        return None

    def _label(self, node: Node, editing: bool) -> str:
        if node.kind in GROUP_LABELS:
            label = QCoreApplication.translate("ProjectTree", GROUP_LABELS[node.kind])
            return label if node.count is None or editing else f"{label} ({node.count})"
        if node.kind == "supply" and not node.name:
            assert node.carrier is not None  # a supply's node has its carrier
            return QCoreApplication.translate("Carrier", node.carrier.label)
        return node.name

    def retranslate(self) -> None:
        """Group and carrier labels follow the language."""
        for node in self._by_key.values():
            if node.kind in GROUP_LABELS or node.kind == "supply":
                index = self.createIndex(node.row, 0, node)
                self.dataChanged.emit(index, index, [DISPLAY_ROLE])


class ProjectTreeModel(OutlineTreeModel):
    """The tree of an open workspace: it follows the session's changes and takes renames and moves."""

    edit_refused = Signal(str)  # why a name typed in the tree was not taken, in the interface's language

    def __init__(self, outline: Outline, session: WorkspaceSession, parent=None) -> None:
        """Built from ``outline`` (the one just drawn, or the workspace's own); rebuilt from the session's."""
        super().__init__(outline, parent)
        self.session = session
        session.changed.connect(self._on_changes)

    def _on_changes(self, changes: Sequence[Change]) -> None:
        if any(
            (c.entity in REBUILT_BY_ROWS and c.action != ChangeAction.UPDATE)
            or not REBUILT_BY_FIELDS.get(c.entity, frozenset()).isdisjoint(c.fields)
            or (c.entity == EntityKind.LOAD_CURVE and self._load_curve_node_changes(c.id))
            for c in changes
        ):
            self.beginResetModel()
            self._build(self.session.workspace.outline())
            self.endResetModel()
            return
        for change in changes:
            node = self._by_key.get((change.entity, change.id)) if change.entity in RENAMED_IN_PLACE else None
            if node is None or "name" not in change.fields:
                continue
            entity = self.session.get(_entity_class(node.kind), change.id)
            node.name = entity.name
            if node.kind == "site":
                node.search = site_search_text(entity.name, entity.company, entity.city)
            index = self.index_for(node.key)
            self.dataChanged.emit(index, index, [DISPLAY_ROLE, EDIT_ROLE])

    def _load_curve_node_changes(self, supply_id: int) -> bool:
        """Whether a supply's load curve appeared or went (an import, its undo): its node comes or goes."""
        has = bool(self.session.workspace.load_curve_registers(supply_id))
        return has != (("load_curve", supply_id) in self._by_key)

    def flags(self, index: Index) -> Qt.ItemFlag:
        from PySide6.QtCore import Qt

        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags if self.session.read_only else Qt.ItemFlag.ItemIsDropEnabled
        node = self.node(index)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.session.read_only:
            return flags  # shown and selected, never renamed, dragged or dropped on
        if node.kind in ("cluster", "site", "programme"):
            flags |= Qt.ItemFlag.ItemIsEditable
        if node.kind == "site":
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        if node.kind == "cluster":
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def setData(self, index: Index, value, role: int = EDIT_ROLE) -> bool:  # noqa: N802
        if role != EDIT_ROLE or not index.isValid() or self.session.read_only:
            return False
        node = self.node(index)
        name = str(value).strip()
        if node.kind not in ("programme", "cluster", "site") or not name:
            return False
        from workbench.ui.commands import structure

        assert node.ident is not None  # only the root has none
        try:
            structure.rename(self.session, _entity_class(node.kind), node.ident, name)
        except DomainError as exc:
            self.edit_refused.emit(exc.render(qt_translate))
            return False
        return True

    # --- drag and drop: a site onto a cluster ----------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        from PySide6.QtCore import Qt

        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        from PySide6.QtCore import Qt

        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [SITE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        ids = [str(self.node(i).ident) for i in indexes if i.isValid() and self.node(i).kind == "site"]
        data.setData(SITE_MIME, ",".join(ids).encode())
        return data

    def canDropMimeData(self, data: QMimeData, action, row, column, parent: Index) -> bool:  # noqa: N802
        return (
            not self.session.read_only
            and data.hasFormat(SITE_MIME)
            and parent.isValid()
            and self.node(parent).kind == "cluster"
        )

    def dropMimeData(self, data: QMimeData, action, row, column, parent: Index) -> bool:  # noqa: N802
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        from workbench.ui.commands import structure

        cluster_id = self.node(parent).ident
        assert cluster_id is not None  # dropped on a cluster
        ids = [int(x) for x in bytes(data.data(SITE_MIME).data()).decode().split(",") if x]
        ids = [i for i in ids if self.cluster_of(i) not in (None, cluster_id)]
        if ids:
            self.session.undo_stack.beginMacro(QCoreApplication.translate("ProjectTree", "Move sites"))
            try:
                for site_id in ids:
                    structure.move_site(self.session, site_id, cluster_id)
            finally:
                self.session.undo_stack.endMacro()
        # The commands moved the sites; False stops the view from removing the dragged rows itself.
        return False


def _entity_class(kind: str) -> type:
    from workbench.domain import model  # the tree is drawn before the domain model is imported

    return {"programme": model.Programme, "cluster": model.Cluster, "site": model.Site, "supply": model.EnergySupply}[
        kind
    ]


TREE_ICON_KINDS = (
    *("programme", "cluster", "site", "bills", "balance", "supply", "equipment", "measures", "load_curve"),
)
ICON_DIR = shipped("workbench", "ui", "icons")
_icons: dict[str, QIcon] = {}


def _icon(kind: str) -> QIcon | None:
    """The node kind's icon: a vector drawing beside the package (``icons/tree-KIND.svg``), sharp at any scale
    (at 1.5×, bitmaps were scaled up). Qt's SVG icon engine draws it; no QStyle is asked (which would make
    PySide build its type at cold start)."""
    if kind not in TREE_ICON_KINDS:
        return None
    icon = _icons.get(kind)
    if icon is None:
        icon = QIcon(str(ICON_DIR / f"tree-{kind}.svg"))
        _icons[kind] = icon
    return icon
