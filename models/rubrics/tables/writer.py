"""Writing a rubric into the template: settings, sections and items, form-level items, grades
and pay — the plain columns where they say a value exactly, the 高级 (YAML) column for the
rest. Every row written is read back with the importer's own row readers and compared with
the rubric; a key that does not come back exactly moves to 高级. So import(export(r)) is r."""

import yaml

from models.rubrics.rubric_yaml import load_rubric_data
from models.rubrics.tables import columns as c
from models.rubrics.tables.bands import bands_text
from models.rubrics.tables.book import OutTable, Table, write_csv, write_text, write_xlsx
from models.rubrics.tables.cells import (
    amount_text,
    derived_text,
    num_text,
    shortfall_text,
    survey_text,
)
from models.rubrics.tables.items import Sections, read_item
from models.rubrics.tables.settings import read_grades, setting_value
from models.rubrics.tables.sheet import SheetReader

ITEM_KEYS = [k.key for k in c.SECTION_COLUMNS + c.ITEM_COLUMNS if k.key != "add"]
FORM_KEYS = ["id", "name", "name_en", "text", "text_en", "deduct", "add", "severe_x", "cap",
             "veto", "shortfall", "ratio", "relative_to", "approval", "unit", "method",
             "method_en", "source", "notes", "notes_en", "advanced"]
WIDTHS = {"section": 16, "text": 44, "text_en": 30, "name": 16, "name_en": 18, "method": 24,
          "method_en": 20, "bands": 18, "shortfall": 16, "survey": 22, "derived": 16,
          "source": 24, "notes": 24, "notes_en": 20, "advanced": 30, "key": 22, "value": 30,
          "note": 50, "label": 12, "label_en": 16}
SECTION_PLAIN = {"id", "name", "points", "weight", "start", "name_en", "method", "method_en",
                 "source", "notes", "notes_en"}
TEXT_KEYS = ("name", "name_en", "text", "text_en", "method", "method_en", "unit", "source",
             "notes", "notes_en")


def flow(mapping):
    """A mapping as one line of YAML flow text, for the 高级 column."""
    return yaml.safe_dump(mapping, default_flow_style=True, allow_unicode=True, width=10 ** 6,
                          sort_keys=False).strip()


def _yes(value):
    return {True: "是", False: "否"}[value]


def _number(value):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(value)
    return value


def _item_cells(key, value, entry=None):
    """{column key: cell} for one key of an item; TypeError/KeyError when no column says it.
    A ratio item shown in % has its band bounds written as percentages (95%, read as 0.95)."""
    if key in TEXT_KEYS or key == "id":
        if not isinstance(value, str):
            raise TypeError(value)
        return {key: value}
    if key in ("points", "severe_x", "cap", "scale"):
        return {key: _number(value)}
    if key in ("deduct", "add"):
        if isinstance(value, list):
            [_number(v) for v in value]
            return {key: amount_text(value)}
        return {key: _number(value)}
    if key == "veto":
        return {key: c.VETO_WRITE[value]}
    if key == "check":
        if value is not True:
            raise TypeError(value)
        return {key: "是"}
    if key == "rating":
        if set(value) != {"max"}:
            raise TypeError(value)
        return {key: _number(value["max"])}
    if key == "linear":
        return {"zero_at": _number(value["zero_at"]), "full_at": _number(value["full_at"])}
    if key == "bands":
        shown_in_percent = bool(entry) and entry.get("ratio") is True and entry.get("unit") == "%"
        text = bands_text(value, percent=shown_in_percent)
        if text is None:
            raise TypeError(value)
        return {key: text}
    if key == "shortfall":
        return {key: shortfall_text(value)}
    if key == "survey":
        return {key: survey_text(value)}
    if key == "derived":
        cells = {key: derived_text(value, c.DERIVED_WRITE)}
        if "linear" in value:
            cells.update(_item_cells("linear", value["linear"]))
        if "bands" in value:
            cells.update(_item_cells("bands", value["bands"], entry))
        return cells
    if key in ("ratio",):
        return {key: _yes(value)}
    if key == "relative_to" and value == "team_mean":
        return {key: "是"}
    if key == "approval" and value == "always":
        return {key: "是"}
    raise KeyError(key)


def _row(entry, plain, encode):
    cells, rest = {}, {}
    for key, value in entry.items():
        if key in plain:
            cells.update(encode(key, value, entry))
        elif key != "items":
            rest[key] = value
    if rest:
        cells["advanced"] = flow(rest)
    return cells


