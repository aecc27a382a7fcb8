"""The settings sheet (key/value rows: id, name, base, period, pay, approval …) and the grades
and pay sheet (分数线 · 等级 · 绩效比例: one table for both, as the seeds print them)."""

import re

from models.rubrics.tables.cells import (
    NUM,
    SIGNS,
    CellError,
    number,
    text_of,
    word,
    yes_no,
)
from models.rubrics.tables.columns import PERIOD_WORDS, SETTING_NAMES, norm
from models.rubrics.tables.items import advanced
from models.rubrics.tables.sheet import Origin

TEXT_KEYS = ("id", "name", "name_en", "post_en", "notes", "notes_en", "description",
             "description_en", "source", "source_en", "method", "method_en")
NUMBER_KEYS = ("version", "base", "max_total", "floor", "team_average_cap",
               "approval.bonus_over", "approval.deduction_over", "pay.amount",
               "pay.deduct_below.total", "pay.deduct_below.per_point")
LIST = re.compile(r"[、;,\n]")


def _words(value):
    return [p.strip() for p in LIST.split(text_of(value).translate(SIGNS)) if p.strip()]


def _post(value):
    posts = _words(value)
    return posts[0] if len(posts) == 1 else posts


def _shares(value):
    shares = [number(p, percent="keep") for p in re.split(r"[、;,\s]+",
                                                           text_of(value).translate(SIGNS)) if p]
    if not shares:
        raise CellError("not_a_number", f"{text_of(value)!r} is not a list of numbers",
                        value=text_of(value))
    return shares


def setting_value(key, value):
    """The rubric value of one setting's cell (a CellError when it does not read)."""
    if key in TEXT_KEYS:
        return text_of(value)
    if key in NUMBER_KEYS:
        return number(value)
    if key == "post":
        return _post(value)
    if key == "period":
        return word(value, PERIOD_WORDS)
    if key == "pay.proportional":
        return yes_no(value)
    if key == "stars.shares":
        return _shares(value)
    if key == "stars.exclude":
        return _words(value)
    raise AssertionError(key)


def read_settings(sheet, origins):
    """{key path: value} of the settings sheet (dotted keys for the nested ones), and the
    advanced mapping; origins gets (path,) → Origin for each."""
    found, first_row, extra = {}, {}, {}
    column = sheet.header("value")
    for row in sheet.rows:
        number_, cells = row
        label = text_of(cells.get("key"))
        entry = SETTING_NAMES.get(norm(label)) if label else None
        if entry is None:
            if label or cells.get("value") is not None:
                sheet.problem(number_, sheet.header("key"), f"unknown setting {label!r}",
                              "unknown_setting", key=label)
            continue
        if entry.key in first_row:
            sheet.problem(number_, sheet.header("key"), f"{label!r} is given twice (first on "
                          f"row {first_row[entry.key]})", "duplicate_setting", key=label,
                          first_row=first_row[entry.key])
            continue
        first_row[entry.key] = number_
        if cells.get("value") is None:
            continue
        if entry.key == "advanced":
            extra = advanced(sheet, (number_, {"advanced": cells["value"]}))
            for key in extra:
                origins[(key,)] = Origin(sheet.name, number_, {}, column)
            continue
        value = sheet.read((number_, {"value": cells["value"]}), "value", _setting_value_of(
            entry.key))
        if value is not None:
            found[entry.key] = value
            path = tuple(entry.key.split("."))
            for depth in range(1, len(path) + 1):
                origins.setdefault(path[:depth], Origin(sheet.name, number_, {}, column))
    for key in ("id", "name", "base"):
        if key not in found and sheet.header_row is not None and key not in extra:
            label = next(e.header for e in SETTING_NAMES.values() if e.key == key)
            row = first_row.get(key, sheet.header_row)
            sheet.problem(row, column or label, f"missing setting {label}", "missing_setting",
                          key=label)
    return found, extra


def _setting_value_of(key):
    return lambda value: setting_value(key, value)


# --- grades and pay -----------------------------------------------------------------------

