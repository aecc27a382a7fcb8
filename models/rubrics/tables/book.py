"""The rubric template's files: an Excel workbook (one sheet per table) or one CSV (the same
tables one after another, each headed by a line holding only its name in brackets,
"[设置 Settings]"). Read into tables of raw cells with their row numbers; written whole or not
at all (a temporary file renamed into place).

CSV is UTF-8 with a BOM and CRLF lines, so Excel opens Chinese correctly; read as UTF-8, else
GB18030 (what Excel on a Chinese Windows saves). A CSV text that Excel would run as a formula
(= + - @ first) is written with an apostrophe before it, which reading takes off again.
"""

import csv
import io
import os
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from models.rubrics.tables.cells import num_text
from models.rubrics.tables.columns import SHEET_NAMES, norm

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BLOCK = re.compile(r"^\s*\[(.+)\]\s*$")
MAX_CELL = 32767


@dataclass
class Table:
    name: str                                 # as the file names it
    kind: str | None                          # settings, items, form_items, grades, readme
    rows: list = field(default_factory=list)  # [(row number, [cell values])]
    start: int = 1                            # its first row (in a CSV: its [name] line)


def kind_of(name):
    sheet = SHEET_NAMES.get(norm(name))
    return sheet.key if sheet else None


def read_book(path):
    """Every table of an .xlsx or .csv file. Raises ValueError (naming the file) when it cannot
    be read at all."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return _read_csv(path)
        if suffix == ".xlsx":
            return _read_xlsx(path)
    except OSError as exc:
        raise ValueError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except ValueError:
        raise
    except Exception as exc:  # openpyxl raises many kinds on a damaged workbook
        raise ValueError(f"{path}: not a readable Excel workbook ({exc})") from exc
    raise ValueError(f"{path}: only .xlsx and .csv files can be imported")


def _cell(cell):
    value = cell.value
    # A number shown as a percentage (Excel keeps 30% as 0.3) is read as what it shows.
    if isinstance(value, (int, float)) and not isinstance(value, bool) and \
            "%" in (cell.number_format or ""):
        return f"{num_text(Decimal(repr(value)) * 100)}%"
    return value


def _read_xlsx(path):
    import openpyxl  # slow to import; only the import and export need it

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        tables = []
        for sheet in book.worksheets:
            sheet.reset_dimensions()          # some programs write a wrong size
            table = Table(sheet.title, kind_of(sheet.title))
            for number, row in enumerate(sheet.iter_rows(), start=1):
                table.rows.append((number, [_cell(c) for c in row]))
            tables.append(table)
        return tables
    finally:
        book.close()


def _decode(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return raw.decode("gb18030")
        except UnicodeDecodeError:
            raise ValueError(f"{path}: neither UTF-8 nor GBK text") from None


def csv_text(text):
    """A CSV field as written: an apostrophe before what Excel would run as a formula (and
    before a leading apostrophe, so reading can tell them apart)."""
    return "'" + text if text.startswith(FORMULA_START + ("'",)) else text


def _csv_cell(text):
    if text.startswith("'") and text[1:].startswith(FORMULA_START + ("'",)):
        return text[1:]
    return text


def _read_csv(path):
    reader = csv.reader(io.StringIO(_decode(path), newline=""))
    tables, current, line = [], None, 1
    for record in reader:
        number, line = line, reader.line_num + 1      # a record may span lines (quoted)
        cells = [_csv_cell(c) for c in record]
        filled = [c for c in cells if c.strip()]
        match = BLOCK.match(cells[0]) if len(filled) == 1 and cells[0].strip() else None
        if match:
            current = Table(match.group(1).strip(), kind_of(match.group(1)), start=number)
            tables.append(current)
            continue
        if current is None:
            if not filled:
                continue
            current = Table("", None)                 # rows before any [block] line
            tables.append(current)
        current.rows.append((number, cells))
    return tables


# --- writing ------------------------------------------------------------------------------

@dataclass
class OutTable:
    sheet: object                   # columns.Name of the sheet
    headers: list                   # texts
    rows: list                      # lists of values (text, int, float, None)
    widths: dict = field(default_factory=dict)   # column index → width


def _text_cell(cell, text):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if ILLEGAL_CHARACTERS_RE.search(text) or len(text) > MAX_CELL:
        raise ValueError(f"{text[:40]!r}…: a text Excel cannot hold (control characters, or "
                         f"over {MAX_CELL} characters)")
    cell.value = text
    cell.data_type = "s"           # "=SUM(…)" stays text: openpyxl would make it a formula


def write_xlsx(tables, path, *, title=""):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    book.remove(book.active)
    head_font, head_fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    wrap = Alignment(wrap_text=True, vertical="top")
    for out in tables:
        sheet = book.create_sheet(out.sheet.header[:31])
        for column, header in enumerate(out.headers, start=1):
            cell = sheet.cell(row=1, column=column)
            _text_cell(cell, header)
            cell.font, cell.fill, cell.alignment = head_font, head_fill, wrap
        for row_number, row in enumerate(out.rows, start=2):
            for column, value in enumerate(row, start=1):
                if value is None or value == "":
                    continue
                cell = sheet.cell(row=row_number, column=column)
                if isinstance(value, str):
                    _text_cell(cell, value)
                    cell.alignment = wrap
                else:
                    cell.value = value
        from openpyxl.utils import get_column_letter

        for column in range(1, len(out.headers) + 1):
            width = out.widths.get(column - 1, 12)
            sheet.column_dimensions[get_column_letter(column)].width = width
        sheet.freeze_panes = "A2"
    book.properties.title = title
    book.properties.creator = "Appraisal Desk"
    return _replace(path, book.save)


def write_csv(tables, path):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for index, out in enumerate(tables):
        if index:
            writer.writerow([])
        writer.writerow([f"[{out.sheet.header}]"])
        writer.writerow([csv_text(h) for h in out.headers])
        for row in out.rows:
            writer.writerow(["" if v is None else csv_text(v) if isinstance(v, str)
                             else num_text(v) for v in row])
    text = buffer.getvalue()
    return _replace(path, lambda part: Path(part).write_text(text, encoding="utf-8-sig",
                                                             newline=""))


def write_text(text, path):
    return _replace(path, lambda part: Path(part).write_text(text, encoding="utf-8",
                                                             newline=""))


def _replace(path, save):
    path = Path(path)
    part = path.with_name(path.name + ".part")
    try:
        save(part)
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
    return path
