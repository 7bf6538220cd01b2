"""The outline the project tree is drawn from agrees with the entities, in the same order."""

from __future__ import annotations

from workbench.domain import model
from workbench.domain.units import Carrier
from workbench.storage.outline import read_outline


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
