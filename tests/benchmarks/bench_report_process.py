"""Issue #14: a site report in both languages, charts included, PDF and page numbers excluded, ≤ 1.5 s for the
whole process (`workbench report … --lang both`), beside a bare python-docx process writing the same tables and
pictures twice. Runs are interleaved (ours, bare, ours, …) so that the machine's noise falls on both alike.

Bytecode caches are allowed to be written and used, as on an installed machine (a developer's shell may set
PYTHONDONTWRITEBYTECODE, which would time the compiler instead)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import report

SITE = "Briqueterie Al Amal"
ROUNDS = 5
TARGET_S = 1.5

# The baseline process: python-docx alone writing the report's tables and pictures, once per language.
BARE = """
import io, json, sys
from docx import Document
from docx.shared import Cm
content = json.load(open(sys.argv[1]))
for language, (tables, pictures) in content.items():
    doc = Document()
    for rows in tables:
        table = doc.add_table(rows=0, cols=len(rows[0]))
        table.style = "Table Grid"
        for values in rows:
            for cell, text in zip(table.add_row().cells, values):
                cell.text = text
    for path in pictures:
        doc.add_picture(path, width=Cm(15.5))
    doc.save(sys.argv[2] + "-" + language + ".docx")
"""


def _content(folder: Path, out: Path) -> Path:
    """The tables' texts and the pictures of the two reports just written, for the bare process."""
    import zipfile

    from docx import Document

    content = {}
    for language in ("fr", "en"):
        docx = out.with_name(f"{out.stem}-{language}.docx")
        tables = [[[c.text for c in row.cells] for row in t.rows] for t in Document(str(docx)).tables]
        pictures = []
        with zipfile.ZipFile(docx) as archive:
            for i, name in enumerate(n for n in archive.namelist() if n.startswith("word/media/")):
                picture = folder / f"{language}-{i}{Path(name).suffix}"
                picture.write_bytes(archive.read(name))
                pictures.append(str(picture))
        content[language] = (tables, pictures)
    path = folder / "content.json"
    path.write_text(json.dumps(content))
    return path


def _seconds(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def run() -> bool:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        demo, out = folder / "demo.eaw", folder / "r.docx"
        workbench = [sys.executable, "-m", "workbench"]
        subprocess.run([*workbench, "demo", str(demo)], env=env, check=True, capture_output=True)
        ours_command = [
            *workbench,
            "report",
            str(demo),
            "--site",
            SITE,
            "--lang",
            "both",
            "--out",
            str(out),
            "--no-page-numbers",
        ]
        _seconds(ours_command, env)  # writes the bytecode caches and the content the baseline repeats
        content = _content(folder, out)
        bare_command = [sys.executable, "-c", BARE, str(content), str(folder / "bare")]
        _seconds(bare_command, env)
        ours, bare = [], []
        for _ in range(ROUNDS):
            ours.append(_seconds(ours_command, env))
            bare.append(_seconds(bare_command, env))
    return report(
        "site report, French and English, whole process",
        statistics.median(ours),
        "s",
        TARGET_S,
        statistics.median(bare),
        "bare python-docx process, same tables and pictures",
    )


if __name__ == "__main__":
    run()
