"""Light and dark themes on the Fusion style: follow the system, or the user's choice.

Palettes are set explicitly rather than through ``QStyleHints.setColorScheme``,
which some platforms (offscreen, older desktops) ignore. Widgets that draw
their own colours (the charts) read the palette and listen to ``PaletteChange``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")


def dark_palette() -> QPalette:
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#2b2d30",
        role.WindowText: "#e6e6e6",
        role.Base: "#1e1f22",
        role.AlternateBase: "#26282b",
        role.ToolTipBase: "#3c3f41",
        role.ToolTipText: "#f0f0f0",
        role.PlaceholderText: "#8c8c8c",
        role.Text: "#e6e6e6",
        role.Button: "#33363a",
        role.ButtonText: "#e6e6e6",
        role.BrightText: "#ff6b6b",
        role.Light: "#45484c",
        role.Midlight: "#3a3d41",
        role.Mid: "#2f3236",
        role.Dark: "#1b1c1f",
        role.Shadow: "#000000",
        role.Highlight: "#3d7bd9",
        role.HighlightedText: "#ffffff",
        role.Link: "#6ea8fe",
        role.LinkVisited: "#b28cff",
    }
    for r, colour in colours.items():
        p.setColor(r, QColor(colour))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#7a7a7a"))
    return p


class ThemeManager(QObject):
    theme_changed = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.choice = "system"
        app.setStyle("Fusion")
        self._light = app.style().standardPalette()
        app.styleHints().colorSchemeChanged.connect(self._system_changed)

    @property
    def is_dark(self) -> bool:
        if self.choice == "system":
            return self._app.styleHints().colorScheme() == Qt.ColorScheme.Dark
        return self.choice == "dark"

    def apply(self, choice: str) -> None:
        self.choice = choice if choice in THEMES else "system"
        self._app.setPalette(dark_palette() if self.is_dark else self._light)
        # Deliver the palette now, so that widgets drawing their own colours (charts) follow at once.
        for event_type in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            QCoreApplication.sendPostedEvents(None, event_type)
        self.theme_changed.emit(self.choice)

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice == "system":
            self.apply("system")
