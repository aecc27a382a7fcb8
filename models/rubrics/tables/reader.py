"""Reading a filled-in rubric template (.xlsx or .csv) into rubric data, every problem named by
sheet, row and column; nothing is stored here. The data is then checked by the engine itself
(validate.py), whose located errors are mapped back to the cells they came from."""

from dataclasses import dataclass, field
from pathlib import Path

from models.rubrics.tables import columns as c
from models.rubrics.tables.book import Table, read_book
from models.rubrics.tables.cells import text_of
from models.rubrics.tables.items import (
    Sections,
    form_list,
    is_item_row,
    is_section_row,
    kind_of,
    read_item,
    rule_text,
)
from models.rubrics.tables.settings import read_grades, read_settings
from models.rubrics.tables.sheet import SheetReader, TableProblem
from models.rubrics.tables.validate import cross_check, engine_check

# The rubric's keys in the order the YAML is written (others, from 高级, follow `floor`).
HEAD = ("id", "name", "name_en", "version", "post", "post_en", "period", "base", "max_total",
        "floor")
TAIL = ("notes", "notes_en", "description", "description_en", "source", "source_en", "method",
        "method_en", "sections", "bonuses", "deductions", "vetoes")


@dataclass
class OutlineRow:
    """One line of the preview: a section or an item, where it was read, and its rule."""
    level: str          # section, item, bonuses, deductions, vetoes
    sheet: str
    row: int
    id: str
    name: str
    points: str         # 30 / 40% for a section, the 分值 of an earning item
    rule: str           # the row's rule columns as written


@dataclass
class RubricPreview:
    path: Path
    data: dict | None = None        # the rubric as plain data (None while anything is wrong)
    text: str = ""                  # its YAML (dump_rubric), when valid
    rubric: object = None           # the engine's Rubric, when valid
    problems: list = field(default_factory=list)    # TableProblem
    notices: list = field(default_factory=list)     # sheets and columns not read
    outline: list = field(default_factory=list)     # OutlineRow

    @property
    def valid(self):
        return self.rubric is not None and not self.problems


def preview_rubric_file(path):
    """Read and check a template file. Raises ValueError only when the file cannot be opened
    at all; everything else is in the preview's problems."""
    path = Path(path)
    preview = RubricPreview(path)
    tables = read_book(path)
    data, origins = _assemble(tables, preview)
    if data is None:
        return preview
    preview.outline = outline(data, origins)
    texts = {}
    cross_check(data, origins, preview.problems)
    engine_check(data, origins, preview.problems, texts, file=path.name)
    order = {table.name: index for index, table in enumerate(tables)}
    preview.problems.sort(key=lambda p: (order.get(p.sheet, len(order)), p.row or 0))
    if not preview.problems:
        preview.data, preview.text, preview.rubric = data, texts["text"], texts["rubric"]
    return preview


def _tables(tables, preview):
    """{kind: Table} of the known tables; the others become notices (or problems)."""
    found = {}
    for table in tables:
        if table.kind is None:
            if table.name or any(any(cell not in (None, "") for cell in cells)
                                 for _n, cells in table.rows):
                preview.notices.append(table.name or "(rows before the first [sheet] line)")
            continue
        if table.kind in found:
            preview.problems.append(TableProblem(table.name, None, "", "this sheet appears "
                                                 "twice", "duplicate_sheet",
                                                 {"sheet": table.name}))
            continue
        found[table.kind] = table
    for sheet in (c.SETTINGS, c.ITEMS):
        if sheet.key not in found:
            preview.problems.append(TableProblem(sheet.header, None, "", f"missing sheet "
                                                 f"{sheet.header}", "missing_sheet",
                                                 {"sheet": sheet.header}))
    return found


