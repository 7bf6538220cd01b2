"""French and English are complete at every commit, and numbers are written the way each language writes them."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import workbench
from workbench.domain.messages import message
from workbench.domain.vocab import Language
from workbench.i18n.build import TS_DIR, tool
from workbench.i18n.catalogue import language_from_environment, translator_for
from workbench.i18n.formatting import Formatter

SOURCE = Path(workbench.__file__).parent


def entries(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.find("name").text
        for msg in context.iter("message"):
            found[(name, msg.find("source").text)] = msg
    return found


@pytest.mark.parametrize("language", ["fr", "en"])
def test_catalogue_is_complete_and_up_to_date(tmp_path, language):
    committed = TS_DIR / f"workbench_{language}.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            str(SOURCE),
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    before, after = entries(committed), entries(fresh)
    missing = sorted(set(after) - set(before))
    assert not missing, f"strings missing from {committed.name} (run lupdate and translate): {missing[:10]}"
    stale = sorted(set(before) - set(after))
    assert not stale, f"strings no longer in the code: {stale[:10]}"
    unfinished = [
        key
        for key, msg in after.items()
        if msg.find("translation").get("type")
        or not (msg.find("translation").text or msg.find("translation").findall("numerusform"))
    ]
    assert not unfinished, f"untranslated in {committed.name}: {unfinished[:10]}"


def test_placeholders_survive_translation():
    for language in ("fr", "en"):
        for (context, source), msg in entries(TS_DIR / f"workbench_{language}.ts").items():
            translation = msg.find("translation")
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            for text in forms:  # each plural form keeps the placeholders
                assert sorted(_fields(source)) == sorted(_fields(text)), (context, source, text)


def test_texts_with_a_count_have_their_plural_forms_and_qt_chooses_them():
    from workbench.domain.messages import Plural

    for language in ("fr", "en"):
        numerus = [msg for msg in entries(TS_DIR / f"workbench_{language}.ts").values() if msg.get("numerus") == "yes"]
        assert len(numerus) >= 19
        for msg in numerus:
            forms = [f.text for f in msg.find("translation").findall("numerusform")]
            assert len(forms) == 2 and all(forms), (language, msg.find("source").text)
    source = Plural.translate(
        "Findings", "{count} invoices repeat another one and are left out of every figure.", None, 0
    )
    fr, en = translator_for(Language.FR), translator_for(Language.EN)
    one, two = (message("Findings", source, "count", count=n) for n in (1, 2))
    assert one.render(fr) == "1 facture en répète une autre et est exclue de tous les chiffres."
    assert two.render(fr) == "2 factures en répètent une autre et sont exclues de tous les chiffres."
    assert one.render(en) == "1 invoice repeats another one and is left out of every figure."
    assert two.render(en) == "2 invoices repeat another one and are left out of every figure."
    assert (
        message("Findings", source, "count", count=0).render(fr).startswith("0 facture en répète")
    )  # French: 0 is one


def _fields(text: str) -> list[str]:
    import string

    return [field for _, field, _, _ in string.Formatter().parse(text) if field]


def test_french_catalogue_translates_domain_messages():
    tr = translator_for(Language.FR)
    msg = message("Workspace", "There is no file {path}.", path="x.eaw")
    assert msg.render(tr) == "Le fichier x.eaw n'existe pas."
    assert msg.render(translator_for(Language.EN)) == "There is no file x.eaw."


def test_numbers_dates_and_money_per_language():
    fr, en = Formatter(Language.FR), Formatter(Language.EN)
    assert fr.quantity(1234.5, "kWh", 1) == "1\u202f234,5\u00a0kWh"
    assert en.quantity(1234.5, "kWh", 1) == "1,234.5\u00a0kWh"
    assert fr.money(1_234_567.891, "MAD", 2) == "1\u202f234\u202f567,89\u00a0MAD"
    assert fr.date(dt.date(2019, 10, 15)) == "15/10/2019"
    assert fr.percent(0.125, 1) == "12,5\u202f%" and en.percent(0.125, 1) == "12.5%"
    assert fr.number(-0.001, 1) == "0,0"
    assert fr.parse_number("1 234,5") == 1234.5 and fr.parse_number("1\u202f234,5") == 1234.5
    assert en.parse_number("1,234.5") == 1234.5
    with pytest.raises(ValueError):
        fr.parse_number("12abc")


def test_language_from_environment(monkeypatch):
    for name in ("WORKBENCH_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    assert language_from_environment() is Language.EN
    monkeypatch.setenv("LANG", "fr_BE.UTF-8")
    assert language_from_environment() is Language.FR
    monkeypatch.setenv("WORKBENCH_LANG", "en")
    assert language_from_environment() is Language.EN
