"""`main.py rank RUBRIC SHEET... [--json]`: a group of sheets outside any store, ranked.

A sheet may say who it is for: `employee: {id: E01, name: 王丽, status: probation}` (or just
`employee: E01`). The rubric's `stars.exclude` leaves out the statuses it names (no rank, no
star, not counted in N); see scoring/ranking.py for the rules. Exit 0, or 2 with
`error: FILE:LINE: field '…': …` on any invalid rubric or sheet, as `score` does.
"""

import json
import sys
import unicodedata
from decimal import Decimal

from scoring.errors import RubricError
from scoring.evaluate import evaluate
from scoring.loader import load_rubric
from scoring.ranking import rank_group
from scoring.result import money
from scoring.sheet import parse_sheet
from scoring.source import read_file

EMPLOYEE_KEYS = ("id", "name", "status")


def employee_of(doc):
    """{"id", "name", "status"} of a sheet's `employee:` (each None when not given)."""
    data = doc.data if isinstance(doc.data, dict) else {}
    raw = data.get("employee")
    found = dict.fromkeys(EMPLOYEE_KEYS)
    if raw is None:
        return found
    if _is_text(raw):
        found["id"] = str(raw)
        return found
    if not isinstance(raw, dict):
        raise doc.error("must be an id or a mapping {id, name, status}", ("employee",),
                        field="employee")
    for key, value in raw.items():
        if key not in EMPLOYEE_KEYS:
            raise doc.error(f"unknown key (allowed: {', '.join(EMPLOYEE_KEYS)})",
                            ("employee", key), field=f"employee.{key}")
        if value is None:
            continue
        if not _is_text(value):
            raise doc.error("must be text", ("employee", key), field=f"employee.{key}")
        found[key] = str(value)
    return found


def _is_text(value):
    return isinstance(value, (str, int, Decimal)) and not isinstance(value, bool)


def load_group(rubric_path, sheet_paths):
    """(rubric, [(path, employee, Result)]); RubricError on the first bad file."""
    rubric = load_rubric(rubric_path)
    included = None
    if rubric.includes:     # as `score`: included rubrics beside it, sheets under `included:`
        from scoring.includes import evaluate_with_includes, rubrics_beside, split_sheet

        included = rubrics_beside(rubric_path, rubric)
    members, seen = [], {}
    for path in sheet_paths:
        doc = read_file(path)
        if included is None:
            result = evaluate(rubric, parse_sheet(doc, rubric))
        else:
            result = evaluate_with_includes(rubric, split_sheet(doc, rubric, included), included)
        employee = employee_of(doc)
        code = employee["id"]
        if code is not None:
            if code in seen:
                raise doc.error(f"employee {code} is also the one of {seen[code]}",
                                ("employee", "id"), field="employee.id")
            seen[code] = path
        members.append((str(path), employee, result))
    return rubric, members


def ranking_json(rubric, members):
    """The `rank --json` document: members in rank order, the excluded last."""
    ranking = rank_group(rubric, [(i, result.total, [employee["status"] or ""])
                                  for i, (_path, employee, result) in enumerate(members)])
    rows = []
    for i in ranking.order:
        path, employee, result = members[i]
        standing = ranking.standings[i]
        row = {"sheet": path, "employee": dict(employee),
               "total": f"{money(result.total)}", "grade": result.grade,
               "rank": standing.rank, "stars": standing.stars, "excluded": standing.excluded}
        if rubric.money is not None and rubric.money.star_wages:   # 星级工资 by the stars
            wage = rubric.money.star_wage(standing.stars)
            row["star_wage"] = None if wage is None else f"{money(wage)}"
        rows.append(row)
    return {"rubric": rubric.id,
            "team_mean": None if ranking.mean is None else f"{money(ranking.mean)}",
            "cutoffs": list(ranking.cutoffs), "members": rows}, ranking


def rank(rubric_path, sheet_paths, as_json=False, out=sys.stdout, err=sys.stderr):
    try:
        rubric, members = load_group(rubric_path, sheet_paths)
    except RubricError as exc:
        print(f"error: {exc}", file=err)
        return 2
    document, ranking = ranking_json(rubric, members)
    if as_json:
        print(json.dumps(document, ensure_ascii=False, indent=2), file=out)
    else:
        print(render_text(rubric, document, ranking), file=out)
    return 0


def width(text):
    """Columns a text takes in a terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def table(header, rows):
    """Left-aligned columns, two spaces apart, CJK-aware."""
    widths = [max(width(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    return ["  ".join(str(cell) + " " * (w - width(str(cell)))
                      for cell, w in zip(row, widths)).rstrip() for row in [header, *rows]]


def render_text(rubric, document, ranking):
    head = f"{rubric.name} (v{rubric.version}): {ranking.count} ranked"
    if document["team_mean"] is not None:
        head += f", 平均分 Mean {document['team_mean']}"
    if ranking.cutoffs:
        head += f", 星级分界 Star cut-offs {'/'.join(map(str, ranking.cutoffs))}"
    lines = [head]
    if ranking.over_cap:
        lines.append(f"平均分超过上限 Mean above the cap of {money(ranking.average_cap)}")
    rows = []
    for member in document["members"]:
        employee = member["employee"]
        rows.append([
            "—" if member["rank"] is None else member["rank"],
            "不参评 excluded" if member["excluded"] else
            ("" if member["stars"] is None else "★" * member["stars"]),
            member["total"], member["grade"] or "", employee["id"] or "",
            employee["name"] or "", member["sheet"]])
        if "star_wage" in member:
            rows[-1].insert(4, member["star_wage"] or "")
    header = ["名次 Rank", "星级 Stars", "总分 Total", "等级 Grade", "工号 Code", "姓名 Name",
              "表 Sheet"]
    if any("star_wage" in member for member in document["members"]):
        header.insert(4, "星级工资 Star wage")
    lines += table(header, rows)
    return "\n".join(lines)
