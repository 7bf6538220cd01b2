"""The site report read back with python-docx: structure, numbers per language, one language only, safety."""

from __future__ import annotations

import re

import pytest
from docx import Document

from workbench.analysis.measures import site_measures
from workbench.analysis.programme import load_accounts
from workbench.domain import model
from workbench.domain.messages import DomainError
from workbench.domain.vocab import Language
from workbench.i18n.catalogue import translator_for
from workbench.reporting import site_report
from workbench.reporting.site_report import write_site_report
from workbench.reporting.template import build_report_template
from workbench.resources import REPORT_KINDS, report_template

NNBSP = "\u202f"
SITE = "Briqueterie Al Amal"

FR_HEADINGS = [
    "Synthèse",
    "Contexte, objectifs et méthode",
    "Analyse des factures",
    "Ce que montre la courbe de charge",  # the demo's brickworks has a meter's load curve
    "Bilan énergétique et usages",
    "Indicateurs",
    "Mesures",
    "Plan d'action",
    "Vérification des économies",
    "Observations",
    "Conclusions",
    "Annexes",
]
EN_HEADINGS = [
    "Executive summary",
    "Context, objectives and method",
    "Invoice analysis",
    "What the load curve shows",
    "Energy balance and end uses",
    "Indicators",
    "Measures",
    "Action plan",
    "How the savings will be verified",
    "Observations",
    "Conclusions",
    "Annexes",
]
CATEGORY_CAPTIONS = {
    "fr": ("Mesures sans investissement", "Mesures à faible investissement", "Mesures d'investissement"),
    "en": ("No-cost measures", "Low-cost measures", "Capital measures"),
}


def site_id(ws, name=SITE) -> int:
    return next(s.id for s in ws.sites() if s.name == name)


def export(ws, language: Language, target, **kwargs):
    return write_site_report(ws, site_id(ws), language, translator_for(language), target, **kwargs)


