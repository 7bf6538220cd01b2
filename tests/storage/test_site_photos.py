"""A site's photos in the workspace file: kept as given, listed without their bytes, refused when they are no
JPEG or PNG or too large, gone with their site and back with its undo; an older file migrates to hold them."""

from __future__ import annotations

import datetime as dt
import sqlite3
import struct
import zlib
from contextlib import closing

import pytest

from workbench.domain import model
from workbench.domain.messages import DomainError
from workbench.domain.validation import ValidationError
from workbench.storage.errors import CorruptWorkspaceError, EntityNotFoundError
from workbench.storage.schema import SCHEMA_VERSION, apply_migrations
from workbench.storage.workspace import Change, ChangeAction, EntityKind, Workspace


def png(width: int = 3, height: int = 2) -> bytes:
    """A real PNG (grey pixels), built by hand: storage knows no image library."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(256)) + b"\xff\xd9"


@pytest.fixture
def site(workspace):
    cluster = workspace.insert(model.Cluster("C"))
    return workspace.insert(model.Site(cluster_id=cluster.id, name="Briqueterie"))


def test_photos_are_kept_as_given_and_listed_in_order_without_their_bytes(workspace, site, tmp_path):
    first = workspace.add_site_photo(site.id, "four.png", png())
    second = workspace.add_site_photo(
        site.id, "compresseur.jpg", JPEG, model.BilingualText("Compresseur", "Compressor"), True, dt.date(2024, 3, 5)
    )
    assert (first.media_type, second.media_type) == (model.PhotoType.PNG, model.PhotoType.JPEG)
    assert (first.position, second.position) == (0, 1)
    assert second.size == len(JPEG) and len(second.sha256) == 64
    assert "\\xff" not in repr(second) and not hasattr(second, "data")
    path = workspace.path
    workspace.close()
    with Workspace.open(path) as ws:
        assert ws.site_photos(site.id) == [first, second]
        assert ws.site_photo(second.id) == second
        assert ws.site_photo_data(first.id) == png()
        assert ws.site_photo_data(second.id) == JPEG  # byte for byte: never recompressed
        assert ws.report_photos(site.id) == [(second, JPEG)]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("notes.pdf", b"%PDF-1.4 not a photo"),
        ("empty.jpg", b""),
        ("photo.png", b"GIF89a\x01\x00\x01\x00"),  # the name says PNG, the bytes do not
        ("vue.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 20),  # a signature without its header
    ],
)
def test_a_file_that_is_no_jpeg_or_png_is_refused_by_name_and_nothing_is_stored(workspace, site, name, data):
    heard: list = []
    workspace.add_listener(heard.extend)
    with pytest.raises(DomainError) as refused:
        workspace.add_site_photo(site.id, name, data)
    assert name in refused.value.render()
    assert "JPEG" in refused.value.render()
    assert workspace.site_photos(site.id) == [] and heard == []


def test_a_photo_larger_than_the_limit_is_refused_by_name(workspace, site):
    data = png()[:33] + b"\x00" * (model.MAX_PHOTO_BYTES + 1)
    with pytest.raises(DomainError) as refused:
        workspace.add_site_photo(site.id, "raw.png", data)
    text = refused.value.render()
    assert "raw.png" in text and "15 MB" in text
    assert workspace.site_photos(site.id) == []


def test_a_photo_of_a_site_that_is_not_there_is_refused(workspace):
    with pytest.raises(EntityNotFoundError):
        workspace.add_site_photo(99, "a.png", png())
    assert workspace.conn.execute("SELECT COUNT(*) FROM site_photo").fetchone()[0] == 0


def test_caption_choice_date_and_order_change_with_change_records(workspace, site):
    a = workspace.add_site_photo(site.id, "a.png", png())
    b = workspace.add_site_photo(site.id, "b.jpg", JPEG)
    heard: list = []
    workspace.add_listener(heard.extend)
    caption = model.BilingualText("Chaudière", "Boiler")
    updated = workspace.update_site_photo(a.id, caption=caption, in_report=True, taken=dt.date(2024, 1, 9))
    assert workspace.site_photo(a.id) == updated and updated.caption == caption and updated.in_report
    assert heard == [Change(EntityKind.SITE_PHOTO, a.id, ChangeAction.UPDATE, ("caption", "in_report", "taken"))]
    workspace.reorder_site_photos(site.id, [b.id, a.id])
    assert [p.id for p in workspace.site_photos(site.id)] == [b.id, a.id]
    with pytest.raises(ValueError):
        workspace.reorder_site_photos(site.id, [b.id])
    with pytest.raises(KeyError):
        workspace.update_site_photo(a.id, filename="other.png")
    with pytest.raises(ValidationError):
        workspace.update_site_photo(a.id, taken=dt.date(1900, 1, 1))
    assert workspace.site_photo(a.id).taken == dt.date(2024, 1, 9)


def test_a_deleted_photo_comes_back_with_its_bytes_and_id(workspace, site):
    photo = workspace.add_site_photo(site.id, "a.png", png(), model.BilingualText("Four", "Kiln"), True)
    deleted = workspace.delete_site_photo(photo.id)
    assert workspace.site_photos(site.id) == []
    with pytest.raises(EntityNotFoundError):
        workspace.site_photo_data(photo.id)
    workspace.restore(deleted)
    assert workspace.site_photos(site.id) == [photo]
    assert workspace.site_photo_data(photo.id) == png()


def test_deleting_a_site_deletes_its_photos_and_its_undo_puts_them_back(workspace, site):
    other = workspace.insert(model.Site(cluster_id=site.cluster_id, name="Autre"))
    photo = workspace.add_site_photo(site.id, "a.png", png())
    kept = workspace.add_site_photo(other.id, "b.jpg", JPEG)
    deleted = workspace.delete(model.Site, site.id)
    assert workspace.conn.execute("SELECT id FROM site_photo").fetchall() == [(kept.id,)]
    workspace.restore(deleted)
    assert workspace.site_photos(site.id) == [photo]
    assert workspace.site_photo_data(photo.id) == png()
    # the cluster takes its sites' photos with it too
    workspace.delete(model.Cluster, site.cluster_id)
    assert workspace.conn.execute("SELECT COUNT(*) FROM site_photo").fetchone()[0] == 0


def test_the_file_itself_deletes_a_sites_photos_with_the_site(workspace, site):
    """ON DELETE CASCADE: a site removed by any SQLite tool leaves no orphan photo behind."""
    workspace.add_site_photo(site.id, "a.png", png())
    with workspace.transaction():
        workspace.conn.execute("DELETE FROM site WHERE id = ?", (site.id,))
    assert workspace.conn.execute("SELECT COUNT(*) FROM site_photo").fetchone()[0] == 0


def write_version_10(path) -> None:
    """A workspace as format 10 wrote it: a site, no photo table."""
    conn = sqlite3.connect(path, isolation_level=None)
    apply_migrations(conn, 0, to_version=10)
    conn.executescript(
        """
        INSERT INTO programme (id, name, currency, report_language, factor_set)
            VALUES (1, 'Programme 2023', 'MAD', 'fr', 'MA');
        INSERT INTO cluster VALUES (1, 'Cluster 1', '', '', 0);
        INSERT INTO site (id, cluster_id, name, currency, schedule_shifts_per_day, schedule_hours_per_shift,
                          schedule_days_per_week, schedule_weeks_per_year)
            VALUES (1, 1, 'Site ancien', 'MAD', 2, 8, 5, 48);
        """
    )
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()


def test_a_format_10_workspace_opens_migrated_and_takes_photos(tmp_path):
    assert SCHEMA_VERSION >= 11
    path = tmp_path / "old.eaw"
    write_version_10(path)
    with Workspace.open(path) as ws:
        assert ws.migrated_from == 10
        assert ws.get(model.Site, 1).name == "Site ancien"
        assert ws.site_photos(1) == []
        photo = ws.add_site_photo(1, "a.png", png())
        backup = ws.backup_path
    with closing(sqlite3.connect(backup)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 10
        assert not conn.execute("SELECT name FROM sqlite_master WHERE name = 'site_photo'").fetchall()
    with Workspace.open(path) as ws:
        assert ws.migrated_from is None
        assert ws.site_photos(1) == [photo]


def test_a_damaged_photo_row_is_refused_when_the_file_is_opened(workspace, site):
    workspace.add_site_photo(site.id, "a.png", png())
    workspace.conn.execute("PRAGMA ignore_check_constraints = ON")
    with workspace.transaction():
        workspace.conn.execute("UPDATE site_photo SET taken = '2024-13-45'")
    path = workspace.path
    workspace.close()
    with pytest.raises(CorruptWorkspaceError) as refused:
        Workspace.open(path)
    assert "site_photo" in refused.value.render()