FROM_EXAMPLE = "90 / ≥90 / 90-100 / 低于60"
BELOW = re.compile(rf"^(?:低于|不足|<)({NUM})分?$|^({NUM})分?以下$")
AT_LEAST = re.compile(rf"^(?:≥|>=)?({NUM})分?(?:及以上|以上)?$")
SPAN = re.compile(rf"^({NUM})分?(?:-|~|～|—|–|至|到)({NUM})分?$")


def _from(value):
    """("min", N, upper or None) or ("below", N, None) of a 分数线 cell."""
    if not isinstance(value, str):
        return "min", number(value), None
    text = re.sub(r"\s+", "", value.translate(SIGNS))
    for pattern, kind in ((BELOW, "below"), (AT_LEAST, "min"), (SPAN, "span")):
        match = pattern.fullmatch(text)
        if match:
            groups = [g for g in match.groups() if g is not None]
            if kind == "span":
                return "min", number(groups[0]), number(groups[1])
            return kind, number(groups[0]), None
    raise CellError("unreadable_rule", f"cannot read {value!r} as a score line (write it like "
                    f"{FROM_EXAMPLE})", value=value, example=FROM_EXAMPLE)


def read_grades(sheet, floor, origins):
    """(grades, pay table) of the grades and pay sheet."""
    tables = {"grades": [], "pay": []}
    last = {"grades": None, "pay": None}          # the previous row's min, per table
    for index, row in enumerate(sheet.rows):
        number_, cells = row
        parsed = sheet.read(row, "min", _from)
        label = text_of(cells["label"]) if cells.get("label") is not None else None
        label_en = text_of(cells["label_en"]) if cells.get("label_en") is not None else None
        percent = sheet.read(row, "percent", number, percent="keep")
        if label is None and cells.get("percent") is None:
            sheet.problem(number_, sheet.header("label") or sheet.header("percent"),
                          "a row needs 等级 (a grade), 绩效比例 (a pay percent) or both",
                          "grade_row_empty")
            continue
        if cells.get("min") is None:
            sheet.problem(number_, sheet.header("min"), "missing 分数线", "missing_value",
                          field=sheet.header("min"))
            continue
        if parsed is None:
            continue
        kind, low, upper = parsed
        for table, wanted in (("grades", label is not None), ("pay", percent is not None)):
            if not wanted:
                continue
            previous = last[table]
            if kind == "below":
                later = any(sheet.rows[j][1].get(k) is not None for j in range(index + 1,
                            len(sheet.rows)) for k in (("label",) if table == "grades"
                                                       else ("percent",)))
                if previous is None or low != previous or later:
                    sheet.problem(number_, sheet.header("min"), f"{text_of(cells['min'])!r}: "
                                  "“below N” is only for the last row, N being the row "
                                  "above's score line", "grade_gap",
                                  value=text_of(cells["min"]))
                    continue
                low = floor
            elif upper is not None and previous is not None and not 0 <= previous - upper <= 1:
                sheet.problem(number_, sheet.header("min"), f"{text_of(cells['min'])!r} does "
                              f"not meet the row above (from {previous})", "grade_gap",
                              value=text_of(cells["min"]))
                continue
            last[table] = low
            entry, origin = _grade_entry(sheet, row, table, low, label, label_en, percent)
            key = ("grades", len(tables["grades"])) if table == "grades" else \
                ("pay", "table", len(tables["pay"]))
            origins[key] = origin
            tables[table].append(entry)
    return tables["grades"], tables["pay"]


def _grade_entry(sheet, row, table, low, label, label_en, percent):
    origin = Origin(sheet.name, row[0], {"min": sheet.header("min")}, sheet.header("min"))
    if table == "pay":
        origin.columns["percent"] = sheet.header("percent")
        return {"min": low, "percent": percent}, origin
    entry = {"min": low, "label": label}
    origin.columns["label"] = sheet.header("label")
    if label_en is not None:
        entry["label_en"] = label_en
        origin.columns["label_en"] = sheet.header("label_en")
    return entry, origin
