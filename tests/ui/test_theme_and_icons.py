"""The light palette spelt out in theme.py is Fusion's own, the system's colour scheme is followed, and the tree's
icon files are complete."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyleFactory

from workbench.ui.models.project_tree import ICON_DIR, TREE_ICON_KINDS, _icon
from workbench.ui.theme import ThemeManager, light_palette


def window_lightness(app) -> int:
    return app.palette().color(QPalette.ColorRole.Window).lightness()


def test_light_palette_is_fusions_standard_palette(qapp):
    fusion = QStyleFactory.create("Fusion").standardPalette()
    ours = light_palette()
    roles = [r for r in QPalette.ColorRole if r is not QPalette.ColorRole.NColorRoles]
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for role in roles:
            # 8-bit channels: Fusion derives some shades with lighter()/darker(), which keep fractions.
            assert ours.color(group, role).rgba() == fusion.color(group, role).rgba(), (group, role)


def test_every_node_kind_has_a_vector_icon_sharp_at_every_scale(qapp):
    for kind in TREE_ICON_KINDS:
        path = ICON_DIR / f"tree-{kind}.svg"
        assert path.read_text(encoding="utf-8").startswith("<svg"), kind
        icon = _icon(kind)
        assert not icon.isNull()
        for size in (16, 24, 32, 48):  # 1×, 1.5×, 2×, 3×: drawn at the size asked, never a bitmap scaled up
            image = icon.pixmap(QSize(size, size)).toImage()
            assert image.size() == QSize(size, size), (kind, size)
            opaque = sum(image.pixelColor(x, y).alpha() > 0 for x in range(size) for y in range(size))
            assert opaque > size * size * 0.2, (kind, size)  # a drawing, not an empty picture
    assert _icon("unknown") is None


def test_system_theme_follows_the_systems_colour_scheme(qapp):
    earlier = ThemeManager(qapp)
    earlier.apply("dark")
    theme = ThemeManager(qapp)  # a palette set before (another window's) is not taken for the system's
    theme.apply("system")
    assert not theme.is_dark and window_lightness(qapp) > 180  # the offscreen platform's palette is light
    hints = qapp.styleHints()
    try:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert theme.is_dark and window_lightness(qapp) < 80
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Unknown)  # the platform no longer says: nothing changes
        assert theme.is_dark
        theme.apply("light")
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert not theme.is_dark and window_lightness(qapp) > 180  # a chosen theme stays
        theme.apply("system")
        assert theme.is_dark
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert not theme.is_dark and window_lightness(qapp) > 180
        theme.follow_system()  # offscreen: Unknown, so the palette's reading stands
        assert not theme.is_dark
    finally:
        for manager in (earlier, theme):
            manager.setParent(None)
            manager.deleteLater()


def test_the_application_has_its_own_icon_drawn_from_the_svg(qapp):
    from workbench.app import APP_ICON, build_application

    app = build_application()
    assert APP_ICON.is_file() and APP_ICON.suffix == ".svg"
    icon = app.windowIcon()
    assert not icon.isNull()
    image = icon.pixmap(QSize(64, 64)).toImage()
    assert image.width() == 64 and image.pixelColor(32, 6).alpha() > 0  # drawn, not an empty pixmap
    assert app.desktopFileName() == "energy-audit-workbench"  # ties the window to the .deb's desktop entry
