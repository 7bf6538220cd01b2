"""File ▸ Export report: languages chosen per export, gaps listed before writing, refusals shown."""

from __future__ import annotations

import subprocess

import pytest
from docx import Document
from PySide6.QtCore import Qt

from workbench.domain import model
from workbench.domain.vocab import Language
from workbench.reporting.pdf import find_converter
from workbench.reporting.publish import OutputFormat
from workbench.ui.dialogs.report_dialog import ReportExportDialog, report_targets


def site_id(window, name: str) -> int:
    return next(s.id for s in window.session.workspace.sites() if s.name == name)


@pytest.fixture
def dialogs(window, qtbot):
    opened = []

    def open_for(name: str) -> ReportExportDialog:
        # no office suite: Word files without page numbers, written in a fraction of a second (PDF: test_publish)
        dialog = ReportExportDialog(
            window.session, window.languages, site_id(window, name), window, synchronous=True, find_office=lambda: None
        )
        qtbot.addWidget(dialog)
        dialog.show()
        opened.append(dialog)
        return dialog

    yield open_for
    for dialog in opened:
        if dialog.isVisible():
            dialog.reject()


def choose(dialog: ReportExportDialog, *languages: Language) -> None:
    for lang, check in dialog.language_checks.items():
        check.setChecked(lang in languages)


def test_menu_action_follows_the_workspace(window):
    assert window.export_report_action.isEnabled()
    assert window.export_report_action in window.file_menu.actions()
    assert window.export_report_action.text() == "&Export report…"


def test_a_text_missing_in_the_report_language_is_listed_and_must_be_accepted(window, dialogs, qtbot, tmp_path):
    dialog = dialogs("Plastiques Bernoussi")
    choose(dialog, Language.EN)
    dialog.target_edit.setText(str(tmp_path / "report.docx"))
    assert [dialog.missing_list.item(i).text() for i in range(dialog.missing_list.count())] == [
        "EN — Plastiques Bernoussi — Observations"
    ]
    assert not dialog.export_button.isEnabled()  # never a silent mix of languages
    dialog.export_anyway.click()
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.written == [tmp_path / "report.docx"]
    text = "\n".join(p.text for p in Document(str(tmp_path / "report.docx")).paragraphs)
    assert "[text missing in this language]" in text
    # French has every text: nothing listed, export allowed at once
    choose(dialog, Language.FR)
    assert dialog.missing_list.count() == 0 and dialog.export_button.isEnabled()


def test_double_click_on_a_gap_opens_the_page_that_edits_it(window, dialogs, qtbot):
    dialog = dialogs("Plastiques Bernoussi")
    choose(dialog, Language.EN)
    with qtbot.waitSignal(dialog.go_to) as signal:
        dialog.missing_list.itemActivated.emit(dialog.missing_list.item(0))
    assert signal.args == [("site", site_id(window, "Plastiques Bernoussi"))]


