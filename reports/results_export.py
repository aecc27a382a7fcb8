"""A period's results for payroll: Excel (a summary sheet and one sheet per team) and CSV, and
the entries behind the totals in either form. Input: models.results (PeriodResults, Entry).

Numbers stay exact: a Decimal is written as its two-decimal text in the cell's value (`<v>573.94
</v>`, a number cell with the format 0.00), never through a float, so Excel and openpyxl read
back exactly what the forms print. No text can run as a formula: every text cell is a string
cell (never `<f>`), and in CSV a text beginning with = + - @ (or a tab or carriage return) is
prefixed with an apostrophe. CSV is UTF-8 with a BOM, so Excel opens Chinese names correctly.
Files are written whole or not at all (a temporary file renamed into place).
"""

import csv
import os
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from scoring import money
from scoring.rank_cli import width

MONEY = "#,##0.00"
FIGURE = "0.00"
WHOLE = "0"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL = 32767          # Excel's longest text in a cell
SHEET_UNSAFE = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
STATES = {"draft": "草稿 draft", "submitted": "待员工确认 submitted",
          "disputed": "有异议 disputed", "acknowledged": "员工已确认 acknowledged",
          "reviewed": "已审核 reviewed", "locked": "已锁定 locked"}


@dataclass(frozen=True)
class Column:
    header: str
    kind: str                 # text | whole | figure | money
    get: object               # row → value


STATUSES = {"provisional": "暂定 provisional", "signed": "已签 signed", "final": "最终 final"}


def _status(final):
    return STATUSES["final" if final else "provisional"]


def _yes(flag):
    return "是 yes" if flag else ""


def _consequences(member):
    return "; ".join(f"{c['label']} {c.get('label_en') or ''}".strip()
                     for c in member.consequences)


def _money(member, part):
    return None if member.money is None else getattr(member.money, part)


def member_columns(period):
    return [
        Column("期间 Period", "text", lambda r: period),
        Column("班组 Team", "text", lambda r: r[0].name),
        Column("工号 Code", "text", lambda r: r[1].code),
        Column("姓名 Name", "text", lambda r: r[1].name),
        Column("组长 Lead", "text", lambda r: _yes(r[1].lead)),
        Column("考核标准 Rubric", "text", lambda r: f"{r[1].rubric_id} v{r[1].rubric_version}"),
        Column("表单状态 State", "text", lambda r: STATES.get(r[1].state, r[1].state)),
        Column("结果 Status", "text", lambda r: STATUSES[r[1].status]),
        Column("总分 Total", "figure", lambda r: r[1].total),
        Column("满分 Max", "figure", lambda r: r[1].max_total),
        Column("等级 Grade", "text", lambda r: r[1].grade or ""),
        Column("名次 Rank", "whole", lambda r: r[1].rank),
        Column("星级 Stars", "whole", lambda r: r[1].stars),
        Column("不参评 Excluded", "text", lambda r: _yes(r[1].excluded)),
        Column("绩效比例% Pay %", "figure", lambda r: r[1].pay_percent),
        Column("绩效工资 Pay", "money", lambda r: r[1].pay_amount),
        # The money side (a rubric's `money:`): the form's lines, the star wage, and the whole
        # (with the streaks' rewards and a lead's team line); empty for other rubrics.
        Column("表单金额 Form money", "money", lambda r: _money(r[1], "form")),
        Column("星级工资 Star wage", "money", lambda r: _money(r[1], "star_wage")),
        Column("金额合计 Money total", "money", lambda r: _money(r[1], "total")),
        Column("后果 Consequences", "text", lambda r: _consequences(r[1])),
        Column("问题 Problem", "text", lambda r: r[1].problem or ""),
    ]


def summary_columns(period):
    return [
        Column("期间 Period", "text", lambda r: period),
        Column("班组 Team", "text", lambda r: r[0].name),
        Column("结果 Status", "text", lambda r: _status(r[0].final)),
        Column("考核标准 Rubric", "text", lambda r: r[1].rubric_id if r[1] else ""),
        Column("表数 Forms", "whole", lambda r: r[2]),
        Column("已锁定 Locked", "whole", lambda r: r[3]),
        Column("参评人数 Ranked", "whole", lambda r: r[1].count if r[1] else None),
        Column("平均分 Mean", "figure", lambda r: r[1].mean if r[1] else None),
        Column("均分上限 Cap", "figure", lambda r: r[1].average_cap if r[1] else None),
        Column("超上限 Over cap", "text", lambda r: _yes(r[1] and r[1].over_cap)),
        Column("星级分界 Star cut-offs", "text",
               lambda r: "/".join(map(str, r[1].cutoffs)) if r[1] else ""),
        Column("绩效工资合计 Pay total", "money", lambda r: r[4]),
        Column("班组均分(不含组长) Team mean", "figure", lambda r: r[0].mean),
        Column("缺表 Without form", "text",
               lambda r: ", ".join(f"{e['code']} {e['name']}" for e in r[0].without_form)),
    ]


