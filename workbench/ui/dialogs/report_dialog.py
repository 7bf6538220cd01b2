"""File ▸ Export report: a site's quick-scan report, or a cluster's synthesis, in Word or PDF, in French, English
or both.

The report language is chosen here, whatever the interface's. Texts that exist in the other
language only are listed before anything is written: a double-click opens the page that edits
them; exporting anyway marks each gap in the document. Charts are drawn by the application's own
pages (GUI thread), the document is written in a worker that can be cancelled, under a temporary
name, so a cancelled or failed export leaves no broken file. A PDF, and the page numbers of a Word file's
contents, are printed by LibreOffice (or Word on Windows and macOS); without either, the PDF choice says what
to install.
"""

from __future__ import annotations

import functools
import re
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workbench.analysis.cluster_comparison import compare_cluster
from workbench.domain import model
from workbench.domain.financial_aid import user_aid_dir
from workbench.domain.messages import DomainError
from workbench.domain.vocab import Language
from workbench.i18n.catalogue import translator_for
from workbench.i18n.language import LanguageManager
from workbench.reporting.cluster_report import write_cluster_report
from workbench.reporting.narratives import MissingText, missing_cluster_texts, missing_texts
from workbench.reporting.pdf import PdfConverter, find_converter
from workbench.reporting.publish import OutputFormat, Publishing
from workbench.reporting.site_report import write_site_report
from workbench.resources import financial_aid_for, report_template
from workbench.ui.dialogs.report_target import default_folder, parse_target, target_problem, write_error_text
from workbench.ui.report_charts import cluster_chart_images, site_chart_images
from workbench.ui.session import WorkspaceSession
from workbench.ui.widgets.screen_fit import fitted_size
from workbench.ui.widgets.site_photos_print import print_ready
from workbench.ui.workers import run_with_progress

NODE_ROLE = Qt.ItemDataRole.UserRole


def report_targets(
    target: Path, languages: list[Language], kind: OutputFormat = OutputFormat.DOCX
) -> dict[Language, Path]:
    """One file per language: ``target`` itself for one, ``name-fr.docx`` and ``name-en.docx`` for both."""
    target = target.with_suffix(kind.value)
    if len(languages) == 1:
        return {languages[0]: target}
    return {lang: target.with_name(f"{target.stem}-{lang.value}{kind.value}") for lang in languages}


def _file_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|]+', " ", text).strip() or "report"


