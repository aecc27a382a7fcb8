"""Reading and checking one rubric item (every kind and modifier)."""

import re
from decimal import Decimal

from scoring.fields import Fields, shown, text_keys, to_decimal
from scoring.model import ALL_KINDS, SCORED_KINDS, Amount, Band, Derived, Item

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*")
ITEM_TEXT_KEYS = text_keys("text", "name", "method", "source", "notes", "unit")
MODIFIER_KEYS = {"points", "severe_x", "cap", "ratio", "relative_to", "scale", "org_sets",
                 "approval"}
# Kinds whose input is one number (so ratio and relative_to make sense).
NUMBER_KINDS = ("rating", "linear", "bands", "shortfall")
DERIVED_SOURCES = ("team_mean_total", "team_rank", "team_mean_item", "team_value")
VETO_SCOPES = ("section", "form", "lowest_grade")
# Which kinds each form-level list may hold.
PLACE_KINDS = {
    "section": ("deduct", "shortfall", "veto") + SCORED_KINDS,
    "bonuses": ("add",),
    "deductions": ("deduct", "shortfall"),
    "vetoes": ("veto",),
}


def check_id(fields, key="id"):
    value = fields.get(key)
    if not isinstance(value, str) or not ID_PATTERN.fullmatch(value):
        raise fields.fail(key, f"must be lowercase letters, digits and '-' (got {value!r})")
    return value


def read_item(doc, path, data, place, section_id=None):
    item_id = data.get("id") if isinstance(data, dict) and isinstance(data.get("id"), str) else None
    f = Fields(doc, path, data, item=item_id, what="mapping with an `id` and one kind key")
    item_id = check_id(f)
    f.refuse_unknown({"id"} | set(ALL_KINDS) | MODIFIER_KEYS | ITEM_TEXT_KEYS)
    kinds = [k for k in ALL_KINDS if k in f.data]
    if not kinds:
        raise f.fail(None, f"has no kind key (one of: {', '.join(ALL_KINDS)})")
    if len(kinds) > 1:
        raise f.fail(kinds[1], f"two kind keys on one item ({' and '.join(kinds)})")
    kind = kinds[0]
    if kind not in PLACE_KINDS[place]:
        where = "a section" if place == "section" else f"`{place}`"
        raise f.fail(kind, f"a {kind} item cannot stand in {where}")

    points = f.number("points", minimum=Decimal(0))
    if kind in SCORED_KINDS and points is None:
        raise f.fail("points", f"is required for a {kind} item")
    if kind not in SCORED_KINDS and f.has("points"):
        raise f.fail("points", f"a {kind} item has no points (its amounts say what it is worth)")
    _only_for(f, "severe_x", kind, ("deduct",))
    _only_for(f, "cap", kind, ("deduct", "add", "shortfall"))
    _only_for(f, "ratio", kind, NUMBER_KINDS)
    _only_for(f, "relative_to", kind, NUMBER_KINDS)
    _only_for(f, "scale", kind, ("bands", "derived"))
    _only_for(f, "approval", kind, ("deduct", "add"))
    if f.has("approval") and f.get("approval") != "always":
        raise f.fail("approval", "must be `always` (every occurrence needs a reviewer)")
    relative_to = f.text("relative_to") or None
    if relative_to not in (None, "team_mean"):
        raise f.fail("relative_to", "must be team_mean")
    org_sets = f.get("org_sets")
    if org_sets is not None and not (isinstance(org_sets, list)
                                     and all(isinstance(x, str) for x in org_sets)):
        raise f.fail("org_sets", "must be a list of field names")

    scale = f.number("scale", positive=True)
    return Item(
        id=item_id, kind=kind, spec=_read_spec(f, kind, points, scale),
        text=f.text("text") or f.text("name"), texts=f.texts(), points=points,
        severe_x=f.number("severe_x", positive=True), cap=f.number("cap", minimum=Decimal(0)),
        ratio=f.boolean("ratio"), relative_to=relative_to, unit=f.text("unit") or None,
        scale=scale, place=place, section=section_id,
        always_approve=f.get("approval") == "always",
    )


def _only_for(f, key, kind, kinds):
    if f.has(key) and kind not in kinds:
        raise f.fail(key, f"does not apply to a {kind} item")


