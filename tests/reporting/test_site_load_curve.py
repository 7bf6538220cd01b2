"""The load-curve section of the site report, read back with python-docx: there for a site whose supply has a
load curve, absent otherwise; its figures are the analysis' own, in each language."""

from __future__ import annotations

import pytest
from docx import Document

from workbench.analysis.load_curve_summary import offtake_curve
from workbench.domain.vocab import Language
from workbench.i18n.catalogue import translator_for
from workbench.i18n.formatting import Formatter
from workbench.reporting.site_report import write_site_report

from .test_site_report import all_text, headings, site_id

CURVE_SITE = "Verre Trempé Lissasfa"  # a demo site with a meter's load curve (and a 2-hour gap in it)
PLAIN_SITE = "Céramiques du Littoral"  # none


@pytest.fixture(scope="module")
def verre(demo_path, tmp_path_factory):
    from workbench.storage.workspace import Workspace

    folder = tmp_path_factory.mktemp("curve-reports")
    with Workspace.open(demo_path) as ws:
        ident = site_id(ws, CURVE_SITE)
        site = next(s for s in ws.sites() if s.id == ident)
        [curve] = [c for s in ws.supplies(ident) if (c := offtake_curve(ws, s, site)) is not None]
        documents = {}
        for language in (Language.FR, Language.EN):
            target = folder / f"verre-{language.value}.docx"
            write_site_report(ws, ident, language, translator_for(language), target)
            documents[language] = Document(str(target))
        plain = write_site_report(
            ws, site_id(ws, PLAIN_SITE), Language.EN, translator_for(Language.EN), folder / "plain.docx"
        )
    return curve, documents, Document(str(plain))


def figures_table(doc, word: str):
    return next(t for t in doc.tables if t.rows[0].cells[0].text == word)


def test_the_section_is_there_with_the_analysis_figures_in_both_languages(verre):
    curve, documents, _plain = verre
    f = curve.figures
    for language, heading, word, peak_row in (
        (Language.FR, "Ce que montre la courbe de charge", "Indicateur", "Puissance de pointe (kW)"),
        (Language.EN, "What the load curve shows", "Indicator", "Peak power (kW)"),
    ):
        doc = documents[language]
        fmt = Formatter(language)
        assert heading in headings(doc)
        table = figures_table(doc, word)
        rows = {r.cells[0].text: [c.text for c in r.cells[1:]] for r in table.rows[1:]}
        assert rows[peak_row][0] == fmt.number(f.peak_kw)
        assert fmt.long_date(f.peak_at.date()) in rows[peak_row][1]
        text = all_text(doc)
        assert fmt.number(f.missing) in text and fmt.number(f.intervals) in text
        # the base load brought to a year: its kW × 8 760 h
        assert fmt.number(f.base_load_kw * 8760) in text
        # weekend energy priced at the mean billed price
        assert fmt.number(curve.weekend_kwh * curve.price.per_kwh) in text


def test_a_site_without_a_load_curve_has_no_such_section(verre):
    _curve, _documents, plain = verre
    assert "What the load curve shows" not in headings(plain)
    assert "load curve" not in all_text(plain).lower()


def test_the_gap_is_counted_not_filled(verre):
    curve, documents, _plain = verre
    assert curve.figures.missing == 8  # the demo's 2-hour gap: eight quarter-hours
    english = all_text(documents[Language.EN]).replace("\u00a0", " ")  # the writer binds a number to its word
    assert "8 intervals of the period have no reading: they are left out of every figure" in english
    # February 2019 lost those two hours: 2 688 − 8 of its 2 688 quarter-hours read, 99.7 %
    [february] = curve.partial_months
    assert february.month.isoformat() == "2019-02-01" and (february.expected, february.readings) == (2688, 2680)
    assert "1 month is read in part (share of its intervals with a reading): 02/2019 (99.7%)." in english


def test_a_pv_study_is_reported_with_its_figures(demo, tmp_path):
    from workbench.analysis.solar_study import study_result
    from workbench.domain.solar import PvStudy, PvSystem

    ident = site_id(demo, CURVE_SITE)
    site = next(s for s in demo.sites() if s.id == ident)
    supply = next(s for s in demo.supplies(ident) if demo.load_curve_registers(s.id))
    demo.set_pv_study(PvStudy(supply.id, PvSystem(150.0), "MAR_RK_Rabat-Sale.AP.601350_TMYx.epw"))
    result = study_result(demo, supply, site)
    target = write_site_report(demo, ident, Language.EN, translator_for(Language.EN), tmp_path / "pv.docx")
    doc = Document(str(target))
    assert "Rooftop photovoltaics against the load curve" in [p.text for p in doc.paragraphs]
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "Indicator" and len(t.columns) == 2)
    rows = {r.cells[0].text: r.cells[1].text for r in table.rows[1:]}
    fmt = Formatter(Language.EN)
    assert rows["Production of a typical year (kWh)"] == fmt.number(result.annual_production)
    assert rows["Purchases avoided (MAD a year)"] == fmt.number(result.annual_avoided)
    # the three windows add up to the whole
    windows = [v for k, v in rows.items() if k.startswith("Purchases avoided in")]
    assert len(windows) == 3