class ReportExportDialog(QDialog):
    go_to = Signal(object)  # a project-tree node whose page edits a missing text

    def __init__(
        self,
        session: WorkspaceSession,
        languages: LanguageManager,
        site_id: int | None,
        parent: QWidget | None = None,
        synchronous: bool = False,
        find_office: Callable[[], PdfConverter | None] = find_converter,
        data_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        # found once: which office suite prints PDFs and page numbers (None: neither is installed)
        self.converter = find_office()
        self.data_dir = data_dir  # where the user's financial aid lists are (None: the shipped lists)
        self.notices: list[str] = []
        self.session, self.languages, self.synchronous = session, languages, synchronous
        self.written: list[Path] = []
        self.resize(fitted_size(self, 720, 560))

        self.initial_site_id = site_id
        self._shown_gaps: list = []
        self.kind_site, self.kind_cluster = QRadioButton(), QRadioButton()
        self.kind_site.setChecked(True)
        self.subject_combo = QComboBox()
        report_language = session.programme().report_language
        self.language_checks = {lang: QCheckBox() for lang in Language}
        for lang, check in self.language_checks.items():
            check.setChecked(lang is report_language)
        self.template_edit = QLineEdit()
        self.template_button = QPushButton()
        self.copy_template_button = QPushButton()
        self.format_combo = QComboBox()
        for kind in OutputFormat:
            self.format_combo.addItem("", kind)
        self.format_note = QLabel()
        self.format_note.setWordWrap(True)
        self.target_edit = QLineEdit()
        self.target_button = QPushButton()
        self.per_site_pages = QCheckBox()  # a synthesis's sites on a page each, instead of a block each
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_list = QListWidget()
        self.export_anyway = QCheckBox()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setEnabled(False)

        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(6)]
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_site)
        kind_row.addWidget(self.kind_cluster)
        kind_row.addStretch(1)
        self.form.addRow(self.form_labels[4], kind_row)
        self.form.addRow(self.form_labels[0], self.subject_combo)
        language_row = QHBoxLayout()
        for check in self.language_checks.values():
            language_row.addWidget(check)
        language_row.addStretch(1)
        self.form.addRow(self.form_labels[1], language_row)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_edit, 1)
        template_row.addWidget(self.template_button)
        template_row.addWidget(self.copy_template_button)
        self.form.addRow(self.form_labels[2], template_row)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(self.target_button)
        self.form.addRow(self.form_labels[3], target_row)
        format_row = QHBoxLayout()
        format_row.addWidget(self.format_combo)
        format_row.addWidget(self.format_note, 1)
        self.form.addRow(self.form_labels[5], format_row)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.per_site_pages)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.missing_list, 1)
        layout.addWidget(self.export_anyway)
        layout.addStretch(0)  # takes the room while the list is hidden, so the texts stay under the form
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.subject_combo.currentIndexChanged.connect(self._subject_changed)
        self.kind_cluster.toggled.connect(self._fill_subjects)
        for check in self.language_checks.values():
            check.toggled.connect(self._update_missing)
        self.template_edit.textChanged.connect(self._update_buttons)
        self.target_edit.textChanged.connect(self._follow_target)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.export_anyway.toggled.connect(self._update_buttons)
        self.template_button.clicked.connect(self._choose_template)
        self.copy_template_button.clicked.connect(self._copy_template)
        self.target_button.clicked.connect(self._choose_target)
        self.missing_list.itemActivated.connect(self._go_to_item)
        self.export_button.clicked.connect(self.export)
        self.open_button.clicked.connect(self._open_written)
        self.buttons.rejected.connect(self.reject)
        languages.language_changed.connect(self._on_language_changed)
        self.retranslate()
        self._fill_subjects()

    # --- state -----------------------------------------------------------------------------------

    @property
    def is_cluster(self) -> bool:
        return self.kind_cluster.isChecked()

    @property
    def _kind(self) -> str:
        return "cluster-synthesis" if self.is_cluster else "site-report"

    @property
    def site_id(self) -> int | None:
        return None if self.is_cluster else self.subject_combo.currentData()

    @property
    def cluster_id(self) -> int | None:
        return self.subject_combo.currentData() if self.is_cluster else None

    @property
    def output_format(self) -> OutputFormat:
        return self.format_combo.currentData()

    @property
    def chosen_languages(self) -> list[Language]:
        return [lang for lang, check in self.language_checks.items() if check.isChecked()]

    @property
    def missing(self) -> list[tuple[Language, MissingText]]:
        subject = self.subject_combo.currentData()
        if subject is None:
            return []
        find = missing_cluster_texts if self.is_cluster else missing_texts
        return [(lang, gap) for lang in self.chosen_languages for gap in find(self.session.workspace, subject, lang)]

    def _fill_subjects(self, _checked: bool = False) -> None:
        """Sites for a site report, clusters for a synthesis; the current site (or its cluster) chosen."""
        workspace = self.session.workspace
        site = next((s for s in workspace.sites() if s.id == self.initial_site_id), None)
        self.subject_combo.blockSignals(True)
        self.subject_combo.clear()
        if self.is_cluster:
            for cluster in workspace.clusters():
                self.subject_combo.addItem(cluster.name, cluster.id)
            current = site.cluster_id if site else None
        else:
            for each in workspace.sites():
                self.subject_combo.addItem(each.name, each.id)
            current = self.initial_site_id
        if current is not None:
            self.subject_combo.setCurrentIndex(max(0, self.subject_combo.findData(current)))
        self.subject_combo.blockSignals(False)
        self.per_site_pages.setVisible(self.is_cluster)
        self.retranslate()  # the subject's label: Site or Cluster
        self._subject_changed()

    def _subject_changed(self, _index: int = 0) -> None:
        if self.subject_combo.currentData() is not None:
            name = _file_name(self.subject_combo.currentText())
            # The folder already typed, if it exists; else one that does (beside the workspace file).
            current = parse_target(self.target_edit.text())
            folder = current.parent if current is not None and current.parent.is_dir() else None
            folder = folder or default_folder(getattr(self.session.workspace, "path", None))
            self.target_edit.setText(str(folder / f"{name}{self.output_format.value}"))
        self._update_missing()

    def _update_missing(self, _checked: bool = False) -> None:
        gaps = self.missing
        # the auditor's "export anyway" holds for the gaps they saw: new gaps ask again
        same_gaps = [(lang, gap.kind, gap.entity_id, gap.field) for lang, gap in gaps] == self._shown_gaps
        self._shown_gaps = [(lang, gap.kind, gap.entity_id, gap.field) for lang, gap in gaps]
        self.missing_list.clear()
        names = {Language.FR: "FR", Language.EN: "EN"}
        for lang, gap in gaps:
            item = QListWidgetItem(f"{names[lang]} — {gap.owner} — {self.languages.render(gap.field)}")
            item.setData(NODE_ROLE, gap.node)
            item.setToolTip(QCoreApplication.translate("ReportDialog", "Double-click to open the page that edits it."))
            self.missing_list.addItem(item)
        has_gaps = self.missing_list.count() > 0
        self.missing_list.setVisible(has_gaps)
        self.export_anyway.setVisible(has_gaps)
        if not same_gaps:
            self.export_anyway.setChecked(False)
        self._retranslate_missing()
        self._update_buttons()

    def _follow_target(self, text: str) -> None:
        """A name typed with .pdf or .docx chooses the format."""
        suffix = Path(text.strip()).suffix.lower()
        for kind in OutputFormat:
            if suffix == kind.value and kind is not self.output_format:
                self.format_combo.setCurrentIndex(self.format_combo.findData(kind))
        self._update_buttons()

    def _format_changed(self, _index: int = 0) -> None:
        target = parse_target(self.target_edit.text())  # None for "/" and the like: left as typed
        if target is not None and target.suffix.lower() != self.output_format.value:
            self.target_edit.setText(str(target.with_suffix(self.output_format.value)))
        self._retranslate_format()
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        # Any text may be typed here ("/", "", a folder that does not exist): said in the status, never raised.
        problem = target_problem(self.target_edit.text())
        target = parse_target(self.target_edit.text())
        if problem is not None and self.target_edit.text().strip():
            self.status.setText(problem)
        elif target is not None and len(self.chosen_languages) > 1:
            names = [p.name for p in report_targets(target, self.chosen_languages, self.output_format).values()]
            self.status.setText(
                QCoreApplication.translate("ReportDialog", "One file per language: {files}").format(
                    files=", ".join(names)
                )
            )
        elif not self.written:
            self.status.clear()
        gaps_accepted = self.missing_list.count() == 0 or self.export_anyway.isChecked()
        self.export_button.setEnabled(
            self.subject_combo.currentData() is not None
            and bool(self.chosen_languages)
            and problem is None
            and gaps_accepted
            and (self.output_format is OutputFormat.DOCX or self.converter is not None)
        )

    # --- choices ---------------------------------------------------------------------------------

    def _choose_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ReportDialog", "Report template"),
            self.template_edit.text(),
            QCoreApplication.translate("ReportDialog", "Word documents (*.docx)"),
        )
        if path:
            self.template_edit.setText(path)

    def _copy_template(self) -> None:
        """The shipped template, copied where the user wants it, to restyle in Word."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ReportDialog", "Save a copy of the template"),
            "",
            QCoreApplication.translate("ReportDialog", "Word documents (*.docx)"),
        )
        if not path:
            return
        try:
            shutil.copyfile(report_template(self._kind), Path(path).with_suffix(".docx"))
        except OSError as exc:
            self._warn(write_error_text(Path(path), exc))
            return
        self.template_edit.setText(str(Path(path).with_suffix(".docx")))

    def _choose_target(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ReportDialog", "Save the report as"),
            self.target_edit.text(),
            QCoreApplication.translate("ReportDialog", "Word documents (*.docx)")
            if self.output_format is OutputFormat.DOCX
            else QCoreApplication.translate("ReportDialog", "PDF documents (*.pdf)"),
        )
        if path:
            self.target_edit.setText(str(Path(path).with_suffix(self.output_format.value)))

    def _go_to_item(self, item: QListWidgetItem) -> None:
        self.go_to.emit(tuple(item.data(NODE_ROLE)))
        self.accept()

    # --- export ----------------------------------------------------------------------------------

    def export(self) -> bool:
        """Write the report in each chosen language; a refusal or a cancel is shown, never raised."""
        subject = self.subject_combo.currentData()
        template_text = self.template_edit.text().strip()
        template = Path(template_text) if template_text else None
        problem = target_problem(self.target_edit.text())
        if problem is not None:  # the button is disabled then; a caller of export() is told the same
            self._warn(problem)
            return False
        chosen = parse_target(self.target_edit.text())
        assert chosen is not None  # target_problem() found it names a file
        targets = report_targets(chosen, self.chosen_languages, self.output_format)
        self.written = []
        self.notices = []
        comparison = compare_cluster(self.session.workspace, subject) if self.is_cluster else None
        for language, target in targets.items():
            if comparison is not None:
                charts = cluster_chart_images(comparison, self.languages, language)
            else:
                charts = site_chart_images(self.session, self.languages, subject, language)
            translate = translator_for(language)
            label = QCoreApplication.translate("ReportDialog", "Writing {name}…").format(name=target.name)
            try:
                run_with_progress(
                    self,
                    label,
                    # this language's target, translation and charts bound now; the progress given by the worker
                    functools.partial(self._write, subject, comparison, language, translate, target, charts, template),
                    self.synchronous,
                    cancellable=True,
                )
            except DomainError as exc:
                self._warn(self.languages.render(exc.message))
                return False
            except OSError as exc:
                self._warn(write_error_text(target, exc))  # in the interface's language, naming the path
                return False
            self.written.append(target)
        written = QCoreApplication.translate("ReportDialog", "Written: {files}").format(
            files=", ".join(str(p) for p in self.written)
        )
        self.status.setText("\n".join([written, *dict.fromkeys(self.notices)]))
        self.open_button.setEnabled(True)
        return True

    def _write(self, subject, comparison, language, translate, target, charts, template, progress) -> Path:
        workspace = self.session.workspace
        # a Word file's contents get their page numbers when an office suite can count them (a few seconds)
        publishing = Publishing(
            self.converter,
            page_numbers=self.converter is not None,
            notice=lambda msg: self.notices.append(self.languages.render(msg)),
        )
        if comparison is not None:
            return write_cluster_report(
                workspace,
                subject,
                language,
                translate,
                target,
                charts,
                template,
                progress,
                comparison,
                per_site_pages=self.per_site_pages.isChecked(),
                publishing=publishing,
            )
        photos = [(photo, print_ready(data)) for photo, data in workspace.report_photos(subject)]
        site = workspace.get(model.Site, subject)
        aid = financial_aid_for(site.country, user_aid_dir(self.data_dir) if self.data_dir else None)
        return write_site_report(
            workspace,
            subject,
            language,
            translate,
            target,
            charts,
            template,
            progress,
            publishing=publishing,
            photos=photos,
            aid=aid,
        )

    def _open_written(self) -> None:
        for path in self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _warn(self, text: str) -> None:
        self.status.setText(text)
        if not self.synchronous:
            QMessageBox.warning(self, self.windowTitle(), text)

    def done(self, result: int) -> None:
        # the dialog may outlive its workspace (deleted later): it stops following the language now
        self.languages.language_changed.disconnect(self._on_language_changed)
        super().done(result)

    # --- language --------------------------------------------------------------------------------

    def _on_language_changed(self, _language: str) -> None:
        self.retranslate()
        self._update_missing()

    def _retranslate_missing(self) -> None:
        self.missing_label.setText(
            QCoreApplication.translate(
                "ReportDialog",
                "These texts exist only in the other language. Fill them in (double-click), "
                "or export anyway: each gap is marked in the report.",
            )
            if self.missing_list.count()
            else QCoreApplication.translate("ReportDialog", "Every text the report prints exists in its language.")
        )

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("ReportDialog", "Export a report"))
        self.kind_site.setText(QCoreApplication.translate("ReportDialog", "Site report"))
        self.kind_cluster.setText(QCoreApplication.translate("ReportDialog", "Cluster synthesis"))
        labels = (
            QCoreApplication.translate("ReportDialog", "Cluster")
            if self.is_cluster
            else QCoreApplication.translate("ReportDialog", "Site"),
            QCoreApplication.translate("ReportDialog", "Report language"),
            QCoreApplication.translate("ReportDialog", "Template"),
            QCoreApplication.translate("ReportDialog", "Save as"),
            QCoreApplication.translate("ReportDialog", "Report"),
            QCoreApplication.translate("ReportDialog", "Format"),
        )
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.language_checks[Language.FR].setText(QCoreApplication.translate("ReportDialog", "French"))
        self.language_checks[Language.EN].setText(QCoreApplication.translate("ReportDialog", "English"))
        self.template_edit.setPlaceholderText(
            QCoreApplication.translate("ReportDialog", "the shipped template (A4, Word styles)")
        )
        self.template_button.setText(QCoreApplication.translate("ReportDialog", "Choose…"))
        self.copy_template_button.setText(QCoreApplication.translate("ReportDialog", "Copy the template to restyle…"))
        self.target_button.setText(QCoreApplication.translate("ReportDialog", "Browse…"))
        self.export_anyway.setText(QCoreApplication.translate("ReportDialog", "Export anyway, with the gaps marked"))
        self.per_site_pages.setText(QCoreApplication.translate("ReportDialog", "A page for each site"))
        self.export_button.setText(QCoreApplication.translate("ReportDialog", "Export"))
        self.open_button.setText(QCoreApplication.translate("ReportDialog", "Open the report"))
        self.format_combo.setItemText(
            self.format_combo.findData(OutputFormat.DOCX), QCoreApplication.translate("ReportDialog", "Word (.docx)")
        )
        self.format_combo.setItemText(
            self.format_combo.findData(OutputFormat.PDF), QCoreApplication.translate("ReportDialog", "PDF")
        )
        self._retranslate_missing()
        self._retranslate_format()

    def _retranslate_format(self) -> None:
        if self.converter is None:
            text = QCoreApplication.translate(
                "ReportDialog",
                "A PDF, and page numbers in the contents, need LibreOffice (free, libreoffice.org) or Microsoft "
                "Word: neither was found.",
            )
        elif self.output_format is OutputFormat.PDF:
            text = QCoreApplication.translate("ReportDialog", "Printed by {program}.").format(
                program=self.converter.name
            )
        else:
            text = QCoreApplication.translate(
                "ReportDialog", "Page numbers in the contents counted by {program}."
            ).format(program=self.converter.name)
        self.format_note.setText(text)
