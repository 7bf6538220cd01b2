"""How a report speaks its language: fixed texts from the catalogue, labels, narrative fields, numbers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from workbench.domain import model
from workbench.domain.factors import Factor
from workbench.domain.messages import QT_TRANSLATE_NOOP, Message, Plural
from workbench.domain.units import CARRIER_LABELS, Carrier
from workbench.domain.vocab import LABELS, Language
from workbench.i18n.formatting import Formatter

from .docx_writer import ForeignText, ReportDocument

CTX = "Report"
WORD_LANGUAGE_TAGS = {Language.FR: "fr-FR", Language.EN: "en-GB"}
Translate = Callable[..., str]  # (context, source[, n])
Progress = Callable[[int, int], None]


_BEFORE_PUNCTUATION = re.compile(r"[ \u00a0]+([;:!?»%])")
_AFTER_GUILLEMET = re.compile(r"«[ \u00a0]+")


def french_spacing(text: str) -> str:
    """A typed space before ; : ! ? » % becomes a narrow no-break space, so that a line never starts with
    the sign; nothing is added where the author put no space (a URL, a time like 10:30 stays as typed)."""
    text = _BEFORE_PUNCTUATION.sub("\u202f\\1", text)
    return _AFTER_GUILLEMET.sub("«\u202f", text)


@dataclass
class Wording:
    language: Language
    translate: Translate  # the catalogue of the report's language, whatever the interface's

    @property
    def fmt(self) -> Formatter:
        return Formatter(self.language)

    def t(self, source: str) -> str:
        return self.translate(CTX, source) or source

    def tn(self, source: str, n: int) -> str:
        """A text with plural forms (marked ``Plural.translate``), in the form for ``n``."""
        return self.translate(CTX, source, n) or source

    def render(self, msg: Message) -> str:
        return msg.render(self.translate, self.fmt.value)

    def label(self, value: StrEnum) -> str:
        if isinstance(value, Carrier):
            return self.translate("Carrier", CARRIER_LABELS[value])
        return self.translate(type(value).__name__, LABELS[value])

    @property
    def names_language(self) -> Language | None:
        """The language names are typed in (a programme's); None: the report's own."""
        return None

    def typed(self, name: str) -> str:
        """A name typed on site (a supply, a piece of equipment): it has no translation, so in a report of
        another language it is set in italics and tagged with its own (the method section says why)."""
        language = self.names_language
        if not name or language is None or language is self.language:
            return name
        return ForeignText(name, WORD_LANGUAGE_TAGS[language])

    def text(self, bilingual: model.BilingualText) -> str:
        """The text of the report's language; a missing one is marked, never taken from the other language."""
        text = bilingual.text(self.language)
        if text is None:
            return self.t(QT_TRANSLATE_NOOP("Report", "[text missing in this language]"))
        return french_spacing(text) if self.language is Language.FR else text

    def share(self, value: float | None) -> str:
        """A share of a whole: whole per cents, one decimal below 1 % (a few thousand kWh never read "0 %")."""
        if value is None:
            return "—"
        return self.fmt.percent(value, 1 if 0 < abs(value) < 0.01 else 0)

    def years(self, value: float | None) -> str:
        """A duration in years with its unit, in the plural form Qt's catalogue gives for it: ``0,4 an``,
        ``2,5 ans``, ``1 year``, ``0.4 years``; ``—`` for none."""
        if value is None:
            return "—"
        source = Plural.translate("Report", "{value} years", None, 0)
        text = self.tn(source, self.fmt.plural_count(value, 1)).format(value=self.fmt.number(value, 1))
        return text.replace(" ", "\u00a0")  # a figure and its unit never part at a line's end

    def semicolons(self, items: Iterable[str]) -> str:
        """Items of a list in a sentence: French puts a narrow no-break space before each semicolon."""
        return ("\u202f; " if self.language is Language.FR else "; ").join(items)

    def colon(self) -> str:
        """French puts a narrow no-break space before a colon."""
        return "\u202f: " if self.language is Language.FR else ": "

    def factor_table(self, doc: ReportDocument, factors: Iterable[tuple[str, Factor]]) -> None:
        """The table of the factors used, one ``(name, factor)`` a row: name, value, unit, status and source in
        the report's language; keys stay out, they mean nothing to a client. A source several factors share
        (a tariff's page, a guideline) is numbered and written once under the table, not on every row."""
        factors = list(factors)
        sources = [f.source_in(self.language) for _, f in factors]
        shared = [text for text in dict.fromkeys(sources) if sources.count(text) > 1]
        number = {text: i for i, text in enumerate(shared, 1)}
        doc.table(
            self.t(QT_TRANSLATE_NOOP("Report", "Factors used")),
            [
                self.t(QT_TRANSLATE_NOOP("Report", "Factor")),
                self.t(QT_TRANSLATE_NOOP("Report", "Value")),
                self.t(QT_TRANSLATE_NOOP("Report", "Unit")),
                self.t(QT_TRANSLATE_NOOP("Report", "Status")),
                self.t(QT_TRANSLATE_NOOP("Report", "Source")),
            ],
            [
                [
                    name,
                    self.fmt.exact(f.value),
                    f.unit_in(self.language),
                    self.translate("Factors", f.status_label),
                    f"[{number[source]}]" if source in number else source,
                ]
                for (name, f), source in zip(factors, sources, strict=True)
            ],
            [False, True, False, False, False],
            # the sources run to a few lines each: most of the width, a status never cut inside a word
            weights=[3.8, 0, 2.0, 2.2, 6.2],
        )
        for text, i in number.items():
            doc.paragraph(f"[{i}]\u00a0{text}", style="Table Text")

    def new_document(self, template: Path) -> ReportDocument:
        return ReportDocument(
            template, self.t(QT_TRANSLATE_NOOP("Report", "Table")), self.t(QT_TRANSLATE_NOOP("Report", "Figure"))
        )

    def front_pages(
        self, doc: ReportDocument, title: str, subtitle: str, fields: Sequence[tuple[str, str]], intro: str = ""
    ) -> None:
        """The cover (title, subject, the ``label: value`` lines that have a value), then the contents page."""
        doc.title(self.t(title))
        doc.subtitle(subtitle)
        for label, value in fields:
            if value:
                doc.paragraph(f"{self.t(label)}{self.colon()}{value}")
        if intro:
            doc.paragraph(intro)
        doc.page_break()
        doc.table_of_contents(
            self.t(QT_TRANSLATE_NOOP("Report", "Contents")),
            self.t(
                QT_TRANSLATE_NOOP("Report", "Update this table of contents: right-click it, then Update Field (F9).")
            ),
        )
        doc.page_break()