def all_text(doc) -> str:
    parts = [p.text for p in doc.paragraphs]
    parts += [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def number(text: str) -> float:
    """A number as the report writes it, in either language."""
    text = text.replace(NNBSP, "").replace("\u00a0", "").strip()
    if "," in text and "." not in text and not re.fullmatch(r"\d{1,3}(,\d{3})+", text):
        text = text.replace(",", ".")  # French decimal comma
    return float(text.replace(",", ""))


@pytest.fixture(scope="module")
def reports(demo_path, tmp_path_factory):
    from workbench.storage.workspace import Workspace

    folder = tmp_path_factory.mktemp("reports")
    with Workspace.open(demo_path) as ws:
        fr = export(ws, Language.FR, folder / "rapport.docx")
        en = export(ws, Language.EN, folder / "report.docx")
    return Document(str(fr)), Document(str(en))


def headings(doc, level: int = 1) -> list[str]:
    return [p.text for p in doc.paragraphs if p.style.name == f"Heading {level}"]


def captions(doc) -> list[str]:
    return [p.text for p in doc.paragraphs if p.style.name == "Caption"]


def test_sections_in_each_language(reports):
    fr, en = reports
    assert headings(fr) == FR_HEADINGS
    assert headings(en) == EN_HEADINGS
    assert fr.paragraphs[0].text == "Pré-diagnostic énergétique"
    assert en.paragraphs[0].text == "Energy quick scan"
    assert "Visite du site\u202f: 17\u00a0octobre\u00a02019" in all_text(fr)  # no break inside a date
    assert "Site visit: 17\u00a0October\u00a02019" in all_text(en)


def test_no_text_of_the_other_language(reports):
    fr, en = reports
    fr_text, en_text = all_text(fr), all_text(en)
    for english in [*EN_HEADINGS[:5], "Monthly consumption", "Billed (kWh)", "Payback", "End use", "Factors used"]:
        assert english not in fr_text.replace("Annexes", "").replace("Observations", ""), english
    for french in [*FR_HEADINGS[:4], "Consommation", "Facturé", "Temps de retour", "Usage", "Facteurs utilisés"]:
        assert french not in en_text, french
    assert "[text missing" not in en_text and "[texte manquant" not in fr_text


def test_tables_and_figures_are_numbered_in_order(reports):
    fr, en = reports
    for doc, word in ((fr, "Tableau"), (en, "Table")):
        numbers = [int(m.group(1)) for c in captions(doc) if (m := re.match(rf"{word} (\d+) — ", c))]
        assert numbers == list(range(1, len(doc.tables) + 1))
        # each caption numbers itself with a SEQ field, so Word renumbers after editing
        assert sum("SEQ " in p._p.xml for p in doc.paragraphs if p.style.name == "Caption") == len(captions(doc))
    assert captions(fr)[0] == "Tableau 1 — Énergie et coût par vecteur"
    assert captions(en)[0] == "Table 1 — Energy and cost by carrier"


def test_french_numbers_use_narrow_spaces_and_commas(reports, demo_path):
    from workbench.storage.workspace import Workspace

    fr, en = reports
    with Workspace.open(demo_path) as ws:
        sid = site_id(ws)
        account = load_accounts(ws, {sid})[sid]
        balance, _ = site_measures(account, ws.equipment(sid), ws.measures(sid))
        kwh = round(account.totals(*balance.window).kwh)
    # 5 502 677 kWh: thousands by U+202F in French, by a comma in English
    french = f"{kwh:,}".replace(",", NNBSP)
    english = f"{kwh:,}"
    assert f"{french}\u00a0kWh" in all_text(fr)  # and a no-break space before the unit
    assert re.search(rf"{english}[\u00a0 ]kWh", all_text(en))
    price_fr = table_by_caption(fr, "Consommation et coût mensuels : Électricité".replace(" :", "\u202f:"))[1][3]
    assert re.fullmatch(r"\d,\d{3}", price_fr), price_fr  # 0,981
    assert re.fullmatch(r"\d\.\d{3}", table_by_caption(en, "Monthly consumption and cost: Electricity")[1][3])


def measure_rows(doc, language: str) -> list[list[str]]:
    """The rows of the measures tables, no-cost, low-cost then capital."""
    rows = []
    for caption in CATEGORY_CAPTIONS[language]:
        if any(c.endswith(caption) for c in captions(doc)):
            rows += table_by_caption(doc, caption)[1:]
    return rows


def test_measures_tables_are_grouped_by_kind_sorted_by_payback_and_add_up(reports):
    fr, _ = reports
    header = table_by_caption(fr, "Mesures d'investissement")[0]
    assert header == [
        "Mesure",
        "kWh économisés par an",
        "Économie annuelle (MAD)",
        "Investissement (MAD)",
        "Temps de retour (ans)",
        "Durée de vie (ans)",
        "VAN (MAD)",
        "t CO2 évitées",
    ]
    rows = measure_rows(fr, "fr")
    assert len(rows) == 5
    for r in rows:
        # payback = investment / yearly saving, to the table's own rounding
        assert number(r[3]) / number(r[2]) == pytest.approx(number(r[4]), abs=0.06)
        # NPV = saving × (1 − 1.04^−n) / 0.04 − investment, at the shipped 4 %
        n = number(r[5])
        assert number(r[6]) == pytest.approx(number(r[2]) * (1 - 1.04**-n) / 0.04 - number(r[3]), abs=n + 2)
    capital = [number(r[4]) for r in table_by_caption(fr, "Mesures d'investissement")[1:]]
    assert capital == sorted(capital)
    # the summary's shortest paybacks: burner tuning pays back in weeks, then the capacitor bank
    top = table_by_caption(fr, "Les mesures par temps de retour")[1:]
    assert [number(r[3]) for r in top] == sorted(number(r[3]) for r in top)
    assert top[0][0] == "Régler la combustion des brûleurs"
    assert top[1][0].startswith("Compenser")


def test_monthly_invoice_table_total_is_the_sum_of_its_months(reports):
    _, en = reports
    header, *rows = table_by_caption(en, "Monthly consumption and cost: Electricity")
    assert header[:3] == ["Month", "Final energy (kWh)", "Cost excl. VAT (MAD)"]
    months, total = rows[:-1], rows[-1]
    assert len(months) == 12 and total[0] == "Total"
    assert sum(number(m[1]) for m in months) == pytest.approx(number(total[1]), abs=len(months))
    assert sum(number(m[2]) for m in months) == pytest.approx(number(total[2]), abs=len(months))
    assert number(total[3]) == pytest.approx(number(total[2]) / number(total[1]), abs=0.0006)


def test_header_rows_repeat_and_page_numbers_and_toc(reports):
    fr, _ = reports
    assert all("w:tblHeader" in t.rows[0]._tr.xml for t in fr.tables)
    assert any("PAGE" in p._p.xml for p in fr.sections[0].footer.paragraphs)
    assert any('TOC \\o "1-3"' in p._p.xml for p in fr.paragraphs)
    # the contents are written at export: Word has nothing to update, and asks nothing on opening
    assert (
        fr.settings.element.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}updateFields") is None
    )
    entries = [p.text.split("\t")[0] for p in fr.paragraphs if re.fullmatch(r"toc \d", p.style.name.lower())]
    assert entries[:2] == ["Synthèse", "Principaux constats"] and "Annexes" in entries
    assert fr.sections[0].page_width.cm == pytest.approx(21.0, abs=0.01)  # A4 from the shipped template


