"""One lookup for every shipped file (workbench.bundle), and the frozen build's spec and check cover each one."""

from __future__ import annotations

import ast
import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

from workbench.bundle import CHECKOUT, bundle_root, shipped

ROOT = Path(__file__).resolve().parent.parent


def shipped_paths() -> set[tuple[str, ...]]:
    """Every ``shipped("a", "b", …)`` the application calls, as its literal parts."""
    found: set[tuple[str, ...]] = set()
    for source in (ROOT / "workbench").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        if "from workbench.bundle import shipped" not in text:
            continue  # another function of that name (the shipped benchmarks…)
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "shipped":
                parts = tuple(a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str))
                assert len(parts) == len(node.args), f"{source}: shipped() with a computed part"
                found.add(parts)
    return found


def check_bundle_module():
    spec = importlib.util.spec_from_file_location("check_bundle", ROOT / "installers" / "check_bundle.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_in_a_checkout_every_lookup_is_the_checkouts():
    assert bundle_root() == CHECKOUT == ROOT
    for parts in shipped_paths():
        assert shipped(*parts).exists(), parts


def test_frozen_every_lookup_is_under_the_bundles_data_folder(monkeypatch, tmp_path):
    from workbench.i18n.catalogue import qm_dir
    from workbench.resources import report_template, resources_dir
    from workbench.storage.schema import load_migrations

    shutil.copytree(ROOT / "workbench" / "storage" / "migrations", tmp_path / "workbench" / "storage" / "migrations")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert bundle_root() == tmp_path
    assert resources_dir() == tmp_path / "resources"
    assert report_template() == tmp_path / "resources" / "templates" / "site-report.docx"
    assert qm_dir() == tmp_path / "workbench" / "i18n" / "qm"
    assert load_migrations()  # read from the bundle's copy
    shutil.rmtree(tmp_path / "workbench" / "storage" / "migrations")
    with pytest.raises(FileNotFoundError):
        load_migrations()  # … and from nowhere else


def test_the_spec_bundles_and_the_check_checks_every_shipped_folder():
    spec = (ROOT / "installers" / "workbench.spec").read_text(encoding="utf-8")
    checked = check_bundle_module().SAME_AS_CHECKOUT
    for parts in shipped_paths():
        path = "/".join(parts)
        folder = next((c for c in checked if path == c or path.startswith(c + "/")), None)
        assert folder is not None, f"{path} is read at run time but installers/check_bundle.py does not check it"
        expression = "ROOT / " + " / ".join(f'"{part}"' for part in folder.split("/"))
        assert f'(str({expression}), "{folder}")' in spec, f"{folder} is not in the spec's datas"


def test_the_bundle_check_names_what_is_missing(tmp_path):
    check = check_bundle_module()
    bundle = tmp_path / "workbench"
    data = bundle / "_internal"
    for folder in check.SAME_AS_CHECKOUT:
        shutil.copytree(ROOT / folder, data / folder, ignore=shutil.ignore_patterns("__pycache__"))
    (data / "resources" / "benchmarks.json").write_text("{}", encoding="utf-8")  # damaged
    (data / "resources" / "factors" / "morocco.json").unlink()  # missing
    problems = check.problems(bundle)
    assert "differs from the checkout: resources/benchmarks.json" in problems
    assert "missing: resources/factors/morocco.json" in problems
    assert any(p.startswith("missing Qt part: PySide6/Qt/plugins/platforms/*qoffscreen*") for p in problems)
    assert "missing metadata (Help ▸ About): pyqtgraph" in problems
    (data / "pyqtgraph-0.13.7.dist-info").mkdir()
    assert "missing metadata (Help ▸ About): pyqtgraph" not in check.problems(bundle)


def test_the_bundle_check_reads_the_about_dialogs_libraries():
    from workbench.ui.dialogs.about import LIBRARIES

    assert check_bundle_module().about_libraries() == [name for name, _ in LIBRARIES]