def entry_columns(period):
    kinds = {"incident": "记录 entry", "value": "数值 value", "team": "团队数据 team figure"}
    return [
        Column("期间 Period", "text", lambda e: period),
        Column("班组 Team", "text", lambda e: e.team),
        Column("工号 Code", "text", lambda e: e.code),
        Column("姓名 Name", "text", lambda e: e.name),
        Column("表单 Form", "whole", lambda e: e.form_id),
        Column("表单状态 State", "text", lambda e: STATES.get(e.state, e.state)),
        Column("类别 Kind", "text", lambda e: kinds.get(e.kind, e.kind)),
        Column("项目代码 Item ID", "text", lambda e: e.item_id),
        Column("项目 Item", "text", lambda e: e.item),
        Column("日期 Date", "text", lambda e: e.at),
        Column("次数 Count", "whole", lambda e: e.count),
        Column("严重 Severe", "text", lambda e: _yes(e.severe)),
        Column("金额 Amount", "figure", lambda e: e.amount),
        Column("分值 Points", "figure", lambda e: e.points),
        Column("数值 Value", "text", lambda e: e.value or ""),
        Column("备注 Note", "text", lambda e: e.note),
        Column("录入人 By", "text", lambda e: e.by),
        Column("审批人 Approved by", "text", lambda e: e.approved_by or ""),
    ]


def member_rows(results):
    return [(team, member) for team in results.teams for member in team.members]


def summary_rows(results):
    rows = []
    for team in results.teams:
        locked = sum(1 for m in team.members if m.state == "locked")
        for group in team.groups or (None,):
            members = [m for m in team.members if group and m.rubric_id == group.rubric_id]
            forms = len(members) if group else 0
            done = sum(1 for m in members if m.state == "locked") if group else locked
            amounts = [m.pay_amount for m in members if m.pay_amount is not None]
            rows.append((team, group, forms, done,
                         sum(amounts, Decimal(0)) if amounts else None))
    return rows


# --- cells ---------------------------------------------------------------------------------

def exact(value):
    """A number as the exact text written into a cell or a CSV field ("573.94", "3")."""
    if isinstance(value, int):
        return str(value)
    return f"{money(Decimal(value)):f}"


def clean_text(text):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", str(text))[:MAX_CELL]


def put(cell, kind, value):
    """One cell: a string cell for text (never a formula), an exact number otherwise."""
    if value is None or value == "":
        return
    if kind == "text":
        cell.value = clean_text(value)
        cell.data_type = "s"          # "=SUM(…)" stays text: openpyxl would make it a formula
        return
    cell.value = exact(value)         # the decimal text itself goes into <v>, never a float
    cell.data_type = "n"
    cell.number_format = {"money": MONEY, "figure": FIGURE}.get(kind, WHOLE)


def _fill(sheet, columns, rows):
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    widths = []
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index)
        put(cell, "text", column.header)
        cell.font = Font(bold=True)
        widths.append(width(column.header))
    for row_index, row in enumerate(rows, start=2):
        for index, column in enumerate(columns, start=1):
            value = column.get(row)
            put(sheet.cell(row=row_index, column=index), column.kind, value)
            if value is not None:
                shown = exact(value) if column.kind != "text" else str(value)[:80]
                widths[index - 1] = max(widths[index - 1], width(shown))
    for index, size in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(max(size + 2, 8), 60)
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = sheet.dimensions


def sheet_title(name, taken):
    """A valid, unique worksheet name (31 characters, none of []:*?/\\)."""
    base = SHEET_UNSAFE.sub("_", name).strip("'") or "班组"
    title, n = base[:31], 2
    while title.lower() in taken:
        suffix = f" ({n})"
        title, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(title.lower())
    return title


def _save(workbook, path):
    path = Path(path)
    part = path.with_name(path.name + ".part")
    try:
        workbook.save(part)
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
    return path


def results_xlsx(results, path):
    """The summary sheet, then one sheet per team; returns the path written."""
    from openpyxl import Workbook

    workbook = Workbook()
    summary = workbook.active
    summary.title = "汇总 Summary"
    taken = {summary.title.lower()}
    _fill(summary, summary_columns(results.period), summary_rows(results))
    for team in results.teams:
        sheet = workbook.create_sheet(sheet_title(team.name, taken))
        _fill(sheet, member_columns(results.period), [(team, m) for m in team.members])
    workbook.properties.title = f"考核结果 Results {results.period}"
    return _save(workbook, path)


def entries_xlsx(entries, period, path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "明细 Entries"
    _fill(sheet, entry_columns(period), entries)
    workbook.properties.title = f"考核明细 Entries {period}"
    return _save(workbook, path)


# --- CSV -----------------------------------------------------------------------------------

def csv_field(kind, value):
    if value is None or value == "":
        return ""
    if kind != "text":
        return exact(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _write_csv(columns, rows, path):
    path = Path(path)
    part = path.with_name(path.name + ".part")
    try:
        with open(part, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow([csv_field("text", c.header) for c in columns])
            for row in rows:
                writer.writerow([csv_field(c.kind, c.get(row)) for c in columns])
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
    return path


def results_csv(results, path):
    """One line per form (every team), the columns of the team sheets."""
    return _write_csv(member_columns(results.period), member_rows(results), path)


def entries_csv(entries, period, path):
    return _write_csv(entry_columns(period), entries, path)
