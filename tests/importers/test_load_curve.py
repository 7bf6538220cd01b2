"""Load curves read from real Fluvius files and from samples built from each format's description: registers
apart, local times on UTC with DST days right, gaps kept as gaps, units never guessed, every row accounted for."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from workbench.domain.load_curve import CurveUnit, Flow, ReadingStatus
from workbench.importers.load_curve import LoadCurveRead, ValueUnit, read_load_curve
from workbench.importers.table import ReadOptions, read_table

DATA = Path(__file__).resolve().parents[1] / "data" / "fluvius-be"  # copies of ../shared/data/fluvius-be
BRUSSELS = ZoneInfo("Europe/Brussels")
CASABLANCA = ZoneInfo("Africa/Casablanca")
UTC = dt.UTC


def read(path: Path, zone: ZoneInfo = BRUSSELS, unit: ValueUnit | None = None) -> LoadCurveRead:
    return read_load_curve(read_table(path, ReadOptions(allow_load_curve=True)), zone, unit)


def by_name(result: LoadCurveRead) -> dict[tuple[str, CurveUnit], object]:
    return {(s.register.name, s.register.unit): s for s in result.series}


# --- the real Fluvius files (answers in ../shared/data/README.md) ---------------------------------------------


def test_the_dutch_fluvius_electricity_export_gives_the_known_totals():
    result = read(next(DATA.glob("*elektriciteit*kwartiertotalen.csv")))
    assert result.accepted and result.rows == 3848
    series = {s.register.name: s for s in result.series}
    assert set(series) == {"Afname Dag", "Afname Nacht", "Injectie Dag", "Injectie Nacht"}
    assert series["Afname Dag"].total == pytest.approx(18.142, abs=1e-9)
    assert series["Afname Nacht"].total == pytest.approx(0.050, abs=1e-9)
    assert series["Injectie Dag"].total == 0 and series["Injectie Nacht"].total == 0
    assert series["Injectie Dag"].register.flow is Flow.INJECTION and series["Afname Dag"].register.flow is Flow.OFFTAKE
    # every row is a reading or a gap ("Geen verbruik", an empty volume): never a zero
    rows_per_register = {name: s.intervals for name, s in series.items()}
    assert sum(rows_per_register.values()) == 3848
    assert series["Afname Nacht"].missing > 0
    night = series["Afname Nacht"]
    assert all(
        math.isnan(v) == (st in (ReadingStatus.MISSING.value, ReadingStatus.ABSENT.value))
        for b in night.blocks
        for v, st in zip(b.values, b.status, strict=True)
    )
    assert series["Afname Dag"].estimated > 0  # "Geschat" kept


def test_the_fall_back_day_of_the_real_file_has_its_hour_twice_on_utc():
    result = read(next(DATA.glob("*elektriciteit*kwartiertotalen.csv")))
    night = next(s for s in result.series if s.register.name == "Afname Nacht")
    instants = [i for b in night.blocks for i in b.instants()]
    assert len(instants) == len(set(instants))  # 02:00–03:00 twice locally, two distinct hours on UTC
    # 31 Oct 2021, Brussels: 02:00 CEST = 00:00 UTC, 02:00 CET = 01:00 UTC; both hours are there
    for hour in (0, 1):
        assert dt.datetime(2021, 10, 31, hour, 0, tzinfo=UTC) in instants
    # the night register runs the whole of that 25-hour local day: 100 quarter-hours
    day = [i for i in instants if i.astimezone(BRUSSELS).date() == dt.date(2021, 10, 31)]
    assert len(day) == 100


def test_the_gas_export_keeps_kwh_and_m3_apart_with_the_utilitys_factor():
    result = read(next(DATA.glob("*gas*uurtotalen.csv")))
    assert result.accepted
    series = by_name(result)
    kwh, m3 = series["Afname", CurveUnit.KWH], series["Afname", CurveUnit.M3]
    assert kwh.total == pytest.approx(182.085) and m3.total == pytest.approx(16.045)
    assert kwh.total / m3.total == pytest.approx(11.35, abs=0.01)
    assert kwh.blocks[0].step_minutes == 60


# --- Fluvius, English export: dd/mm/yyyy, CRLF, a fall-back day of 100 quarter-hours ------------------------


def fluvius_english(path: Path, day: dt.date, zone: ZoneInfo = BRUSSELS) -> float:
    """One local day of quarter-hours (two registers by time of day), in the English layout; returns the kWh."""
    lines = [
        "From (date);From (time);To (date);To (time);EAN code;Meter;Meter type;Register;Volume;Unit;Validation status"
    ]
    start = dt.datetime.combine(day, dt.time(), zone).astimezone(UTC)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), zone).astimezone(UTC)
    total, instant, k = 0.0, start, 0
    while instant < end:
        local, local_end = instant.astimezone(zone), (instant + dt.timedelta(minutes=15)).astimezone(zone)
        register = "Offtake Day" if 7 <= local.hour < 22 else "Offtake Night"
        volume = round(0.1 + 0.001 * k, 3)
        total += volume
        cells = [
            local.strftime("%d/%m/%Y"),
            local.strftime("%H:%M:%S"),
            local_end.strftime("%d/%m/%Y"),
            local_end.strftime("%H:%M:%S"),
            '="541448820000000001"',
            "1SAG1100000001",
            "Digital meter",
            register,
            f"{volume:.3f}".replace(".", ","),
            "kWh",
            "Validated" if k % 7 else "Estimated",
        ]
        lines.append(";".join(cells))
        instant += dt.timedelta(minutes=15)
        k += 1
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))
    return total


def test_the_english_export_of_a_fall_back_day_has_100_quarter_hours(tmp_path):
    path = tmp_path / "consumption_history.csv"
    total = fluvius_english(path, dt.date(2023, 10, 29))
    result = read(path)
    assert result.accepted, result.refusals
    series = {s.register.name: s for s in result.series}
    assert sum(s.intervals for s in series.values()) == 100
    assert sum(s.total for s in series.values()) == pytest.approx(total)
    night = series["Offtake Night"]
    instants = sorted(i for b in night.blocks for i, st in zip(b.instants(), b.status, strict=True) if st != 3)
    # 02:00 CEST and 02:00 CET: an hour apart on UTC, in the file's order
    assert (
        dt.datetime(2023, 10, 29, 0, 0, tzinfo=UTC) in instants
        and dt.datetime(2023, 10, 29, 1, 0, tzinfo=UTC) in instants
    )
    assert series["Offtake Day"].estimated > 0


def test_the_spring_forward_day_has_92_quarter_hours_and_a_skipped_time_is_refused(tmp_path):
    path = tmp_path / "spring.csv"
    total = fluvius_english(path, dt.date(2023, 3, 26))
    result = read(path)
    assert result.accepted and sum(s.intervals for s in result.series) == 92
    assert sum(s.total for s in result.series) == pytest.approx(total)
    text = path.read_bytes().decode("utf-8").replace("\r\n26/03/2023;01:45:00", "\r\n26/03/2023;02:15:00", 1)
    path.write_bytes(text.encode("utf-8"))
    refused = read(path)
    assert not refused.accepted
    [refusal] = [r for r in refused.refusals if "02:15" in r.text]
    assert refusal.row > 1 and refusal.field == "From (date)"
    assert "does not exist in Europe/Brussels" in refusal.reason.source.replace("{zone}", "Europe/Brussels")


# --- Enedis R63: mean power in W, stamped at the interval's end, ISO 8601 with offset, steps that change ----


def enedis(path: Path) -> float:
    """40 ten-minute intervals from 23:00 CET on 25 March 2023 (across the night the clocks go forward), then 20
    half-hours; each row stamped at its interval's end with the offset of that instant."""
    header = (
        "Identifiant PRM;Date de début;Date de fin;Grandeur physique;Grandeur métier;Etape métier;Unité;"
        "Horodate;Valeur;Nature;Pas"
    )
    first_end = dt.datetime(2023, 3, 25, 22, 10, tzinfo=UTC)
    ends = [(first_end + dt.timedelta(minutes=10 * k), 10) for k in range(40)]
    ends += [(ends[-1][0] + dt.timedelta(minutes=30 * (j + 1)), 30) for j in range(20)]
    lines, kwh = [header], 0.0
    for k, (end, step) in enumerate(ends):
        watts = 12_000 + 100 * k
        local = end.astimezone(ZoneInfo("Europe/Paris")).isoformat()
        cells = ["09876543210987", "2023-03-25", "2023-03-27", "PA", "CONS", "BRUT", "W", local, str(watts)]
        lines.append(";".join([*cells, "R" if k % 9 else "E", f"PT{step}M"]))
        kwh += watts * step / 60 / 1000
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return kwh


