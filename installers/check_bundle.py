"""Fail when a file the application reads at run time is missing from a frozen bundle, or differs from the
checkout's: the resources (factor sets, templates, benchmarks, aid lists), the compiled catalogues, the icons,
the storage migrations, and the Qt plug-ins and translations the window needs.

    python installers/check_bundle.py BUNDLE_DIR      (the folder holding the `workbench` executable)
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Copied as they are from the checkout: every file must be there, byte for byte.
SAME_AS_CHECKOUT = ("resources", "workbench/i18n/qm", "workbench/ui/icons", "workbench/storage/migrations")
# From the PySide6 wheel: named by pattern (the suffix is the platform's).
QT_PARTS = (
    "PySide6/Qt/plugins/platforms/*qoffscreen*",  # the smoke test, CI
    "PySide6/Qt/plugins/iconengines/*qsvgicon*",  # the tree's SVG icons
    "PySide6/Qt/plugins/imageformats/*qsvg*",
    "PySide6/Qt/plugins/imageformats/*qjpeg*",  # site photos
    "PySide6/Qt/translations/qtbase_fr.qm",  # Qt's own dialogs' buttons in French
    "tzdata/zoneinfo/Africa/Casablanca",  # meters' local times where the system has no zone files
)
LINUX_QT_PARTS = ("PySide6/Qt/plugins/platforms/*qxcb*", "PySide6/Qt/plugins/platforminputcontexts/*")


def about_libraries() -> list[str]:
    """The libraries Help ▸ About names (read from its source: importing it would start Qt)."""
    source = (ROOT / "workbench" / "ui" / "dialogs" / "about.py").read_text(encoding="utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "LIBRARIES" for t in node.targets):
            return [name for name, _licence in ast.literal_eval(node.value)]
    raise LookupError("no LIBRARIES in workbench/ui/dialogs/about.py")


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def data_root(bundle: Path) -> Path:
    """Where PyInstaller ≥ 6 puts the data beside the executable (``_internal``; ``Resources`` in a .app)."""
    for candidate in (bundle / "_internal", bundle.parent / "Resources", bundle):
        if (candidate / "resources").is_dir():
            return candidate
    return bundle / "_internal"


def problems(bundle: Path) -> list[str]:
    found: list[str] = []
    data = data_root(bundle)
    for folder in SAME_AS_CHECKOUT:
        source = ROOT / folder
        files = [p for p in source.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
        if not files:
            found.append(f"{folder}: nothing in the checkout to compare with (run make i18n first)")
        for path in files:
            shipped = data / path.relative_to(ROOT)
            if not shipped.is_file():
                found.append(f"missing: {path.relative_to(ROOT)}")
            elif shipped.read_bytes() != path.read_bytes():
                found.append(f"differs from the checkout: {path.relative_to(ROOT)}")
    # Help ▸ About reads each library's version and licence from its metadata
    shipped_metadata = {_normalised(p.name.split("-")[0]) for p in data.glob("*.dist-info")}
    for name in about_libraries():
        if _normalised(name) not in shipped_metadata:
            found.append(f"missing metadata (Help ▸ About): {name}")
    parts = QT_PARTS + (LINUX_QT_PARTS if sys.platform.startswith("linux") else ())
    for pattern in parts:
        if not list(data.glob(pattern)):
            found.append(f"missing Qt part: {pattern}")
    return found


def main(argv: list[str]) -> int:
    bundle = Path(argv[1])
    found = problems(bundle)
    for line in found:
        print(f"bundle check: {line}", file=sys.stderr)
    if not found:
        print(f"bundle check: every resource of {bundle} is there and as in the checkout")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
