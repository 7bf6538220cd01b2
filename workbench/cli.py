"""Command line: ``workbench`` and its subcommands for work without a window.

User errors (a missing file, a workspace in use, a bad value) print one
translated sentence on stderr and exit with status 2; nothing else is written.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from workbench import APP_NAME, __version__
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, Translate, message
from workbench.domain.units import Carrier
from workbench.domain.vocab import Language

STARTED = time.perf_counter()  # as close to the process start as Python code gets
EXIT_USER_ERROR = 2
EXIT_INTERNAL_ERROR = 3
COMMANDS = (
    "demo",
    "new",
    "add-site",
    "set-supply",
    "info",
    "export-csv",
    "import-bills",
    "layouts",
    "balance",
    "report",
    "tariff",
    "import-load-curve",
    "load-curve",
)


def build_parser(translate: Translate) -> argparse.ArgumentParser:
    # Each text is spelt out as translate("Cli", "…") so that lupdate finds it.
    parser = argparse.ArgumentParser(
        prog="workbench",
        description=translate("Cli", "Energy Audit Workbench: quick-scan energy audits of industrial sites."),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--lang", choices=["fr", "en"], help=translate("Cli", "language of messages (default: from the system)")
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", help=translate("Cli", "write the demo programme to a new workspace file"))
    p.add_argument("path", type=Path, help=translate("Cli", "workspace file to create (.eaw)"))

    p = sub.add_parser("new", help=translate("Cli", "create an empty workspace for a programme"))
    p.add_argument("path", type=Path, help=translate("Cli", "workspace file to create (.eaw)"))
    p.add_argument("--name", required=True, help=translate("Cli", "name of the programme"))
    p.add_argument("--organiser", default="", help=translate("Cli", "organising body"))
    p.add_argument("--year", type=int, help=translate("Cli", "year of the programme"))
    p.add_argument("--currency", default="MAD", help=translate("Cli", "default currency (ISO code)"))
    p.add_argument("--factor-set", default="MA", help=translate("Cli", "reference factor set: MA or BE"))
    p.add_argument("--report-language", choices=["fr", "en"], default="fr", help=translate("Cli", "report language"))

    p = sub.add_parser("add-site", help=translate("Cli", "add a site to a cluster (the cluster is created if needed)"))
    p.add_argument("path", type=Path, help=translate("Cli", "workspace file"))
    p.add_argument("--cluster", required=True, help=translate("Cli", "cluster name"))
    p.add_argument("--name", required=True, help=translate("Cli", "site name"))
    p.add_argument("--company", default="", help=translate("Cli", "company name"))
    p.add_argument("--city", default="", help=translate("Cli", "city"))
    p.add_argument("--country", default="MA", help=translate("Cli", "country (ISO code)"))
    p.add_argument("--currency", help=translate("Cli", "currency (default: the programme's)"))

    p = sub.add_parser("set-supply", help=translate("Cli", "set a supply's invoice unit and heating value"))
    p.add_argument("path", type=Path, help=translate("Cli", "workspace file"))
    p.add_argument("--site", required=True, help=translate("Cli", "site (id or unique name)"))
    p.add_argument("--supply", required=True, help=translate("Cli", "supply (id, name or carrier, e.g. natural_gas)"))
    p.add_argument("--unit", help=translate("Cli", "invoice unit: kWh, MWh, m3, L, kg, t, GJ, therm"))
    p.add_argument(
        "--heating-value",
        help=translate("Cli", "kWh per invoice unit, as the supplier states it (none: use the factor set)"),
    )
    p.add_argument("--basis", choices=["gcv", "ncv"], help=translate("Cli", "basis of the heating value"))
    p.add_argument("--name", help=translate("Cli", "name of the supply"))

    p = sub.add_parser("info", help=translate("Cli", "programme, clusters and sites with their last 12 months"))
    p.add_argument("path", type=Path, help=translate("Cli", "workspace file"))
    p.add_argument("--site", help=translate("Cli", "only this site (id or unique name)"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON object"))

    p = sub.add_parser("export-csv", help=translate("Cli", "write the calendarised monthly data as CSV"))
    p.add_argument("path", type=Path, help=translate("Cli", "workspace file"))
    p.add_argument("--out", required=True, type=Path, help=translate("Cli", "folder to write into"))

    p = sub.add_parser("import-bills", help=translate("Cli", "import invoices from a CSV, XLSX, XLS or ODS file"))
    p.add_argument("path", type=Path, help=translate("Cli", "workspace file"))
    p.add_argument("file", type=Path, help=translate("Cli", "file of invoices or deliveries"))
    p.add_argument("--site", required=True, help=translate("Cli", "site (id or unique name)"))
    p.add_argument(
        "--carrier", required=True, choices=[c.value for c in Carrier], help=translate("Cli", "energy carrier")
    )
    p.add_argument(
        "--profile", help=translate("Cli", "mapping profile (ma-mt-ledger, propane-deliveries, xcel-monthly…)")
    )
    p.add_argument("--encoding", help=translate("Cli", "text encoding (default: detected)"))
    p.add_argument("--sep", help=translate("Cli", "column separator (default: detected)"))
    p.add_argument("--decimal", choices=[",", "."], help=translate("Cli", "decimal mark (default: detected)"))
    p.add_argument("--header-row", type=int, help=translate("Cli", "row number of the column names (default: found)"))
    p.add_argument("--sheet", help=translate("Cli", "sheet of a workbook (default: the first with data)"))
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=translate("Cli", "use COLUMN (a header or a number) for FIELD"),
    )
    p.add_argument(
        "--rollover",
        action="append",
        default=[],
        metavar="ROWS",
        help=translate("Cli", "rows (e.g. 12,40) whose falling meter index is a rollover of the counter, or all"),
    )
    p.add_argument("--dry-run", action="store_true", help=translate("Cli", "check the file, store nothing"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON object"))

    p = sub.add_parser(
        "layouts", help=translate("Cli", "the column mappings remembered for header rows, and forget one")
    )
    p.add_argument("path", type=Path, help=translate("Cli", "workspace file"))
    p.add_argument("--forget", metavar="SIGNATURE", help=translate("Cli", "forget the mapping of this signature"))

    p = sub.add_parser(
        "report", help=translate("Cli", "write a site's quick-scan report, or a cluster's synthesis, in Word")
    )
    p.add_argument("path", type=Path, help=translate("Cli", "workspace file"))
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--site", help=translate("Cli", "site (id or unique name)"))
    which.add_argument("--cluster", help=translate("Cli", "cluster (id or name): the synthesis of its sites"))
    p.add_argument(
        "--lang",
        "--report-lang",
        dest="report_lang",
        choices=["fr", "en", "both"],
        help=translate("Cli", "language of the report (default: the programme's); both writes FILE-fr and FILE-en"),
    )
    p.add_argument(
        "--out",
        required=True,
        type=Path,
        help=translate("Cli", "file to write: .docx (Word) or .pdf (by LibreOffice, or Word on Windows and macOS)"),
    )
    p.add_argument("--template", type=Path, help=translate("Cli", "a restyled copy of the report template (.docx)"))
    p.add_argument("--no-charts", action="store_true", help=translate("Cli", "leave the charts out"))
    p.add_argument(
        "--per-site-pages",
        action="store_true",
        help=translate("Cli", "a cluster's synthesis with a page per site (by default, a short block each)"),
    )
    p.add_argument(
        "--no-page-numbers",
        action="store_true",
        help=translate(
            "Cli", "a Word file's table of contents without page numbers (faster: no office suite is started)"
        ),
    )

    p = sub.add_parser("balance", help=translate("Cli", "a site's energy balance: billed, estimated, unexplained"))
    p.add_argument("path", type=Path, help=translate("Cli", "workspace file"))
    p.add_argument("--site", required=True, help=translate("Cli", "site (id or unique name)"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON object"))

    p = sub.add_parser("tariff", help=translate("Cli", "a site's MT bills rebuilt from the tariff, and its options"))
    p.add_argument("path", type=Path, help=translate("Cli", "workspace file"))
    p.add_argument("--site", required=True, help=translate("Cli", "site (id or unique name)"))
    p.add_argument("--supply", help=translate("Cli", "only this electricity supply (id or name)"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON object"))
    p = sub.add_parser(
        "import-load-curve",
        help=translate("Cli", "import a meter's load curve (10, 15, 30 or 60-minute intervals) into a supply"),
    )
    p.add_argument("path", type=Path, help=translate("Cli", "workspace file"))
    p.add_argument("file", type=Path, help=translate("Cli", "the meter's export (CSV, XLSX, XLS or ODS)"))
    p.add_argument("--site", required=True, help=translate("Cli", "site (id or unique name)"))
    p.add_argument("--supply", help=translate("Cli", "supply (id or name; default: the site's electricity supply)"))
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=translate("Cli", "use COLUMN (a header or a number) for FIELD (start, end, register, value, unit…)"),
    )
    p.add_argument(
        "--unit",
        choices=["kW", "kWh", "W", "Wh"],
        help=translate("Cli", "unit of the values when the file does not say it"),
    )
    p.add_argument("--tz", help=translate("Cli", "time zone of the meter's clock (default: the site's country's)"))
    p.add_argument("--decimal", choices=[",", "."], help=translate("Cli", "decimal mark (default: detected)"))
    p.add_argument("--dry-run", action="store_true", help=translate("Cli", "check the file, store nothing"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON object"))

    p = sub.add_parser(
        "load-curve", help=translate("Cli", "a supply's load curve: registers, peak, base load, load factor, shares")
    )
    p.add_argument("path", type=Path, help=translate("Cli", "workspace file"))
    p.add_argument("--site", required=True, help=translate("Cli", "site (id or unique name)"))
    p.add_argument("--supply", help=translate("Cli", "supply (id or name; default: the site's electricity supply)"))
    p.add_argument("--tz", help=translate("Cli", "time zone of the meter's clock (default: the site's country's)"))
    p.add_argument("--decimal", choices=[",", "."], help=translate("Cli", "decimal mark (default: detected)"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON object"))

    return parser


def _early_language(argv: Sequence[str]) -> Language:
    from workbench.i18n.catalogue import language_from_environment

    for i, arg in enumerate(argv):
        if arg in COMMANDS:
            break  # a command's own --lang (the report's) is not the language of messages
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in ("fr", "en"):
            return Language(argv[i + 1])
        if arg.startswith("--lang=") and arg[7:] in ("fr", "en"):
            return Language(arg[7:])
    return language_from_environment()


def build_gui_parser(translate: Translate) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench",
        description=translate("Cli", "Start the desktop application."),
        epilog=translate("Cli", "Commands without a window: {commands} (workbench COMMAND --help).").format(
            commands=", ".join(COMMANDS)
        ),
    )
    parser.add_argument("workspace", nargs="?", type=Path, help=translate("Cli", "workspace file to open (.eaw)"))
    parser.add_argument("--lang", choices=["fr", "en"], help=translate("Cli", "language of the interface"))
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=translate("Cli", "open the window and the first site page, print the start-up time and exit"),
    )
    return parser


def _wants_gui(argv: Sequence[str]) -> bool:
    """No command word (``workbench``, ``workbench demo.eaw``, ``workbench --smoke-test``): the window."""
    words, skip = [], False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("-"):
            words.append(arg)
    if words and words[0] in COMMANDS:
        return False
    return not any(arg in ("-h", "--help", "--version") for arg in argv)


def plain_gui_args(argv: Sequence[str]) -> tuple[Path | None, str | None, bool] | None:
    """``(workspace, language, smoke test)`` when the window's arguments are the plain ones, else None.

    A double-click or ``workbench demo.eaw`` then starts without a translated argparse parser (a few ms of a
    cold start); anything unusual goes through the full parser, which explains mistakes.
    """
    workspace, language, smoke_test = None, None, False
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--smoke-test" and not smoke_test:
            smoke_test = True
        elif arg == "--lang" and language is None and i + 1 < len(argv) and argv[i + 1] in ("fr", "en"):
            language = argv[i + 1]
            i += 1
        elif arg.startswith("--lang=") and language is None and arg[7:] in ("fr", "en"):
            language = arg[7:]
        elif arg and not arg.startswith("-") and workspace is None:
            workspace = Path(arg)
        else:
            return None
        i += 1
    return workspace, language, smoke_test


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if _wants_gui(argv) and (plain := plain_gui_args(argv)) is not None:
        from workbench.app import run_gui

        return run_gui(*plain, STARTED)
    from workbench.i18n.catalogue import translator_for

    language = _early_language(argv)
    translate = translator_for(language)
    if _wants_gui(argv):
        args = build_gui_parser(translate).parse_args(argv)
        from workbench.app import run_gui

        return run_gui(args.workspace, args.lang, args.smoke_test, STARTED)
    parser = build_parser(translate)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    from workbench.i18n.formatting import Formatter

    from . import cli_commands

    handler = getattr(cli_commands, "run_" + args.command.replace("-", "_"))
    as_json = bool(getattr(args, "json", False))
    try:
        return handler(args, language, translate)
    except BrokenPipeError:
        # The reader (head, less) went away: stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except DomainError as exc:
        return _user_error(exc.render(translate, Formatter(language).value), as_json)
    except OSError as exc:
        text = message(
            "Cli",
            QT_TRANSLATE_NOOP("Cli", "Cannot use the file {path}: {reason}."),
            path=exc.filename or "",
            reason=exc.strerror or str(exc),
        )
        return _user_error(text.render(translate), as_json)
    except Exception:  # a defect of ours: a report for us, one sentence for the user, never a traceback
        from workbench.crash import write_crash_report

        report = write_crash_report(argv)
        sentence = message(
            "Cli",
            QT_TRANSLATE_NOOP(
                "Cli", "Internal error: nothing more was done. A crash report was written to {path}; please send it."
            ),
            path=str(report) if report else "—",
        ).render(translate)
        _print_error(sentence, as_json, EXIT_INTERNAL_ERROR)
        return EXIT_INTERNAL_ERROR


def _user_error(text: str, as_json: bool) -> int:
    _print_error(text, as_json, EXIT_USER_ERROR)
    return EXIT_USER_ERROR


def _print_error(text: str, as_json: bool, code: int) -> None:
    """One sentence on stderr, or with --json one JSON object on stdout (what a script reads)."""
    if as_json:
        import json

        json.dump({"error": text, "exit_code": code}, sys.stdout, ensure_ascii=False)
        print()
    else:
        print(text, file=sys.stderr)
