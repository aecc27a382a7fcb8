"""The items sheets: a row of section columns starts (or continues) a section, a row with an
item's columns is one item. The rule is said by which rule column is filled (每次扣分, 评分满分,
分档 …) — exactly one — plus the 高级 (YAML) column for what no plain column says."""

import yaml

from models.rubrics.tables.bands import bands
from models.rubrics.tables.cells import (
    amount,
    derived,
    number,
    shortfall,
    survey,
    text_of,
    word,
    yes_no,
)
from models.rubrics.tables.columns import (
    DERIVED_WORDS,
    ITEM_ONLY,
    SECTION_COLUMNS,
    SECTION_EXTRA,
    START_WORDS,
    VETO_WORDS,
)
from models.rubrics.tables.sheet import Origin

TEXTS = ("name", "name_en", "text", "text_en", "method", "method_en")
TAIL_TEXTS = ("unit", "source", "notes", "notes_en")
KINDS = ("deduct", "add", "shortfall", "veto", "check", "rating", "linear", "bands", "survey",
         "derived")
# rule column → the kind it makes (零分点/满分点 together make a linear item)
RULE_COLUMNS = {"deduct": "deduct", "add": "add", "veto": "veto", "check": "check",
                "rating": "rating", "zero_at": "linear", "full_at": "linear",
                "bands": "bands", "shortfall": "shortfall", "survey": "survey",
                "derived": "derived"}
SECTION_KEYS = [c.key for c in SECTION_COLUMNS]


def advanced(sheet, row):
    """The 高级 (YAML) cell as a mapping, or {} (a problem when it is not one)."""
    value = row[1].get("advanced")
    if value is None:
        return {}
    try:
        data = yaml.safe_load(text_of(value))
    except yaml.YAMLError as exc:
        reason = str(getattr(exc, "problem", None) or exc)
        sheet.problem(row[0], sheet.header("advanced"), f"not YAML: {reason}", "bad_advanced",
                      reason=reason)
        return {}
    if not isinstance(data, dict):
        sheet.problem(row[0], sheet.header("advanced"), "must be a YAML mapping such as "
                      "{org_sets: [cap]}", "bad_advanced", reason="not a mapping")
        return {}
    return data


def merge_advanced(sheet, row, data, extra, origin):
    for key, value in extra.items():
        if key in data:
            sheet.problem(row[0], sheet.header("advanced"), f"{key!r} is given by a column "
                          "too", "advanced_conflict", key=str(key))
            continue
        data[key] = value
        origin.columns[key] = sheet.header("advanced")


def is_item_row(row):
    return any(row[1].get(key) is not None for key in ITEM_ONLY)


def is_section_row(row):
    return any(row[1].get(key) is not None for key in SECTION_KEYS)


def rule_text(sheet, row):
    """The row's rule as the file says it: "每次扣分 Deduct each: 2 · 上限 Cap: 5"."""
    keys = [k for k in ("points",) + tuple(RULE_COLUMNS) + (
        "severe_x", "cap", "until_zero", "scale", "ratio", "relative_to", "approval", "unit")
        if row[1].get(k) is not None]
    shown = [f"{sheet.header(k)}: {text_of(row[1][k])}" for k in keys]
    if row[1].get("advanced") is not None:
        shown.append(f"{sheet.header('advanced')}: {text_of(row[1]['advanced'])}")
    return " · ".join(shown).replace("\n", "; ")


