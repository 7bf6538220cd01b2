"""Mutated copies of the real samples through `workbench import-bills --json`: never a traceback, an exit code
in {0, 1, 2}, counts that add up, and nothing written unless something was imported (and never on a dry run).

Seeded, so that a failure is reproduced by its case number; WORKBENCH_FUZZ=1 (`make fuzz`) runs the bigger
campaign, 3,000 cases instead of the suite's 240.
"""

from __future__ import annotations

import io
import json
import os
import random
import sqlite3
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from workbench.cli import main

DATA = Path(__file__).parents[1] / "data"
SAMPLES = sorted(p for p in DATA.rglob("*.csv"))
CASES = 3000 if os.environ.get("WORKBENCH_FUZZ") else 240


def _mutate(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\n")
    kind = rng.randrange(12)
    if kind == 0 and len(data) > 10:  # truncated
        return data[: rng.randrange(1, len(data))]
    if kind == 1 and data:  # bytes flipped
        out = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            out[rng.randrange(len(out))] = rng.randrange(256)
        return bytes(out)
    if kind == 2:  # a NUL in the middle
        at = rng.randrange(len(data) + 1)
        return data[:at] + b"\x00" + data[at:]
    if kind == 3 and len(lines) > 2:  # lines duplicated
        i = rng.randrange(1, len(lines))
        return b"\n".join(lines[: i + 1] + [lines[i]] * rng.randint(1, 5) + lines[i + 1 :])
    if kind == 4:  # another encoding
        text = data.decode("utf-8", errors="replace")
        return text.encode(rng.choice(["utf-16", "utf-16-le", "cp1252", "latin-1", "utf-8-sig"]), errors="replace")
    if kind == 5 and lines:  # header words changed
        header = lines[0].decode("utf-8", errors="replace")
        words = header.replace(";", " ; ").replace(",", " , ").split(" ")
        rng.shuffle(words)
        return " ".join(words).encode("utf-8") + b"\n" + b"\n".join(lines[1:])
    if kind == 6:  # digits turned into letters
        out = bytearray(data)
        for _ in range(rng.randint(1, 30)):
            i = rng.randrange(len(out))
            if chr(out[i]).isdigit():
                out[i] = ord(rng.choice("xOlI,."))
        return bytes(out)
    if kind == 7:  # one huge field
        return data.replace(b";", b";" + b"9" * rng.choice([200_000, 1_000]), 1)
    if kind == 8 and len(lines) > 3:  # lines shuffled
        body = lines[1:]
        rng.shuffle(body)
        return b"\n".join([lines[0], *body])
    if kind == 9:  # separators swapped
        return data.replace(b";", b",") if rng.random() < 0.5 else data.replace(b",", b";")
    if kind == 10:  # CRLF and trailing junk
        return data.replace(b"\n", b"\r\n") + bytes(rng.randrange(256) for _ in range(rng.randint(0, 50)))
    return data[::-1] if rng.random() < 0.2 else data + data  # reversed, or the file twice


@pytest.fixture(scope="module")
def workspace_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz") / "w.eaw"
    with redirect_stdout(io.StringIO()):
        assert main(["new", str(path), "--name", "Fuzz"]) == 0
        assert main(["add-site", str(path), "--cluster", "C", "--name", "A"]) == 0
    return path


def _bills(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return (
            conn.execute("SELECT COUNT(*) FROM bill").fetchone()[0]
            + conn.execute("SELECT COUNT(*) FROM delivery").fetchone()[0]
        )


def _run(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(args)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("case", range(CASES))
def test_mutated_samples_never_crash_and_always_add_up(case, workspace_file, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_CRASH_DIR", str(tmp_path / "crashes"))
    rng = random.Random(case)
    sample = SAMPLES[case % len(SAMPLES)]
    path = tmp_path / f"case-{case}{rng.choice(['.csv', '.txt', '.csv'])}"
    path.write_bytes(_mutate(sample.read_bytes(), rng))
    carrier = rng.choice(["electricity", "natural_gas", "propane"])
    dry_run = rng.random() < 0.5
    before = _bills(workspace_file)
    args = ["import-bills", str(workspace_file), str(path), "--site", "A", "--carrier", carrier, "--json"]
    code, out, err = _run(args + (["--dry-run"] if dry_run else []))
    assert code in (0, 1, 2), (case, out, err)
    assert "Traceback" not in out + err
    data = json.loads(out)  # one JSON object, errors included
    if "error" in data:
        assert code == 2 and data["error"]
        assert _bills(workspace_file) == before  # a refused file writes nothing
        return
    refused = len(data["refused"])
    assert data["read"] == data["imported"] + data["changed"] + data["identical"] + refused + len(data["skipped"])
    stored = data["imported"] if data["committed"] else 0
    assert _bills(workspace_file) == before + stored
    if dry_run:
        assert not data["committed"]