def test_document_properties_say_what_the_report_is_and_who_wrote_it(reports):
    fr, en = reports
    for doc, title, language in ((fr, "Pré-diagnostic énergétique", "fr-FR"), (en, "Energy quick scan", "en-GB")):
        core = doc.core_properties
        assert core.title == f"{title} — {SITE}"
        assert core.subject == SITE
        assert core.author == "Équipe Tweed / cluster" and core.author != "python-docx"
        assert core.language == language
        assert core.created.year >= 2026
    # every page after the cover says what and whom it is about
    assert any(SITE in p.text for s in fr.sections for p in s.header.paragraphs)


def test_scope_states_measured_and_estimated_and_the_en16247_note(reports):
    fr, en = reports
    assert "EN\u00a016247" in all_text(fr) and "EN\u00a016247" in all_text(en)  # never cut before its number
    assert re.search(r"48 invoices", all_text(en))


def test_a_missing_narrative_is_marked_never_taken_from_the_other_language(demo, tmp_path):
    sid = site_id(demo)
    measure = demo.measures(sid)[0]
    demo.update(model.Measure, measure.id, title=model.BilingualText(fr="", en=measure.title.en))
    doc = Document(str(export(demo, Language.FR, tmp_path / "r.docx")))
    text = all_text(doc)
    assert "[texte manquant dans cette langue]" in text
    assert measure.title.en not in text


def test_imported_text_is_inserted_as_text_not_as_fields(demo, tmp_path):
    sid = site_id(demo)
    tricky = '{ PAGE } <w:fldSimple w:instr="DATE"/> & ]]>'
    # a vertical tab and a control code, as pasted from some spreadsheets: XML cannot hold them
    demo.update(model.Site, sid, activity=model.BilingualText(fr=tricky, en=f"{tricky}\x0b\x01"))
    measure = demo.measures(sid)[0]
    demo.update(model.Measure, measure.id, title=model.BilingualText(fr="x", en="Kiln\x0c <b>roof</b>"))
    doc = Document(str(export(demo, Language.EN, tmp_path / "r.docx")))
    paragraph = next(p for p in doc.paragraphs if p.text == tricky)
    assert "<w:fldSimple" not in paragraph._p.xml and "w:instrText" not in paragraph._p.xml
    assert "Kiln <b>roof</b>" in [row[0] for row in measure_rows(doc, "en")]


def test_a_failed_export_leaves_the_previous_file_untouched(demo, tmp_path, monkeypatch):
    target = tmp_path / "report.docx"
    target.write_bytes(b"the previous report")

    def broken(*args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(site_report, "_observations", broken)
    with pytest.raises(RuntimeError):
        export(demo, Language.EN, target)
    assert target.read_bytes() == b"the previous report"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".writing")]


def test_progress_is_reported_section_by_section(demo, tmp_path):
    steps = []
    export(demo, Language.EN, tmp_path / "r.docx", progress=lambda done, total: steps.append((done, total)))
    assert steps[-1][0] == steps[-1][1] and [d for d, _ in steps] == list(range(1, len(steps) + 1))


