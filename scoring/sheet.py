"""The inputs of one assessment (a sheet), checked against its rubric."""

from dataclasses import dataclass, field
from decimal import Decimal

from scoring.fields import Fields, shown, to_decimal
from scoring.model import Amount
from scoring.source import Located, parse_text, read_file

SHEET_KEYS = {"rubric", "incidents", "values", "na", "context", "employee", "period", "notes"}
INCIDENT_KEYS = {"item", "count", "severe", "amount", "note", "at", "approved", "approved_by",
                 "by", "id"}
CONTEXT_KEYS = {"team_mean", "team_mean_total", "team_rank", "team_mean_items", "team_values"}


@dataclass(frozen=True)
class Incident:
    item: str
    count: int = 1
    severe: bool = False
    amount: Decimal | None = None
    note: str = ""
    at: str = ""
    approved: bool = False


@dataclass(frozen=True)
class Ratio:
    num: Decimal
    den: Decimal

    @property
    def value(self):
        return self.num / self.den


@dataclass
class Sheet:
    rubric_id: str
    incidents: list = field(default_factory=list)
    values: dict = field(default_factory=dict)      # item id → Decimal | bool | Ratio | {answer: n}
    na: frozenset = frozenset()
    context: dict = field(default_factory=dict)


def load_sheet(path, rubric):
    """Read a sheet file and check it against `rubric`. Raises RubricError."""
    return parse_sheet(read_file(path), rubric)


def sheet_from_text(text, rubric, file="<input>"):
    return parse_sheet(parse_text(text, file), rubric)


def sheet_from_data(data, rubric, file="<input>"):
    return parse_sheet(Located(data, {}, file), rubric)


def parse_sheet(doc, rubric):
    f = Fields(doc, (), doc.data if doc.data is not None else {}, what="mapping (a sheet)")
    f.refuse_unknown(SHEET_KEYS)
    rubric_id = f.text("rubric", default=rubric.id)
    if rubric_id != rubric.id:
        raise f.fail("rubric", f"this sheet is for rubric '{rubric_id}', not '{rubric.id}'")
    na = _read_na(f, rubric)
    incidents = [_read_incident(doc, i, raw, rubric, na)
                 for i, raw in enumerate(f.listing("incidents"))]
    values_f = f.mapping("values")
    values = {}
    if values_f is not None:
        for key in values_f.data:
            values[str(key)] = _read_value(values_f, str(key), rubric, na)
    context = f.mapping("context")
    if context is not None:
        context.refuse_unknown(CONTEXT_KEYS)
    return Sheet(rubric_id=rubric.id, incidents=incidents, values=values, na=na,
                 context=_read_context(context) if context is not None else {})


def _read_na(f, rubric):
    na = f.listing("na")
    for i, item_id in enumerate(na):
        if not isinstance(item_id, str) or rubric.item(item_id) is None:
            raise f.doc.error(f"unknown item {item_id!r} in rubric '{rubric.id}'", ("na", i),
                              item=str(item_id), field="na")
    return frozenset(na)


def _read_incident(doc, index, raw, rubric, na):
    item_id = raw.get("item") if isinstance(raw, dict) else None
    f = Fields(doc, ("incidents", index), raw, item=item_id if isinstance(item_id, str) else None,
               what="mapping with an `item`")
    f.refuse_unknown(INCIDENT_KEYS)
    item_id = f.text("item", required=True)
    item = rubric.item(item_id)
    if item is None:
        raise f.fail("item", f"unknown item '{item_id}' in rubric '{rubric.id}'")
    if not item.takes_incidents:
        raise f.fail("item", f"'{item_id}' is a {item.kind} item: give it under `values`")
    if item_id in na:
        raise f.fail("item", f"'{item_id}' is marked N/A but has incidents")
    count = f.whole("count", f.get("count", 1), minimum=1,
                    message="must be a whole number from 1")
    severe = f.boolean("severe")
    if severe and item.severe_x is None:
        raise f.fail("severe", f"'{item_id}' has no severe_x: it cannot be marked severe")
    amount = f.number("amount")
    # An amount per occurrence: deduct and add items, and money lines' fines and rewards.
    spec = item.spec if isinstance(item.spec, Amount) else None
    if amount is not None:
        if spec is None or not spec.is_range:
            raise f.fail("amount", f"'{item_id}' has a fixed amount; give no `amount`")
        if not spec.low <= amount <= spec.high:
            raise f.fail("amount", f"{amount} is outside [{spec.low}, {spec.high}]")
    elif spec is not None and spec.is_range:
        raise f.fail("amount", f"'{item_id}' needs an amount in [{spec.low}, {spec.high}]")
    return Incident(item=item_id, count=count, severe=severe, amount=amount,
                    note=f.text("note"), at=f.text("at"), approved=f.boolean("approved"))


def _read_value(f, key, rubric, na):
    item = rubric.item(key)
    f = Fields(f.doc, f.path, f.data, item=key)
    if item is None:
        raise f.fail(key, f"unknown item '{key}' in rubric '{rubric.id}'")
    if not item.takes_value:
        raise f.fail(key, f"'{key}' is a {item.kind} item: record it under `incidents`")
    if key in na:
        raise f.fail(key, f"'{key}' is marked N/A but has a value")
    raw = f.get(key)
    if item.kind == "check":
        if not isinstance(raw, bool):
            raise f.fail(key, f"must be true or false (got {shown(raw)})")
        return raw
    if item.kind == "survey":
        return _read_survey(f, key, item)
    if isinstance(raw, dict) and item.ratio:
        pair = f.mapping(key)
        pair.refuse_unknown({"num", "den"})
        num = pair.number("num", required=True, minimum=Decimal(0))
        den = pair.number("den", required=True)
        if den <= 0:
            raise pair.fail("den", "must be greater than 0")
        return Ratio(num, den)
    value = f.in_range(key, to_decimal(raw))
    if value is None:
        shape = "a number or {num: N, den: D}" if item.ratio else "a number"
        raise f.fail(key, f"must be {shape} (got {shown(raw)})")
    if item.kind == "rating" and not 0 <= value <= item.spec:
        raise f.fail(key, f"{value} is outside [0, {item.spec}]")
    if item.place == "money" and value < 0:     # a count, a sales figure, a mean wage
        raise f.fail(key, f"must not be negative ({value})")
    return value


def _read_survey(f, key, item):
    counts = f.mapping(key)
    if counts is None:
        raise f.fail(key, "must be a mapping of answer → count")
    result = {}
    for answer, count in counts.data.items():
        if str(answer) not in item.spec:
            raise counts.fail(str(answer), f"unknown answer (known: {', '.join(item.spec)})")
        result[str(answer)] = counts.whole(str(answer), count, minimum=0,
                                           message="count must be a whole number ≥ 0")
    return result


def _read_context(f):
    context = {}
    for key in ("team_mean_total", "team_rank"):
        if f.has(key):
            context[key] = f.number(key)
    for key in ("team_mean", "team_mean_items", "team_values"):
        sub = f.mapping(key)
        if sub is not None:
            context[key] = {str(k): sub.number(k, required=True) for k in sub.data}
    return context
