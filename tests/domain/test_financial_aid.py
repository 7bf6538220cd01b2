"""Financial aid lists as files: the shipped ones, round trips, and damaged files refused whole and left as
they are, with a message that names the file, the entry and the field and quotes the bad text."""

from __future__ import annotations

import json

import pytest

from workbench.domain import model
from workbench.domain.financial_aid import (
    AidCatalogue,
    AidProgramme,
    AidStatus,
    FinancialAidError,
    check_entries,
    countries_in,
    load_catalogue,
    remove_user_copy,
    save_catalogue,
    user_aid_dir,
)
from workbench.resources import financial_aid_countries, financial_aid_for, shipped_financial_aid_dir

ENTRY = {
    "id": "test-aid",
    "name": {"fr": "Prime à l'efficacité", "en": "Efficiency grant"},
    "description": {"fr": "Finance les variateurs des PME.", "en": "Funds the drives of SMEs."},
    "applies_to": ["investment", "saving"],
    "source": "Arrêté du 1er février 2024",
    "url": "https://example.org/aid",
    "year": 2024,
    "status": "partly",
}


def write(path, data) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, indent=2)
    path.write_text(text, encoding="utf-8")
    return path.read_bytes()


def entry(**changes):
    data = {**ENTRY, **changes}
    return {key: value for key, value in data.items() if value is not ...}


def refused(path, data) -> FinancialAidError:
    """The error of loading ``data`` from ``path``; the file is byte for byte what it was."""
    before = write(path, data)
    with pytest.raises(FinancialAidError) as caught:
        load_catalogue(path, user_copy=True)
    assert path.read_bytes() == before
    # a save over it is refused too, and leaves it untouched
    with pytest.raises(FinancialAidError):
        save_catalogue(AidCatalogue(path.stem), path)
    assert path.read_bytes() == before
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind
    return caught.value


# --- the shipped lists ------------------------------------------------------------------------------


def test_shipped_lists_load_and_name_their_sources():
    assert {"BE", "MA"} <= set(countries_in(shipped_financial_aid_dir()))
    belgium = financial_aid_for("BE", None)
    assert belgium.country == "BE" and len(belgium) >= 1 and not belgium.user_copy
    amureba = next(p for p in belgium.entries if "AMUREBA" in p.name.en)
    assert "1er février 2024" in amureba.source and "Moniteur belge" in amureba.source
    assert amureba.year == 2024 and amureba.status is AidStatus.VERIFIED
    assert amureba.url.startswith("https://")
    for p in belgium.entries:
        assert p.name.fr and p.name.en and p.description.fr and p.description.en
        for text in (p.source, p.url):
            assert not any(word in text.lower() for word in (".md", "github", "§", "domain-reference"))
    # no programme for Morocco has a primary source yet: an empty list, so the report shows no section
    morocco = financial_aid_for("MA", None)
    assert morocco.country == "MA" and not morocco and morocco.entries == ()


def test_a_country_without_a_list_has_an_empty_one(tmp_path):
    assert financial_aid_for("FR", tmp_path) == AidCatalogue("FR")
    assert financial_aid_for("", None) == AidCatalogue("")
    assert financial_aid_for("be", None).country == "BE"  # codes are read in capitals


# --- round trip and the user's copy ----------------------------------------------------------------


def test_round_trip(tmp_path):
    catalogue = check_entries("BE", [ENTRY, entry(id="second", year=None, status="verified", applies_to=...)])
    path = save_catalogue(catalogue, tmp_path / "BE.json")
    again = load_catalogue(path)
    assert again == catalogue
    first = again.entries[0]
    assert first == AidProgramme(
        "test-aid",
        model.BilingualText("Prime à l'efficacité", "Efficiency grant"),
        model.BilingualText("Finance les variateurs des PME.", "Funds the drives of SMEs."),
        "Arrêté du 1er février 2024",
        "https://example.org/aid",
        2024,
        AidStatus.PARTLY,
        ("investment", "saving"),
    )
    assert again.entries[1].year is None and again.entries[1].applies_to == ()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["entries"][0] == ENTRY
    assert "applies_to" not in data["entries"][1]  # optional: left out when not stated
    assert "é" in path.read_text(encoding="utf-8")  # written as text, not \u escapes
    assert list(tmp_path.iterdir()) == [path]


def test_the_users_copy_comes_first_and_restoring_removes_it(tmp_path):
    folder = user_aid_dir(tmp_path)
    assert folder == tmp_path / "financial-aid"
    shipped = financial_aid_for("BE", folder)
    assert not shipped.user_copy
    save_catalogue(check_entries("BE", [ENTRY]), folder / "BE.json")
    save_catalogue(check_entries("FR", []), folder / "FR.json")
    own = financial_aid_for("BE", folder)
    assert own.user_copy and [p.id for p in own.entries] == ["test-aid"]
    assert financial_aid_for("FR", folder).user_copy  # an empty list of their own hides the shipped one
    assert {"BE", "FR", "MA"} <= set(financial_aid_countries(folder))
    assert remove_user_copy(folder, "BE") and not remove_user_copy(folder, "BE")
    assert financial_aid_for("BE", folder) == shipped


def test_saving_replaces_a_good_file_atomically(tmp_path):
    path = tmp_path / "BE.json"
    save_catalogue(check_entries("BE", [ENTRY]), path)
    save_catalogue(check_entries("BE", []), path)
    assert load_catalogue(path).entries == ()
    assert list(tmp_path.iterdir()) == [path]


