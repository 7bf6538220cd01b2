"""Translatable messages that the Qt-free layers hand to the UI and the CLI.

The domain cannot call Qt's translator, so it builds a :class:`Message` — a
translation context, an English source text with ``{placeholders}`` and the
values to put in them — and whoever shows it renders it with a translate
callable. Source texts are written as literal ``QT_TRANSLATE_NOOP("Ctx", "…")``
calls so that ``pyside6-lupdate`` finds them in these modules too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

Translate = Callable[..., str]
"""``translate(context, source[, n]) -> text``; returns the source when it has no translation. ``n``: the count
that chooses among a text's plural forms (Qt's numerus forms), given only for texts that have them."""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``source`` for translation in ``context`` without translating it now."""
    return source


def untranslated(context: str, source: str, n: int = -1) -> str:
    """The identity translation: English source texts as they are."""
    return source


class Plural:
    """Marks a text that has plural forms, for lupdate and for the reader.

    lupdate records a text as "numerus" (one form per plural rule of each language, chosen by Qt's translator at
    run time) only when it sees ``translate(context, source, None, <a literal number>)``; the Qt-free layers
    write ``Plural.translate("Ctx", "{count} bills …", None, 0)``, which returns the source, and pass the count
    when the text is shown (:class:`Message` ``plural``, or a translate callable's third argument).
    """

    @staticmethod
    def translate(context: str, source: str, disambiguation: None = None, n: int = 0) -> str:
        return source


class Message(NamedTuple):
    """A text to show to a user, translated only when shown.

    A NamedTuple rather than a frozen dataclass: it is defined on the window's cold-start path, where
    importing ``dataclasses`` and generating its methods costs a few milliseconds.
    """

    context: str
    source: str
    params: Mapping[str, Any] = MappingProxyType({})  # read-only, so one shared empty default is safe
    plural: str | None = None  # the parameter whose count chooses the plural form (see Plural)

    def render(self, translate: Translate = untranslated, format_value: Callable[[Any], str] | None = None) -> str:
        """The text in the language of ``translate``; ``format_value`` writes numbers and dates for it."""
        values = {key: self._value(value, translate, format_value) for key, value in self.params.items()}
        if self.plural is not None:
            text = translate(self.context, self.source, int(self.params[self.plural])) or self.source
        else:
            text = translate(self.context, self.source) or self.source
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message: fall back to English.
            return self.source.format(**values)

    @staticmethod
    def _value(value: Any, translate: Translate, format_value: Callable[[Any], str] | None) -> Any:
        if isinstance(value, Message):
            return value.render(translate, format_value)
        if format_value is not None and not isinstance(value, str):
            return format_value(value)
        if isinstance(value, dt.date):
            return value.isoformat()
        return value

    def __str__(self) -> str:
        return self.render()


def message(context: str, source: str, plural: str | None = None, **params: Any) -> Message:
    """A message; ``plural`` names the parameter whose count chooses the text's plural form."""
    return Message(context, source, MappingProxyType(dict(params)), plural)


class DomainError(ValueError):
    """An error whose text is a translatable :class:`Message`."""

    def __init__(self, msg: Message) -> None:
        super().__init__(msg.render())
        self.message = msg

    def render(self, translate: Translate = untranslated, format_value: Callable[[Any], str] | None = None) -> str:
        return self.message.render(translate, format_value)