def read_item(sheet, row):
    """(item data, Origin) of one item row; its problems go to the sheet. The data lacks `id`
    when the row gives none (the reader numbers it)."""
    cells, number_ = row[1], row[0]
    origin = Origin(sheet.name, number_, {}, sheet.header("name") or sheet.header("text"))
    data, before = {}, len(sheet.problems)
    text_id = text_of(cells["id"]) if cells.get("id") is not None else None
    if text_id:
        data["id"] = text_id
        origin.columns["id"] = sheet.header("id")
    for key in TEXTS:
        if cells.get(key) is not None:
            data[key] = text_of(cells[key])
            origin.columns[key] = sheet.header(key)
    extra = advanced(sheet, row)
    ratio = sheet.read(row, "ratio", yes_no)
    relative = sheet.read(row, "relative_to", yes_no)
    percent = "fraction" if ratio or relative else "keep"
    points = sheet.read(row, "points", number, suffixes=("分",))
    scale = sheet.read(row, "scale", number)
    kind = _kind(sheet, row, extra)
    if kind is not None and kind not in extra:
        _rule(sheet, row, kind, data, origin, percent, scale if scale is not None else points)
    until_zero = sheet.read(row, "until_zero", yes_no)
    cap = sheet.read(row, "cap", number, prefixes=("最多扣", "最多加", "最多", "封顶"))
    if until_zero:
        if cells.get("cap") is not None:
            sheet.problem(number_, sheet.header("until_zero"), "give 上限 (cap) or 扣完为止, "
                          "not both", "cap_and_until_zero")
        elif points is None:
            sheet.problem(number_, sheet.header("until_zero"), "扣完为止 needs the item's 分值 "
                          "(it deducts at most that)", "until_zero_needs_points")
        else:
            cap, points = points, None
            origin.columns["cap"] = sheet.header("until_zero")
    if points is not None:
        if kind in ("deduct", "add", "veto", "shortfall"):
            sheet.problem(number_, sheet.header("points"), f"a {kind} item has no 分值 of its own "
                          "(its amounts say what it is worth; a section's points go in 项目分值)",
                          "no_points_here", kind=kind)
        data["points"] = points
        origin.columns["points"] = sheet.header("points")
    severe = sheet.read(row, "severe_x", _severe)
    for key, value in (("severe_x", severe), ("cap", cap)):
        if value is not None:
            data[key] = value
            origin.columns.setdefault(key, sheet.header(key))
    if ratio is not None:
        data["ratio"] = ratio
        origin.columns["ratio"] = sheet.header("ratio")
    if relative:
        data["relative_to"] = "team_mean"
        origin.columns["relative_to"] = sheet.header("relative_to")
    if scale is not None:
        data["scale"] = scale
        origin.columns["scale"] = sheet.header("scale")
    if sheet.read(row, "approval", yes_no):
        data["approval"] = "always"
        origin.columns["approval"] = sheet.header("approval")
    for key in TAIL_TEXTS:
        if cells.get(key) is not None:
            data[key] = text_of(cells[key])
            origin.columns[key] = sheet.header(key)
    merge_advanced(sheet, row, data, extra, origin)
    return data, origin, len(sheet.problems) == before


def _severe(value):
    if text_of(value) in ("加倍", "双倍"):
        return 2
    return number(value, prefixes=("×", "x", "X", "*", "加倍×", "加倍"), suffixes=("倍",))


def _kind(sheet, row, extra):
    """The one kind the row's rule columns (and 高级) say, or None (a problem)."""
    found = []
    for key, kind in RULE_COLUMNS.items():
        if row[1].get(key) is not None and kind not in [k for k, _c in found]:
            found.append((kind, sheet.header(key)))
    found += [(k, sheet.header("advanced")) for k in KINDS if k in extra]
    kinds = [k for k, _c in found]
    if len(found) == 2 and "derived" in kinds and ({"linear", "bands"} & set(kinds)):
        found = [f for f in found if f[0] == "derived"]   # a team figure scored by a rule
    if not found:
        first = next((sheet.header(k) for k in RULE_COLUMNS if k in sheet.where), "")
        sheet.problem(row[0], first, "no rule: fill one of 每次扣分, 否决, 是否项, 评分满分, "
                      "零分点/满分点, 分档, 未达目标扣分, 调查, 团队数据", "no_rule")
        return None
    if len(found) > 1:
        (_k1, first), (_k2, second) = found[:2]
        sheet.problem(row[0], second, f"two rules on one row ({first} and {second})",
                      "two_rules", first=first, second=second)
        return None
    return found[0][0]


def _linear(sheet, row, percent):
    values = {}
    for key in ("zero_at", "full_at"):
        values[key] = sheet.read(row, key, number, percent=percent)
        if row[1].get(key) is None:
            sheet.problem(row[0], sheet.header(key) or key, "a linear rule needs both 零分点 "
                          "and 满分点", "missing_value", field=key)
    return values if None not in values.values() else None


def _rule(sheet, row, kind, data, origin, percent, top):
    key = {"linear": "zero_at"}.get(kind, kind)
    value = None
    if kind == "deduct":
        value = sheet.read(row, "deduct", amount, prefixes=("每次扣", "扣"))
    elif kind == "add":
        value = sheet.read(row, "add", amount, prefixes=("每次加", "加"))
    elif kind == "veto":
        value = sheet.read(row, "veto", word, VETO_WORDS)
    elif kind == "check":
        value = sheet.read(row, "check", yes_no)
        if value is False:
            sheet.problem(row[0], sheet.header("check"), "是否项 takes 是 (yes), or stays blank",
                          "unknown_word", value=text_of(row[1]["check"]), choices="是")
            value = None
    elif kind == "rating":
        value = sheet.read(row, "rating", number)
        value = None if value is None else {"max": value}
    elif kind == "linear":
        value = _linear(sheet, row, percent)
    elif kind == "bands":
        value = sheet.read(row, "bands", bands, top=top, percent=percent)
    elif kind == "shortfall":
        value = sheet.read(row, "shortfall", shortfall, percent)
    elif kind == "survey":
        value = sheet.read(row, "survey", survey)
    elif kind == "derived":
        value = sheet.read(row, "derived", derived, DERIVED_WORDS)
        if value is not None and any(row[1].get(k) is not None for k in ("zero_at", "full_at")):
            value["linear"] = _linear(sheet, row, percent)
            origin.columns[("derived", "linear")] = sheet.header("zero_at")
            origin.columns[("derived", "linear", "full_at")] = sheet.header("full_at")
        elif value is not None and row[1].get("bands") is not None:
            value["bands"] = sheet.read(row, "bands", bands, top=top, percent=percent)
            origin.columns[("derived", "bands")] = sheet.header("bands")
    if value is not None:
        data[kind] = value
    origin.columns[kind] = sheet.header(key)
    if kind == "linear":
        origin.columns[("linear", "full_at")] = sheet.header("full_at")


