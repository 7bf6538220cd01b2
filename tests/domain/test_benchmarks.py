"""The sector benchmarks file: the shipped one reads and keeps its rules, a damaged one is refused clearly."""

from __future__ import annotations

import copy
import json

import pytest

from workbench.domain.benchmarks import (
    Benchmark,
    BenchmarkError,
    BenchmarkSet,
    BenchmarkStatus,
    IndicatorKind,
    RangeMeaning,
    UnitMatch,
    read_unit,
)
from workbench.resources import benchmarks, benchmarks_file

GJ = 277.8

GOOD = {
    "id": "cement.electricity.test",
    "nace": ["23.51"],
    "label": {"fr": "Cimenterie", "en": "Cement plant"},
    "kind": "electricity",
    "unit": "t",
    "unit_text": {"fr": "t de ciment", "en": "t cement"},
    "product": ["cement", "ciment"],
    "bare_unit": True,
    "low_kwh": 90,
    "high_kwh": 150,
    "meaning": "typical",
    "source": "EU BREF Cement, Lime and Magnesium Oxide Manufacturing Industries (2013)",
    "url": "",
    "year": 2013,
    "status": "unverified",
    "figure": "90–150 kWh/t cement",
}


def refused(*entries, **top) -> BenchmarkError:
    with pytest.raises(BenchmarkError) as caught:
        BenchmarkSet.from_json({"entries": list(entries), **top})
    return caught.value


def changed(**fields) -> dict:
    entry = copy.deepcopy(GOOD)
    for key, value in fields.items():
        if value is ...:
            del entry[key]
        else:
            entry[key] = value
    return entry


# --- the shipped file -----------------------------------------------------------------------------


def test_the_shipped_file_reads_and_keeps_its_rules():
    shipped = benchmarks()
    assert len(shipped) >= 30
    ids = [b.id for b in shipped.entries]
    assert len(ids) == len(set(ids))
    for b in shipped.entries:
        assert isinstance(b.kind, IndicatorKind) and isinstance(b.status, BenchmarkStatus)
        assert isinstance(b.meaning, RangeMeaning)
        assert b.low is None or 0 <= b.low <= b.high, b.id
        assert b.label.fr and b.label.en and b.denominator.text.fr and b.denominator.text.en, b.id
        for word in (".md", "github", "§", "sector-benchmarks"):
            assert word not in b.source.lower(), b.id
        assert not b.url or b.url.startswith(("http://", "https://")), b.id
        assert read_unit(b.denominator.unit) is not None, b.id


def test_gigajoules_are_converted_at_277_8_kwh():
    shipped = benchmarks()
    bat = shipped.get("cement.kiln.thermal.bat")  # 2 900–3 300 MJ/t clinker
    assert (bat.low, bat.high) == pytest.approx((2.9 * GJ, 3.3 * GJ))
    assert bat.status is BenchmarkStatus.UNVERIFIED and bat.meaning is RangeMeaning.BEST_PRACTICE
    assert bat.kind is IndicatorKind.THERMAL and bat.denominator.text.en == "t clinker"
    bricks = shipped.get("bricks.total.eu")  # ~1.5–3 GJ/t
    assert (bricks.low, bricks.high) == pytest.approx((416.7, 833.4))
    per_brick = shipped.get("bricks.thermal.per_brick")  # 3.75–4.75 MJ per brick
    assert (per_brick.low, per_brick.high) == pytest.approx((3.75 * GJ / 1000, 4.75 * GJ / 1000), abs=1e-4)
    assert shipped.get("cement.electricity.plant.iea_target").status is BenchmarkStatus.VERIFIED
    assert shipped.get("bricks.thermal.by_kiln").status is BenchmarkStatus.PARTLY


def test_entries_are_found_by_nace_code_and_group():
    shipped = benchmarks()
    assert {b.id for b in shipped.for_site("23.51")} >= {"cement.electricity.plant.eu", "cement.kiln.thermal.bat"}
    assert all(b.applies_to("23.51") for b in shipped.for_site("C23.51"))
    assert {b.id for b in shipped.for_site("22.29")} == {"plastics.extrusion", "plastics.extrusion.best"}
    assert shipped.for_site("22.21") == shipped.for_site("22.29")
    assert shipped.for_site("23.5") == ()  # a group could be lime or plaster or cement: no class of it
    assert shipped.for_site("26.11") == () and shipped.for_site("") == ()


# --- units of output ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "base", "scale", "words"),
    [
        ("t", "t", 1, set()),
        ("Tonnes", "t", 1, set()),
        ("t/an", "t", 1, set()),
        ("tonnes produites par an", "t", 1, set()),
        ("t de ciment", "t", 1, {"ciment"}),
        ("t clinker", "t", 1, {"clinker"}),
        ("t cuites", "t", 1, {"cuit"}),
        ("kg", "t", 0.001, set()),
        ("m2", "m²", 1, set()),
        ("m³", "m³", 1, set()),
        ("1 000 briques", "brick", 1000, set()),
        ("milliers de briques", "brick", 1000, set()),
    ],
)
def test_production_units_are_read(text, base, scale, words):
    unit = read_unit(text)
    assert (unit.base, unit.scale, set(unit.words)) == (base, pytest.approx(scale), words)


@pytest.mark.parametrize("text", ["", "lots", "kWh", "12"])
def test_what_is_not_a_unit_reads_as_none(text):
    assert read_unit(text) is None


