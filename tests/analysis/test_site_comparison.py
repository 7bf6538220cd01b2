"""Sites compared for a coordinator, worked by hand on three small sites, and held to the cluster synthesis."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.builders import monthly_electricity_site
from workbench.analysis.cluster_comparison import compare_cluster
from workbench.analysis.site_comparison import (
    Column,
    ColumnUnit,
    Figure,
    TotalRule,
    common_window,
    compare_sites,
)
from workbench.domain import model
from workbench.domain.units import Carrier
from workbench.domain.vocab import EndUse, MeasureKind

D = dt.date


def add_site(ws, cluster_id, name, kwh_a_month, price, year=2019, **fields) -> model.Site:
    """Twelve monthly electricity bills of ``year``, ``kwh_a_month`` kWh at ``price`` a kWh excl. VAT."""
    return monthly_electricity_site(ws, cluster_id, name, kwh_a_month, price, year, **fields)


def add_measure(ws, site, kwh, investment, kind=MeasureKind.SAVING) -> None:
    ws.insert(
        model.Measure(
            site_id=site.id,
            title=model.BilingualText("Mesure", "Measure"),
            end_use=EndUse.COMPRESSED_AIR if kind is MeasureKind.SAVING else EndUse.OTHER,
            investment=investment,
            kind=kind,
            savings=(model.MeasureSaving(Carrier.ELECTRICITY, kwh, None),),
        )
    )


@pytest.fixture
def three_sites(workspace):
    """A: 12 000 kWh for 12 000 in 2019, 100 t, 400 m², saves 1 200 kWh for 3 600 and produces 2 400 kWh of
    PV for 12 000; B: 24 000 kWh for 19 200 in 2019, 300 t, saves 2 400 kWh for 9 600; C: 6 000 kWh for
    7 200 in 2018 (another period), nothing produced, no measure."""
    cluster = workspace.insert(model.Cluster("Bricks"))
    a = add_site(
        workspace, cluster.id, "A", 1000, 1.0, production_volume=100, production_unit="t", nace_code="23.32",
        floor_area_m2=400,
    )  # fmt: skip
    b = add_site(workspace, cluster.id, "B", 2000, 0.8, production_volume=300, production_unit="t", nace_code="23.32")
    add_site(workspace, cluster.id, "C", 500, 1.2, year=2018)
    add_measure(workspace, a, 1200, 3600)
    add_measure(workspace, a, 2400, 12_000, MeasureKind.RENEWABLE)
    add_measure(workspace, b, 2400, 9600)
    return cluster


def test_three_sites_by_hand(workspace, three_sites):
    table = compare_sites(workspace, three_sites.id)
    assert [r.site.name for r in table.rows] == ["A", "B", "C"]
    a, b, c = table.rows

    def col(figure, carrier=None):
        return Column(figure, carrier)

    assert a.value(col(Figure.PERIOD)) == (D(2019, 1, 1), D(2019, 12, 1))
    assert a.value(col(Figure.KWH)) == pytest.approx(12_000)
    assert a.value(col(Figure.CARRIER_KWH, Carrier.ELECTRICITY)) == pytest.approx(12_000)
    assert b.value(col(Figure.COST)) == pytest.approx(19_200)
    assert c.value(col(Figure.COST_PER_KWH)) == pytest.approx(1.2)
    assert a.value(col(Figure.KWH_PER_UNIT)) == pytest.approx(120)  # 12 000 kWh / 100 t
    assert b.value(col(Figure.KWH_PER_UNIT)) == pytest.approx(80)  # 24 000 / 300
    assert a.value(col(Figure.KWH_PER_M2)) == pytest.approx(30)  # 12 000 / 400 m²
    assert b.value(col(Figure.KWH_PER_M2)) is None  # no floor area: no figure, not zero
    # savings priced at each site's own average cost: 1 200 kWh × 1.00; 2 400 kWh × 0.80 = 1 920
    assert a.value(col(Figure.SAVINGS_COST)) == pytest.approx(1200)
    assert b.value(col(Figure.SAVINGS_COST)) == pytest.approx(1920)
    assert a.value(col(Figure.SAVINGS_SHARE)) == pytest.approx(0.1)
    assert a.value(col(Figure.SAVINGS_PAYBACK)) == pytest.approx(3)  # 3 600 / 1 200
    assert b.value(col(Figure.SAVINGS_PAYBACK)) == pytest.approx(5)  # 9 600 / 1 920
    assert c.value(col(Figure.SAVINGS_PAYBACK)) is None  # nothing saved: no payback
    assert c.value(col(Figure.SAVINGS_KWH)) == 0  # a site with bills and no measure saves nothing
    # the PV: 2 400 kWh used on site avoid 2 400 of purchases; 12 000 / 2 400 = 5 years
    assert a.value(col(Figure.RENEWABLE_KWH)) == pytest.approx(2400)
    assert a.value(col(Figure.RENEWABLE_PAYBACK)) == pytest.approx(5)
    assert a.value(col(Figure.SAVINGS_KWH)) == pytest.approx(1200)  # production is not a saving
    # twelve identical bills look estimated: one flag worth a look at each site
    assert [r.value(col(Figure.FLAGS)) for r in table.rows] == [1, 1, 1]

    # C's twelve months are 2018's: it is marked, the others share the common period
    assert table.common_window == (D(2019, 1, 1), D(2019, 12, 1))
    assert [r.period_differs for r in table.rows] == [False, False, True]

    median, total = table.medians, table.totals
    assert median[col(Figure.KWH)] == pytest.approx(12_000) and total[col(Figure.KWH)] == pytest.approx(42_000)
    assert median[col(Figure.COST)] == pytest.approx(12_000) and total[col(Figure.COST)] == pytest.approx(38_400)
    assert median[col(Figure.COST_PER_KWH)] == pytest.approx(1.0)  # 0.8, 1.0, 1.2
    assert total[col(Figure.COST_PER_KWH)] is None  # an intensity has no total
    # one unit in one sector: the median of 80 and 120, and the whole 36 000 kWh over the whole 400 t
    assert table.intensity_comparable and table.production_unit == "t"
    assert median[col(Figure.KWH_PER_UNIT)] == pytest.approx(100)
    assert total[col(Figure.KWH_PER_UNIT)] == pytest.approx(90)
    assert median[col(Figure.KWH_PER_M2)] == pytest.approx(30) and total[col(Figure.KWH_PER_M2)] is None
    assert median[col(Figure.SAVINGS_KWH)] == pytest.approx(1200)  # 0, 1 200, 2 400
    assert total[col(Figure.SAVINGS_KWH)] == pytest.approx(3600)
    assert total[col(Figure.SAVINGS_COST)] == pytest.approx(3120)
    assert median[col(Figure.SAVINGS_SHARE)] == pytest.approx(0.1)  # 0, 0.1, 0.1
    assert total[col(Figure.SAVINGS_SHARE)] == pytest.approx(3600 / 42_000)  # the ratio of the totals
    assert median[col(Figure.SAVINGS_PAYBACK)] == pytest.approx(4)  # 3 and 5
    assert total[col(Figure.SAVINGS_PAYBACK)] == pytest.approx(13_200 / 3120)  # 4.23, not the median
    assert median[col(Figure.RENEWABLE_KWH)] == 0 and total[col(Figure.RENEWABLE_KWH)] == pytest.approx(2400)
    assert total[col(Figure.RENEWABLE_PAYBACK)] == pytest.approx(5)
    co2 = col(Figure.CO2_T)
    assert total[co2] == pytest.approx(sum(r.value(co2) for r in table.rows))
    assert median[col(Figure.FLAGS)] == 1 and total[col(Figure.FLAGS)] == 3
    for text in (Figure.SITE, Figure.PERIOD):
        assert median[col(text)] is None and total[col(text)] is None


def test_columns_are_typed_and_name_themselves_for_the_settings(workspace, three_sites):
    table = compare_sites(workspace, three_sites.id)
    figures = [c.figure for c in table.columns]
    assert Figure.CLUSTER not in figures  # a cluster's own comparison does not repeat its name
    assert [c for c in table.columns if c.figure is Figure.CARRIER_KWH] == [
        Column(Figure.CARRIER_KWH, Carrier.ELECTRICITY)
    ]  # one column per carrier billed
    assert Column(Figure.KWH).unit is ColumnUnit.KWH and Column(Figure.KWH).numeric
    assert not Column(Figure.PERIOD).numeric and not Column(Figure.SITE).numeric
    assert Column(Figure.COST_PER_KWH).total_rule is TotalRule.NONE
    assert Column(Figure.SAVINGS_SHARE).total_rule is TotalRule.RATIO
    for column in table.columns:
        assert Column.from_key(column.key) == column
    assert Column(Figure.CARRIER_KWH, Carrier.PROPANE).key == "carrier_kwh:propane"
    assert Column.from_key("no_such_figure") is None and Column.from_key("carrier_kwh:plutonium") is None


def test_the_programme_adds_the_clusters_and_keeps_money_apart_across_currencies(workspace, three_sites):
    other = workspace.insert(model.Cluster("Tiles"))
    add_site(workspace, other.id, "Tuiles", 1000, 1.0, currency="EUR", production_volume=50, production_unit="m²")
    workspace.insert(model.Site(cluster_id=other.id, name="Empty"))
    table = compare_sites(workspace)
    assert [r.site.name for r in table.rows] == ["A", "B", "C", "Tuiles", "Empty"]
    assert [r.value(Column(Figure.CLUSTER)) for r in table.rows] == ["Bricks"] * 3 + ["Tiles"] * 2
    assert table.currency is None
    for figure in (Figure.COST, Figure.SAVINGS_COST, Figure.COST_PER_KWH):
        assert table.medians[Column(figure)] is None and table.totals[Column(figure)] is None
    assert table.totals[Column(Figure.KWH)] == pytest.approx(54_000)  # kWh add up whatever the currency
    # t and m²: energy per unit compares nowhere
    assert not table.intensity_comparable and table.production_unit is None
    assert table.medians[Column(Figure.KWH_PER_UNIT)] is None
    empty = table.rows[-1]
    assert empty.value(Column(Figure.PERIOD)) is None and empty.value(Column(Figure.KWH)) is None
    assert empty.value(Column(Figure.SAVINGS_KWH)) is None  # no period: nothing to count savings against
    assert not empty.period_differs  # no period at all: it has its data flag instead
    assert empty.value(Column(Figure.FLAGS)) == 1  # no bills
    assert table.medians[Column(Figure.KWH)] == pytest.approx(12_000)  # 6 000, 12 000, 12 000, 24 000


def test_the_most_common_period_is_the_latest_of_those_tied():
    y2018, y2019 = (D(2018, 1, 1), D(2018, 12, 1)), (D(2019, 1, 1), D(2019, 12, 1))
    assert common_window([y2018, y2019, None]) == y2019
    assert common_window([y2018, y2018, y2019]) == y2018
    assert common_window([None]) is None


def test_a_site_s_figures_are_the_cluster_synthesis_s(demo):
    """One set of figures for the table and the synthesis: every demo site's comparison equals it."""
    for cluster in demo.clusters():
        table = compare_sites(demo, cluster.id)
        synthesis = compare_cluster(demo, cluster.id)
        assert [r.figures.comparison for r in table.rows] == synthesis.sites
        for row in table.rows:  # the carriers' kWh add up to the site's
            carriers = [row.value(c) for c in table.columns if c.figure is Figure.CARRIER_KWH]
            assert sum(carriers) == pytest.approx(row.value(Column(Figure.KWH)))
