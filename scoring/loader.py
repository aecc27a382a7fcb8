"""Loading a rubric file: every check of the contract, errors naming file, item, field, line."""

from decimal import Decimal

from scoring.fields import Fields, text_keys
from scoring.item_loader import check_id, read_item
from scoring.model import Grade, Include, Pay, PayRow, Rubric, Section
from scoring.source import Located, parse_text, read_file

RUBRIC_KEYS = {
    "id", "version", "period", "base", "max_total", "floor", "grades", "approval", "pay",
    "stars", "sections", "bonuses", "deductions", "vetoes", "team_average_cap",
    "consequences", "org_sets", "includes", "money",
} | text_keys("name", "post", "notes", "source", "description", "method")
SECTION_KEYS = {"id", "points", "weight", "start", "items", "org_sets", "include"} | text_keys(
    "name", "method", "source", "notes", "text")
PERIODS = ("month", "quarter", "year")
HUNDRED = Decimal(100)


def load_rubric(path):
    """Read and check a rubric file (YAML or JSON). Raises RubricError."""
    return parse_rubric(read_file(path))


def rubric_from_text(text, file="<input>"):
    return parse_rubric(parse_text(text, file))


def rubric_from_data(data, file="<input>"):
    """A rubric from already-parsed data (e.g. stored in the database)."""
    return parse_rubric(Located(data, {}, file))


def parse_rubric(doc):
    f = Fields(doc, (), doc.data, what="mapping (a rubric file)")
    f.refuse_unknown(RUBRIC_KEYS)
    rubric_id = check_id(f)
    name = f.text("name", required=True)
    version = f.whole("version", f.get("version", 1), minimum=1,
                      message="must be a whole number from 1")
    period = f.get("period", "month")
    if period not in PERIODS:
        raise f.fail("period", f"must be one of {', '.join(PERIODS)}")
    base = f.number("base", required=True, positive=True)
    # `max_total: none` (an extension): no cap on the total, where the seed grants bonuses
    # without one; the form still shows `base` as its 满分.
    uncapped = f.get("max_total") == "none"
    max_total = base if uncapped else f.number("max_total", default=base, positive=True)
    floor = f.number("floor", default=Decimal(0))
    if floor > max_total:
        raise f.fail("floor", f"{floor} is above max_total {max_total}")

    raw_sections = f.listing("sections", required=True)
    if not raw_sections:
        raise f.fail("sections", "needs at least one section")
    weighted = _style(f, raw_sections)
    seen = {}
    sections = tuple(_read_section(doc, i, raw, weighted, seen)
                     for i, raw in enumerate(raw_sections))
    _check_sum(f, sections, weighted, base)
    form_lists = {place: tuple(_read_list(doc, f, place, seen))
                  for place in ("bonuses", "deductions", "vetoes")}
    includes = _read_includes(f, rubric_id, sections)

    approval = f.mapping("approval")
    if approval is not None:
        approval.refuse_unknown({"bonus_over", "deduction_over"})
    stars = f.mapping("stars")
    shares, exclude = (), ()
    if stars is not None:
        stars.refuse_unknown({"shares", "exclude"})
        shares, exclude = _read_stars(stars)
    posts = f.get("post") or []
    if isinstance(posts, str):
        posts = (posts,)
    elif not (isinstance(posts, list) and all(isinstance(p, str) for p in posts)):
        raise f.fail("post", "must be a post name or a list of post names")
    posts = tuple(posts)

    return Rubric(
        id=rubric_id, name=name, version=version, base=base, max_total=max_total, floor=floor,
        sections=sections, grades=_read_grades(f), pay=_read_pay(f), weighted=weighted,
        approval_bonus_over=approval and approval.number("bonus_over", minimum=Decimal(0)),
        approval_deduction_over=approval and approval.number("deduction_over", minimum=Decimal(0)),
        star_shares=shares, star_exclude=exclude,
        team_average_cap=f.number("team_average_cap", positive=True),
        consequences=tuple(_read_consequences(f)), period=period, posts=posts,
        includes=includes, texts=f.texts(), data=doc.data, uncapped=uncapped,
        money=_read_money(doc, f, sections, form_lists, seen, shares), **form_lists,
    )


