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
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    if args.command == "check-rubric":
        from scoring.cli import check_rubric
        return check_rubric(args.files)
    if args.command == "score":
        from scoring.cli import score
        return score(args.rubric, args.sheet, as_json=args.json)
    from ui.app import run
    return run(db_path=args.db, lang=args.lang)


if __name__ == "__main__":
    sys.exit(main())
