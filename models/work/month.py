"""The figures of one employee's period so far: the one place the UI gets numbers from."""

from dataclasses import dataclass, field
from decimal import Decimal

from models.people.employees import get_employee
from models.rubrics import load_version, rubric_for_post
from models.work import kpis
from models.work.incidents import check_incident, incidents_for
from models.work.periods import Period, resolve
from scoring import Result, RubricError, Sheet, evaluate, sheet_from_data


@dataclass
class MonthView:
    rubric: object             # scoring Rubric
    version_id: int
    sheet: Sheet
    result: Result
    incidents: list            # the incident rows that count, in time order
    period: Period | None = None
    skipped: list = field(default_factory=list)  # rows of the period this rubric cannot count


def _version_for(db, employee, period):
    found = rubric_for_post(db, employee["post"])
    if found is not None:
        return found[0]
    # No rubric names the post (any more): use the one the period's ticks were made with.
    row = db.execute("SELECT rubric_version_id FROM incidents WHERE employee_id = ? "
                     "AND at >= ? AND at < ? ORDER BY at DESC LIMIT 1",
                     (employee["id"], *period.bounds)).fetchone()
    if row is None:
        raise ValueError(f"employee {employee['code']} ({employee['name']}): no rubric for "
                         f"the post {employee['post']!r}")
    return row[0]


def _sheet_incident(row):
    data = {"item": row["item_id"], "count": row["count"], "severe": row["severe"],
            "note": row["note"], "at": row["at"], "approved": row["approved"]}
    if row["amount"] is not None:
        data["amount"] = row["amount"]
    return data


def _counted(rubric, version_id, rows):
    """Rows of this version count as stored; rows of another version count when the rubric
    still accepts them, else they are listed as skipped (never silently dropped)."""
    counted, skipped = [], []
    for row in rows:
        if row["version_id"] != version_id:
            try:
                check_incident(rubric, item_id=row["item_id"], count=row["count"],
                               severe=row["severe"], amount=row["amount"])
            except RubricError as exc:
                skipped.append(dict(row, why=exc.message))
                continue
        counted.append(row)
    return counted, skipped


def _team_means(db, rubric, employee, period):
    """Team means for items scored relative to them, from the members' stored values."""
    means = {}
    if employee["team_id"] is None:
        return means
    for item in rubric.items():
        if item.relative_to != "team_mean":
            continue
        values = kpis.team_values(db, team_id=employee["team_id"], period=period.key,
                                  item_id=item.id).values()
        numbers = [v["num"] / v["den"] if isinstance(v, dict) else v for v in values
                   if isinstance(v, (Decimal, dict))]
        if numbers:
            means[item.id] = sum(numbers, Decimal(0)) / len(numbers)
    return means


def _accepted(rubric, values, skipped, where):
    accepted = {}
    for item_id, value in values.items():
        try:
            sheet_from_data({"values": {item_id: value}}, rubric, file=where)
        except RubricError as exc:
            skipped.append({"item_id": item_id, "value": value, "why": exc.message})
        else:
            accepted[item_id] = value
    return accepted


def month_so_far(db, *, employee_id, period, version_id=None, context=None):
    """Evaluate the period's stored, not-deleted incidents and its KPI values with `scoring`.

    `context`: extra sheet context, e.g. a lead's team figures for derived items
    (`models.work.team_results.team_context`); its keys are added to the team means."""
    period = resolve(db, period)
    employee = get_employee(db, employee_id)
    version_id = version_id or _version_for(db, employee, period)
    rubric = load_version(db, version_id)
    rows = incidents_for(db, employee_id=employee_id, start=period.start, end=period.end)
    counted, skipped = _counted(rubric, version_id, rows)
    values = {}
    for item_id, value in kpis.values_for(db, employee_id=employee_id, period=period).items():
        item = rubric.item(item_id)
        if item is None or not item.takes_value:
            skipped.append({"item_id": item_id, "value": value,
                            "why": f"not a value item of rubric '{rubric.id}'"})
        else:
            values[item_id] = value
    data = {"incidents": [_sheet_incident(row) for row in counted], "values": values}
    means = _team_means(db, rubric, employee, period)
    if means or context:
        data["context"] = dict(context or {}, **({"team_mean": means} if means else {}))
    where = f"employee {employee['code']}, period {period.key}"
    try:
        sheet = sheet_from_data(data, rubric, file=where)
    except RubricError:
        # A value stored under another rubric version that this one refuses: count the rest.
        data["values"] = _accepted(rubric, values, skipped, where)
        sheet = sheet_from_data(data, rubric, file=where)
    return MonthView(rubric=rubric, version_id=version_id, sheet=sheet,
                     result=evaluate(rubric, sheet), incidents=counted, period=period,
                     skipped=skipped)