def test_both_languages_while_the_interface_stays_english(window, dialogs, qtbot, tmp_path):
    dialog = dialogs("Briqueterie Al Amal")
    choose(dialog, Language.FR, Language.EN)
    dialog.target_edit.setText(str(tmp_path / "Briqueterie.docx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.written == [tmp_path / "Briqueterie-fr.docx", tmp_path / "Briqueterie-en.docx"]
    fr, en = (Document(str(p)) for p in dialog.written)
    assert fr.paragraphs[0].text == "Pré-diagnostic énergétique" and en.paragraphs[0].text == "Energy quick scan"
    assert len(fr.inline_shapes) == 10  # seven, and the load curve's three
    assert window.languages.language is Language.EN
    assert dialog.open_button.isEnabled() and str(tmp_path) in dialog.status.text()


def test_an_unusable_template_is_refused_and_nothing_written(window, dialogs, qtbot, tmp_path):
    dialog = dialogs("Briqueterie Al Amal")
    choose(dialog, Language.FR)
    bad = tmp_path / "mine.docx"
    bad.write_text("not Word")
    dialog.template_edit.setText(str(bad))
    dialog.target_edit.setText(str(tmp_path / "r.docx"))
    assert dialog.export() is False
    assert dialog.status.text() == f"The template {bad} cannot be used: it is not a Word document (.docx)."
    assert not (tmp_path / "r.docx").exists()


def test_filled_gap_disappears_and_dialog_speaks_french(window, dialogs, qtbot):
    sid = site_id(window, "Plastiques Bernoussi")
    dialog = dialogs("Plastiques Bernoussi")
    choose(dialog, Language.EN)
    assert dialog.missing_list.count() == 1
    site = window.session.get(model.Site, sid)
    window.session.edit(model.Site, sid, observations=model.BilingualText(site.observations.fr, "Checked."))
    choose(dialog, Language.FR)
    choose(dialog, Language.EN)
    assert dialog.missing_list.count() == 0
    window.languages.switch(Language.FR)
    assert dialog.windowTitle() == "Exporter un rapport"
    assert dialog.export_button.text() == "Exporter"


def test_cluster_synthesis_from_the_dialog(window, dialogs, qtbot, tmp_path):
    dialog = dialogs("Atlas PV Modules")
    dialog.kind_cluster.click()
    assert dialog.subject_combo.currentText() == "Cluster Solaire"  # the current site's cluster
    assert dialog.form_labels[0].text() == "Cluster"
    choose(dialog, Language.FR)
    assert dialog.missing_list.count() == 0
    dialog.target_edit.setText(str(tmp_path / "synthese.docx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    doc = Document(str(tmp_path / "synthese.docx"))
    assert doc.paragraphs[0].text == "Synthèse du cluster"
    assert len(doc.inline_shapes) == 4  # kWh, cost per kWh, savings share, money saved, each with the median
    compact = doc.element.xml.count('w:type="page"')
    assert dialog.per_site_pages.isVisible() and not dialog.per_site_pages.isChecked()
    dialog.per_site_pages.click()  # the old layout, chosen: a page (and a heading) for each site
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    doc = Document(str(tmp_path / "synthese.docx"))
    assert doc.element.xml.count('w:type="page"') >= compact + len(window.session.workspace.sites()) // 2
    # a description written in French only is listed for an English synthesis
    cluster_id = dialog.cluster_id
    window.session.edit(model.Cluster, cluster_id, description=model.BilingualText("Pôle solaire", ""))
    choose(dialog, Language.EN)
    assert [dialog.missing_list.item(i).text() for i in range(dialog.missing_list.count())] == [
        "EN — Cluster Solaire — Description"
    ]
    dialog.kind_site.click()
    assert dialog.subject_combo.currentText() == "Atlas PV Modules" and dialog.form_labels[0].text() == "Site"
    assert not dialog.per_site_pages.isVisible()


def test_report_targets_name_one_file_per_language(tmp_path):
    assert report_targets(tmp_path / "r", [Language.EN]) == {Language.EN: tmp_path / "r.docx"}
    assert report_targets(tmp_path / "r.docx", [Language.FR, Language.EN]) == {
        Language.FR: tmp_path / "r-fr.docx",
        Language.EN: tmp_path / "r-en.docx",
    }


def test_accepting_gaps_survives_drawing_the_charts_in_the_other_language(window, dialogs, qtbot, tmp_path):
    sid = site_id(window, "Briqueterie Al Amal")
    measure = window.session.workspace.measures(sid)[0]
    window.session.edit(model.Measure, measure.id, title=model.BilingualText("", measure.title.en))
    dialog = dialogs("Briqueterie Al Amal")
    choose(dialog, Language.FR)  # the interface is English: the charts are drawn in French, then switched back
    dialog.target_edit.setText(str(tmp_path / "rapport.docx"))
    assert dialog.missing_list.count() == 1 and not dialog.export_button.isEnabled()
    dialog.export_anyway.click()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.written == [tmp_path / "rapport.docx"]
    assert dialog.export_anyway.isChecked() and dialog.export_button.isEnabled()
    text = "\n".join(p.text for p in Document(str(tmp_path / "rapport.docx")).paragraphs)
    assert "[texte manquant dans cette langue]" in text and measure.title.en not in text


def test_without_an_office_suite_the_pdf_choice_says_what_to_install(window, dialogs, tmp_path):
    dialog = dialogs("Briqueterie Al Amal")
    choose(dialog, Language.FR)
    dialog.target_edit.setText(str(tmp_path / "rapport.docx"))
    assert dialog.export_button.isEnabled()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(OutputFormat.PDF))
    assert dialog.target_edit.text() == str(tmp_path / "rapport.pdf")  # the name follows the format
    assert not dialog.export_button.isEnabled()
    assert "LibreOffice" in dialog.format_note.text() and "neither was found" in dialog.format_note.text()
    dialog.target_edit.setText(str(tmp_path / "autre.docx"))  # and the format follows a typed name
    assert dialog.output_format is OutputFormat.DOCX and dialog.export_button.isEnabled()


@pytest.mark.skipif(find_converter() is None, reason="LibreOffice is installed by .ci/run")
def test_a_pdf_in_both_languages_from_the_dialog(window, qtbot, tmp_path):
    site = site_id(window, "Briqueterie Al Amal")
    dialog = ReportExportDialog(window.session, window.languages, site, window, synchronous=True)
    qtbot.addWidget(dialog)
    dialog.show()
    choose(dialog, Language.FR, Language.EN)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(OutputFormat.PDF))
    out = tmp_path / "out"
    out.mkdir()
    dialog.target_edit.setText(str(out / "Briqueterie.pdf"))
    assert dialog.status.text() == "One file per language: Briqueterie-fr.pdf, Briqueterie-en.pdf"
    assert dialog.format_note.text() == "Printed by LibreOffice."
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.written == [out / "Briqueterie-fr.pdf", out / "Briqueterie-en.pdf"]
    assert sorted(p.name for p in out.iterdir()) == ["Briqueterie-en.pdf", "Briqueterie-fr.pdf"]
    for path, title in zip(dialog.written, ("Pré-diagnostic énergétique", "Energy quick scan"), strict=True):
        assert path.read_bytes().startswith(b"%PDF")
        first = subprocess.run(["pdftotext", "-l", "1", str(path), "-"], capture_output=True, text=True).stdout
        assert title in first
    dialog.reject()