def _assemble(tables, preview):
    found = _tables(tables, preview)
    problems, notices = preview.problems, preview.notices
    if c.SETTINGS.key not in found or c.ITEMS.key not in found:
        return None, None
    origins = {}
    settings = SheetReader(_with_settings_header(found["settings"]),
                           c.lookup(c.SETTING_COLUMNS), c.SETTINGS_REQUIRED, problems, notices)
    values, extra = read_settings(settings, origins) if settings.readable else ({}, {})
    items = SheetReader(found["items"], c.lookup(c.SECTION_COLUMNS + c.ITEM_COLUMNS),
                        c.ITEMS_REQUIRED, problems, notices)
    sections = _read_sections(items, preview) if items.readable else []
    form = {}
    if "form_items" in found:
        sheet = SheetReader(found["form_items"], c.lookup(c.ITEM_COLUMNS), c.FORM_REQUIRED,
                            problems, notices, optional=True)
        form = _read_form_items(sheet, preview) if sheet.readable else {}
    grades, pay_table = [], []
    if "grades" in found:
        sheet = SheetReader(found["grades"], c.lookup(c.GRADE_COLUMNS), c.GRADES_REQUIRED,
                            problems, notices, optional=True)
        floor = values.get("floor", 0)
        if sheet.readable:
            grades, pay_table = read_grades(sheet, floor if isinstance(floor, (int, float))
                                            else 0, origins)
    data = _rubric(values, extra, grades, pay_table, sections, form, origins, items)
    return data, origins


def _with_settings_header(table):
    """The settings table, its header row (项目 · 值) taken as read when the file starts
    straight with a setting (编号, demo)."""
    rows = [(n, cells) for n, cells in table.rows if any(c not in (None, "") for c in cells)]
    first = text_of(rows[0][1][0]) if rows and rows[0][1] else ""
    if not first or c.norm(first) not in c.SETTING_NAMES:
        return table
    header = [c.SETTING_COLUMNS[0].header, c.SETTING_COLUMNS[1].header]
    return Table(table.name, table.kind, [(rows[0][0], header)] + table.rows, table.start)


def _read_sections(sheet, preview):
    sections = Sections(sheet)
    for row in sheet.rows:
        item_row, section_row = is_item_row(row), is_section_row(row)
        if section_row and not sections.take(row):
            continue
        if not item_row:
            if section_row:
                sections.describe(row)
            else:
                first = next(k for k, v in row[1].items() if v is not None)
                sheet.problem(row[0], sheet.header(first), "a row with no item and no section: "
                              "fill 考核项目 or the item's columns", "row_without_item")
            continue
        if sections.current is None:
            sheet.problem(row[0], sheet.header("section"), "a row before any section: fill "
                          "考核项目 (Section)", "section_needed")
            continue
        item, origin, _ok = read_item(sheet, row)
        origin.rule = rule_text(sheet, row)
        sections.add_item(item, origin)
    if not sections.list and not any(p.sheet == sheet.name for p in preview.problems):
        sheet.problem(sheet.header_row, "", "no sections or items", "no_items")
    return sections.list


def _read_form_items(sheet, preview):
    lists = {}
    for row in sheet.rows:
        if not is_item_row(row):
            first = next(k for k, v in row[1].items() if v is not None)
            sheet.problem(row[0], sheet.header(first), "a row with no item: fill its columns",
                          "row_without_item")
            continue
        item, origin, ok = read_item(sheet, row)
        origin.rule = rule_text(sheet, row)
        kind = kind_of(item)
        place = form_list(kind)
        if place is None:
            if ok and kind is not None:
                sheet.problem(row[0], origin.column((kind,)), f"a {kind} item cannot stand "
                              "outside a section (here: 每次加分, 每次扣分, 未达目标扣分 or 否决)",
                              "not_in_form", kind=kind)
            place = "deductions"
        lists.setdefault(place, []).append((item, origin))
    return lists


def outline(data, origins):
    """The preview's lines: every section, its items, then the form-level items."""
    rows = []
    for i, section in enumerate(data.get("sections", [])):
        origin = origins[("sections", i)]
        size = f"{section['weight']}%" if "weight" in section else section.get("points", "")
        rows.append(OutlineRow("section", origin.sheet, origin.row, section.get("id", ""),
                               section.get("name", ""), str(size), ""))
        for j, item in enumerate(section.get("items", [])):
            rows.append(_outline_item("item", item, origins[("sections", i, "items", j)]))
    for place in ("bonuses", "deductions", "vetoes"):
        for j, item in enumerate(data.get(place, [])):
            rows.append(_outline_item(place, item, origins[(place, j)]))
    return rows


