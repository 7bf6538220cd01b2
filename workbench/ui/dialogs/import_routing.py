"""File ▸ Import, a file dropped on a site, a supply's Import button: invoices go to the invoice import, a
meter's load curve to the load-curve import — told apart by the file itself, never by its name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from workbench.domain.units import Carrier
from workbench.i18n.language import LanguageManager
from workbench.ui.session import WorkspaceSession


def open_import(
    session: WorkspaceSession,
    languages: LanguageManager,
    site_id: int,
    carrier: Carrier,
    path: Path | None,
    parent: QWidget | None,
    synchronous: bool = False,
    supply_id: int | None = None,
) -> None:
    """The invoice import for ``path``; the load-curve import instead when the file is a load curve (at once
    for a file given, or when the user asks for it from the invoice dialog)."""
    from workbench.ui.dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(session, languages, site_id, carrier, path, parent, synchronous)
    curve_file = dialog.load_curve_file  # the file given is a load curve: straight to its import
    if curve_file is None:
        dialog.exec()
        curve_file = dialog.load_curve_file if dialog.wants_load_curve else None
    dialog.deleteLater()
    if curve_file is not None:
        open_load_curve_import(session, languages, site_id, curve_file, parent, synchronous, supply_id)


def open_load_curve_import(
    session: WorkspaceSession,
    languages: LanguageManager,
    site_id: int,
    path: Path | None,
    parent: QWidget | None,
    synchronous: bool = False,
    supply_id: int | None = None,
) -> None:
    from workbench.ui.dialogs.load_curve_dialog import LoadCurveImportDialog

    dialog = LoadCurveImportDialog(session, languages, site_id, path, supply_id, parent, synchronous)
    dialog.exec()
    dialog.deleteLater()