def test_an_enedis_curve_is_read_as_mean_power_over_intervals_that_end_at_their_stamp(tmp_path):
    path = tmp_path / "mesures.csv"
    kwh = enedis(path)
    result = read(path, ZoneInfo("Europe/Paris"))
    assert result.accepted, result.refusals[:3]
    [series] = result.series
    assert series.register.unit is CurveUnit.KWH
    assert series.total == pytest.approx(kwh)
    steps = [(b.step_minutes, len(b.values)) for b in series.blocks]
    assert steps == [(10, 40), (30, 20)]
    # the first stamp 00:10+01:00 closes the interval 23:00–23:10 UTC on 25 March
    assert series.first == dt.datetime(2023, 3, 25, 22, 0, tzinfo=UTC)
    # the stamps cross 02:00 → 03:00 local: the offsets say so, nothing is shifted
    instants = [i for b in series.blocks for i in b.instants()]
    assert all((b - a) in (dt.timedelta(minutes=10), dt.timedelta(minutes=30)) for a, b in itertools.pairwise(instants))
    assert series.estimated == len([k for k in range(60) if k % 9 == 0])


# --- a row per day: interval columns by time or by number, 23- and 25-hour days -----------------------------


def day_table(path: Path, labels: list[str], days: dict[dt.date, list[str]]) -> None:
    lines = ["Date;" + ";".join(labels)]
    for day, cells in days.items():
        lines.append(day.strftime("%d/%m/%Y") + ";" + ";".join(f'"{c}"' for c in cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_day_per_row_with_hour_numbers_puts_a_25_hour_day_on_utc(tmp_path):
    labels = [f"H{h}" for h in range(1, 26)]
    long_day = [f"{h},5" for h in range(1, 26)]  # 25 values: the day the clocks go back
    short_day = [f"{h},5" for h in range(1, 24)] + ["", ""]  # 23 values
    normal = [f"{h},5" for h in range(1, 25)] + [""]
    path = tmp_path / "days.csv"
    day_table(
        path, labels, {dt.date(2023, 3, 26): short_day, dt.date(2023, 3, 27): normal, dt.date(2023, 10, 29): long_day}
    )
    result = read(path, unit=ValueUnit.KWH)
    assert result.accepted, result.refusals
    [series] = result.series
    instants = {i: v for b in series.blocks for i, v in zip(b.instants(), b.values, strict=True) if not math.isnan(v)}
    assert len(instants) == 23 + 24 + 25
    # hour 25 of 29 October is 23:00–24:00 local CET = 22:00 UTC
    assert instants[dt.datetime(2023, 10, 29, 22, 0, tzinfo=UTC)] == 25.5
    # hour 3 of 26 March is 03:00 CEST (02:00 does not exist) = 01:00 UTC
    assert instants[dt.datetime(2023, 3, 26, 1, 0, tzinfo=UTC)] == 3.5
    assert series.total == pytest.approx(
        sum(h + 0.5 for h in range(1, 24)) + sum(h + 0.5 for h in range(1, 25)) + sum(h + 0.5 for h in range(1, 26))
    )


def test_a_value_after_the_end_of_a_short_day_is_refused(tmp_path):
    labels = [f"H{h}" for h in range(1, 25)]
    path = tmp_path / "days.csv"
    day_table(path, labels, {dt.date(2023, 3, 26): [f"{h},5" for h in range(1, 25)]})  # 24 values on a 23-h day
    result = read(path, unit=ValueUnit.KW)
    assert not result.accepted
    [refusal] = result.refusals
    assert refusal.field == "H24" and refusal.text == "24,5"


def test_a_day_per_row_with_quarter_hour_labels_skips_the_hour_the_clocks_skip(tmp_path):
    labels = [f"{(m // 60) % 24 if m < 1440 else 24:02d}:{m % 60:02d}" for m in range(15, 1441, 15)]  # 00:15 … 24:00
    assert labels[0] == "00:15" and labels[-1] == "24:00"
    spring = ["1,0"] * 96
    for k, label in enumerate(labels):
        if label in ("02:15", "02:30", "02:45", "03:00"):
            spring[k] = ""  # 02:00–03:00 does not happen
    path = tmp_path / "quarters.csv"
    day_table(path, labels, {dt.date(2023, 3, 26): spring})
    result = read(path, unit=ValueUnit.KW)
    assert result.accepted, result.refusals
    [series] = result.series
    assert series.total == pytest.approx(92 * 0.25)  # 1 kW over 92 quarter-hours
    assert series.first == dt.datetime(2023, 3, 25, 23, 0, tzinfo=UTC)
    spring[labels.index("02:30")] = "1,0"
    day_table(path, labels, {dt.date(2023, 3, 26): spring})
    refused = read(path, unit=ValueUnit.KW)
    assert [r.field for r in refused.refusals] == ["02:30"]


# --- generic exports, units, conflicts --------------------------------------------------------------------


def test_a_spreadsheet_with_a_preamble_and_a_time_column_is_read(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Compteur MT", "Usine de Berrechid"])
    sheet.append(["Période", "2024/01/01 – 2024/01/02"])
    sheet.append([])
    sheet.append(["Date", "Heure", "Puissance active (kW)"])
    kwh = 0.0
    for k in range(96):
        minutes = 15 * k
        kw = 200 + k
        sheet.append(["2024/01/01", f"{minutes // 60:02d}:{minutes % 60:02d}", kw])
        kwh += kw / 4
    path = tmp_path / "courbe.xlsx"
    book.save(path)
    result = read(path, CASABLANCA)
    assert result.accepted, result.refusals[:3]
    [series] = result.series
    assert series.total == pytest.approx(kwh)
    assert series.blocks[0].step_minutes == 15
    # Casablanca is UTC+1 outside Ramadan: midnight local is 23:00 UTC the day before
    assert series.first == dt.datetime(2023, 12, 31, 23, 0, tzinfo=UTC)


def test_a_unit_is_never_guessed(tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("Timestamp;Value\n" + "\n".join(f"2024-01-01 {h:02d}:00;{h}" for h in range(24)) + "\n")
    result = read(path)
    assert not result.accepted and not result.series
    assert "unit of the values" in result.refusals[0].reason.source
    assert read(path, unit=ValueUnit.WH).series[0].total == pytest.approx(sum(range(24)) / 1000)


def test_the_same_interval_twice_is_read_once_and_two_values_for_it_are_refused(tmp_path):
    rows = [f"2024-01-01 {h:02d}:00;{h}" for h in range(24)]
    path = tmp_path / "twice.csv"
    path.write_text("Timestamp;Energy (kWh)\n" + "\n".join([*rows, rows[5]]) + "\n")
    once = read(path)
    assert once.accepted and once.identical_rows == 1 and once.series[0].intervals == 24
    path.write_text("Timestamp;Energy (kWh)\n" + "\n".join([*rows, "2024-01-01 05:00;99"]) + "\n")
    refused = read(path)
    assert not refused.accepted
    assert refused.refusals[0].row == 26 and "second reading" in refused.refusals[0].reason.source


def test_damaged_copies_are_refused_with_reasons_never_an_exception(tmp_path):
    """Seeded mutations of the real file (cells cut, swapped, emptied, garbled): each copy is read into series
    or refused row by row with a reason; nothing raises and nothing is dropped without a word."""
    import random

    from workbench.importers.table import UnreadableFileError

    whole = next(DATA.glob("*elektriciteit*kwartiertotalen.csv")).read_bytes().decode("utf-8-sig").splitlines()
    source = whole[:600]  # five days of four registers: every kind of row, at a tenth of the time
    garbage = ["", "x", "31-02-2021", "25:00:00", "1e309", "-0,5", "12,3,4", "=SUM(A1)", "Geschat", "\x00", "９"]
    rng = random.Random(17)
    for case in range(60):
        lines = list(source)
        for _ in range(rng.randint(1, 6)):
            row = rng.randrange(1, len(lines))
            cells = lines[row].split(";")
            cells[rng.randrange(len(cells))] = rng.choice(garbage)
            if rng.random() < 0.2:
                cells = cells[: rng.randrange(len(cells))]
            lines[row] = ";".join(cells)
        path = tmp_path / f"damaged-{case}.csv"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        try:
            result = read(path)
        except UnreadableFileError:
            continue  # refused as a whole by the table reader, with its message
        for refusal in result.refusals:
            assert refusal.row >= 1 and refusal.reason.source
        if not result.series:  # refused as a whole, with its reason
            assert result.refusals
            continue
        # every row is in a series, read once more, or refused with its reason (a row a cut made empty is
        # skipped: at most one per mutation)
        counted = sum(s.intervals for s in result.series) + result.identical_rows
        assert counted + len({r.row for r in result.refusals}) >= result.rows - 6


# --- Morocco: the clocks go back for Ramadan and forward after it (Africa/Casablanca) ------------------------


def casablanca_export(path: Path, first: dt.date, days: int) -> tuple[float, int]:
    """Quarter-hours of ``days`` local days as a Moroccan meter's software writes them: local date and time
    in two columns, mean power in kW, no offset. Returns the kWh and the number of intervals."""
    start = dt.datetime.combine(first, dt.time(), CASABLANCA).astimezone(UTC)
    end = dt.datetime.combine(first + dt.timedelta(days=days), dt.time(), CASABLANCA).astimezone(UTC)
    lines, kwh, k = ["Date;Heure;Puissance active (kW)"], 0.0, 0
    instant = start
    while instant < end:
        local = instant.astimezone(CASABLANCA)
        kw = 400 + (k % 96)
        lines.append(f"{local:%d/%m/%Y};{local:%H:%M};{kw}")
        kwh += kw / 4
        instant += dt.timedelta(minutes=15)
        k += 1
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return kwh, k


@pytest.mark.parametrize(
    ("first", "quarter_hours"),
    [
        (dt.date(2024, 3, 9), 96 + 100 + 96),  # 10 March 2024, 03:00 → 02:00: Ramadan time, a 25-hour day
        (dt.date(2024, 4, 13), 96 + 92 + 96),  # 14 April 2024, 02:00 → 03:00: back to UTC+1, a 23-hour day
    ],
)
def test_a_moroccan_meter_across_the_ramadan_clock_changes(tmp_path, first, quarter_hours):
    path = tmp_path / "courbe-mt.csv"
    kwh, count = casablanca_export(path, first, 3)
    assert count == quarter_hours  # the zone data itself says the day is 25 or 23 hours long
    result = read(path, CASABLANCA)
    assert result.accepted, result.refusals[:3]
    [series] = result.series
    assert series.intervals == quarter_hours and series.absent == 0 and series.missing == 0
    assert series.total == pytest.approx(kwh)
    instants = [i for b in series.blocks for i in b.instants()]
    assert all(b - a == dt.timedelta(minutes=15) for a, b in itertools.pairwise(instants))  # no hour shifted


def test_a_meter_that_keeps_utc_plus_one_through_ramadan_is_not_read_an_hour_off(tmp_path):
    """Its clock writes 10 March 2024 02:00–03:00 once: read on Casablanca time, every interval of Ramadan
    would be shifted; refused, saying to give the fixed offset, which then reads the day straight."""
    fixed = ZoneInfo("Etc/GMT-1")  # UTC+1 all year (the sign is POSIX's)
    start = dt.datetime(2024, 3, 9, tzinfo=fixed)
    lines = ["Date;Heure;Puissance active (kW)"]
    for k in range(3 * 96):
        local = start + dt.timedelta(minutes=15 * k)
        lines.append(f"{local:%d/%m/%Y};{local:%H:%M};500")
    path = tmp_path / "compteur-utc1.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    refused = read(path, CASABLANCA)
    assert not refused.accepted
    [refusal] = [r for r in refused.refusals if "go back" in r.reason.source]
    assert refusal.text == "10/03/2024 02:00" and "Etc/GMT-1" in refusal.reason.source
    straight = read(path, fixed)
    assert straight.accepted and straight.series[0].intervals == 3 * 96


def test_an_enedis_portal_export_reads_below_its_metadata_header_and_row(tmp_path):
    # the portal writes a header and a row of metadata (which hold dates too), then the table
    path = tmp_path / "enedis-portail.csv"
    path.write_text(
        "Identifiant PRM;Type de donnees;Date de debut;Date de fin;Grandeur physique;Unite;Pas en minutes\n"
        "12345678901234;Courbe de charge;01/10/2019;02/10/2019;Energie active;W;\n"
        "Horodate;Valeur\n"
        "2019-10-01T00:30:00+02:00;1200\n2019-10-01T01:00:00+02:00;1300\n2019-10-01T01:30:00+02:00;1100\n",
        encoding="utf-8",
    )
    result = read(path, ZoneInfo("Europe/Paris"), ValueUnit.W)  # the unit is in the metadata: said by the user
    assert result.accepted, result.refusals
    [series] = result.series
    # mean powers over half-hours: (1 200 + 1 300 + 1 100) W × 0.5 h = 1.8 kWh; end-stamped: from 00:00 local
    assert series.total == pytest.approx(1.8) and series.first == dt.datetime(2019, 9, 30, 22, tzinfo=dt.UTC)


def test_refused_readings_name_their_column_their_text_and_the_local_time(tmp_path):
    path = tmp_path / "compteur.csv"
    path.write_text(
        "Horodatage;Puissance (kW)\n"
        "2019-11-01 09:00;10,0\n2019-11-01 09:15;1O5,3\n2019-11-01 09:30;12,0\n2019-11-01 09:30;999,99\n",
        encoding="utf-8",
    )
    result = read(path, ZoneInfo("Europe/Paris"))
    letter, second = sorted(result.refusals, key=lambda r: r.row)
    assert (letter.row, letter.field, letter.text) == (3, "Puissance (kW)", "1O5,3")
    assert letter.reason.context == "Import"  # the value reader's own message, translated in its context
    assert (second.row, second.text) == (5, "999,99") and second.reason.params["time"] == "01/11/2019 09:30"
