"""The banner across the top of the window while a read-only workspace is open: why nothing can be changed,
what still works, and how to edit it, with the window's Save a copy at hand."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

# Amber on both themes, dark text on a pale ground or pale text on a dark one: readable either way, and
# unlike the red of a refused value (page.message_label), it warns without saying something went wrong.
COLOURS = {
    False: {"background": "#fff4d6", "border": "#d9a52b", "text": "#4d3800"},
    True: {"background": "#3f3415", "border": "#a27f22", "text": "#f6e2a8"},
}
ICON_SIZE = 24
RADIUS = 4


class ReadOnlyBanner(QFrame):
    def __init__(self, save_copy: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # never taller than its text
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.icon = QLabel()
        self.icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(ICON_SIZE, ICON_SIZE)
        )
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.text = QLabel()
        self.text.setObjectName("readOnlyText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text, 1)
        # The window's own action: the button follows its text (and its language) and its enabled state.
        self.save_copy_button = QToolButton()
        self.save_copy_button.setDefaultAction(save_copy)
        self.save_copy_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout.addWidget(self.save_copy_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._dark: bool | None = None
        self._apply_colours()
        self.retranslate()

    def plain_text(self) -> str:
        """What the banner says, without its markup."""
        return f"{self.heading} {self.body}"

    def _apply_colours(self) -> None:
        """The text's colour for the application's palette, light or dark.

        A palette rather than a style sheet: a style sheet fixes the widget's whole palette, and the banner
        would hear no PaletteChange when the theme changes. Only the text's role is set, so the others (the
        button's) keep following the theme.
        """
        dark = QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
        if dark == self._dark:
            return  # setting the palette sends a PaletteChange of its own: this stops there
        self._dark = dark
        palette = QPalette()  # the application's, with no role of its own yet
        palette.setColor(QPalette.ColorRole.WindowText, QColor(COLOURS[dark]["text"]))
        self.setPalette(palette)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        colours = COLOURS[bool(self._dark)]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(colours["border"]), 1))
        painter.setBrush(QColor(colours["background"]))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
        painter.end()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_colours()  # the theme changed: the banner changes with it
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading = QCoreApplication.translate("ReadOnly", "This workspace is open read-only.")
        self.body = QCoreApplication.translate(
            "ReadOnly",
            "The file or its medium (a USB stick, a read-only shared folder) cannot be written, so nothing can "
            "be changed here. You can still view it, export reports and use “Save a copy…”. To edit it, save a "
            "copy in a folder you can write to and open that copy.",
        )
        self.text.setText(f"<b>{escape(self.heading)}</b> {escape(self.body)}")
