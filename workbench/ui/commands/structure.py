"""Programme structure edits: add, rename, move and delete clusters and sites, each one undo step."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from workbench.domain import model
from workbench.domain.messages import QT_TRANSLATE_NOOP, message
from workbench.domain.validation import validate

from .edits import DeleteEntity, EditFields, InsertEntity, new_position

if TYPE_CHECKING:
    from workbench.ui.session import WorkspaceSession

CTX = "Commands"


def add_cluster(session: WorkspaceSession, name: str) -> InsertEntity:
    cluster = model.Cluster(name=name, position=new_position(session.workspace.clusters()))
    validate(cluster)
    command = InsertEntity(
        session, cluster, message(CTX, QT_TRANSLATE_NOOP("Commands", "Add cluster {name}"), name=name)
    )
    session.undo_stack.push(command)
    return command


def add_site(session: WorkspaceSession, cluster_id: int, name: str) -> InsertEntity:
    programme = session.programme()
    site = model.Site(
        cluster_id=cluster_id,
        name=name,
        currency=programme.currency,
        position=new_position(session.workspace.sites(cluster_id)),
    )
    validate(site)
    command = InsertEntity(session, site, message(CTX, QT_TRANSLATE_NOOP("Commands", "Add site {name}"), name=name))
    session.undo_stack.push(command)
    return command


def rename(session: WorkspaceSession, cls: type, ident: int, name: str) -> None:
    current = session.get(cls, ident)
    if current.name == name:
        return
    validate(dataclasses.replace(current, name=name))
    session.undo_stack.push(
        EditFields(
            session,
            cls,
            ident,
            {"name": current.name},
            {"name": name},
            message(CTX, QT_TRANSLATE_NOOP("Commands", "Rename {old} to {new}"), old=current.name, new=name),
        )
    )


def move_site(session: WorkspaceSession, site_id: int, cluster_id: int) -> bool:
    site = session.get(model.Site, site_id)
    if site.cluster_id == cluster_id:
        return False
    cluster = session.get(model.Cluster, cluster_id)
    session.undo_stack.push(
        EditFields(
            session,
            model.Site,
            site_id,
            {"cluster_id": site.cluster_id, "position": site.position},
            {"cluster_id": cluster_id, "position": new_position(session.workspace.sites(cluster_id))},
            message(
                CTX, QT_TRANSLATE_NOOP("Commands", "Move {site} to {cluster}"), site=site.name, cluster=cluster.name
            ),
        )
    )
    return True


def delete(session: WorkspaceSession, cls: type, ident: int) -> None:
    current = session.get(cls, ident)
    session.undo_stack.push(
        DeleteEntity(
            session, cls, ident, message(CTX, QT_TRANSLATE_NOOP("Commands", "Delete {name}"), name=current.name)
        )
    )
