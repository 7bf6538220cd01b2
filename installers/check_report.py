"""Read back a report a frozen build wrote: a Word file with its charts, or its PDF, in the language asked for.

python installers/check_report.py REPORT.docx|REPORT.pdf fr|en [site|cluster]
"""

from __future__ import annotations

import re
import sys
import zipfile
from pathlib import Path

# Headings each report kind has, in each language (reporting/site_report.py, cluster_report.py write them).
EXPECTED = {
    ("site", "fr"): ("Synthèse", "Bilan énergétique et usages"),
    ("site", "en"): ("Executive summary", "Energy balance and end uses"),
    ("cluster", "fr"): ("Le cluster en chiffres", "Les sites comparés"),
    ("cluster", "en"): ("The cluster in figures", "The sites compared"),
}
LEAST_PICTURES = {"site": 5, "cluster": 2}
LEAST_PAGES = 4


def docx_text(path: Path) -> tuple[str, int]:
    with zipfile.ZipFile(path) as docx:
        names = docx.namelist()
        xml = docx.read("word/document.xml").decode("utf-8")
    pictures = [n for n in names if n.startswith("word/media/") and n.endswith(".png")]
    return " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)), len(pictures)


def pdf_text(path: Path) -> tuple[str, int]:
    from pypdf import PdfReader

    reader = PdfReader(path)
    if len(reader.pages) < LEAST_PAGES:
        raise ValueError(f"{len(reader.pages)} pages")
    pictures = sum(len(page.images) for page in reader.pages)
    return " ".join(page.extract_text() or "" for page in reader.pages), pictures


def main(argv: list[str]) -> int:
    path, language = Path(argv[1]), argv[2]
    kind = argv[3] if len(argv) > 3 else "site"
    try:
        text, pictures = pdf_text(path) if path.suffix.lower() == ".pdf" else docx_text(path)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        print(f"report check: {path}: not a readable report ({exc})", file=sys.stderr)
        return 1
    flat = " ".join(text.split())
    problems = [f"no “{heading}” in the text" for heading in EXPECTED[kind, language] if heading not in flat]
    if pictures < LEAST_PICTURES[kind]:
        problems.append(f"only {pictures} pictures (the charts are missing)")
    other = "en" if language == "fr" else "fr"
    if all(heading in flat for heading in EXPECTED[kind, other]):
        problems.append(f"the report reads in {other}")
    for problem in problems:
        print(f"report check: {path}: {problem}", file=sys.stderr)
    if not problems:
        print(f"report check: {path} reads in {language}, {len(flat.split())} words, {pictures} pictures")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
