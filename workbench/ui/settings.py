"""A small typed wrapper over QSettings (INI): ``prefs/*`` for choices, ``state/*`` for what the window remembers.

No globals: ``app.py`` builds one :class:`Settings` and passes it down. Tests
give it a temporary INI file, never the user's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class Settings:
    def __init__(self, store: QSettings) -> None:
        self._store = store

    @classmethod
    def at(cls, path: Path | str) -> Settings:
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @classmethod
    def for_user(cls) -> Settings:
        return cls(
            QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "EnergyAuditWorkbench", "workbench")
        )

    @property
    def file_name(self) -> str:
        return self._store.fileName()

    def sync(self) -> None:
        self._store.sync()

    # --- prefs ---------------------------------------------------------------------------------

    @property
    def language(self) -> str | None:
        value = self._store.value("prefs/language", "")
        return value if value in ("fr", "en") else None

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("prefs/language", value)

    @property
    def theme(self) -> str:
        value = self._store.value("prefs/theme", "system")
        return value if value in ("system", "light", "dark") else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._store.setValue("prefs/theme", value)

    # --- state ---------------------------------------------------------------------------------

    @property
    def recent_files(self) -> list[str]:
        value = self._store.value("state/recent_files", [])
        if isinstance(value, str):  # QSettings returns a lone item as a string
            value = [value]
        if not isinstance(value, (list, tuple)):  # none stored
            return []
        return [str(v) for v in value]

    def add_recent_file(self, path: Path | str) -> None:
        text = str(Path(path).resolve())
        files = [text, *(f for f in self.recent_files if f != text)][:MAX_RECENT]
        self._store.setValue("state/recent_files", files)

    def remove_recent_file(self, path: str) -> None:
        self._store.setValue("state/recent_files", [f for f in self.recent_files if f != path])

    def clear_recent_files(self) -> None:
        self._store.setValue("state/recent_files", [])

    def bytes_state(self, key: str) -> QByteArray | None:
        value = self._store.value(f"state/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes_state(self, key: str, value: QByteArray) -> None:
        self._store.setValue(f"state/{key}", value)
