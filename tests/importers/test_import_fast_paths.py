"""The import's shortcuts refuse and store exactly what the general paths do: the validation of a plainly
valid entity (validate's fast path against validate_fully, on random entities), and the bulk insert
(rows as the codec encodes them, entities back as dataclasses.replace gives them)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.domain import model, validation
from workbench.domain.units import Carrier, PowerUnit, Unit
from workbench.domain.validation import validate_fully as domain_validate
from workbench.domain.vocab import Provenance
from workbench.storage.codecs import CODECS

NUMBERS = st.one_of(
    st.none(),
    st.sampled_from([0.0, -0.0, -1.0, 0.5, 1e6, 1e6 + 1, 1e10, 1e10 + 1, -1e10 - 1, float("nan"), float("inf")]),
    st.sampled_from([0, 1, -1, 10**6, 10**10, 10**10 + 1, 10**400, True, False]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(),
    st.sampled_from(["12", "", dt.date(2019, 1, 1)]),
)
DATES = st.one_of(
    st.none(),
    st.dates(dt.date(1940, 1, 1), dt.date(2110, 12, 31)),
    st.sampled_from([dt.date(1949, 12, 31), dt.date(1950, 1, 1), dt.date(2100, 12, 31), dt.date(2101, 1, 1)]),
    st.sampled_from([dt.datetime(2019, 1, 1), "2019-01-01", 43466]),
)
TEXTS = st.one_of(st.none(), st.sampled_from(["", "MAD", "EUR", "eur", "M", "MT-1", " "]), st.integers(0, 3))
ENUMS = st.one_of(st.sampled_from([*Provenance, *PowerUnit, "invoice", "kVA", None]))
FLAGS = st.sampled_from([True, False, None, 0, 1, "yes"])
IDS = st.one_of(st.none(), st.sampled_from([0, 1, 7, -1, 1.0, 2.5, True, "1"]))

BILLS = st.builds(
    model.Bill,
    supply_id=IDS,
    period_start=DATES,
    period_end=DATES,
    quantity=NUMBERS,
    quantity_peak=NUMBERS,
    quantity_standard=NUMBERS,
    quantity_offpeak=NUMBERS,
    max_power=NUMBERS,
    max_power_unit=ENUMS,
    reactive_kvarh=NUMBERS,
    cost_excl_vat=NUMBERS,
    vat=NUMBERS,
    cost_incl_vat=NUMBERS,
    currency=TEXTS,
    invoice_number=TEXTS,
    estimated=FLAGS,
    provenance=ENUMS,
    attachment_id=IDS,
    note=TEXTS,
)
DELIVERIES = st.builds(
    model.FuelDelivery,
    supply_id=IDS,
    delivery_date=DATES,
    quantity=NUMBERS,
    unit_price=NUMBERS,
    cost_excl_vat=NUMBERS,
    vat=NUMBERS,
    currency=TEXTS,
    delivery_note=TEXTS,
    provenance=ENUMS,
    attachment_id=IDS,
)


def _outcome(check, entity) -> tuple:
    try:
        check(entity)
    except Exception as exc:  # the very exception is what is compared
        return (type(exc), getattr(exc, "field", None), repr(getattr(exc, "value", None)), str(exc))
    return ("valid",)


@st.composite
def nearly_valid(draw, valid: object, entities: st.SearchStrategy) -> object:
    """A valid entity with one to three fields taken from a random one: at the edges of the rules."""
    other = draw(entities)
    names = [f.name for f in dataclasses.fields(valid) if f.name not in ("id", "readings")]
    chosen = draw(st.lists(st.sampled_from(names), min_size=1, max_size=3, unique=True))
    return dataclasses.replace(valid, **{name: getattr(other, name) for name in chosen})


VALID_BILL = model.Bill(
    supply_id=1,
    period_start=dt.date(2019, 1, 1),
    period_end=dt.date(2019, 1, 31),
    quantity=1000.0,
    cost_excl_vat=100.0,
)
VALID_DELIVERY = model.FuelDelivery(supply_id=1, delivery_date=dt.date(2019, 1, 1), quantity=1000.0)


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(BILLS, DELIVERIES, nearly_valid(VALID_BILL, BILLS), nearly_valid(VALID_DELIVERY, DELIVERIES)))
def test_the_shortcut_refuses_what_the_domain_refuses_and_as_it_does(entity):
    assert _outcome(validation.validate, entity) == _outcome(domain_validate, entity)


EDGES = [
    None, 0, 1, -1, 0.0, -0.0, 0.5, -0.5, 1e6, 1e6 + 1, 1e10, 1e10 + 1, -1e10, 10**10 + 1, 10**400, float("nan"),
    float("inf"), -float("inf"), True, False, "", " ", "MAD", "1", dt.date(1949, 12, 31), dt.date(1950, 1, 1),
    dt.date(2100, 12, 31), dt.date(2101, 1, 1), dt.datetime(2019, 1, 1), *Provenance, *PowerUnit, "invoice", (),
]  # fmt: skip


def test_every_field_at_every_edge_alone():
    """Each checked field of a valid bill and delivery given each edge value in turn: the same outcome."""
    for valid in (VALID_BILL, VALID_DELIVERY, _bill()):
        for f in dataclasses.fields(valid):
            for value in EDGES:
                entity = dataclasses.replace(valid, **{f.name: value})
                assert _outcome(validation.validate, entity) == _outcome(domain_validate, entity), (f.name, value)


def _bill(**changes) -> model.Bill:
    bill = model.Bill(
        supply_id=1,
        period_start=dt.date(2019, 1, 1),
        period_end=dt.date(2019, 1, 31),
        quantity=1200.0,
        quantity_peak=200.0,
        quantity_standard=600,
        quantity_offpeak=400.0,
        max_power=310.0,
        reactive_kvarh=50.0,
        cost_excl_vat=1000.0,
        vat=140.0,
        cost_incl_vat=1140.0,
        invoice_number="MT-1",
    )
    return dataclasses.replace(bill, **changes)


def test_an_imported_bill_takes_the_shortcut_and_a_doubtful_one_the_domain():
    assert validation.plainly_valid(_bill())
    assert validation.plainly_valid(model.FuelDelivery(supply_id=1, quantity=1000.0))
    for doubtful in (
        _bill(quantity=-1.0),
        _bill(max_power=2e6),
        _bill(vat=float("nan")),
        _bill(period_end=dt.date(2101, 1, 1)),
        _bill(currency=""),
        _bill(supply_id=None),
        _bill(supply_id=1.0),  # the domain takes it; the shortcut leaves it to the domain
        _bill(estimated=1),
        _bill(provenance="invoice"),
    ):
        assert not validation.plainly_valid(doubtful), doubtful


def test_the_shortcut_still_runs_the_entity_s_own_checks():
    assert _outcome(validation.validate, _bill(period_end=dt.date(2018, 12, 1)))[0] is not None
    assert _outcome(validation.validate, _bill(currency="euro")) == _outcome(domain_validate, _bill(currency="euro"))
    assert _outcome(validation.validate, _bill(period_end=dt.date(2018, 12, 1))) == _outcome(
        domain_validate, _bill(period_end=dt.date(2018, 12, 1))
    )


# --- the bulk insert --------------------------------------------------------------------------------------


def _supply(workspace) -> model.EnergySupply:
    cluster = workspace.insert(model.Cluster("C"))
    site = workspace.insert(model.Site(cluster_id=cluster.id, name="S"))
    return workspace.insert(model.EnergySupply(site_id=site.id, carrier=Carrier.ELECTRICITY, invoice_unit=Unit.KWH))


def _stored(workspace, cls) -> list[tuple]:
    codec = CODECS[cls]
    return workspace.conn.execute(f"SELECT id, {', '.join(codec.columns)} FROM {codec.table} ORDER BY id").fetchall()


def test_insert_many_stores_the_rows_the_codec_encodes_and_gives_back_what_replace_gives(workspace):
    supply = _supply(workspace)
    reading = model.MeterReading(model.MeterRegister.TOTAL, 100.0, 1300.0, 1.0, None)
    bills = [
        _bill(supply_id=supply.id, invoice_number=f"MT-{i}", note="n" * i, readings=(reading,) if i % 2 else ())
        for i in range(5)
    ] + [_bill(supply_id=supply.id, quantity_peak=None, max_power=None, max_power_unit=PowerUnit.KW, estimated=True)]
    before = len(_stored(workspace, model.Bill))
    stored = workspace.insert_many(bills, validated=True)
    rows = _stored(workspace, model.Bill)[before:]
    codec = CODECS[model.Bill]
    assert rows == [(b.id, *codec.encode(b).values()) for b in stored]
    assert stored == [dataclasses.replace(b, id=row[0]) for b, row in zip(bills, rows, strict=True)]
    assert all(type(b) is model.Bill for b in stored)
    assert workspace.bills(supply.id) == stored


def test_insert_many_encodes_fields_of_several_columns_and_keeps_given_ids(workspace):
    supply = _supply(workspace)
    items = [
        model.Equipment(
            site_id=supply.site_id,
            name=f"Motor {i}",
            rated_power=11.0 * i,
            notes=model.BilingualText(f"fr {i}", f"en {i}"),
            provenance={"rated_power": Provenance.NAMEPLATE},
            id=100 + i,
        )
        for i in range(3)
    ]
    stored = workspace.insert_many(items)
    codec = CODECS[model.Equipment]
    assert [e.id for e in stored] == [100, 101, 102]
    assert _stored(workspace, model.Equipment)[-3:] == [(e.id, *codec.encode(e).values()) for e in items]
    assert stored == items


def test_insert_many_gives_every_entity_the_same_supply_as_replace_would(workspace):
    supply = _supply(workspace)
    bills = [_bill(supply_id=0, invoice_number=f"F-{i}") for i in range(3)]
    stored = workspace.insert_many(bills, validated=True, same={"supply_id": supply.id})
    assert stored == [dataclasses.replace(b, supply_id=supply.id, id=s.id) for b, s in zip(bills, stored, strict=True)]
    assert workspace.bills(supply.id) == stored


def test_nested_texts_and_schedules_take_the_shortcut_only_when_their_own_checks_pass():
    plain_site = model.Site(cluster_id=1, name="S", schedule=model.OperatingSchedule(2, 8.0, 5.0, 48.0))
    assert validation.plainly_valid(plain_site)
    assert validation.plainly_valid(model.Equipment(site_id=1, name="Pompe", notes=model.BilingualText("a", "b")))
    doubtful = (
        dataclasses.replace(plain_site, schedule=model.OperatingSchedule(3, 9.0, 5.0, 48.0)),  # 27 h a day
        dataclasses.replace(plain_site, schedule=model.OperatingSchedule(2, -1.0, 5.0, 48.0)),
        model.Equipment(site_id=1, name="Pompe", notes=model.BilingualText("a", 3)),  # type: ignore[arg-type]
        model.Equipment(site_id=1, name="Pompe", notes="a"),  # type: ignore[arg-type]
    )
    for entity in doubtful:
        assert not validation.plainly_valid(entity), entity
        # what the shortcut leaves to the domain, the domain refuses, and validate says the same
        assert _outcome(validation.validate, entity) == _outcome(domain_validate, entity)
        assert _outcome(validation.validate, entity)[0] is not None