def _outline_item(level, item, origin):
    name = item.get("name") or item.get("text") or ""
    return OutlineRow(level, origin.sheet, origin.row, str(item.get("id", "")), str(name),
                      str(item.get("points", "")), origin.rule)


def _rubric(values, extra, grades, pay_table, sections, form, origins, items_sheet):
    """The rubric's plain data in its written order, ids given to what has none."""
    data = {}
    nested = {}
    for key, value in values.items():
        if "." in key:
            head, *rest = key.split(".")
            target = nested.setdefault(head, {})
            for part in rest[:-1]:
                target = target.setdefault(part, {})
            target[rest[-1]] = value
        else:
            data[key] = value
    if grades:
        nested["grades"] = grades
    if pay_table:
        nested.setdefault("pay", {})["table"] = pay_table
    ordered = {k: data[k] for k in HEAD if k in data}
    for key in ("grades", "approval", "pay", "stars"):
        if key in nested:
            ordered[key] = _pay_order(nested[key]) if key == "pay" else nested[key]
    ordered.update({k: v for k, v in data.items() if k not in HEAD + TAIL})
    for key, value in extra.items():
        if key in ordered or key in nested:
            origin = origins.get((key,))
            items_sheet.problems.append(TableProblem(
                origin.sheet if origin else c.SETTINGS.header, origin.row if origin else None,
                origin.default if origin else "", f"{key!r} is given by a setting too",
                "advanced_conflict", {"key": str(key)}))
        else:
            ordered[key] = value
    ordered.update({k: data[k] for k in TAIL if k in data})
    ids = _Ids(ordered, sections, form)
    ordered["sections"] = []
    for index, (section, origin) in enumerate(sections):
        path = ("sections", index)
        origins[path] = origin
        entries = section.pop("items", [])
        section = _section_order(ids.section(section, index))
        for j, (item, item_origin) in enumerate(entries):   # none: e.g. `include: ID` in 高级
            origins[path + ("items", j)] = item_origin
            section.setdefault("items", []).append(ids.item(item, section["id"], j))
        ordered["sections"].append(section)
    for place in ("bonuses", "deductions", "vetoes"):
        for j, (item, origin) in enumerate(form.get(place, [])):
            origins[(place, j)] = origin
            ordered.setdefault(place, []).append(ids.item(item, place, j))
    return ordered


def _section_order(section):
    first = [k for k in ("id", "name", "name_en", "points", "weight", "start") if k in section]
    return {k: section[k] for k in first + [k for k in section if k not in first]}


def _pay_order(pay):
    return {k: pay[k] for k in ("amount", "table", "proportional", "deduct_below") if k in pay}


class _Ids:
    """Ids for the sections and items the file leaves without one: s1, s2 … and s1-1, s1-2 …
    (bonus-1, deduction-1, veto-1 outside the sections), never one the file uses itself."""

    PREFIX = {"bonuses": "bonus", "deductions": "deduction", "vetoes": "veto"}

    def __init__(self, rubric, sections, form):
        self.taken = {s.get("id") for s, _o in sections}
        self.taken |= {i.get("id") for s, _o in sections for i, _io in s.get("items", [])}
        self.taken |= {i.get("id") for entries in form.values() for i, _o in entries}

    def _free(self, wanted):
        name, n = wanted, 2
        while name in self.taken:
            name, n = f"{wanted}-{n}", n + 1
        self.taken.add(name)
        return name

    def section(self, section, index):
        if "id" in section:
            return section
        return {"id": self._free(f"s{index + 1}"), **section}

    def item(self, item, owner, index):
        if "id" in item:
            return item
        prefix = self.PREFIX.get(owner, owner)
        return {"id": self._free(f"{prefix}-{index + 1}"), **item}

