"""A workspace's outline — programme, clusters, sites, supplies and counts — read straight from SQL.

The project tree is drawn from this, not from decoded entities: it is a handful
of small queries, and it needs neither the domain model nor its codecs, so the
window can show a file before the domain layer is imported. (NamedTuples, not
dataclasses, for the same reason: they cost a sixth of the time to define.)
"""

from __future__ import annotations

import sqlite3
from typing import NamedTuple


class SupplyLine(NamedTuple):
    id: int
    site_id: int
    carrier: str  # a Carrier value
    name: str
    load_curve: bool = False  # the supply has a load curve (its page is a node under it)


class SiteLine(NamedTuple):
    id: int
    cluster_id: int
    name: str
    company: str
    city: str
    equipment: int  # how many items are inventoried
    measures: int


class ClusterLine(NamedTuple):
    id: int
    name: str


class Outline(NamedTuple):
    programme: str
    clusters: tuple[ClusterLine, ...]
    sites: tuple[SiteLine, ...]  # by cluster, then in the user's order
    supplies: tuple[SupplyLine, ...]


def read_outline(conn: sqlite3.Connection) -> Outline:
    """The outline, in the order the tree shows it (the same order as ``Workspace.clusters()``/``sites()``)."""
    (programme,) = conn.execute("SELECT name FROM programme WHERE id = 1").fetchone()
    equipment = dict(conn.execute("SELECT site_id, COUNT(*) FROM equipment GROUP BY site_id").fetchall())
    measures = dict(conn.execute("SELECT site_id, COUNT(*) FROM measure GROUP BY site_id").fetchall())
    clusters = tuple(
        ClusterLine(*row) for row in conn.execute("SELECT id, name FROM cluster ORDER BY position, id").fetchall()
    )
    sites = tuple(
        SiteLine(ident, cluster_id, name, company, city, equipment.get(ident, 0), measures.get(ident, 0))
        for ident, cluster_id, name, company, city in conn.execute(
            "SELECT id, cluster_id, name, company, city FROM site ORDER BY cluster_id, position, id"
        ).fetchall()
    )
    curves = _supplies_with_load_curves(conn)
    supplies = tuple(
        SupplyLine(ident, site_id, carrier, name, ident in curves)
        for ident, site_id, carrier, name in conn.execute(
            "SELECT id, site_id, carrier, name FROM supply ORDER BY id"
        ).fetchall()
    )
    return Outline(programme, clusters, sites, supplies)


def _supplies_with_load_curves(conn: sqlite3.Connection) -> set[int]:
    # A file opened read-only may predate load curves (its schema is not migrated): none then.
    known = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'load_chunk'").fetchone()
    if known is None:
        return set()
    return {ident for (ident,) in conn.execute("SELECT DISTINCT supply_id FROM load_chunk").fetchall()}
