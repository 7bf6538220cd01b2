"""Word → PDF through LibreOffice, for looking at a report's pages (tests, previews).

soffice gets its own profile and HOME so that it never touches, or waits on, the user's running
LibreOffice; it is killed if it outlives the timeout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(document: Path, out_dir: Path, timeout: float = 120) -> Path:
    """The PDF of ``document`` in ``out_dir``; raises ``RuntimeError`` with LibreOffice's output if none comes."""
    program = soffice()
    if program is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="eaw-lo-") as home:
        env = {**os.environ, "HOME": home}
        command = [
            program,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={Path(home).as_uri()}/profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(document),
        ]
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            output, _ = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            output, _ = process.communicate()
    pdf = out_dir / f"{document.stem}.pdf"
    if process.returncode != 0 or not pdf.exists():
        raise RuntimeError(f"LibreOffice could not convert {document}: {output.strip()}")
    return pdf
