"""Light and dark themes on the Fusion style: follow the system, or the user's choice.

Palettes are set explicitly rather than through ``QStyleHints.setColorScheme``,
which some platforms (offscreen, older desktops) ignore. Widgets that draw
their own colours (the charts) read the palette and listen to ``PaletteChange``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

THEMES = ("system", "light", "dark")


# Fusion's standard light palette, spelt out: asking the style for it makes PySide build its QStyle type
# (about 7 ms of a cold start). tests/ui/test_settings.py checks it against the style's own.
LIGHT = {
    "WindowText": "#000000",
    "Button": "#efefef",
    "Light": "#ffffff",
    "Midlight": "#cacaca",
    "Dark": "#9f9f9f",
    "Mid": "#b8b8b8",
    "Text": "#000000",
    "BrightText": "#ffffff",
    "ButtonText": "#000000",
    "Base": "#ffffff",
    "Window": "#efefef",
    "Shadow": "#767676",
    "Highlight": "#308cc6",
    "HighlightedText": "#ffffff",
    "Link": "#0000ff",
    "LinkVisited": "#ff00ff",
    "AlternateBase": "#f7f7f7",
    "NoRole": "#000000",
    "ToolTipBase": "#ffffdc",
    "ToolTipText": "#000000",
    "PlaceholderText": "#80000000",
    "Accent": "#308cc6",
}
LIGHT_DISABLED = {
    "WindowText": "#bebebe",
    "Dark": "#bebebe",
    "Text": "#bebebe",
    "ButtonText": "#bebebe",
    "Base": "#efefef",
    "Shadow": "#b1b1b1",
    "Highlight": "#919191",
    "Accent": "#919191",
}
FUSION_PROPERTY = "workbench_fusion"  # set on an application created with ``-style Fusion``


def light_palette() -> QPalette:
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for name, colour in LIGHT.items():
        p.setColor(role[name], QColor.fromString(colour))
    for name, colour in LIGHT_DISABLED.items():
        p.setColor(group.Disabled, role[name], QColor.fromString(colour))
    return p


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
        if not app.property(FUSION_PROPERTY):  # an application made elsewhere (tests, embedding)
            app.setStyle("Fusion")
        # Whether the system is dark is first read from the platform's palette, which follows its colour scheme,
        # and then from the style hints once the window is drawn (follow_system): asking for colorScheme() makes
        # PySide build its Qt namespace, about 25 ms of a cold start. An empty palette forgets the one an earlier
        # window's manager set, so that the application's palette is the platform's again.
        app.setPalette(QPalette())
        self._system_dark = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
        app.styleHints().colorSchemeChanged.connect(self._system_changed)

    @property
    def is_dark(self) -> bool:
        return self._system_dark if self.choice == "system" else self.choice == "dark"

    def follow_system(self) -> None:
        """Read the system's colour scheme: the window calls it once its first frame is on screen."""
        self._system_changed(self._app.styleHints().colorScheme())

    def apply(self, choice: str) -> None:
        self.choice = choice if choice in THEMES else "system"
        self._app.setPalette(dark_palette() if self.is_dark else light_palette())
        # Deliver the palette now, so that widgets drawing their own colours (charts) follow at once.
        for event_type in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            QCoreApplication.sendPostedEvents(None, event_type)
        self.theme_changed.emit(self.choice)

    def _system_changed(self, scheme: Qt.ColorScheme) -> None:
        from PySide6.QtCore import Qt

        if scheme == Qt.ColorScheme.Unknown:
            return  # the platform does not say: its palette stands
        dark = scheme == Qt.ColorScheme.Dark
        if dark != self._system_dark:
            self._system_dark = dark
            if self.choice == "system":
                self.apply("system")