def _fitted(entry, encode, read_back):
    """The row's cells: plain columns for every key that reads back exactly, 高级 for the rest."""
    plain = set()
    for key, value in entry.items():
        try:
            encode(key, value, entry)
            plain.add(key)
        except (TypeError, KeyError, ValueError, AttributeError):
            pass
    for _attempt in range(3):
        cells = _row(entry, plain, encode)
        back = read_back(cells)
        wanted = {k: v for k, v in entry.items() if k != "items"}
        if back == wanted:
            return cells
        wrong = {k for k in set(wanted) | set(back or {}) if (back or {}).get(k) != wanted.get(k)}
        plain -= wrong if back is not None and wrong & plain else set(plain) - {"id", "name"}
    raise AssertionError(f"cannot write {entry.get('id')!r} so that it reads back the same")


def _probe(keys, lookup, cells):
    headers = [next(n.header for n in lookup.values() if n.key == k) for k in keys]
    table = Table("probe", None, [(1, headers), (2, [cells.get(k) for k in keys])])
    problems = []
    return SheetReader(table, lookup, (), problems, []), problems


def _read_item_back(keys, lookup):
    def read_back(cells):
        sheet, problems = _probe(keys, lookup, cells)
        item, _origin, _ok = read_item(sheet, sheet.rows[0])
        return None if problems else item
    return read_back


def _read_section_back(keys, lookup):
    def read_back(cells):
        sheet, problems = _probe(keys, lookup, cells)
        sections = Sections(sheet)
        sections.take(sheet.rows[0])
        sections.describe(sheet.rows[0])
        return None if problems else sections.current[0]
    return read_back


def _section_cells(key, value, _entry=None):
    if key not in SECTION_PLAIN:
        raise KeyError(key)
    if key == "start":
        return {"start": c.START_WRITE[value]}
    if key in ("points", "weight"):
        return {"section_points" if key == "points" else "weight": _number(value)}
    if not isinstance(value, str):
        raise TypeError(value)
    return {{"id": "section_id", "name": "section"}.get(key, key): value}


def items_table(data):
    lookup = c.lookup(c.SECTION_COLUMNS + c.ITEM_COLUMNS)
    item_back = _read_item_back(ITEM_KEYS, lookup)
    section_back = _read_section_back(ITEM_KEYS, lookup)
    rows = []
    for section in data["sections"]:
        cells = _fitted(section, _section_cells, section_back)
        rows.append([cells.get(k) for k in ITEM_KEYS])
        for item in section.get("items", []):
            cells = _fitted(item, _item_cells, item_back)
            rows.append([cells.get(k) for k in ITEM_KEYS])
    return _out(c.ITEMS, ITEM_KEYS, lookup, rows)


def form_table(data):
    lookup = c.lookup(c.ITEM_COLUMNS)
    back = _read_item_back(FORM_KEYS, lookup)
    rows = []
    for place in ("bonuses", "deductions", "vetoes"):
        for item in data.get(place, []):
            cells = _fitted(item, _item_cells, back)
            rows.append([cells.get(k) for k in FORM_KEYS])
    return _out(c.FORM_ITEMS, FORM_KEYS, lookup, rows)


def _out(sheet, keys, lookup, rows):
    names = {n.key: n for n in lookup.values()}
    return OutTable(sheet, [names[k].header for k in keys], rows,
                    {i: WIDTHS.get(k, 11) for i, k in enumerate(keys)})


# --- settings, grades and pay -------------------------------------------------------------

def _get(data, path):
    for part in path.split("."):
        if not isinstance(data, dict) or part not in data:
            return None
        data = data[part]
    return data


def _setting_cell(key, value):
    if key == "post" and isinstance(value, list) and len(value) > 1:
        return "、".join(value)
    if key == "period":
        return c.PERIOD_WRITE[value]
    if key == "pay.proportional":
        return _yes(value)
    if key == "stars.shares":
        return ", ".join(num_text(_number(v)) for v in value)
    if key == "stars.exclude":
        return ", ".join(value)
    if key in ("version", "base", "max_total", "floor", "team_average_cap") or "." in key:
        return _number(value)
    if not isinstance(value, str):
        raise TypeError(value)
    return value


NESTED = {"approval": {"bonus_over", "deduction_over"}, "stars": {"shares", "exclude"},
          "pay": {"amount", "table", "proportional", "deduct_below"}}


def _settings_plain(data):
    """{setting key: cell} of what the settings rows say exactly; the keys they cannot say."""
    keys = [n.key for n in c.SETTINGS_KEYS if n.key != "advanced"]
    cells, rest = {}, []
    for top, value in data.items():
        if top in ("sections", "bonuses", "deductions", "vetoes", "grades"):
            continue
        mine = [k for k in keys if k.split(".")[0] == top]
        ok = bool(mine) and (top not in NESTED or (isinstance(value, dict) and set(value) <=
                                                   NESTED[top]))
        if top == "pay" and ok and isinstance(value.get("deduct_below"), dict):
            ok = set(value["deduct_below"]) <= {"total", "per_point"}
        found = {}
        for key in mine if ok else ():
            got = _get(data, key)
            if got is None:
                continue
            try:
                found[key] = _setting_cell(key, got)
                ok = ok and setting_value(key, found[key]) == got
            except (TypeError, KeyError, ValueError):
                ok = False
        if ok:
            cells.update(found)
        else:
            rest.append(top)
    return cells, rest


