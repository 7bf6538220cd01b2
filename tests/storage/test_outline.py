"""The outline the project tree is drawn from agrees with the entities, in the same order."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from workbench.domain import model
from workbench.domain.units import Carrier
from workbench.storage.errors import CorruptWorkspaceError
from workbench.storage.opening import open_file
from workbench.storage.outline import read_outline
from workbench.storage.workspace import Workspace


def test_outline_matches_the_entities(demo):
    outline = read_outline(demo.conn)
    assert outline.programme == demo.programme().name
    assert [(c.id, c.name) for c in outline.clusters] == [(c.id, c.name) for c in demo.clusters()]
    assert [(s.id, s.cluster_id, s.name, s.company, s.city) for s in outline.sites] == [
        (s.id, s.cluster_id, s.name, s.company, s.city) for s in demo.sites()
    ]
    supplies = demo.find(model.EnergySupply)
    assert [(s.id, s.site_id, Carrier(s.carrier), s.name) for s in outline.supplies] == [
        (s.id, s.site_id, s.carrier, s.name) for s in supplies
    ]
    for site in outline.sites:
        assert site.equipment == len(demo.find(model.Equipment, "site_id = ?", (site.id,)))
        assert site.measures == len(demo.find(model.Measure, "site_id = ?", (site.id,)))


def test_outline_follows_the_users_order(demo):
    """Sites are listed by their position within the cluster, as the tree shows them."""
    first, second = demo.sites(1)[:2]
    demo.update(model.Site, second.id, position=first.position - 1)
    names = [s.name for s in read_outline(demo.conn).sites if s.cluster_id == 1]
    assert names[:2] == [second.name, first.name]
    assert names == [s.name for s in demo.sites(1)]


def test_a_missing_table_is_refused_before_the_outline_is_read(tmp_path):
    path = tmp_path / "damaged.eaw"
    Workspace.create(path, model.Programme(name="Damaged")).close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("DROP TABLE measure")  # SQLite's quick_check cannot see a missing table
        conn.commit()
    with pytest.raises(CorruptWorkspaceError) as refused:
        open_file(path)
    assert "the table measure is missing" in refused.value.render()
    with pytest.raises(CorruptWorkspaceError):
        open_file(path)  # nothing was held: the same answer again, not "in use"
