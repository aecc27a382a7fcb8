"""`main.py score RUBRIC SHEET --money [--stars N] [--json]`: the money side of one sheet.

`score --json` prints exactly the contract's keys (docs/rubric-contract.md), so the money side
has its own switch: it prints the money alone, as text or as a JSON document of its own:
{"rubric": id, "total": the points total, "money": {currency, pay, lines, subtotal, total, cap,
floor, capped, floored, missing, flags, star_wages}, "star_wage": "…" (with --stars)}.
"""

import json
import sys

from scoring.errors import RubricError
from scoring.evaluate import evaluate
from scoring.loader import load_rubric
from scoring.money_side import NO_STARS, evaluate_money, render_money
from scoring.result import money
from scoring.sheet import load_sheet


def add_money_arguments(parser):
    parser.add_argument("--money", action="store_true",
                        help="print the money side (pay lines, fines, rewards, star wage) "
                             "instead of the points")
    parser.add_argument("--stars", metavar="N",
                        help="with --money: the star level the employee was ranked to (1…5, "
                             "or none) for the star wage")


def stars_of(text):
    """--stars: a whole number from 1, or none; ValueError otherwise."""
    if text is None:
        return NO_STARS
    if text.strip().lower() == "none":
        return None
    stars = int(text)
    if stars < 1:
        raise ValueError(text)
    return stars


def score_money(rubric_path, sheet_path, *, stars=None, as_json=False, out=sys.stdout,
                err=sys.stderr):
    try:
        level = stars_of(stars)
    except ValueError:
        print(f"error: --stars: must be a star level from 1 or none (got {stars!r})", file=err)
        return 2
    try:
        rubric = load_rubric(rubric_path)
        sheet = load_sheet(sheet_path, rubric)
    except RubricError as exc:
        print(f"error: {exc}", file=err)
        return 2
    if rubric.money is None:
        print(f"error: {rubric_path}: rubric '{rubric.id}' has no `money:` block", file=err)
        return 2
    result = evaluate(rubric, sheet)
    found = evaluate_money(rubric, sheet, result)
    if as_json:
        data = {"rubric": rubric.id, "total": f"{money(result.total)}",
                "money": found.to_json()}
        if level is not NO_STARS:
            wage = rubric.money.star_wage(level)
            data["star_wage"] = None if wage is None else f"{money(wage)}"
        print(json.dumps(data, ensure_ascii=False, indent=2), file=out)
    else:
        head = f"{rubric.name} (v{rubric.version}) — 总分 Total {money(result.total)}"
        print("\n".join([head] + render_money(found, level)), file=out)
    return 0
