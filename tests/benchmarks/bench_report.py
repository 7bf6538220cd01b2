"""Issue #6: the demo site's report with its charts — ≤ 3 s in all, and our document layer ≤ 2× plain python-docx
writing the same tables and pictures (measured in the same run)."""

from __future__ import annotations

import io
import os
import tempfile
import time
from pathlib import Path

from .common import report, timed

SITE = "Briqueterie Al Amal"


def plain_python_docx(tables: list[list[list[str]]], pictures: list[bytes], target: Path) -> None:
    """The baseline: the same tables and pictures, written straight with python-docx."""
    from docx import Document
    from docx.shared import Cm

    doc = Document()
    for rows in tables:
        table = doc.add_table(rows=0, cols=len(rows[0]))
        table.style = "Table Grid"
        for values in rows:
            for cell, text in zip(table.add_row().cells, values, strict=True):
                cell.text = text
    for png in pictures:
        doc.add_picture(io.BytesIO(png), width=Cm(15.5))
    doc.save(str(target))


def run() -> bool:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from docx import Document

    from workbench.app import build_application
    from workbench.demo.generator import build_demo
    from workbench.domain.vocab import Language
    from workbench.i18n.catalogue import translator_for
    from workbench.i18n.language import LanguageManager
    from workbench.reporting.site_report import write_site_report
    from workbench.storage.workspace import Workspace
    from workbench.ui.report_charts import site_chart_images
    from workbench.ui.session import WorkspaceSession

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        build_demo(folder / "demo.eaw").close()
        app = build_application()
        languages = LanguageManager(app)
        translate = translator_for(Language.FR)
        with Workspace.open(folder / "demo.eaw") as ws:
            session = WorkspaceSession(ws)
            site_id = next(s.id for s in ws.sites() if s.name == SITE)
            site_chart_images(session, languages, site_id, Language.FR)  # warm the chart code once

            start = time.perf_counter()
            charts = site_chart_images(session, languages, site_id, Language.FR)
            target = write_site_report(ws, site_id, Language.FR, translate, folder / "r.docx", charts)
            total = time.perf_counter() - start

            ours = timed(lambda: write_site_report(ws, site_id, Language.FR, translate, folder / "r.docx", charts), 3)
            written = Document(str(target))
            tables = [[[c.text for c in row.cells] for row in t.rows] for t in written.tables]
            baseline = timed(lambda: plain_python_docx(tables, list(charts.values()), folder / "plain.docx"), 3)
            session.release()

            # the cluster synthesis of all ten demo sites, in both languages, charts included
            from workbench.analysis.cluster_comparison import compare_cluster
            from workbench.domain import model
            from workbench.reporting.cluster_report import write_cluster_report
            from workbench.ui.report_charts import cluster_chart_images

            first = ws.clusters()[0].id
            for site in ws.sites():
                ws.update(model.Site, site.id, cluster_id=first)
            start = time.perf_counter()
            comparison = compare_cluster(ws, first)
            for language in Language:
                images = cluster_chart_images(comparison, languages, language)
                write_cluster_report(
                    ws,
                    first,
                    language,
                    translator_for(language),
                    folder / f"c-{language.value}.docx",
                    images,
                    comparison=comparison,
                )
            synthesis = time.perf_counter() - start
            sites = len(comparison.sites)
    ok = report(f"site report with its {len(charts)} charts, rendered and written", total, "s", 3.0)
    ok = (
        report("site report document layer", ours, "s", 2 * baseline, baseline, "plain python-docx, same content")
        and ok
    )
    return report(f"cluster synthesis of {sites} sites, French and English", synthesis, "s", 20.0) and ok
