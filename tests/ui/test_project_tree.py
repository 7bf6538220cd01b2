"""The project tree model: checked by qtmodeltester, and every structural edit goes through undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from workbench.domain import model
from workbench.domain.messages import DomainError, message
from workbench.ui.commands import structure
from workbench.ui.models import project_tree
from workbench.ui.models.project_tree import KEY_ROLE, SITE_MIME, OutlineTreeModel, ProjectTreeModel
from workbench.ui.session import WorkspaceSession


@pytest.fixture
def session(demo, qapp):
    s = WorkspaceSession(demo)
    yield s
    s.undo_stack.clear()


def attached_tree(session: WorkspaceSession) -> ProjectTreeModel:
    return ProjectTreeModel(session.workspace.outline(), session)


def names(tree: OutlineTreeModel, parent: QModelIndex) -> list[str]:
    return [tree.index(r, 0, parent).data() for r in range(tree.rowCount(parent))]


def test_models_pass_qtmodeltester(qtmodeltester, session):
    qtmodeltester.check(OutlineTreeModel(session.workspace.outline()))
    qtmodeltester.check(attached_tree(session))


def test_the_roles_compared_as_integers_are_qts():
    """The models compare roles as plain integers (naming Qt's enum would cost the cold start its Qt namespace)."""
    roles = Qt.ItemDataRole
    ours = (project_tree.DISPLAY_ROLE, project_tree.DECORATION_ROLE, project_tree.EDIT_ROLE, project_tree.TOOLTIP_ROLE)
    assert ours == (roles.DisplayRole.value, roles.DecorationRole.value, roles.EditRole.value, roles.ToolTipRole.value)
    assert roles.UserRole.value + 1 == KEY_ROLE


def test_shape_of_the_tree(session):
    tree = attached_tree(session)
    programme = tree.index(0, 0)
    assert programme.data() == "Quick scans Casablanca 2019"
    clusters = names(tree, programme)
    assert len(clusters) == 2
    cluster = tree.index(0, 0, programme)
    assert len(names(tree, cluster)) == 5
    site = tree.index(0, 0, cluster)
    groups = names(tree, site)
    assert groups[:2] == ["Energy bills", "Energy balance"]
    assert groups[2].startswith("Equipment (") and groups[3].startswith("Measures (")
    bills = tree.index(0, 0, site)
    assert names(tree, bills) == ["Électricité MT", "Gasoil"]
    assert tree.data(site, KEY_ROLE) == ("site", 1)


def test_rename_add_move_delete_with_undo(qtmodeltester, session):
    tree = attached_tree(session)
    qtmodeltester.check(tree, force_py=True)
    ws = session.workspace
    site_index = tree.index_for(("site", 1))
    assert tree.setData(site_index, "Ciments de l'Atlas (broyage)")
    assert ws.get(model.Site, 1).name == "Ciments de l'Atlas (broyage)"
    assert tree.index_for(("site", 1)).data() == "Ciments de l'Atlas (broyage)"
    session.undo_stack.undo()
    assert tree.index_for(("site", 1)).data() == "Ciments de l'Atlas — station de broyage"

    structure.add_cluster(session, "Cluster Agro")
    new_cluster = ws.clusters()[-1]
    assert tree.index_for(("cluster", new_cluster.id)).data() == "Cluster Agro"

    data = tree.mimeData([tree.index_for(("site", 1))])
    assert data.hasFormat(SITE_MIME)
    target = tree.index_for(("cluster", new_cluster.id))
    assert tree.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target)
    tree.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target)
    assert ws.get(model.Site, 1).cluster_id == new_cluster.id
    assert names(tree, tree.index_for(("cluster", new_cluster.id))) == ["Ciments de l'Atlas — station de broyage"]
    session.undo_stack.undo()
    assert ws.get(model.Site, 1).cluster_id == 1

    bills_before = ws.count(model.Bill)
    structure.delete(session, model.Site, 1)
    assert not tree.index_for(("site", 1)).isValid()
    assert ws.count(model.Bill) < bills_before
    session.undo_stack.undo()
    assert tree.index_for(("site", 1)).isValid()
    assert ws.count(model.Bill) == bills_before
    session.undo_stack.redo()
    assert not tree.index_for(("site", 1)).isValid()
    qtmodeltester.check(tree)


def test_invalid_rename_is_refused(session):
    tree = attached_tree(session)
    assert not tree.setData(tree.index_for(("site", 1)), "   ")
    assert session.undo_stack.count() == 0


def test_a_rename_the_domain_refuses_says_why(session, monkeypatch):
    tree = attached_tree(session)
    reasons = []
    tree.edit_refused.connect(reasons.append)

    def refuse(*_args):
        raise DomainError(message("Test", "{name} is taken.", name="Renamed"))

    monkeypatch.setattr(structure, "rename", refuse)
    assert not tree.setData(tree.index_for(("site", 1)), "Renamed")
    assert reasons == ["Renamed is taken."]
    assert session.workspace.get(model.Site, 1).name != "Renamed"


def test_tree_drawn_before_the_session_is_read_only(session):
    """The window draws the tree from the outline first; it edits nothing until the session is attached."""
    drawn = OutlineTreeModel(session.workspace.outline())
    programme = drawn.index(0, 0)
    cluster = drawn.index(0, 0, programme)
    site = drawn.index(0, 0, cluster)
    assert site.data() == session.workspace.sites(cluster.data(KEY_ROLE)[1])[0].name
    for index in (programme, cluster, site):
        assert not drawn.flags(index) & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)
    assert not drawn.setData(site, "Renamed")
    assert SITE_MIME not in drawn.mimeTypes()
    attached = attached_tree(session)
    site = attached.index_for(site.data(KEY_ROLE))
    assert attached.flags(site) & Qt.ItemFlag.ItemIsEditable
    assert attached.setData(site, "Renamed")
    assert session.workspace.get(model.Site, site.data(KEY_ROLE)[1]).name == "Renamed"


def test_a_released_session_leaves_the_workspace_open_and_stops_following_it(demo, qapp):
    """The CLI borrows a session over a workspace it closes itself."""
    session = WorkspaceSession(demo)
    heard = []
    session.changed.connect(heard.append)
    demo.update(model.Cluster, 1, name="Before release")
    assert len(heard) == 1
    session.release()
    demo.update(model.Cluster, 1, name="After release")
    assert len(heard) == 1 and demo.is_open
    assert demo.get(model.Cluster, 1).name == "After release"
    session.release()  # twice is harmless
