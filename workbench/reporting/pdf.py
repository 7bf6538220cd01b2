"""Word → PDF by the office suite the auditor has: LibreOffice anywhere, or Microsoft Word on Windows and macOS.

LibreOffice gets its own profile and HOME, so that it never touches, or waits on, the user's running
LibreOffice; any converter is killed if it outlives the timeout. Word is driven through its own scripting
(PowerShell's COM on Windows, AppleScript on macOS), so the workbench needs no extra package for it.

A conversion writes into a folder of its own; the caller moves the PDF to where the user asked, so that a
failed or killed conversion never leaves half a file under the user's name.
"""

from __future__ import annotations

import enum
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict

from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, message

TIMEOUT_S = 180.0  # a 30-page report takes 3–6 s; a first start of LibreOffice on a slow laptop, much more

# Where the installers put LibreOffice when it is not on the PATH (the usual case on Windows and macOS).
_LIBREOFFICE_PLACES = {
    "win32": [
        Path(os.environ.get("PROGRAMFILES", r"C:\Program Files")) / "LibreOffice" / "program" / "soffice.exe",
        Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
        / "LibreOffice"
        / "program"
        / "soffice.exe",
    ],
    "darwin": [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")],
}

# Word's PDF export through COM: 17 = wdExportFormatPDF; the last argument 1 = wdExportCreateHeadingBookmarks,
# the outline the table of contents' page numbers are read from. Paths come in the environment: no quoting.
_WORD_POWERSHELL = r"""
$ErrorActionPreference = 'Stop'
$word = New-Object -ComObject Word.Application
$word.Visible = $false
$word.DisplayAlerts = 0
try {
  $doc = $word.Documents.Open($env:EAW_DOCX, $false, $true, $false)
  $doc.ExportAsFixedFormat($env:EAW_PDF, 17, $false, 0, 0, 1, 1, 0, $true, $true, 1)
  $doc.Close($false)
} finally {
  $word.Quit()
}
"""

_WORD_APPLESCRIPT = """
on run argv
  set source to POSIX file (item 1 of argv)
  set target to (item 2 of argv)
  tell application "Microsoft Word"
    open source
    set theDocument to active document
    save as theDocument file name target file format format PDF
    close theDocument saving no
  end tell
end run
"""


class ConverterKind(enum.Enum):
    LIBREOFFICE = "libreoffice"
    WORD_WINDOWS = "word-windows"
    WORD_MAC = "word-mac"


@dataclass(frozen=True)
class PdfConverter:
    kind: ConverterKind
    program: str

    @property
    def name(self) -> str:
        return "LibreOffice" if self.kind is ConverterKind.LIBREOFFICE else "Microsoft Word"

    def convert(self, document: Path, out_dir: Path, timeout: float = TIMEOUT_S) -> Path:
        """The PDF of ``document`` in ``out_dir`` (same stem); a :class:`DomainError` saying what failed if none
        comes in ``timeout`` seconds."""
        out_dir.mkdir(parents=True, exist_ok=True)
        pdf = out_dir / f"{document.stem}.pdf"
        with tempfile.TemporaryDirectory(prefix="eaw-pdf-") as home:
            command, env = self._command(document.resolve(), pdf.resolve(), Path(home))
            try:
                process = subprocess.Popen(
                    command,
                    env=env,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.STDOUT,
                    text=True,
                    errors="replace",
                    **_no_window(),
                )
            except OSError as error:
                raise _failed(self, document, str(error)) from None
            try:
                output, _ = process.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.communicate()
                raise DomainError(
                    message(
                        "Pdf",
                        QT_TRANSLATE_NOOP(
                            "Pdf",
                            "{program} did not finish the PDF of {file} within {seconds} s and was stopped. Close "
                            "any dialog it may show, or write the report as .docx and print it to PDF yourself.",
                        ),
                        program=self.name,
                        file=document.name,
                        seconds=round(timeout),
                    )
                ) from None
        if process.returncode != 0 or not pdf.exists() or pdf.stat().st_size == 0:
            raise _failed(self, document, output)
        return pdf

    def _command(self, document: Path, pdf: Path, home: Path) -> tuple[list[str], dict[str, str]]:
        env = dict(os.environ)
        if self.kind is ConverterKind.LIBREOFFICE:
            env["HOME"] = str(home)
            return [
                self.program,
                "--headless",
                "--norestore",
                "--nologo",
                f"-env:UserInstallation={home.as_uri()}/profile",
                "--convert-to",
                "pdf:writer_pdf_Export",
                "--outdir",
                str(pdf.parent),
                str(document),
            ], env
        if self.kind is ConverterKind.WORD_WINDOWS:
            env["EAW_DOCX"], env["EAW_PDF"] = str(document), str(pdf)
            return [self.program, "-NoProfile", "-NonInteractive", "-Command", _WORD_POWERSHELL], env
        return [self.program, "-e", _WORD_APPLESCRIPT, str(document), str(pdf)], env


class _WindowFlags(TypedDict, total=False):
    creationflags: int  # Windows only


def _no_window() -> _WindowFlags:
    """No console window flashing up on Windows while the converter runs."""
    if sys.platform == "win32":
        return {"creationflags": getattr(subprocess, "CREATE_NO_WINDOW", 0)}
    return {}


def _failed(converter: PdfConverter, document: Path, output: str) -> DomainError:
    last = " ".join(output.strip().splitlines()[-3:])[:300] or "—"
    return DomainError(
        message(
            "Pdf",
            QT_TRANSLATE_NOOP(
                "Pdf",
                "{program} could not turn {file} into a PDF ({output}). The Word file is unaffected; open it and "
                "export it to PDF by hand, or check that {program} opens it.",
            ),
            program=converter.name,
            file=document.name,
            output=last,
        )
    )


def soffice() -> str | None:
    """LibreOffice's program: on the PATH, or where its installer puts it."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    for place in _LIBREOFFICE_PLACES.get(sys.platform, []):
        if place.is_file():
            return str(place)
    return None


def _word() -> PdfConverter | None:
    if sys.platform == "win32":
        shell = shutil.which("powershell") or shutil.which("pwsh")
        word_installed = any(
            (Path(os.environ.get(root, "")) / "Microsoft Office").is_dir()
            for root in ("PROGRAMFILES", "PROGRAMFILES(X86)")
        )
        return PdfConverter(ConverterKind.WORD_WINDOWS, shell) if shell and word_installed else None
    if sys.platform == "darwin" and Path("/Applications/Microsoft Word.app").is_dir():
        return PdfConverter(ConverterKind.WORD_MAC, shutil.which("osascript") or "/usr/bin/osascript")
    return None


def find_converter() -> PdfConverter | None:
    """LibreOffice first (it runs headless and leaves the user's documents alone), else Word where it exists."""
    program = soffice()
    if program:
        return PdfConverter(ConverterKind.LIBREOFFICE, program)
    return _word()


def no_converter() -> DomainError:
    return DomainError(
        message(
            "Pdf",
            QT_TRANSLATE_NOOP(
                "Pdf",
                "A PDF needs LibreOffice (free, libreoffice.org) or Microsoft Word on Windows or macOS, and neither "
                "was found. Install one of them and try again, or write the report as .docx.",
            ),
        )
    )


def docx_to_pdf(document: Path, out_dir: Path, timeout: float = TIMEOUT_S) -> Path:
    """The PDF of ``document`` in ``out_dir`` by the first converter found (tests and previews)."""
    converter = find_converter()
    if converter is None:
        raise no_converter()
    return converter.convert(document, out_dir, timeout)
