"""Appraisal Desk (考评台): command line and GUI entry point.

Sub-commands run headless and never import Qt; without one the desktop app starts.
"""

import sys


def build_parser():
    import argparse

    parser = argparse.ArgumentParser(prog="main.py", description="Appraisal Desk 考评台")
    parser.add_argument("--db", help="database file (default: in your user data folder)")
    parser.add_argument("--lang", choices=["zh", "en"], help="interface language")
    from models.storage.resources import app_version  # resources/VERSION, frozen or not

    parser.add_argument("--version", action="version", version=f"Appraisal Desk {app_version()}")
    commands = parser.add_subparsers(dest="command")
    check = commands.add_parser("check-rubric", help="validate rubric files")
    check.add_argument("files", nargs="+", metavar="FILE")
    score = commands.add_parser("score", help="evaluate a sheet against a rubric")
    score.add_argument("rubric", metavar="RUBRIC")
    score.add_argument("sheet", metavar="SHEET")
    score.add_argument("--json", action="store_true", help="print the result as JSON")
    from scoring.money_cli import add_money_arguments  # --money, --stars: the money side

    add_money_arguments(score)
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
    from models.rubrics.tables.cli import add_rubric_arguments  # no Qt, no openpyxl yet

    add_rubric_arguments(commands.add_parser(
        "rubric", help="a rubric from or to the Excel/CSV template (docs/rubric-template.md)"))
    return parser


def _app_arguments(argv):
    """Only the desktop app's own arguments (--db PATH, --lang zh|en, each also as --x=…), or
    None for anything else (the full parser reads it). The app then starts without argparse
    or the sub-commands' modules (start-up speed; bench/bench_startup.py)."""
    from types import SimpleNamespace

    args, words = SimpleNamespace(db=None, lang=None, command=None), list(
        sys.argv[1:] if argv is None else argv)
    while words:
        name, equals, value = words.pop(0).partition("=")
        if name not in ("--db", "--lang"):
            return None
        if not equals:
            if not words:
                return None
            value = words.pop(0)
        if name == "--lang" and value not in ("zh", "en"):
            return None
        setattr(args, name[2:], value)
    return args


def main(argv=None):
    args = _app_arguments(argv) or build_parser().parse_args(argv)
    if args.command == "check-rubric":
        from scoring.cli import check_rubric
        return check_rubric(args.files)
    if args.command == "score" and args.money:
        from scoring.money_cli import score_money
        return score_money(args.rubric, args.sheet, stars=args.stars, as_json=args.json)
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
    if args.command == "rubric":
        from models.rubrics.tables.cli import main_rubric
        return main_rubric(args, default_db=_default_db)
    _preload_before_qt()
    from ui.app import run
    return run(db_path=args.db, lang=args.lang)


def _default_db():
    from models.database.store import default_db_path

    return default_db_path()


def _preload_before_qt():
    """Start-up speed. numpy is not ours: sqlite-utils and shiboken import it only because it
    happens to be installed (100+ ms); the app never uses it. The store (sqlite-utils) is
    imported after the first frame (ui/app.py shows the window first)."""
    sys.modules.setdefault("numpy", None)


if __name__ == "__main__":
    import multiprocessing

    # A frozen build started as a print worker (reports/batch.py) runs that, not the app.
    multiprocessing.freeze_support()
    sys.exit(main())
