"""Damaged copies of a workspace, made the ways files get damaged: bytes flipped, cut short, pages zeroed,
tables dropped, texts that are not UTF-8. Shared by the seeded fuzz test and the benchmark-style campaign."""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

Damage = Callable[[Path, random.Random], str]


def flip_bytes(path: Path, rng: random.Random) -> str:
    data = bytearray(path.read_bytes())
    count = rng.randint(1, 12)
    for _ in range(count):
        i = rng.randrange(len(data))
        data[i] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))
    return f"{count} bits flipped"


def flip_in_header_page(path: Path, rng: random.Random) -> str:
    data = bytearray(path.read_bytes())
    i = rng.randrange(100, 4096)
    data[i] = rng.randrange(256)
    path.write_bytes(bytes(data))
    return f"byte {i} of page 1 changed"


def truncate(path: Path, rng: random.Random) -> str:
    size = path.stat().st_size
    keep = rng.randrange(0, size)
    with path.open("r+b") as f:
        f.truncate(keep)
    return f"cut to {keep} bytes"


def zero_page(path: Path, rng: random.Random) -> str:
    data = bytearray(path.read_bytes())
    pages = len(data) // 4096
    page = rng.randrange(pages)
    data[page * 4096 : (page + 1) * 4096] = bytes(4096)
    path.write_bytes(bytes(data))
    return f"page {page + 1} zeroed"


def drop_table(path: Path, rng: random.Random) -> str:
    with closing(sqlite3.connect(path)) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        table = rng.choice(tables)
        conn.execute(f'DROP TABLE "{table}"')
        conn.commit()
    return f"table {table} dropped"


def bad_text(path: Path, rng: random.Random) -> str:
    with closing(sqlite3.connect(path)) as conn:
        table, column = rng.choice(
            [("site", "name"), ("supply", "name"), ("bill", "invoice_number"), ("measure", "title_fr")]
        )
        conn.execute(
            f"UPDATE {table} SET {column} = CAST(X'43C328FF' AS TEXT) WHERE rowid = (SELECT MIN(rowid) FROM {table})"
        )
        conn.commit()
    return f"invalid UTF-8 in {table}.{column}"


def bad_value(path: Path, rng: random.Random) -> str:
    with closing(sqlite3.connect(path)) as conn:
        table, column, value = rng.choice(
            [
                ("bill", "period_start", "2019-02-30"),
                ("bill", "quantity", "abc"),
                ("bill", "quantity", -5.0),
                ("supply", "carrier", "plutonium"),
                ("site", "schedule_shifts_per_day", 2.5),
                ("bill", "readings", "[{"),
                ("equipment", "rated_power", b"\x00\x01"),
            ]
        )
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = (SELECT MIN(rowid) FROM {table})", (value,))
        conn.commit()
    return f"{table}.{column} = {value!r}"


DAMAGES: tuple[Damage, ...] = (
    flip_bytes,
    flip_bytes,
    flip_bytes,
    flip_in_header_page,
    truncate,
    zero_page,
    drop_table,
    bad_text,
    bad_value,
)


def damaged_copy(source: Path, target: Path, rng: random.Random) -> str:
    shutil.copyfile(source, target)
    return rng.choice(DAMAGES)(target, rng)
