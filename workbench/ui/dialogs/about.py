"""Help ▸ About: the version and the licences of the libraries the application ships."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from workbench import __version__
from workbench.i18n.language import app_name

# Every library the application ships (pyproject's dependencies and what they bring), with its licence;
# tests/ui/test_pages_and_models.py checks that none of pyproject's is missing.
LIBRARIES = (
    ("PySide6-Essentials", "LGPL-3.0 / GPL-3.0 (Qt for Python)"),
    ("pyqtgraph", "MIT"),
    ("numpy", "BSD-3-Clause"),
    ("openpyxl", "MIT"),
    ("python-calamine", "MIT"),
    ("charset-normalizer", "MIT"),
    ("python-docx", "MIT"),
    ("lxml", "BSD-3-Clause"),
    ("pypdf", "BSD-3-Clause"),
    ("tzdata", "Apache-2.0"),
    # the PV simulation: pvlib and what it imports
    ("pvlib", "BSD-3-Clause"),
    ("scipy", "BSD-3-Clause"),
    ("pandas", "BSD-3-Clause"),
    ("h5py", "BSD-3-Clause"),
)


def library_lines() -> list[str]:
    from importlib import metadata  # costly to import (email parsing): only when About opens

    lines = [f"Qt {qVersion()} — LGPL-3.0"]
    for name, licence in LIBRARIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
        lines.append(f"{name} {version} — {licence}")
    return lines


def about_text() -> str:
    return "<p>".join(
        [
            f"<h3>{app_name()} {__version__}</h3>",
            QCoreApplication.translate(
                "About", "Quick-scan energy audits of industrial sites, in French and in English."
            ),
            QCoreApplication.translate("About", "Libraries and their licences:")
            + "<br>"
            + "<br>".join(library_lines()),
        ]
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "About Energy Audit Workbench"), about_text())
