"""Employee lists from HR: CSV (UTF-8 or GBK) or XLSX, previewed first, written all or nothing."""

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from models.people import access
from models.people.employees import add_employee, employee_by_code
from models.people.teams import add_team, team_by_name
from models.rubrics import list_posts

# field → the header names accepted for it (matched without case or surrounding spaces)
COLUMNS = {
    "code": ("工号", "code"),
    "name": ("姓名", "name"),
    "team": ("班组", "team"),
    "post": ("岗位", "post"),
    "hire_date": ("入职日期", "hire_date"),
    "probation": ("试用期", "probation"),
}
REQUIRED = ("code", "name", "post")
YES = {"是", "yes", "y", "true", "1", "试用", "试用期"}
NO = {"否", "no", "n", "false", "0", ""}
DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")


@dataclass
class ImportProblem:
    """One problem of the file. `code` and `args` let the interface say it in the user's
    language (ui/import_dialog.py); `message` is the English sentence (logs, errors).

    Codes and their args: duplicate_column {column} · missing_column {names} · empty_file ·
    missing_value {field} · duplicate_code {code, first_row} · code_taken {code, name} ·
    unknown_post {post} · not_a_date {value} · not_a_real_date {value} · not_yes_no {value}.
    """
    row: int        # as the spreadsheet numbers it: the header is row 1
    column: str     # the header as written in the file
    message: str
    code: str = ""
    args: dict = field(default_factory=dict)
    values: dict = field(default_factory=dict)  # the row's cells by field (text), as read

    def __str__(self):
        return f"row {self.row}, {self.column}: {self.message}"


class _Refused(ValueError):
    """A cell that cannot be taken: the English message, and its code and args."""

    def __init__(self, message, code, **details):
        super().__init__(message)
        self.code, self.details = code, details


@dataclass
class ImportPreview:
    path: Path
    rows: list = field(default_factory=list)      # clean rows: dicts of the COLUMNS fields + row
    errors: list = field(default_factory=list)    # ImportProblem
    new_teams: list = field(default_factory=list)
    ignored_columns: list = field(default_factory=list)


def _read_table(path):
    """All rows of the first sheet / the CSV, as lists of cell values."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            raw = path.read_bytes()
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError:  # Excel on a Chinese Windows saves CSV as GBK
                try:
                    text = raw.decode("gb18030")
                except UnicodeDecodeError:
                    raise ValueError(f"{path}: neither UTF-8 nor GBK text") from None
            return list(csv.reader(io.StringIO(text, newline="")))
        if suffix == ".xlsx":
            import openpyxl  # slow to import; only imports need it

            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
            try:
                return [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
            finally:
                book.close()
    except OSError as exc:
        raise ValueError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except ValueError:
        raise
    except Exception as exc:  # openpyxl raises many kinds on a damaged workbook
        raise ValueError(f"{path}: not a readable Excel workbook ({exc})") from exc
    raise ValueError(f"{path}: only .csv and .xlsx files can be imported")


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # 工号 1001 typed into Excel comes back as 1001.0
    if isinstance(value, (datetime, date)):
        return value
    return str(value).strip()


def _date(value):
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = DATE.match(value) or re.match(r"^(\d{4})(\d{2})(\d{2})$", value)
    if not match:
        raise _Refused(f"{value!r} is not a date (use 2024-03-01)", "not_a_date", value=value)
    try:
        return date(*map(int, match.groups()))
    except ValueError:
        raise _Refused(f"{value!r} is not a real date", "not_a_real_date",
                       value=value) from None


def _headers(header_row, preview):
    where = {}
    for index, header in enumerate(header_row):
        text = str(header or "").strip()
        key = next((k for k, names in COLUMNS.items()
                    if text.lower() in (n.lower() for n in names)), None)
        if key is None:
            if text:
                preview.ignored_columns.append(text)
        elif key in where:
            preview.errors.append(ImportProblem(1, text, "this column appears twice",
                                                "duplicate_column", {"column": text}))
        else:
            where[key] = (index, text)
    for key in REQUIRED:
        if key not in where:
            names = " / ".join(COLUMNS[key])
            preview.errors.append(ImportProblem(1, COLUMNS[key][0], f"missing column ({names})",
                                                "missing_column", {"names": names}))
    return where


def _check_row(db, cells, number, posts, seen):
    """One data row → (clean row, [(field, message, code, args)])."""
    row, problems = {"row": number}, []
    for key in ("code", "name", "post"):
        row[key] = str(cells[key])
        if not row[key]:
            problems.append((key, f"missing {COLUMNS[key][1]}", "missing_value",
                             {"field": key}))
    code = row["code"].lower()
    if code:
        other = employee_by_code(db, row["code"])
        if code in seen:
            problems.append(("code", f"duplicate 工号 {row['code']!r} (first on row "
                                     f"{seen[code]})", "duplicate_code",
                             {"code": row["code"], "first_row": seen[code]}))
        elif other is not None:
            problems.append(("code", f"工号 {row['code']!r} already belongs to {other['name']}",
                             "code_taken", {"code": row["code"], "name": other["name"]}))
        seen.setdefault(code, number)
    if row["post"] and row["post"] not in posts:
        problems.append(("post", f"unknown post {row['post']!r}: no rubric is for it",
                         "unknown_post", {"post": row["post"]}))
    row["team"] = str(cells.get("team", ""))
    row["hire_date"] = None
    if cells.get("hire_date", "") != "":
        try:
            row["hire_date"] = _date(cells["hire_date"])
        except _Refused as exc:
            problems.append(("hire_date", str(exc), exc.code, exc.details))
    flag = str(cells.get("probation", "")).strip().lower()
    row["probation"] = flag in YES
    if flag not in YES | NO:
        problems.append(("probation", f"{flag!r} is not yes/no (是/否)", "not_yes_no",
                         {"value": flag}))
    return row, problems


def _cell_texts(cells):
    """The row's cells as text by field, as the preview shows them."""
    return {key: value.isoformat() if isinstance(value, (date, datetime)) else str(value)
            for key, value in cells.items()}