def test_a_restyled_template_keeps_its_look_not_its_text(demo, tmp_path):
    template = build_report_template(tmp_path / "mine.docx")
    doc = Document(str(template))
    doc.styles["Heading 1"].font.name = "Georgia"
    doc.sections[0].header.paragraphs[0].text = "Cluster EEMC — Tweed"
    doc.save(str(template))
    out = Document(str(export(demo, Language.FR, tmp_path / "r.docx", template=template)))
    assert out.styles["Heading 1"].font.name == "Georgia"
    assert out.sections[0].header.paragraphs[0].text == "Cluster EEMC — Tweed"
    assert "Modèle du rapport" not in all_text(out)  # the template's guide text is dropped
    assert headings(out) == FR_HEADINGS


@pytest.mark.parametrize(
    ("content", "reason"),
    [(None, "the file does not exist"), (b"not a zip", "it is not a Word document (.docx)")],
)
def test_an_unusable_template_is_refused_by_name(demo, tmp_path, content, reason):
    template = tmp_path / "template.docx"
    if content is not None:
        template.write_bytes(content)
    with pytest.raises(DomainError) as error:
        export(demo, Language.EN, tmp_path / "r.docx", template=template)
    assert error.value.render() == f"The template {template} cannot be used: {reason}."
    assert not (tmp_path / "r.docx").exists()
    french = error.value.render(translator_for(Language.FR))
    assert french.startswith(f"Le modèle {template} est inutilisable\u202f: ")


@pytest.mark.parametrize("kind", REPORT_KINDS)
def test_the_shipped_templates_have_the_styles_and_a4(kind, tmp_path):
    doc = Document(str(report_template(kind)))
    assert doc.sections[0].page_height.cm == pytest.approx(29.7, abs=0.01)
    assert any("PAGE" in p._p.xml for p in doc.sections[0].footer.paragraphs)
    # the shipped file is what the builder makes: regenerate with python -m workbench.reporting.template
    rebuilt = Document(str(build_report_template(tmp_path / "t.docx", kind)))
    assert [p.text for p in doc.paragraphs] == [p.text for p in rebuilt.paragraphs]
    assert {s.name for s in doc.styles} == {s.name for s in rebuilt.styles}


def test_a_cancelled_export_writes_nothing(demo, tmp_path):
    from workbench.domain.messages import message

    class CancelledError(DomainError):
        pass

    def cancel_at_third_section(done, total):
        if done == 3:
            raise CancelledError(message("Workers", "Cancelled: nothing was stored."))

    with pytest.raises(CancelledError):
        export(demo, Language.EN, tmp_path / "r.docx", progress=cancel_at_third_section)
    assert not (tmp_path / "r.docx").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".writing")]


def test_missing_texts_name_the_owner_field_and_page(demo):
    from workbench.reporting.narratives import missing_texts

    sid = site_id(demo, "Plastiques Bernoussi")
    gaps = missing_texts(demo, sid, Language.EN)
    assert [(g.kind, g.owner, g.field.source, g.node) for g in gaps] == [
        ("site", "Plastiques Bernoussi", "Observations", ("site", sid))
    ]
    assert missing_texts(demo, sid, Language.FR) == []
    measure = demo.measures(sid)[0]
    demo.update(model.Measure, measure.id, description=model.BilingualText(fr="Texte", en=""))
    gaps = missing_texts(demo, sid, Language.EN)
    assert ("measure", "Description", ("measures", sid)) in [(g.kind, g.field.source, g.node) for g in gaps]


def test_annex_lists_every_invoice_the_figures_rest_on(reports, demo_path):
    from workbench.storage.workspace import Workspace

    fr, _ = reports
    invoice_tables = [t for t, caption in zip(fr.tables, captions(fr), strict=True) if " — Factures\u202f: " in caption]
    with Workspace.open(demo_path) as ws:
        sid = site_id(ws)
        supplies = [s for s in ws.find(model.EnergySupply) if s.site_id == sid]
        bills = [b for b in ws.find(model.Bill) if b.supply_id in {s.id for s in supplies}]
    assert len(invoice_tables) == len(supplies)
    rows = [[c.text for c in row.cells] for t in invoice_tables for row in t.rows[1:]]
    assert len(rows) == len(bills)
    assert {r[0] for r in rows} == {b.invoice_number for b in bills}
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4}", r[1]) for r in rows)


