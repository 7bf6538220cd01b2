"""The compiled translation catalogues (``.qm``) and a translate callable for code without widgets.

The ``.ts`` sources live in ``i18n/`` at the top of the repository; the build
(``python -m workbench.i18n.build``, run by ``make``) compiles them into
``workbench/i18n/qm/``, which ships with the package.
"""

from __future__ import annotations

import os
from pathlib import Path

from workbench.bundle import shipped
from workbench.domain.messages import Translate, untranslated
from workbench.domain.vocab import Language

CATALOGUE = "workbench"


def qm_dir() -> Path:
    return shipped("workbench", "i18n", "qm")


def language_from_environment(default: Language = Language.EN) -> Language:
    """The language asked for by WORKBENCH_LANG, then the POSIX locale variables."""
    for name in ("WORKBENCH_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name, "").strip().lower()
        if value:
            return Language.FR if value.startswith("fr") else Language.EN if value.startswith("en") else default
    return default


def translator_for(language: Language) -> Translate:
    """``translate(context, source[, n])`` backed by the compiled catalogue of ``language`` (``n`` chooses a
    plural form).

    Uses QtCore's QTranslator only (no GUI libraries), so the CLI translates
    with the very catalogues the application uses.
    """
    path = qm_dir() / f"{CATALOGUE}_{language.value}.qm"
    if not path.exists():
        return untranslated
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(path)):
        return untranslated

    # The closure holds ``translator``, which keeps it alive as long as the callable.
    def translate(context: str, source: str, n: int = -1) -> str:
        return translator.translate(context, source, None, n) or source

    return translate
