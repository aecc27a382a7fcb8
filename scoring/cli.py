"""`check-rubric` and `score`: the engine from a terminal, without Qt."""

import json
import sys

from scoring.errors import RubricError
from scoring.evaluate import evaluate
from scoring.loader import load_rubric
from scoring.result import money
from scoring.sheet import load_sheet


def check_rubric(paths, out=sys.stdout, err=sys.stderr):
    """One line per file on `out`; reasons on `err`. Returns the exit code."""
    bad = 0
    for path in paths:
        try:
            rubric = load_rubric(path)
        except RubricError as exc:
            bad += 1
            print(f"invalid: {path}", file=out)
            print(str(exc), file=err)
            continue
        count = sum(1 for _ in rubric.items())
        print(f"ok: {path} ({rubric.id} v{rubric.version}, {len(rubric.sections)} sections, "
              f"{count} items)", file=out)
    return 2 if bad else 0


def score(rubric_path, sheet_path, as_json=False, out=sys.stdout, err=sys.stderr):
    try:
        rubric = load_rubric(rubric_path)
        if rubric.includes:     # each included rubric from <id>.yaml beside this one
            from scoring.includes import evaluate_with_includes, rubrics_beside, split_sheet
            from scoring.source import read_file

            rubrics = rubrics_beside(rubric_path, rubric)
            sheets = split_sheet(read_file(sheet_path), rubric, rubrics)
            result = evaluate_with_includes(rubric, sheets, rubrics)
        else:
            result = evaluate(rubric, load_sheet(sheet_path, rubric))
    except RubricError as exc:
        print(f"error: {exc}", file=err)
        return 2
    if as_json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2), file=out)
    else:
        print(render_text(rubric, result), file=out)
    return 0


def render_text(rubric, result):
    lines = [f"{rubric.name} (v{rubric.version})"]
    for section in result.sections:
        note = "  N/A" if section.na else ("  否决" if section.vetoed else "")
        lines.append(f"  {section.name}: {money(section.score)} / {money(section.max)}{note}")
        for item in result.items:
            if item.section == section.id:
                lines.append(f"      {item.why}")
        for part in result.included:
            if part.section == section.id:
                lines += _included_lines(part, "      ")
    for item in result.items:
        if item.section is None:
            lines.append(f"  {item.why}")
    for part in result.included:
        if part.section is None:
            lines += _included_lines(part, "  ")
    lines.append(f"总分 Total: {money(result.total)} / {money(result.max_total)}"
                 + (f"  等级 Grade: {result.grade}" if result.grade else ""))
    if result.pay is not None:
        pay = result.pay
        amount = "" if pay["amount"] is None else f" = {money(pay['amount'])}"
        lines.append(f"绩效工资 Pay: {money(pay['percent'])}%{amount}")
    if result.missing:
        lines.append(f"缺少 Missing: {', '.join(result.missing)}  (incomplete)")
    if result.approval_needed:
        lines.append(f"待审批 Needs approval: {', '.join(result.approval_needed)}")
    if result.vetoed:
        lines.append(f"否决 Veto: {result.vetoed}")
    return "\n".join(lines)


def _included_lines(part, indent):
    """An included rubric under its section or the form-level lines: its effect, then its own
    reasons (each item that counted)."""
    lines = [f"{indent}{part.why}"]
    for item in part.result.items:
        if item.deducted or item.added or item.score is not None or item.fired or item.missing:
            lines.append(f"{indent}    {item.why}")
    return lines