def _read_money(doc, f, sections, form_lists, seen, shares):
    from scoring.money_rules import MoneyRule, read_money

    items = {i.id: i for s in sections for i in s.items}
    items.update((i.id, i) for place in form_lists.values() for i in place)
    found = read_money(doc, f, items, seen, len(shares))
    # A streak that brings money (连续两个月排名第一 → 200元) makes the rubric count money too.
    if found is None and any(isinstance(c, dict) and "amount" in c
                             for c in f.listing("consequences")):
        found = MoneyRule()
    return found


def _style(f, raw_sections):
    styles = set()
    for i, raw in enumerate(raw_sections):
        if isinstance(raw, dict):
            has_points, has_weight = "points" in raw, "weight" in raw
            if has_points == has_weight:
                sid = raw.get("id")
                raise f.doc.error("needs exactly one of `points` or `weight`",
                                  ("sections", i), item=sid if isinstance(sid, str) else None,
                                  field="points")
            styles.add(has_weight)
    if len(styles) > 1:
        raise f.fail("sections", "mixes `points` and `weight` sections: one style per rubric")
    return styles == {True}


def _read_section(doc, index, raw, weighted, seen):
    path = ("sections", index)
    sid = raw.get("id") if isinstance(raw, dict) and isinstance(raw.get("id"), str) else None
    f = Fields(doc, path, raw, item=sid, what="mapping (a section)")
    f.refuse_unknown(SECTION_KEYS)
    sid = check_id(f)
    _claim(f, "id", sid, seen)
    if weighted:
        weight, points = f.number("weight", required=True, positive=True), HUNDRED
    else:
        weight, points = None, f.number("points", required=True, positive=True)
    if f.has("include"):
        return _include_section(f, sid, points, weight)
    raw_items = f.listing("items", required=True)
    if not raw_items:
        raise f.fail("items", "needs at least one item")
    items = []
    for j, raw_item in enumerate(raw_items):
        item = read_item(doc, path + ("items", j), raw_item, "section", sid)
        _claim(Fields(doc, path + ("items", j), raw_item, item=item.id), "id", item.id, seen)
        items.append(item)
    start = f.get("start")
    if start is None:
        start_full = not any(item.is_scored for item in items)
    elif start in ("full", "empty"):
        start_full = start == "full"
    else:
        raise f.fail("start", "must be full or empty")
    return Section(id=sid, name=f.text("name", required=True), items=tuple(items), points=points,
                   weight=weight, start_full=start_full, texts=f.texts())


def _include_section(f, sid, points, weight):
    """A section filled by another rubric's total (scoring/includes.py): no items of its own."""
    check_id(f, "include")
    for key in ("items", "start"):
        if f.has(key):
            raise f.fail(key, "a section that includes a rubric has no `items` or `start` "
                              "of its own")
    return Section(id=sid, name=f.text("name", required=True), items=(), points=points,
                   weight=weight, start_full=False, texts=f.texts(), include=f.get("include"))


def _read_includes(f, rubric_id, sections):
    """Include records: the sections' `include:` first, then the `includes:` list (form-level
    deductions). A rubric is included once, and never in itself."""
    found = [(Include(s.include, "section", s.id), ("sections", i, "include"), "include")
             for i, s in enumerate(sections) if s.include]
    for i, raw in enumerate(f.listing("includes")):
        row = Fields(f.doc, ("includes", i), raw, what="mapping with `rubric` and `as`")
        row.refuse_unknown({"rubric", "as"})
        included = check_id(row, "rubric")
        if row.get("as") != "deductions":
            raise row.fail("as", "must be `deductions` (to include a rubric as a section, give "
                                 "the section `include: ID` instead of items)")
        found.append((Include(included, "deductions"), ("includes", i, "rubric"), "rubric"))
    seen = set()
    for include, path, key in found:
        if include.rubric == rubric_id:
            raise f.doc.error(f"a rubric cannot include itself ('{rubric_id}')", path,
                              field=key)
        if include.rubric in seen:
            raise f.doc.error(f"rubric '{include.rubric}' is included twice", path, field=key)
        seen.add(include.rubric)
    return tuple(include for include, _, _ in found)


