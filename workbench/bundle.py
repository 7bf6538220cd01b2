"""Where the files the application reads at run time are, in a checkout and in a frozen build alike.

One lookup for all of them (factor sets and templates in ``resources/``, the compiled catalogues, the icons,
the storage migrations): in a PyInstaller build they are unpacked under ``sys._MEIPASS`` with the same
relative paths as in the checkout (``installers/workbench.spec`` puts them there, and
``installers/check_bundle.py`` checks each one), so the rest of the code never asks whether it is frozen.
"""

from __future__ import annotations

import sys
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent  # the folder holding workbench/ and resources/


def bundle_root() -> Path:
    """The folder the shipped files are relative to: the frozen build's data folder, else the checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else CHECKOUT


def shipped(*parts: str) -> Path:
    """A shipped file or folder, by its path in the checkout (``shipped("resources", "factors")``)."""
    return bundle_root().joinpath(*parts)