def settings_and_grades(data):
    """The settings table and the grades and pay table. Whatever a plain row cannot say goes
    to the settings' 高级 — the pay block whole when it holds a key of its own, and the grades
    and pay tables whole when their rows cannot be written back exactly."""
    cells, rest = _settings_plain(data)
    extra = {k: data[k] for k in rest}
    with_pay = "pay" not in extra
    rows = _grade_rows(data, with_pay)
    if rows is None:
        rows = []
        extra.update({k: data[k] for k in ("grades",) if k in data})
        if with_pay and isinstance(data.get("pay"), dict) and "table" in data["pay"]:
            extra["pay"] = data["pay"]
            cells = {k: v for k, v in cells.items() if not k.startswith("pay.")}
    settings = []
    for name in c.SETTINGS_KEYS:
        value = flow(extra) if name.key == "advanced" and extra else cells.get(name.key)
        settings.append([name.header, value, name.help])
    return (OutTable(c.SETTINGS, [n.header for n in c.SETTING_COLUMNS], settings,
                     {0: 24, 1: 36, 2: 60}),
            OutTable(c.GRADES, [n.header for n in c.GRADE_COLUMNS], rows,
                     {0: 14, 1: 14, 2: 18, 3: 12}))


def _grade_rows(data, with_pay):
    """The merged grade and pay rows (best first), or None when they cannot be written back
    exactly."""
    grades = data.get("grades") or []
    pay = data["pay"].get("table") or [] if with_pay and isinstance(data.get("pay"), dict) \
        else []
    try:
        by_min = {}
        for row in grades:
            if set(row) - {"min", "label", "label_en"} or not isinstance(row.get("label"), str):
                return None
            by_min.setdefault(_number(row["min"]), {}).update(row)
        for row in pay:
            if set(row) != {"min", "percent"}:
                return None
            entry = by_min.setdefault(_number(row["min"]), {})
            entry["percent"] = _number(row["percent"])
    except (TypeError, KeyError, AttributeError):
        return None
    rows = [[low, e.get("label"), e.get("label_en"), e.get("percent")]
            for low, e in sorted(by_min.items(), key=lambda pair: -pair[0])]
    lookup = c.lookup(c.GRADE_COLUMNS)
    table = Table("probe", None, [(1, [n.header for n in c.GRADE_COLUMNS])] +
                  [(i + 2, r) for i, r in enumerate(rows)])
    problems = []
    sheet = SheetReader(table, lookup, (), problems, [])
    back_grades, back_pay = read_grades(sheet, 0, {}) if rows else ([], [])
    if problems or back_grades != grades or back_pay != pay:
        return None
    return rows


def readme_table():
    rows = []
    for sheet, names in ((c.SETTINGS, c.SETTINGS_KEYS), (c.ITEMS, c.SECTION_COLUMNS +
                                                         c.ITEM_COLUMNS),
                         (c.GRADES, c.GRADE_COLUMNS)):
        rows += [[sheet.header, n.header, n.help] for n in names]
    return OutTable(c.README, ["表 Sheet", "栏目 Column", "说明 Help"], rows,
                    {0: 18, 1: 26, 2: 90})


# --- files --------------------------------------------------------------------------------

def rubric_tables(data):
    settings, grades = settings_and_grades(data)
    return [settings, items_table(data), form_table(data), grades]


def export_rubric(source, path):
    """Write a rubric (its YAML text, or its plain data) to `path`: .xlsx or .csv in the
    template's layout, .yaml/.yml as the YAML text itself (unchanged when given as text).
    Returns the path written."""
    from pathlib import Path

    path = Path(path)
    suffix = path.suffix.lower()
    text = source if isinstance(source, str) else None
    if suffix in (".yaml", ".yml"):
        if text is None:
            from models.rubrics.rubric_yaml import dump_rubric
            text = dump_rubric(source)
        return write_text(text, path)
    data = load_rubric_data(text) if text is not None else source
    if suffix == ".xlsx":
        title = f"{data.get('name', '')} ({data.get('id', '')} v{data.get('version', 1)})"
        return write_xlsx(rubric_tables(data) + [readme_table()], path, title=title)
    if suffix == ".csv":
        return write_csv(rubric_tables(data), path)
    raise ValueError(f"{path}: write .xlsx, .csv or .yaml")
