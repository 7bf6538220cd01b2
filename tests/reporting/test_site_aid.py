"""The site report's financial aid section, written to a real .docx and read back with python-docx."""

from __future__ import annotations

import pytest
from docx import Document

from workbench.analysis.programme import load_accounts
from workbench.domain import model
from workbench.domain.financial_aid import AidCatalogue, AidProgramme, AidStatus
from workbench.domain.vocab import Language
from workbench.i18n.catalogue import translator_for
from workbench.reporting.site_aid import financial_aid_section
from workbench.reporting.site_context import ReportContext
from workbench.resources import financial_aid_for, report_template
from workbench.storage.workspace import Workspace

# The section's own texts in French, as the catalogue will hold them once merged (i18n/workbench_fr.ts);
# the rest comes from the compiled catalogue.
FRENCH = {
    "Financial aid": "Aides financières",
    "Financial aid programmes": "Programmes d'aide financière",
    "What it funds": "Ce qu'il finance",
    "The programmes' public pages:": "Les pages publiques des programmes\u202f:",
    "The programmes below may fund part of the work or of its study. They are listed for information: "
    "eligibility, amounts and deadlines are to be confirmed with each programme before any commitment.": (
        "Les programmes ci-dessous peuvent financer une partie des travaux ou de leur étude. Ils sont cités à "
        "titre indicatif\u202f: l'éligibilité, les montants et les délais sont à confirmer auprès de chaque "
        "programme avant tout engagement."
    ),
}


def translator(language: Language):
    catalogue = translator_for(language)
    if language is Language.EN:
        return catalogue

    def translate(context: str, source: str) -> str:
        return FRENCH.get(source) if context == "Report" and source in FRENCH else catalogue(context, source)

    return translate


@pytest.fixture(scope="module")
def opened(demo_path):
    with Workspace.open(demo_path) as ws:
        site = ws.sites()[0]
        yield ws, site, load_accounts(ws, {site.id})[site.id]


def write(opened, language: Language, aid: AidCatalogue, target):
    ws, site, account = opened
    c = ReportContext(language, translator(language), workspace=ws, site=site, account=account)
    doc = c.new_document(report_template("site-report"))
    doc.heading("Before", 1)
    financial_aid_section(doc, c, aid)
    doc.heading("After", 1)
    doc.save(target)
    return Document(str(target))


def headings(doc) -> list[str]:
    return [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]


def rows(doc) -> list[list[str]]:
    assert len(doc.tables) == 1
    return [[cell.text for cell in row.cells] for row in doc.tables[0].rows]


def programme(**changes) -> AidProgramme:
    values = dict(
        id="test-aid",
        name=model.BilingualText("Prime à l'efficacité", "Efficiency grant"),
        description=model.BilingualText("Finance les variateurs des PME.", "Funds the drives of SMEs."),
        source="Arrêté ministériel relatif aux primes",
        url="https://example.org/aid",
        year=2024,
        status=AidStatus.VERIFIED,
    )
    values.update(changes)
    return AidProgramme(**values)


def test_the_shipped_belgian_list_in_english(opened, tmp_path):
    aid = financial_aid_for("BE", None)
    doc = write(opened, Language.EN, aid, tmp_path / "en.docx")
    assert headings(doc) == ["Before", "Financial aid", "After"]
    texts = [p.text for p in doc.paragraphs]
    caution = texts[texts.index("Financial aid") + 1]
    assert "eligibility" in caution and "confirmed with each programme" in caution
    header, *body = rows(doc)
    assert header == ["Programme", "What it funds", "Source"]
    assert len(body) == len(aid.entries) >= 1
    name, funds, source = body[0]
    assert name.startswith("AMUREBA") and "grants" in name
    assert "non-residential" in funds and "private companies" in funds
    # the legal act with its year; no internal document
    assert "Arrêté du Gouvernement wallon du 1er février 2024" in source and "Moniteur belge" in source
    assert source.endswith("Moniteur belge du 6 mai 2024") and "http" not in source  # its year is in it
    assert not any(word in source.lower() for word in (".md", "github", "§", "domain-reference"))
    assert "Table 1 — Financial aid programmes" in texts
    # the public pages follow the table, one a bullet: an address would take a whole column's width
    pages = texts.index("The programmes' public pages:")
    assert texts[pages + 1] == f"{name}: https://wallex.wallonie.be/eli/arrete/2024/02/01/2024004275"
    assert doc.paragraphs[pages + 1].style.name == "List Bullet"
    assert texts[pages + 2] == "After"


def test_the_shipped_belgian_list_in_french(opened, tmp_path):
    doc = write(opened, Language.FR, financial_aid_for("BE", None), tmp_path / "fr.docx")
    assert headings(doc) == ["Before", "Aides financières", "After"]
    texts = [p.text for p in doc.paragraphs]
    assert "titre indicatif\u202f: l'éligibilité" in texts[texts.index("Aides financières") + 1]
    header, (name, funds, source) = rows(doc)
    assert header == ["Programme", "Ce qu'il finance", "Source"]
    assert source.startswith("Arrêté du Gouvernement wallon") and "(2024)" not in source
    assert name.startswith("AMUREBA") and "subventions" in name
    assert "«\u202fchèques énergie\u202f»" in funds
    assert "Tableau 1 — Programmes d'aide financière" in texts
    pages = texts.index("Les pages publiques des programmes\u202f:")
    assert texts[pages + 1] == f"{name}\u202f: https://wallex.wallonie.be/eli/arrete/2024/02/01/2024004275"


def test_an_empty_list_writes_nothing(opened, tmp_path):
    # Morocco ships no programme: no heading, no sentence, no table
    aid = financial_aid_for("MA", None)
    assert not aid and aid.country == "MA"
    doc = write(opened, Language.FR, aid, tmp_path / "ma.docx")
    assert headings(doc) == ["Before", "After"]
    assert doc.tables == []
    assert not any("financ" in p.text.lower() for p in doc.paragraphs)


def test_a_text_missing_in_the_report_language_is_marked(opened, tmp_path):
    aid = AidCatalogue(
        "BE",
        (
            programme(
                description=model.BilingualText("Finance les variateurs.", ""), status=AidStatus.UNVERIFIED, url=""
            ),
        ),
    )
    en = write(opened, Language.EN, aid, tmp_path / "en.docx")
    (name, funds, source) = rows(en)[1]
    assert name == "Efficiency grant"
    assert funds == "[text missing in this language]"  # never the French text in an English report
    assert "Finance les variateurs" not in "\n".join(p.text for p in en.paragraphs)
    assert source == "Arrêté ministériel relatif aux primes (2024) — to confirm"  # a status short of verified is said
    assert not any("public pages" in p.text for p in en.paragraphs)  # no address, no list of pages
    fr = write(opened, Language.FR, aid, tmp_path / "fr.docx")
    name, funds, source = rows(fr)[1]
    assert (name, funds) == ("Prime à l'efficacité", "Finance les variateurs.")
    assert source == "Arrêté ministériel relatif aux primes (2024) — à confirmer"


def test_a_programme_without_a_year(opened, tmp_path):
    aid = AidCatalogue("BE", (programme(year=None, status=AidStatus.PARTLY),))
    name, _funds, source = rows(write(opened, Language.EN, aid, tmp_path / "en.docx"))[1]
    assert name == "Efficiency grant"
    assert source == "Arrêté ministériel relatif aux primes — partly verified"