def test_a_denominator_matches_the_same_unit_and_product():
    cement = BenchmarkSet.from_json({"entries": [GOOD]}).entries[0].denominator
    assert cement.match("t") == (UnitMatch.SAME, 1.0)
    assert cement.match("tonnes de ciment") == (UnitMatch.SAME, 1.0)
    assert cement.match("kt")[0] is UnitMatch.SAME and cement.match("kt")[1] == pytest.approx(1000)
    assert cement.match("t clinker")[0] is UnitMatch.OTHER_UNIT
    assert cement.match("m²")[0] is UnitMatch.OTHER_UNIT
    assert cement.match("pots")[0] is UnitMatch.UNKNOWN
    clinker = BenchmarkSet.from_json(
        {
            "entries": [
                changed(product=["clinker"], bare_unit=False, unit_text={"fr": "t de clinker", "en": "t clinker"})
            ]
        }
    ).entries[0]
    assert clinker.denominator.match("t")[0] is UnitMatch.PRODUCT_UNNAMED
    assert clinker.denominator.match("t de clinker") == (UnitMatch.SAME, 1.0)
    per_kg = BenchmarkSet.from_json({"entries": [changed(unit="kg", product=[])]}).entries[0].denominator
    assert per_kg.match("t") == (UnitMatch.SAME, pytest.approx(1000))  # one t holds 1 000 kg
    assert per_kg.match("t PVC") == (UnitMatch.SAME, pytest.approx(1000))  # no product asked: any


def test_a_single_value_and_an_open_range():
    single = BenchmarkSet.from_json({"entries": [changed(low_kwh=87, high_kwh=87)]}).entries[0]
    assert isinstance(single, Benchmark) and single.is_value
    open_range = BenchmarkSet.from_json({"entries": [changed(low_kwh=None, high_kwh=1.5)]}).entries[0]
    assert open_range.low is None and not open_range.is_value


# --- damaged files --------------------------------------------------------------------------------


def test_a_missing_field_is_named_with_its_entry():
    error = refused(GOOD, changed(id="cement.b", source=...))
    assert (error.entry, error.field) == ("cement.b", "source")
    assert str(error) == "Benchmark cement.b: the field “source” is missing."


def test_an_entry_without_id_is_named_by_its_position():
    error = refused(GOOD, changed(id=...))
    assert str(error) == "Benchmark #2: the field “id” is missing."


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"kind": "electric"}, "kind", "must be one of electricity, thermal, total, not “electric”"),
        ({"status": "V"}, "status", "must be one of verified, partly, unverified"),
        ({"meaning": "good"}, "meaning", "must be one of typical, best_practice, target"),
        ({"low_kwh": 200}, "low_kwh", "the low end of the range (200) is above its high end (150)"),
        ({"high_kwh": "150"}, "high_kwh", "must be a number of kWh, zero or more, not “150”"),
        ({"high_kwh": -1}, "high_kwh", "must be a number of kWh"),
        ({"nace": ["2351"]}, "nace", "“2351” in the field “nace” is not a NACE code"),
        ({"unit": "barrels"}, "unit", "the unit “barrels” is not one the application can compare"),
        ({"label": {"fr": "Cimenterie"}}, "label", "needs a French and an English text"),
        ({"source": "sector-benchmarks.md §1"}, "source", "the source must name a publication"),
        ({"source": "https://github.com/x/y"}, "source", "a web address goes in the field “url”"),
        ({"url": "www.example.org"}, "url", "is not a web address"),
        ({"year": "2013"}, "year", "must be a year such as 2013, or null"),
        ({"bare_unit": "yes"}, "bare_unit", "must be true or false"),
        ({"product": "cement"}, "product", "must be a list of words"),
        ({"id": "a b"}, "id", "may hold only letters, digits"),
    ],
)
def test_a_damaged_entry_is_refused_with_a_clear_message(fields, field, words):
    error = refused(changed(**fields))
    assert error.field == field
    assert words in str(error), str(error)
    assert str(error).startswith("Benchmark ")


def test_two_entries_with_one_id_are_refused():
    error = refused(GOOD, GOOD)
    assert str(error) == "Two benchmarks have the identifier cement.electricity.test."


def test_a_file_without_a_list_of_entries_is_refused():
    with pytest.raises(BenchmarkError, match="must hold its entries as a list under “entries”"):
        BenchmarkSet.from_json({"entries": {"a": GOOD}})
    with pytest.raises(BenchmarkError, match="must be an object with named fields"):
        BenchmarkSet.from_json({"entries": ["cement"]})


def test_a_file_that_is_not_json_names_the_file(tmp_path):
    broken = tmp_path / "benchmarks.json"
    text = benchmarks_file().read_text(encoding="utf-8")
    broken.write_text(text[: len(text) // 2], encoding="utf-8")  # cut short, as a bad copy leaves it
    with pytest.raises(BenchmarkError) as caught:
        BenchmarkSet.load(broken)
    assert str(caught.value).startswith(f"The benchmark file {broken} cannot be read:")


def test_a_damaged_copy_of_the_shipped_file_names_the_entry(tmp_path):
    data = json.loads(benchmarks_file().read_text(encoding="utf-8"))
    data["entries"][3]["high_kwh"] = "lots"
    damaged = tmp_path / "benchmarks.json"
    damaged.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BenchmarkError) as caught:
        BenchmarkSet.load(damaged)
    entry = data["entries"][3]["id"]
    assert (
        str(caught.value)
        == f"Benchmark {entry}: the field “high_kwh” must be a number of kWh, zero or more, not “lots”."
    )
