"""Composition root: builds the application's objects once and hands them down. No globals."""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from workbench import APP_NAME, __version__
from workbench.bundle import shipped
from workbench.i18n.language import LanguageManager, system_language
from workbench.ui.main_window import MainWindow
from workbench.ui.settings import Settings
from workbench.ui.theme import FUSION_PROPERTY, ThemeManager

APP_ICON = shipped("resources", "icons", "workbench.svg")
SETTINGS_ENV = "WORKBENCH_SETTINGS"  # an INI file to use instead of the user's (tests, smoke tests)


def build_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        # The style is chosen at construction: setting it later would build PySide's QStyle type (see theme.py).
        app = QApplication([*sys.argv[:1], "-style", "Fusion"])
        app.setProperty(FUSION_PROPERTY, True)
    assert isinstance(app, QApplication), "a QCoreApplication already runs: the window needs a QApplication"
    app.setApplicationName("EnergyAuditWorkbench")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("EnergyAuditWorkbench")
    # The taskbar's and the window's icon; on Linux the desktop entry's name ties the window to its launcher.
    app.setWindowIcon(QIcon(str(APP_ICON)))
    app.setDesktopFileName("energy-audit-workbench")
    return app


def build_window(
    settings: Settings, language: str | None = None, data_dir: Path | None = None, synchronous: bool = False
) -> MainWindow:
    app = build_application()
    languages = LanguageManager(app)
    languages.switch(language or settings.language or system_language())
    theme = ThemeManager(app)
    theme.apply(settings.theme)
    window = MainWindow(settings, languages, theme, data_dir=data_dir, synchronous=synchronous)
    # The window owns them: they go when it goes, not at interpreter exit.
    languages.setParent(window)
    theme.setParent(window)
    return window


def run_gui(
    workspace: Path | None = None, language: str | None = None, smoke_test: bool = False, started: float | None = None
) -> int:
    started = time.perf_counter() if started is None else started
    if smoke_test:
        return _smoke_test(workspace, language, started)
    settings = Settings.at(os.environ[SETTINGS_ENV]) if os.environ.get(SETTINGS_ENV) else Settings.for_user()
    app = build_application()
    window = build_window(settings, language)
    from workbench.ui.crash_dialog import CrashHandler

    crashes = CrashHandler(lambda: window)
    crashes.install()  # from here on, a defect of ours is a dialog and a report, never a traceback
    window.show()
    QTimer.singleShot(0, lambda: _open_first(window, settings, workspace))
    try:
        return app.exec()
    finally:
        crashes.uninstall()


def _open_first(window: MainWindow, settings: Settings, workspace: Path | None) -> None:
    """The file asked for, else the last one used, else — the first time — the demo programme; then the
    system's colour scheme, read once the tree is on screen (see ThemeManager)."""
    if workspace is not None:
        window.open_workspace(workspace)
    elif recent := next((Path(r) for r in settings.recent_files if Path(r).exists()), None):
        window.open_workspace(recent)
    else:
        window.open_demo()
    window.theme.follow_system()


def _smoke_test(workspace: Path | None, language: str | None, started: float) -> int:
    """Start the real window, open a workspace, draw the first site page with its charts, then exit.

    Installers run it on frozen builds; the benchmarks read its figure for the cold start.
    """
    try:
        with tempfile.TemporaryDirectory(prefix="workbench-smoke-") as folder:
            settings = Settings.at(Path(folder) / "settings.ini")
            app = build_application()
            window = build_window(settings, language, data_dir=Path(folder), synchronous=True)
            window.resize(1280, 820)  # the benchmarks' bare window's size, whatever the screen's
            window.show()
            shown: list[float] = []

            def report_shown() -> None:
                # Printed the moment the open workspace's tree is on screen; the domain layer loads after it.
                if not shown:
                    shown.append(time.perf_counter())
                    print(f"window shown after {shown[0] - started:.2f} s", flush=True)

            window.tree_drawn.connect(report_shown)
            refused: list[str] = []
            window.refusal_sink = refused.append  # no message box to wait on: a refusal is printed and fails
            opened = window.open_workspace(workspace) if workspace is not None else window.open_demo()
            if refused or not opened or not shown:
                print("\n".join(refused) or f"could not open {workspace or window.demo_path()}", file=sys.stderr)
                window.close()
                return 1
            window.theme.follow_system()
            app.processEvents()
            assert window.session is not None  # opened
            sites = window.session.workspace.sites()
            if sites:
                window.show_node(("site", sites[0].id))
                from workbench.ui.views.site_page import SitePage  # built by show_node: already imported

                page = window.pages["SitePage"]
                assert isinstance(page, SitePage)
                app.processEvents()
                page.grab()  # forces a full paint of the page and its charts
                if page.energy_chart.series_count == 0:
                    raise RuntimeError("the site page drew no chart")
            print(f"first site page drawn after {time.perf_counter() - started:.2f} s", flush=True)
            window.close()
            QCoreApplication.processEvents()
        return 0
    except Exception:  # the smoke test reports anything, then fails
        traceback.print_exc()
        return 1
