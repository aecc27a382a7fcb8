"""Appraisal Desk (考评台): command line and GUI entry point.

Sub-commands run headless and never import Qt; without one the desktop app starts.
"""

import argparse
import sys


def build_parser():
    parser = argparse.ArgumentParser(prog="main.py", description="Appraisal Desk 考评台")
    parser.add_argument("--db", help="database file (default: in your user data folder)")
    parser.add_argument("--lang", choices=["zh", "en"], help="interface language")
    commands = parser.add_subparsers(dest="command")
    check = commands.add_parser("check-rubric", help="validate rubric files")
    check.add_argument("files", nargs="+", metavar="FILE")
    score = commands.add_parser("score", help="evaluate a sheet against a rubric")
    score.add_argument("rubric", metavar="RUBRIC")
    score.add_argument("sheet", metavar="SHEET")
    score.add_argument("--json", action="store_true", help="print the result as JSON")
    rank = commands.add_parser("rank", help="rank a group of sheets under one rubric")
    rank.add_argument("rubric", metavar="RUBRIC")
    rank.add_argument("sheets", nargs="+", metavar="SHEET")
    rank.add_argument("--json", action="store_true", help="print the ranking as JSON")
    from reports.cli import (  # no Qt, no reportlab
        add_check_arguments,
        add_print_arguments,
        add_verify_arguments,
    )
    from reports.results_cli import add_results_arguments  # no Qt, no openpyxl

    add_print_arguments(commands.add_parser("print", help="print a period's forms as PDFs"))
    add_verify_arguments(commands.add_parser("verify", help="check that form PDFs are intact"))
    add_check_arguments(commands.add_parser(
        "check", help="check the store for tampering and damage (exit 1 on any problem)"))
    add_results_arguments(commands.add_parser(
        "results", help="a period's totals, ranks, stars and pay (JSON, Excel or CSV)"))
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    if args.command == "check-rubric":
        from scoring.cli import check_rubric
        return check_rubric(args.files)
    if args.command == "score":
        from scoring.cli import score
        return score(args.rubric, args.sheet, as_json=args.json)
    if args.command == "rank":
        from scoring.rank_cli import rank
        return rank(args.rubric, args.sheets, as_json=args.json)
    if args.command in ("print", "verify", "check"):
        from reports import cli
        return {"print": cli.main_print, "verify": cli.main_verify,
                "check": cli.main_check}[args.command](args)
    if args.command == "results":
        from reports.results_cli import main_results
        return main_results(args)
    _preload_before_qt()
    from ui.app import run
    return run(db_path=args.db, lang=args.lang)


def _preload_before_qt():
    """Start-up speed: import the store and the engine before PySide6.

    Once PySide6 is loaded it inspects the source of every module imported after it, which
    doubles their import time. numpy is not ours: sqlite-utils and shiboken import it only
    because it happens to be installed (100+ ms); the app never uses it.
    """
    sys.modules.setdefault("numpy", None)
    import models.database.store  # noqa: F401


if __name__ == "__main__":
    sys.exit(main())