def test_french_narratives_get_narrow_spaces_before_punctuation(reports):
    from workbench.reporting.wording import french_spacing

    assert french_spacing("isolé ; 95 % mesurée : « oui » ! 10:30") == (
        "isolé\u202f; 95\u202f% mesurée\u202f: «\u202foui\u202f»\u202f! 10:30"
    )
    assert french_spacing("http://site.ma?x=1") == "http://site.ma?x=1"  # no space typed, none added
    fr, _ = reports
    # the demo's observation was typed with a plain space before the semicolon
    assert "isolé en voûte\u202f; température" in all_text(fr)


def test_the_report_follows_the_chosen_balance_period(demo, tmp_path):
    import datetime as dt

    sid = site_id(demo)
    demo.update(model.Site, sid, balance_period_end=dt.date(2018, 9, 1))
    doc = Document(str(export(demo, Language.EN, tmp_path / "r.docx")))
    summary = next(p.text for p in doc.paragraphs if p.text.startswith("Over the twelve months"))
    assert summary.startswith("Over the twelve months from 1\u00a0October\u00a02017 to 30\u00a0September\u00a02018")
    months = [row[0] for row in table_by_caption(doc, "Monthly consumption and cost: Electricity")[1:-1]]
    assert months[0] == "10/2017" and months[-1] == "09/2018"


def test_measure_sheets_give_fuel_savings_in_invoice_units(reports):
    _, en = reports
    kiln = next(p.text for p in en.paragraphs if p.text.startswith("End use: Process heat. Saves 1,008,000"))
    # 1 008 000 kWh of heavy fuel oil (5 % of the tunnel kiln's burners) at 11.111 kWh/kg
    assert re.search(r"Saves 1,008,000\u00a0kWh \(90,72[01]\u00a0kg of heavy fuel oil\) and", kiln), kiln


def test_one_measure_is_spoken_of_in_the_singular(demo, tmp_path):
    sid = site_id(demo)
    for measure in demo.measures(sid)[1:]:
        demo.delete(model.Measure, measure.id)
    doc = Document(str(export(demo, Language.FR, tmp_path / "r.docx")))
    assert any(p.text.startswith("La mesure proposée économiserait ") for p in doc.paragraphs)
    assert not any(p.text.startswith("Les mesures proposées") for p in doc.paragraphs)
    assert not any("Les 1 mesures" in p.text for p in doc.paragraphs)


def table_by_caption(doc, caption: str):
    """The rows of the table whose caption ends with ``caption``, header first."""
    index = next(i for i, c in enumerate(captions(doc)) if c.endswith(caption))
    return [[cell.text for cell in row.cells] for row in doc.tables[index].rows]


def test_the_avoided_co2_factor_is_listed_and_reproduces_each_measures_t_co2(reports, demo_path):
    from workbench.domain.economics import savings_only
    from workbench.domain.factors import STATUS_LABELS, avoided_emission_key
    from workbench.domain.units import Carrier
    from workbench.resources import factor_set
    from workbench.storage.workspace import Workspace

    fr, _ = reports
    header, *rows = table_by_caption(fr, "Facteurs utilisés")
    assert header == ["Facteur", "Valeur", "Unité", fr_t("Report", "Status"), "Source"]
    by_name = {r[0]: r for r in rows}
    avoided = factor_set("MA").factors[avoided_emission_key(Carrier.ELECTRICITY)]
    name, value, unit, status, source = by_name[avoided.name.fr]
    assert name == "CO2 évité par kWh d'électricité économisé (marge combinée du réseau)"
    assert (float(value.replace(",", ".")), unit) == (0.547, "kg CO2/kWh")  # 0,547: not thousands
    assert status == fr_t("Factors", STATUS_LABELS[avoided.status])
    assert source.startswith("Groupe de travail technique des IFI") and "Maroc" in source
    # t CO2 avoided = kWh saved × the factor of the table ÷ 1 000, to the measures table's rounding
    measures = {r[0]: r for r in measure_rows(fr, "fr")}
    with Workspace.open(demo_path) as ws:
        sid = site_id(ws)
        account = load_accounts(ws, {sid})[sid]
        _, figures = site_measures(account, ws.equipment(sid), ws.measures(sid))
    checked = 0
    for f in savings_only(figures):
        row = measures[f.measure.title.fr]
        factors = [by_name[factor.name.fr] for factor in f.factors]
        if len(f.kwh) == 1 and factors:
            factor = float(factors[0][1].replace(",", "."))
            assert number(row[1]) * factor / 1000 == pytest.approx(number(row[7]), abs=0.06)
            checked += factors[0] is by_name[avoided.name.fr]
    assert checked >= 1  # at least one electricity measure redone with the 0.547 of the table