def test_a_bad_list_is_not_saved(tmp_path):
    path = tmp_path / "BE.json"
    save_catalogue(check_entries("BE", [ENTRY]), path)
    before = path.read_bytes()
    bad = AidCatalogue("BE", (AidProgramme("x", model.BilingualText(), model.BilingualText(), "s", "", 2024),))
    with pytest.raises(FinancialAidError) as caught:
        save_catalogue(bad, path)
    assert caught.value.field == "name" and caught.value.entry == 1
    assert path.read_bytes() == before


def test_a_damaged_file_may_be_replaced_only_when_asked(tmp_path):
    path = tmp_path / "BE.json"
    write(path, "{ not json")
    save_catalogue(check_entries("BE", [ENTRY]), path, replace_damaged=True)
    assert load_catalogue(path).entries[0].id == "test-aid"


# --- damaged files ---------------------------------------------------------------------------------


def test_bad_json(tmp_path):
    path = tmp_path / "financial-aid" / "BE.json"
    good = json.dumps({"country": "BE", "entries": [ENTRY]}, ensure_ascii=False, indent=2)
    error = refused(path, good.replace('"year": 2024,', '"year": 2024'))
    text = str(error)
    assert str(path) in text and "not valid JSON" in text and "line 21, column 7" in text
    assert '“"status": "partly"”' in text  # the text where it broke, quoted
    assert "restore the shipped list" in text  # what to do
    assert error.entry is None


def test_missing_field(tmp_path):
    path = tmp_path / "BE.json"
    error = refused(path, {"country": "BE", "entries": [ENTRY, entry(id="second", source=...)]})
    assert (error.entry, error.field) == (2, "source")
    text = str(error)
    assert text.startswith(f"{path}, entry 2 (“second”), field “source”: The field is missing. Add it")


def test_wrong_types(tmp_path):
    path = tmp_path / "BE.json"
    cases = [
        (entry(year="2024"), "year", "“2024” is written between quotes, as a text"),
        (entry(year="soon"), "year", "“soon” is not a year"),
        (entry(year=True), "year", "“true” is not a year"),
        (entry(year=1024), "year", "“1024” is not a year"),
        (entry(source=12), "source", "“12” is not a text"),
        (entry(name=["Prime"]), "name", '“["Prime"]” is not a French and English text'),
        (entry(name={"fr": "Prime", "en": 3}), "name.en", "“3” is not a text"),
        (entry(name={"fr": "", "en": " "}), "name", "It is empty"),
        (entry(source=" "), "source", "It is empty. Name the publication"),
        (entry(url="example.org/aid"), "url", "“example.org/aid” is not a web address"),
        (entry(id="two words"), "id", "“two words” is not an id"),
        (entry(applies_to=["everything"]), "applies_to", "“everything” is not a kind of measure"),
        (entry(amount=1000), "amount", "“amount” is not a field of a programme"),
    ]
    for data, field, problem in cases:
        error = refused(path, {"country": "BE", "entries": [data]})
        assert (error.entry, error.field) == (1, field), data
        assert problem in str(error) and f"field “{field}”" in str(error) and str(path) in str(error)


def test_unknown_status(tmp_path):
    path = tmp_path / "BE.json"
    error = refused(path, {"country": "BE", "entries": [entry(status="V")]})
    assert str(error) == (
        f"{path}, entry 1 (“test-aid”), field “status”: “V” is not a status. Use “verified”, “partly” or "
        "“unverified”. Correct your list in a text editor, or restore the shipped list (Financial aid window), "
        "which deletes your copy. Nothing was written over it."
    )


def test_damaged_file_shapes(tmp_path):
    path = tmp_path / "BE.json"
    assert "should hold an object" in str(refused(path, [ENTRY]))
    assert "“entries” is “{}”, not a list" in str(refused(path, {"country": "BE", "entries": {}}))
    assert "“country” is “MA”, but the file is the list of BE" in str(refused(path, {"country": "MA", "entries": []}))
    assert "“country” is “Belgium”" in str(refused(path, {"country": "Belgium", "entries": []}))
    error = refused(path, {"country": "BE", "entries": [ENTRY, entry()]})
    assert (error.entry, error.field) == (2, "id") and "used twice" in str(error)
    error = refused(path, {"country": "BE", "entries": ["AMUREBA"]})
    assert error.entry == 1 and "“AMUREBA” is not a programme" in str(error)
    path.write_bytes(b'{"country": "BE", "entries": [\xff]}')
    with pytest.raises(FinancialAidError, match="not UTF-8"):
        load_catalogue(path)


def test_a_long_bad_value_is_shortened_and_the_shipped_hint_differs(tmp_path):
    path = tmp_path / "BE.json"
    write(path, {"country": "BE", "entries": [entry(url="x" * 300)]})
    with pytest.raises(FinancialAidError) as caught:
        load_catalogue(path)
    text = str(caught.value)
    assert "x" * 79 + "…" in text and "x" * 81 not in text
    assert "reinstall" in text  # a shipped list is not the auditor's to correct


def test_the_message_is_translatable(tmp_path):
    path = tmp_path / "BE.json"
    write(path, {"country": "BE", "entries": [entry(status="V")]})
    with pytest.raises(FinancialAidError) as caught:
        load_catalogue(path)
    error = caught.value
    seen = []

    def translate(context, source):
        seen.append((context, source))
        return source

    error.render(translate)
    assert ("FinancialAid", "“{value}” is not a status. Use “verified”, “partly” or “unverified”.") in seen
    assert ("FinancialAid", "{place}: {problem} {hint}") in seen
