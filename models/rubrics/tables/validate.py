"""Checking imported rubric data: a few checks of our own that name every problem at once
(duplicate ids, points or weights that do not add up), then the engine's loader itself
(scoring.rubric_from_text) on the YAML the import would store. The engine stops at its first
error and names a line of that YAML; the line is mapped back to the sheet, row and column the
value came from. When the whole rubric fails, each item is also loaded alone, so every bad item
is named in one pass."""

from decimal import Decimal

from models.rubrics.rubric_yaml import dump_rubric
from models.rubrics.tables.sheet import TableProblem

WRAPPER = "zzz-table-check"


def _problem(origin, column, message, code, **args):
    return TableProblem(origin.sheet, origin.row, column, message, code, args)


def _entries(data):
    """(path, entry) of every section, item and form-level item."""
    for i, section in enumerate(data.get("sections", [])):
        yield ("sections", i), section
        for j, item in enumerate(section.get("items", [])):
            yield ("sections", i, "items", j), item
    for place in ("bonuses", "deductions", "vetoes"):
        for j, item in enumerate(data.get(place, [])):
            yield (place, j), item


def _decimal(value):
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def cross_check(data, origins, problems):
    """Duplicate ids always; the sums only when every cell read (else they echo a bad cell)."""
    cells_read = not problems
    seen = {}
    for path, entry in _entries(data):
        ident = entry.get("id")
        if not isinstance(ident, str):
            continue
        origin = origins[path]
        if ident in seen:
            first = seen[ident]
            problems.append(_problem(origin, origin.column(("id",)), f"duplicate id {ident!r} "
                                     f"(first used on {first.sheet} row {first.row})",
                                     "duplicate_id", id=ident, first_sheet=first.sheet,
                                     first_row=first.row))
        else:
            seen[ident] = origin
    if cells_read:
        _check_sums(data, origins, problems)


def _check_sums(data, origins, problems):
    sections = data.get("sections", [])
    styles = []
    for i, section in enumerate(sections):
        origin = origins[("sections", i)]
        has_points, has_weight = "points" in section, "weight" in section
        if has_points == has_weight:
            problems.append(_problem(origin, origin.column(("points",)) or origin.default,
                                     "a section needs 项目分值 (points) or 权重 (weight), one "
                                     "of them", "no_points_or_weight"))
            return
        styles.append((has_weight, origin))
    if len({weighted for weighted, _o in styles}) > 1:
        origin = next(o for w, o in styles if w != styles[0][0])
        problems.append(_problem(origin, origin.column(("weight",)) or origin.column(
            ("points",)), "some sections have 项目分值 and others 权重: use one of them for "
            "every section", "mixed_styles"))
        return
    values = [_decimal(s.get("weight" if styles and styles[0][0] else "points"))
              for s in sections]
    if not styles or None in values:
        return                          # the engine names the value that is not a number
    total = sum(values)
    if styles[0][0] and total != 100:
        origin = styles[0][1]
        problems.append(_problem(origin, origin.column(("weight",)), f"the sections' weights "
                                 f"add up to {total}, not 100", "weights_sum", total=str(total)))
    base = _decimal(data.get("base"))
    if not styles[0][0] and base is not None and total != base:
        origin = origins.get(("base",)) or styles[0][1]
        problems.append(_problem(origin, origin.default, f"the sections' points add up to "
                                 f"{total}, not the base {base}", "points_sum",
                                 total=str(total), base=str(base)))


def engine_check(data, origins, problems, texts, *, file):
    """Load the data with the engine; on success texts gets "text" and "rubric"."""
    from scoring import RubricError, rubric_from_text

    if problems:
        _each_item(data, origins, problems, file, skip={(p.sheet, p.row) for p in problems})
        return
    text = dump_rubric(data)
    try:
        texts["rubric"] = rubric_from_text(text, file=file)
        texts["text"] = text
        return
    except RubricError as exc:
        whole = exc
    _each_item(data, origins, problems, file, skip=set())
    if not problems:
        problems.append(_located(whole, text, origins, ()))


def _each_item(data, origins, problems, file, *, skip):
    from scoring import RubricError, rubric_from_text

    for path, entry in _entries(data):
        origin = origins[path]
        if path[0] == "sections" and len(path) == 2 or (origin.sheet, origin.row) in skip:
            continue
        wrapper = {"id": WRAPPER, "name": WRAPPER, "base": 1, "sections": [
            {"id": WRAPPER, "name": WRAPPER, "points": 1,
             "items": [entry] if path[0] == "sections" else
             [{"id": f"{WRAPPER}-item", "check": True, "points": 1}]}]}
        inside = ("sections", 0, "items", 0)
        if path[0] != "sections":
            wrapper[path[0]] = [entry]
            inside = (path[0], 0)
        text = dump_rubric(wrapper)
        try:
            rubric_from_text(text, file=file)
        except RubricError as exc:
            problems.append(_located(exc, text, {inside: origin}, inside))


def _located(exc, text, origins, inside):
    """The engine's error at the sheet, row and column its line came from."""
    from scoring.source import parse_text

    path = ()
    if exc.line:
        lines = parse_text(text).lines
        at_line = [p for p, line in lines.items() if line == exc.line]
        path = max(at_line, key=len, default=())
    prefix = next((path[:n] for n in range(len(path), -1, -1) if path[:n] in origins), None)
    if prefix is None:
        return TableProblem("", None, "", exc.message, "engine", {"message": exc.message})
    origin = origins[prefix]
    rest = path[len(prefix):]
    if not rest and exc.field:
        rest = (exc.field,)
    return TableProblem(origin.sheet, origin.row, origin.column(rest) or origin.default,
                        exc.message, "engine", {"message": exc.message})