def test_the_factor_table_names_its_factors_for_a_client(reports):
    from workbench.resources import factor_set

    fr, en = reports
    reference = factor_set("MA").factors.values()
    for doc, language, caption in ((fr, "fr", "Facteurs utilisés"), (en, "en", "Factors used")):
        _, *rows = table_by_caption(doc, caption)
        names = {r[0] for r in rows}
        # the tariff's energy prices that price a saved kWh of electricity are listed too
        for key in ("tariff.ma_mt.price.peak", "tariff.ma_mt.price.standard", "tariff.ma_mt.price.offpeak"):
            assert factor_set("MA").factors[key].name_in(language) in names
        text = "\n".join(" ".join(r) for r in rows)
        assert not [f.key for f in reference if f.key in text]
        assert not re.search(r"\[[VPU]\]|domain-reference|\.md\b|github", text)
        assert {r[3] for r in rows} <= {
            fr_t("Factors", s) if language == "fr" else s
            for s in ("verified", "partly verified", "to confirm", "set by the auditor")
        }


def fr_t(context: str, source: str) -> str:
    return translator_for(Language.FR)(context, source)


def test_each_electricity_saving_states_its_price_and_the_method_is_stated_once(reports, demo_path):
    from workbench.domain.economics import PriceBasis
    from workbench.storage.workspace import Workspace

    fr, en = reports
    with Workspace.open(demo_path) as ws:
        ident = site_id(ws)
        account = load_accounts(ws, {ident})[ident]
        _, figures = site_measures(account, ws.equipment(ident), ws.measures(ident))
    by_hours = [f for f in figures if f.price_basis is PriceBasis.END_USE_HOURS]
    assert by_hours  # the brickworks' LED measure is priced in the lighting's hours
    for doc, language in ((fr, Language.FR), (en, Language.EN)):
        text = all_text(doc)
        method = "équipements fonctionnent" if language is Language.FR else "the hours its equipment runs"
        assert text.count(method) == 1
        # the ONEE winter peak, as the tariff's hour factors give it, in the language's way of writing hours
        assert ("17\u00a0h–22\u00a0h" if language is Language.FR else "17:00–22:00") in text
        assert (
            "6\u00a0h, selon l'horaire du site" if language is Language.FR else "06:00, from the site's schedule"
        ) in text
        for f in by_hours:
            price = f"{f.electricity_price:.3f}"
            price = price.replace(".", ",") if language is Language.FR else price
            assert price in text, (language, f.measure.title.en, price)
    # the hour windows are in the factor table, beside the prices
    _, *rows = table_by_caption(en, "Factors used")
    assert "Start of peak hours, winter (1 October – 31 March)" in {r[0] for r in rows}


def test_a_source_several_factors_share_is_numbered_and_written_once(reports):
    for doc, caption in zip(reports, ("Facteurs utilisés", "Factors used"), strict=True):
        rows = table_by_caption(doc, caption)
        cited = [row[-1] for row in rows[1:] if re.fullmatch(r"\[\d+\]", row[-1])]
        assert cited, "the demo's MT tariff factors share the ONEE page"
        listed = [p.text for p in doc.paragraphs if re.match(r"\[\d+\]\u00a0", p.text)]
        numbers = [text.split("\u00a0")[0] for text in listed]
        assert sorted(set(cited)) == sorted(numbers) and len(numbers) == len(set(numbers))
        sources = [text.split("\u00a0", 1)[1] for text in listed]
        inline = [row[-1] for row in rows[1:] if row[-1] not in cited]
        assert not set(sources) & set(inline)  # a numbered source is not also written out on a row


def test_conclusions_do_not_claim_tariff_gains_leave_production_untouched(reports):
    intros = (
        "Sur la facture d'électricité, par montant en jeu\u202f:",
        "On the electricity bill, by the money at stake:",
    )
    for doc, intro in zip(reports, intros, strict=True):
        text = "\n".join(p.text for p in doc.paragraphs)
        assert "without touching production" not in text and "sans toucher à la production" not in text
        assert intro in text