def _claim(f, key, ident, seen):
    if ident in seen:
        raise f.fail(key, f"duplicate id '{ident}' (first used on line {seen[ident]})")
    seen[ident] = f.doc.line(f.path) or "?"


def _check_sum(f, sections, weighted, base):
    if weighted:
        total = sum(s.weight for s in sections)
        if total != HUNDRED:
            raise f.fail("sections", f"section weights sum to {total}, not 100")
    else:
        total = sum(s.points for s in sections)
        if total != base:
            raise f.fail("sections", f"section points sum to {total}, not the base {base}")


def _read_list(doc, f, place, seen):
    for j, raw in enumerate(f.listing(place)):
        item = read_item(doc, (place, j), raw, place)
        if item.kind == "veto" and item.spec == "section":
            raise doc.error("a form-level veto acts on the form or the grade, not a section",
                            (place, j, "veto"), item=item.id, field="veto")
        _claim(Fields(doc, (place, j), raw, item=item.id), "id", item.id, seen)
        yield item


def _read_grades(f):
    grades, previous = [], None
    for i, raw in enumerate(f.listing("grades")):
        row = Fields(f.doc, ("grades", i), raw, what="grade row")
        row.refuse_unknown({"min"} | text_keys("label"))
        low = row.number("min", required=True)
        if previous is not None and low >= previous:
            raise row.fail("min", f"grades out of order: {low} after {previous} (descending)")
        previous = low
        grades.append(Grade(low, row.text("label", required=True), row.text("label_en") or None))
    return tuple(grades)


def _read_pay(f):
    pay = f.mapping("pay")
    if pay is None:
        return None
    pay.refuse_unknown({"amount", "table", "proportional", "deduct_below", "min_percent"})
    rows, previous = [], None
    for i, raw in enumerate(pay.listing("table")):
        row = Fields(f.doc, ("pay", "table", i), raw, what="pay row")
        row.refuse_unknown({"min", "percent"})
        low = row.number("min", required=True)
        if previous is not None and low >= previous:
            raise row.fail("min", f"pay table out of order: {low} after {previous} (descending)")
        previous = low
        rows.append(PayRow(low, row.number("percent", required=True, minimum=Decimal(0))))
    proportional = pay.boolean("proportional")
    if bool(rows) == proportional:
        raise pay.fail("table", "give either a `table` or `proportional: true`")
    below = pay.mapping("deduct_below")
    if below is not None:
        below.refuse_unknown({"total", "per_point"})
    return Pay(amount=pay.number("amount", minimum=Decimal(0)), table=tuple(rows),
               proportional=proportional,
               min_percent=pay.number("min_percent", minimum=Decimal(0)),
               below_total=below and below.number("total", required=True),
               below_per_point=below and below.number("per_point", required=True,
                                                      minimum=Decimal(0)))


def _read_stars(stars):
    shares = stars.listing("shares", required=True)
    values = []
    for i in range(len(shares)):
        holder = Fields(stars.doc, stars.path + ("shares",), {i: shares[i]})
        values.append(holder.number(i, required=True, minimum=Decimal(0)))
    if sum(values) != HUNDRED:
        raise stars.fail("shares", f"star shares sum to {sum(values)}, not 100")
    exclude = stars.listing("exclude")
    if not all(isinstance(x, str) for x in exclude):
        raise stars.fail("exclude", "must be a list of words such as probation")
    return tuple(values), tuple(exclude)


def _read_consequences(f):
    for i, raw in enumerate(f.listing("consequences")):
        row = Fields(f.doc, ("consequences", i), raw, what="consequence rule")
        row.refuse_unknown({"below", "rank", "periods", "amount"} | text_keys("label"))
        if row.has("below") == row.has("rank"):
            raise row.fail("below", "give exactly one of `below` or `rank`")
        periods = row.number("periods", required=True, positive=True)
        yield {"below": row.number("below"), "rank": row.number("rank"),
               "periods": int(periods), "label": row.text("label", required=True),
               "label_en": row.text("label_en") or None,
               # money the streak brings (连续两个月排名第一 → 一次性200元): in fen
               "amount": _fen(row, "amount")}


def _fen(row, key):
    from scoring.money_rules import fen

    return fen(row, key, row.number(key, minimum=Decimal(0)))
