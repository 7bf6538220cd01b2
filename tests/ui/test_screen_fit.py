"""Windows open no larger than the screen they open on (the offscreen platform's screen is 800 × 800)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from workbench.app import build_window
from workbench.ui.widgets.screen_fit import fitted_size


def test_a_size_is_cut_to_the_screen_only_where_it_has_no_room(qapp):
    widget = QWidget()
    available = widget.screen().availableGeometry()
    assert fitted_size(widget, 400, 300) == QSize(400, 300)
    big = fitted_size(widget, 5000, 5000)
    assert big == QSize(int(available.width() * 0.95), int(available.height() * 0.9))


def test_the_first_window_fits_the_screen(qtbot, settings, tmp_path):
    window = build_window(settings, "en", data_dir=tmp_path, synchronous=True)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()
    assert (window.width(), window.height()) == (
        min(1280, int(available.width() * 0.95)),
        min(820, int(available.height() * 0.9)),
    )
