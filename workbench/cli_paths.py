"""Where the command line finds the auditor's own files: the very folder the window uses
(``MainWindow.data_dir``, Qt's AppDataLocation), so that a report written by ``workbench report`` reads the
financial aid lists the auditor edited in the window.

The command line builds no QCoreApplication: Qt's location then depends on the application's and the
organisation's names, which are set here as :func:`workbench.app.build_application` sets them, and put back.
QtCore is imported only when a path is asked for.
"""

from __future__ import annotations

from pathlib import Path

from workbench.domain.financial_aid import user_aid_dir

# As workbench.app.build_application names the application (setOrganizationName, setApplicationName).
ORGANISATION_NAME = "EnergyAuditWorkbench"
APPLICATION_NAME = "EnergyAuditWorkbench"


def app_data_dir() -> Path:
    """The application's data folder, as the window's ``data_dir`` (e.g. ``~/.local/share/EnergyAuditWorkbench/
    EnergyAuditWorkbench`` on Linux, ``%APPDATA%\\EnergyAuditWorkbench\\EnergyAuditWorkbench`` on Windows)."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName(ORGANISATION_NAME)
    QCoreApplication.setApplicationName(APPLICATION_NAME)
    try:
        return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])


def user_financial_aid_dir() -> Path:
    """The folder of the auditor's own financial aid lists (``<data_dir>/financial-aid``), for
    :func:`workbench.resources.financial_aid_for`."""
    return user_aid_dir(app_data_dir())
