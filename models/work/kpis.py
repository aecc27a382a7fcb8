"""KPI values per employee, period and item: a number, a yes/no, a ratio or survey counts.

Stored as tagged JSON with Decimals as strings: {"decimal": "93.50"}, {"bool": true},
{"ratio": {"num": "930", "den": "1000"}}, {"survey": {"5": 30, "4": 10}} — exact, never REAL.
"""

from decimal import Decimal

from models import audit
from models.people import access
from models.people.employees import get_employee
from models.rubrics import load_version
from models.storage import clock, codec
from models.storage.errors import refusals
from models.work.applicable import rubrics_for_employee
from models.work.periods import Period, parse_period
from scoring import Ratio, sheet_from_data


def _key(period):
    key = period.key if isinstance(period, Period) else str(period).strip()
    parse_period(key)  # ValueError naming a malformed key
    return key


def encode(value, *, what="value"):
    if isinstance(value, bool):
        return {"bool": value}
    if isinstance(value, Ratio):
        value = {"num": value.num, "den": value.den}
    if isinstance(value, dict):
        if set(value) == {"num", "den"}:
            num = codec.require_decimal(value["num"], what=f"{what}: num")
            den = codec.require_decimal(value["den"], what=f"{what}: den")
            if num < 0 or den <= 0:
                raise ValueError(f"{what}: needs num ≥ 0 and den > 0 (got {num}/{den})")
            return {"ratio": {"num": str(num), "den": str(den)}}
        counts = {}
        for answer, count in value.items():
            if isinstance(count, bool) or not isinstance(count, int) or count < 0:
                raise ValueError(f"{what}: answer {answer!r} needs a whole count ≥ 0 "
                                 f"(got {count!r})")
            counts[str(answer)] = count
        return {"survey": counts}
    return {"decimal": str(codec.require_decimal(value, what=what))}


def decode(data):
    if "bool" in data:
        return data["bool"]
    if "ratio" in data:
        return {"num": Decimal(data["ratio"]["num"]), "den": Decimal(data["ratio"]["den"])}
    if "survey" in data:
        return dict(data["survey"])
    return Decimal(data["decimal"])


def _rubric_for(db, employee_id, version_id, period, item_id):
    """The rubric a value is checked against: `version_id`'s, else of the rubrics that apply
    to the employee in the period (models.work.applicable) the one holding the item."""
    if version_id is not None:
        return load_version(db, version_id)
    found = [rubric for _, rubric in rubrics_for_employee(db, employee_id, period)]
    return next((r for r in found if r.item(item_id) is not None), found[0] if found else None)


def set_value(db, *, employee_id, period, item_id, value, by, source="manual",
              version_id=None):
    """Store (or with None clear) one value, checked against the rubric of `version_id` or of
    the employee's post: unknown item, wrong type, rating out of range → ValueError."""
    access.require(by, "tick", team_id=get_employee(db, employee_id)["team_id"])
    key = _key(period)
    where = f"KPI value for employee {employee_id}, {key}"
    rubric = _rubric_for(db, employee_id, version_id, key, item_id)
    stored = None
    if value is not None:
        stored = encode(value, what=f"{where}, item '{item_id}'")
        if rubric is not None:  # the engine's own check of a sheet value
            sheet_from_data({"values": {item_id: decode(stored)}}, rubric, file=where)
    # A signed period's values are frozen: that refusal leaves as SignedPeriodError.
    with refusals(), db.atomic():
        get_employee(db, employee_id)
        before = values_for(db, employee_id=employee_id, period=key).get(item_id)
        if stored is None:
            db.execute("DELETE FROM kpi_values WHERE employee_id = ? AND period = ? "
                       "AND item_id = ?", (employee_id, key, item_id))
        else:
            db.execute(
                "INSERT INTO kpi_values (employee_id, period, item_id, value_json, source, "
                "entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (employee_id, period, item_id) DO UPDATE SET "
                "value_json = excluded.value_json, source = excluded.source, "
                "entered_by = excluded.entered_by, entered_at = excluded.entered_at",
                (employee_id, key, item_id, codec.dumps(stored), source, by, clock.stamp()))
        # Keyed by employee: the row id of a value changes when it is cleared and set again.
        audit.record(db, actor=by, action="clear" if stored is None else "set",
                     entity="kpi_value", entity_id=employee_id,
                     before={"period": key, "item": item_id, "value": before},
                     after={"period": key, "item": item_id,
                            "value": None if stored is None else decode(stored),
                            "source": source})


def values_for(db, *, employee_id, period):
    """{item_id: value} for one employee and period (Decimal | bool | {num, den} | counts)."""
    rows = db.execute("SELECT item_id, value_json FROM kpi_values WHERE employee_id = ? "
                      "AND period = ?", (employee_id, _key(period)))
    return {item_id: decode(codec.loads(text)) for item_id, text in rows}


def team_values(db, *, team_id, period, item_id):
    """{employee_id: value} of one item for every active member of a team."""
    rows = db.execute(
        "SELECT k.employee_id, k.value_json FROM employees e JOIN kpi_values k "
        "ON k.employee_id = e.id AND k.period = ? AND k.item_id = ? "
        "WHERE e.team_id = ? AND e.active = 1", (_key(period), item_id, team_id))
    return {employee_id: decode(codec.loads(text)) for employee_id, text in rows}
