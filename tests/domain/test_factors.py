"""Factors a client can read: every shipped factor has a French and an English name and a source that names a
publication (or says plainly what the value is), and overrides read like the factor they replace."""

from __future__ import annotations

import re

import pytest

from workbench.domain.factors import (
    STATUS_LABELS,
    Factor,
    FactorLookup,
    FactorSet,
    FactorStatus,
    FactorText,
    avoided_emission_key,
)
from workbench.domain.units import Carrier
from workbench.domain.vocab import Language
from workbench.resources import factor_sets

SHIPPED = [(code, factor) for code, s in factor_sets().items() for factor in s.factors.values()]
ALL_KEYS = {factor.key for _, factor in SHIPPED}
# What a client cannot look up: internal documents, code repositories and files, status codes
INTERNAL = re.compile(
    r"\.md\b|github|\brepo(s|sitory|sitories)?\b|\.py\b|\.R\b|§|\[[VPU][,\]]|co2\.js|ghgpy|creaco2tracker|"
    r"domain-reference|morocco-tariffs",
    re.IGNORECASE,
)


def ids(item) -> str:
    return f"{item[0]}:{item[1].key}"


@pytest.mark.parametrize(("code", "factor"), SHIPPED, ids=[ids(i) for i in SHIPPED])
def test_every_shipped_factor_has_names_units_and_a_source_in_both_languages(code, factor):
    for language in Language:
        text = getattr(factor.name, language.value)
        assert text.strip(), f"{factor.key} has no {language.value} name"
        assert factor.key not in text
        assert factor.unit_in(language).strip()
        assert getattr(factor.source_text, language.value).strip(), f"{factor.key} has no {language.value} source"
    assert factor.name.fr != factor.name.en, f"{factor.key}: the French name is the English one"


@pytest.mark.parametrize(("code", "factor"), SHIPPED, ids=[ids(i) for i in SHIPPED])
def test_no_source_cites_an_internal_document_a_repository_or_a_key(code, factor):
    for language in Language:
        source = factor.source_in(language)
        assert not INTERNAL.search(source), f"{factor.key} ({language.value}): {source}"
        assert not [key for key in ALL_KEYS if key in source], f"{factor.key} cites a key: {source}"
        assert not INTERNAL.search(factor.name_in(language))


def test_an_assumption_says_so_and_a_value_resting_on_a_sample_is_to_confirm():
    for _, factor in SHIPPED:
        english, french = factor.source_in(Language.EN), factor.source_in(Language.FR)
        if english.startswith("Auditor's assumption"):
            assert french.startswith("Hypothèse de l'auditeur"), factor.key
        if "sample seen by the auditors" in english or english.startswith("Value to confirm"):
            # partly verified at best: the sample only confirms what a publication says
            assert factor.status is not FactorStatus.VERIFIED, factor.key


def test_french_texts_use_narrow_spaces_before_high_punctuation():
    for _, factor in SHIPPED:
        for text in (factor.name.fr, factor.source_text.fr, factor.unit_in(Language.FR)):
            assert not re.search(r"[ \u00a0][:;%!?»]", text), (factor.key, text)


def test_the_avoided_co2_factor_of_moroccan_electricity_reads_for_a_client():
    factor = factor_sets()["MA"].factors[avoided_emission_key(Carrier.ELECTRICITY)]
    assert factor.value == 0.547 and factor.unit == "kg CO2/kWh"
    assert factor.name_in(Language.FR) == "CO2 évité par kWh d'électricité économisé (marge combinée du réseau)"
    assert factor.name_in(Language.EN) == "CO2 avoided per kWh of electricity saved (grid combined margin)"
    assert "Harmonized IFI Default Grid Factors 2021 v3.1" in factor.source_in(Language.FR)


def test_units_read_in_each_language():
    toe = factor_sets()["MA"].factors["toe.kwh_per_toe"]
    assert (toe.unit_in(Language.FR), toe.unit_in(Language.EN), toe.unit) == ("kWh/tep", "kWh/toe", "kWh/toe")
    propane = factor_sets()["MA"].factors["heating_value.ncv.propane.per_kg"]
    assert propane.name_in(Language.FR) == "Pouvoir calorifique inférieur du propane"
    assert propane.name_in(Language.EN) == "Net calorific value of propane"
    assert propane.unit_in(Language.FR) == propane.unit_in(Language.EN) == "kWh/kg"


def test_an_override_without_a_name_reads_like_the_factor_it_replaces():
    reference = factor_sets()["MA"]
    mine = Factor("toe.kwh_per_toe", 11_630, "kWh/toe", "programme choice", status=FactorStatus.USER)
    other_unit = Factor("co2.electricity", 600, "g CO2/kWh", "site contract", status=FactorStatus.USER)
    lookup = FactorLookup(reference, [mine]).with_overrides([other_unit])
    toe, co2 = lookup.get("toe.kwh_per_toe"), lookup.get("co2.electricity")
    assert toe.name == reference.factors["toe.kwh_per_toe"].name
    assert toe.unit_in(Language.FR) == "kWh/tep"  # same unit: its words come along
    assert toe.source_in(Language.FR) == "programme choice"  # the auditor's own source, as typed
    assert co2.name_in(Language.FR).startswith("Facteur d'émission moyen")
    assert co2.unit_in(Language.FR) == "g CO2/kWh"  # another unit keeps its own


def test_a_factor_of_an_auditors_own_key_is_named_by_its_note_then_by_its_key_in_words():
    assert Factor("site.boiler_losses", 0.1, "share", "measured", note="Boiler jacket losses").name_in("fr") == (
        "Boiler jacket losses"
    )
    assert Factor("site.boiler_losses", 0.1, "share", "measured").name_in(Language.EN) == "Site boiler losses"


def test_a_name_missing_in_one_language_falls_back_to_the_other():
    assert FactorText(fr="", en="Density").text(Language.FR) == "Density"
    assert FactorText.from_json("kWh/kg") == FactorText("kWh/kg", "kWh/kg")
    assert not FactorText() and FactorText.from_json(None) == FactorText()


def test_a_set_loads_bilingual_and_plain_texts():
    loaded = FactorSet.from_json(
        {
            "code": "XX",
            "name": "Test",
            "country": "XX",
            "factors": [
                {
                    "key": "toe.kwh_per_toe",
                    "name": {"fr": "Tep", "en": "Toe"},
                    "value": 11630,
                    "unit": {"fr": "kWh/tep", "en": "kWh/toe"},
                    "source": "IEA",
                    "status": "P",
                },
                {"key": "density.gas_oil", "value": 0.84, "unit": "kg/L", "source": "Supplier"},
            ],
        }
    )
    toe, density = loaded.factors["toe.kwh_per_toe"], loaded.factors["density.gas_oil"]
    assert (toe.unit, toe.source, toe.name_in("fr")) == ("kWh/toe", "IEA", "Tep")
    assert density.name_in(Language.FR) == "Density gas oil" and density.status is FactorStatus.UNVERIFIED


def test_every_status_reads_in_words():
    assert set(STATUS_LABELS) == set(FactorStatus)
    assert [Factor("k", 1, "u", "s", status=s).status_label for s in FactorStatus] == [
        "verified",
        "partly verified",
        "to confirm",
        "set by the auditor",
    ]