# --- sections -----------------------------------------------------------------------------

class Sections:
    """The sections of the items sheet as its rows start and continue them."""

    def __init__(self, sheet):
        self.sheet = sheet
        self.list = []           # [(section data, Origin)]
        self.current = None
        self.closed = {}         # id or name → first row

    def take(self, row):
        """Start or continue the section the row's section columns name; returns False when
        the row cannot belong to any section."""
        sheet, cells = self.sheet, row[1]
        sid = text_of(cells["section_id"]) if cells.get("section_id") is not None else None
        name = text_of(cells["section"]) if cells.get("section") is not None else None
        data = self.current[0] if self.current else None
        same = data is not None and (
            (sid is not None and sid == data.get("id")) or
            (sid is None and name is not None and name == data.get("name")) or
            (sid is None and name is None))
        if not same and sid is None and name is None:
            sheet.problem(row[0], sheet.header("section"), "a row before any section: fill "
                          "考核项目 (Section)", "section_needed")
            return False
        if not same:
            again = self.closed.get(sid if sid is not None else name)
            if again:
                sheet.problem(row[0], sheet.header("section_id" if sid else "section"),
                              f"section {sid or name!r} appears again (it ended before this "
                              f"row; it began on row {again})", "section_again",
                              section=sid or name, first_row=again)
            self._start(row, sid, name)
        elif name is not None and data.get("name") != name:
            self._conflict(row, "section", "name", name)
        self._settings(row)
        return True

    def _start(self, row, sid, name):
        origin = Origin(self.sheet.name, row[0], {}, self.sheet.header("section"))
        data = {}
        if sid is not None:
            data["id"] = sid
            origin.columns["id"] = self.sheet.header("section_id")
        if name is None:
            self.sheet.problem(row[0], self.sheet.header("section"), "missing section name "
                               "(考核项目)", "missing_value", field="考核项目")
        else:
            data["name"] = name
            origin.columns["name"] = self.sheet.header("section")
        for key in (sid, name):
            if key is not None:
                self.closed.setdefault(key, row[0])
        self.current = (data, origin)
        self.list.append(self.current)

    def _conflict(self, row, column_key, key, value):
        first = self.current[1].row
        self.sheet.problem(row[0], self.sheet.header(column_key), f"the section already has "
                           f"{key} {self.current[0].get(key)!r} (row {first}); this row says "
                           f"{value!r}", "section_conflict", field=self.sheet.header(column_key),
                           value=str(value), first=first)

    def _settings(self, row):
        sheet, (data, origin) = self.sheet, self.current
        values = (("points", "section_points", number, {}),
                  ("weight", "weight", number, {"percent": "keep"}),
                  ("start", "start", word, {}))
        for key, column, reader, options in values:
            args = (START_WORDS,) if reader is word else ()
            value = sheet.read(row, column, reader, *args, **options)
            if value is None:
                continue
            if key in data and data[key] != value:
                self._conflict(row, column, key, value)
            else:
                data[key] = value
                origin.columns[key] = sheet.header(column)

    def describe(self, row):
        """A row of section columns alone: the section's English name, method, source,
        notes, and 高级."""
        sheet, (data, origin) = self.sheet, self.current
        for key in SECTION_EXTRA:
            if key == "advanced" or row[1].get(key) is None:
                continue
            value = text_of(row[1][key])
            if key in data and data[key] != value:
                self._conflict(row, key, key, value)
            else:
                data[key] = value
                origin.columns[key] = sheet.header(key)
        merge_advanced(sheet, row, data, advanced(sheet, row), origin)

    def add_item(self, item, origin):
        self.current[0].setdefault("items", []).append((item, origin))


def form_list(kind):
    """Where a form-level item of this kind goes (None: it cannot stand outside a section)."""
    return {"add": "bonuses", "deduct": "deductions", "shortfall": "deductions",
            "veto": "vetoes"}.get(kind)


def kind_of(item):
    return next((k for k in KINDS if k in item), None)

