"""Live French ⇄ English switch of the running application.

Installing a QTranslator posts ``LanguageChange`` to every widget, which
re-sets its texts in ``retranslate()``. ``QLocale.setDefault`` makes numbers and
dates follow the language; ``language_changed`` tells the models, chart axes
and anything else that formats text by itself.

A report is written in its own language, whatever the interface's:
:meth:`LanguageManager.speaking` changes the translators and the locale for
what is built inside it (the report's charts) while the widgets on screen keep
theirs.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from workbench.domain.messages import Message
from workbench.domain.vocab import Language

from .catalogue import CATALOGUE, qm_dir
from .formatting import Formatter


def qt_translate(context: str, source: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, source, None, n)


def app_name() -> str:
    """The product's name in the interface's language: Atelier d'audit énergétique in French."""
    return QCoreApplication.translate("App", "Energy Audit Workbench")


def system_language() -> Language:
    return Language.FR if QLocale.system().language() == QLocale.Language.French else Language.EN


class LanguageManager(QObject):
    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._installed: list[QTranslator] = []
        self.language = Language.EN
        self.formatter = Formatter(Language.EN)

    def switch(self, language: Language | str) -> None:
        language = Language(language)
        self._install(language)
        # Deliver LanguageChange now rather than on the next loop turn: every widget reads the new
        # language before anything downstream (models, charts) re-renders.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.language_changed.emit(language.value)

    @contextmanager
    def speaking(self, language: Language | str) -> Iterator[None]:
        """Within the block, what is built (and its numbers and dates) is in ``language``; the widgets already
        built keep their texts: they get no ``LanguageChange`` and ``language_changed`` is not emitted, on the way
        in or out. Widgets built inside take their texts when they are built, and are done with by its end."""
        language, previous = Language(language), self.language
        if language is previous:
            yield
            return
        self._install(language)
        # A null receiver removes the events posted to every object; the stub's receiver is not Optional.
        QCoreApplication.removePostedEvents(None, QEvent.Type.LanguageChange)  # type: ignore[arg-type]
        try:
            yield
        finally:
            self._install(previous)
            QCoreApplication.removePostedEvents(None, QEvent.Type.LanguageChange)  # type: ignore[arg-type]  # as above

    def _install(self, language: Language) -> None:
        """Translators, default locale and formatter for ``language``; installing a translator posts
        ``LanguageChange`` to the top-level widgets."""
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        locale = QLocale("fr_FR" if language is Language.FR else "en_GB")
        QLocale.setDefault(locale)
        self.language = language
        self.formatter = Formatter(language)
        sources = (
            ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            (CATALOGUE, str(qm_dir())),
        )
        for base, folder in sources:
            translator = QTranslator(self)
            if translator.load(locale, base, "_", folder):
                QCoreApplication.installTranslator(translator)
                self._installed.append(translator)

    def render(self, message: Message) -> str:
        """A domain message in the current language, numbers and dates included."""
        return message.render(qt_translate, self.formatter.value)
