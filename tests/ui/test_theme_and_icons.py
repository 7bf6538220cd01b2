"""The light palette spelt out in theme.py is Fusion's own, and the tree's icon files are complete."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QStyleFactory

from workbench.ui.models.project_tree import ICON_DIR, ICON_SIZES, TREE_ICON_KINDS, _icon, export_tree_icons
from workbench.ui.theme import light_palette


def test_light_palette_is_fusions_standard_palette(qapp):
    fusion = QStyleFactory.create("Fusion").standardPalette()
    ours = light_palette()
    roles = [r for r in QPalette.ColorRole if r is not QPalette.ColorRole.NColorRoles]
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for role in roles:
            # 8-bit channels: Fusion derives some shades with lighter()/darker(), which keep fractions.
            assert ours.color(group, role).rgba() == fusion.color(group, role).rgba(), (group, role)


def test_every_node_kind_has_its_icon_in_both_sizes(qapp):
    for kind in TREE_ICON_KINDS:
        for size in ICON_SIZES:
            image = QImage(str(ICON_DIR / f"tree-{kind}-{size}.png"))
            assert not image.isNull() and image.size() == QSize(size, size), (kind, size)
        assert not _icon(kind).isNull()
    assert _icon("unknown") is None


def test_icons_can_be_exported_again(qapp, tmp_path):
    written = export_tree_icons(tmp_path)
    assert len(written) == len(TREE_ICON_KINDS) * len(ICON_SIZES)
    assert all(not QImage(str(path)).isNull() for path in written)