def _read_spec(f, kind, points, scale):
    if kind in ("deduct", "add"):
        return read_amount(f, kind)
    if kind == "veto":
        scope = f.get("veto")
        if scope not in VETO_SCOPES:
            raise f.fail("veto", f"must be one of {', '.join(VETO_SCOPES)}")
        return scope
    if kind == "check":
        if f.get("check") is not True:
            raise f.fail("check", "must be true")
        return True
    if kind == "shortfall":
        sub = f.mapping("shortfall", required=True)
        sub.refuse_unknown({"target", "per"})
        return (sub.number("target", required=True, minimum=Decimal(0)),
                sub.number("per", required=True, minimum=Decimal(0)))
    if kind == "rating":
        sub = f.mapping("rating", required=True)
        sub.refuse_unknown({"max"})
        return sub.number("max", required=True, positive=True)
    if kind == "linear":
        return read_linear(f.mapping("linear", required=True))
    if kind == "bands":
        return read_bands(f.mapping("bands", required=True), points, scale)
    if kind == "survey":
        sub = f.mapping("survey", required=True)
        sub.refuse_unknown({"scores"})
        scores = sub.mapping("scores", required=True)
        if not scores.data:
            raise scores.fail(None, "needs at least one answer")
        values = {str(k): scores.number(k, required=True, minimum=Decimal(0)) for k in scores.data}
        for answer, value in values.items():
            if value > 100:
                raise scores.fail(answer, f"an answer scores at most 100 (got {value})")
        return values
    return read_derived(f.mapping("derived", required=True), points, scale)


def read_amount(f, kind):
    raw = f.get(kind)
    if not isinstance(raw, list):
        value = f.number(kind, required=True, minimum=Decimal(0))
        return Amount(value, value)
    values = [f.in_range(kind, to_decimal(x)) for x in raw]
    if len(values) != 2 or None in values:
        raise f.fail(kind, f"a range must be [MIN, MAX] of two numbers (got {shown(raw)})")
    low, high = values
    if low < 0 or high < 0:
        raise f.fail(kind, f"must not be negative ({raw!r})")
    if low > high:
        raise f.fail(kind, f"range [{low}, {high}] is upside down")
    return Amount(low, high)


def read_linear(sub):
    sub.refuse_unknown({"zero_at", "full_at"})
    zero_at = sub.number("zero_at", required=True)
    full_at = sub.number("full_at", required=True)
    if zero_at == full_at:
        raise sub.fail("full_at", f"zero_at and full_at are both {zero_at}")
    return (zero_at, full_at)


def read_bands(sub, points, scale):
    sub.refuse_unknown({"table", "lower_better"})
    lower_better = sub.boolean("lower_better")
    rows = sub.listing("table", required=True)
    if not rows:
        raise sub.fail("table", "needs at least one row")
    bound = "max" if lower_better else "min"
    wrong = "min" if lower_better else "max"
    top = scale if scale is not None else points
    bands, previous = [], None
    for i, raw in enumerate(rows):
        row = Fields(sub.doc, sub.path + ("table", i), raw, item=sub.item, what="band row")
        row.refuse_unknown({"min", "max", "score"} | text_keys("label"))
        if row.has(wrong):
            raise row.fail(wrong, f"use `{bound}` in a {'lower' if lower_better else 'higher'}"
                                  "-is-better table")
        score = row.number("score", required=True, minimum=Decimal(0))
        if top is not None and score > top:
            raise row.fail("score", f"{score} is more than the item's {top}")
        limit = row.number(bound)
        if previous is not None and previous[1] is None:
            raise row.fail(bound, "bands out of order: a row after the catch-all row")
        before = previous[1] if previous is not None else None
        if limit is not None and before is not None and (
                limit <= before if lower_better else limit >= before):
            raise row.fail(bound, f"bands out of order: {bound} {limit} after {before} "
                           f"({'ascending' if lower_better else 'descending'} expected)")
        previous = (i, limit)
        bands.append(Band(score=score, label=row.text("label") or None,
                          **{bound: limit}))
    return (tuple(bands), lower_better)


def read_derived(sub, points, scale):
    sub.refuse_unknown({"source", "item", "factor", "linear", "bands", "require"})
    source = sub.get("source")
    if source not in DERIVED_SOURCES:
        raise sub.fail("source", f"must be one of {', '.join(DERIVED_SOURCES)}")
    item = sub.text("item") or None
    if source in ("team_mean_item", "team_value") and not item:
        raise sub.fail("item", f"is required with source {source}")
    rule = None
    if sub.has("linear") and sub.has("bands"):
        raise sub.fail("bands", "give one rule: linear or bands")
    if sub.has("linear"):
        rule = ("linear", read_linear(sub.mapping("linear", required=True)))
    elif sub.has("bands"):
        rule = ("bands", read_bands(sub.mapping("bands", required=True), points, scale))
    require = sub.mapping("require")
    mean_min = None
    if require is not None:
        require.refuse_unknown({"team_mean_total_min"})
        mean_min = require.number("team_mean_total_min")
    return Derived(source=source, item=item, factor=sub.number("factor", default=Decimal(1)),
                   rule=rule, require_mean_min=mean_min)