def preview_employees(db, path):
    """Read and check every row; nothing is written. Errors name the row and the column."""
    path = Path(path)
    table = _read_table(path)
    preview = ImportPreview(path)
    if not table:
        preview.errors.append(ImportProblem(1, "", "the file is empty", "empty_file"))
        return preview
    where = _headers(table[0], preview)
    if preview.errors:
        return preview
    posts, seen, new_teams = set(list_posts(db)), {}, {}
    for number, raw in enumerate(table[1:], start=2):
        cells = {key: _cell(raw[i]) if i < len(raw) else "" for key, (i, _) in where.items()}
        if all(v == "" for v in cells.values()):
            continue  # blank lines between blocks are common in HR sheets
        row, problems = _check_row(db, cells, number, posts, seen)
        preview.errors += [ImportProblem(number, where[key][1], message, code, args,
                                         _cell_texts(cells))
                           for key, message, code, args in problems]
        if not problems:
            preview.rows.append(row)
            if row["team"] and team_by_name(db, row["team"]) is None:
                new_teams.setdefault(row["team"], number)
    preview.new_teams = list(new_teams)
    return preview


def commit_import(db, preview, *, by):
    """Write every previewed row in ONE transaction (unknown teams are created); refused when
    the preview has errors. Returns the number of employees added."""
    access.require(by, "manage_teams")     # an import may add teams: HR's
    if preview.errors:
        raise ValueError(f"{preview.path}: {len(preview.errors)} problem(s), first "
                         f"{preview.errors[0]}; nothing was imported")
    with db.atomic():
        teams = {}
        for row in preview.rows:
            name = row["team"]
            if name and name not in teams:
                team = team_by_name(db, name)
                teams[name] = team["id"] if team else add_team(db, name=name, by=by)
            try:
                add_employee(db, code=row["code"], name=row["name"], team_id=teams.get(name),
                             post=row["post"], hire_date=row["hire_date"],
                             probation=row["probation"], by=by)
            except ValueError as exc:  # changed since the preview: the whole import rolls back
                raise ValueError(f"{preview.path}: row {row['row']}: {exc}; nothing was "
                                 "imported") from exc
    return len(preview.rows)
