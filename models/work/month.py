"""The figures of one employee's period so far: the one place the UI gets numbers from."""

from contextlib import suppress
from dataclasses import dataclass, field, replace
from decimal import Decimal
from operator import itemgetter

from models.people.employees import get_employee
from models.work import applicable, kpis
from models.work.incidents import check_incident, get_incident, incidents_for
from models.work.periods import Period, resolve
from scoring import Result, RubricError, Sheet, sheet_from_data
from scoring.evaluate import evaluate  # not `from scoring`: see scoring/__init__.py's lazy names
from scoring.includes import combine


@dataclass
class MonthView:
    rubric: object             # scoring Rubric
    version_id: int
    sheet: Sheet
    result: Result
    incidents: list            # the incident rows that count, in time order
    period: Period | None = None
    skipped: list = field(default_factory=list)  # rows of the period this rubric cannot count
    # Issue 13: a rubric with includes (scoring/includes.py). `included`: one MonthView per
    # included rubric (its own rows, values and version; its `result` its own); `result` here is
    # then the combined one (one total), `own` this rubric's evaluation alone and `tally` its
    # own figures with its included sections filled, the included deductions left out.
    included: list = field(default_factory=list)
    own: Result | None = None
    tally: Result | None = None

    @property
    def views(self):
        """This rubric's view, then the included rubrics' (what the checklist shows)."""
        return [self, *self.included]


def _applying(db, employee, period, version_id):
    """[(version_id, Rubric)]: the main rubric (`version_id`, a form's, or the one in force:
    models.work.applicable), then the ones it includes."""
    if version_id is not None:
        return applicable.with_includes(db, employee, period, version_id)
    found = applicable.rubrics_for_employee(db, employee["id"], period)
    if found:
        return found
    # No rubric applies (any more): use the one the period's ticks were made with.
    row = db.execute("SELECT rubric_version_id FROM incidents WHERE employee_id = ? "
                     "AND at >= ? AND at < ? ORDER BY at DESC LIMIT 1",
                     (employee["id"], *period.bounds)).fetchone()
    if row is None:
        raise ValueError(f"employee {employee['code']} ({employee['name']}): no rubric for "
                         f"the post {employee['post']!r}")
    return applicable.with_includes(db, employee, period, row[0])


def _rubric_ids(db, version_ids):
    """{version id: rubric id} of the given versions."""
    ids = sorted(set(version_ids))
    marks = ", ".join("?" * len(ids))
    return dict(db.execute(f"SELECT id, rubric_id FROM rubric_versions WHERE id IN ({marks})",
                           ids).fetchall()) if ids else {}


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
    applying = _applying(db, employee, period, version_id)
    rows = incidents_for(db, employee_id=employee_id, start=period.start, end=period.end)
    stored = kpis.values_for(db, employee_id=employee_id, period=period)
    if len(applying) == 1:
        return _view(db, employee, period, *applying[0], rows, stored, context)
    # Each row counts under the rubric it was ticked with (its version's rubric); the rest, and
    # every value no included rubric takes, under the main rubric as before.
    ids = [rubric.id for _, rubric in applying]
    owners = _rubric_ids(db, (row["version_id"] for row in rows))
    rows_of, values_of = {i: [] for i in ids}, {i: {} for i in ids}
    for row in rows:
        rows_of[owners.get(row["version_id"]) if owners.get(row["version_id"]) in rows_of
                else ids[0]].append(row)
    for item_id, value in stored.items():
        values_of[next((r.id for _, r in applying if r.item(item_id) is not None
                        and r.item(item_id).takes_value), ids[0])][item_id] = value
    views = [_view(db, employee, period, vid, rubric, rows_of[rubric.id], values_of[rubric.id],
                   context) for vid, rubric in applying]
    return combined_view(views[0], views[1:])


def combined_view(main, parts):
    """The main rubric's view with its included rubrics' views (each evaluated on its own):
    results combined by scoring.includes."""
    own = {v.rubric.id: v.own or v.result for v in (main, *parts)}
    rubrics = {v.rubric.id: v.rubric for v in (main, *parts)}
    parts = [replace(p, own=own[p.rubric.id], result=combine(p.rubric, own, rubrics))
             for p in parts]
    return replace(main, own=own[main.rubric.id], result=combine(main.rubric, own, rubrics),
                   tally=combine(main.rubric, own, rubrics, deductions=False), included=parts)


def _view(db, employee, period, version_id, rubric, rows, stored, context):
    """One rubric's MonthView of the given rows and stored values."""
    counted, skipped = _counted(rubric, version_id, rows)
    values = {}
    for item_id, value in stored.items():
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


def month_with_incident(db, view, incident_id, *, employee):
    """`view` (month_so_far of `employee`, a row) after one of her incidents was added, deleted or
    restored: that one row is read back from the store, put in (or taken out of) the counted
    rows, and the engine runs again over the sheet. The other rows are neither re-read nor
    re-parsed — a tick stays inside one frame with a thousand entries in the period.

    Gives what month_so_far would for the same store (tests/test_checklist_tick_update.py)."""
    if view.included:       # the row belongs to the rubric it was ticked with (issue 13)
        return _with_incident_in_part(db, view, incident_id, employee)
    row = get_incident(db, incident_id)
    if row["employee_id"] != employee["id"]:
        raise ValueError(f"incident {incident_id} is not one of employee {employee['code']}'s")
    rows, parsed = list(view.incidents), list(view.sheet.incidents)
    with suppress(ValueError):      # counted already (a delete, a restore): out it goes first
        at = list(map(itemgetter("id"), rows)).index(incident_id)   # one pass, in C
        del rows[at], parsed[at]
    skipped = [s for s in view.skipped if s.get("id") != incident_id]
    low, high = view.period.bounds
    if not row["deleted"] and low <= row["at"] < high:
        counted, skipped_now = _counted(view.rubric, view.version_id, [row])
        skipped += skipped_now
        if counted:
            where = f"employee {employee['code']}, period {view.period.key}"
            incident = sheet_from_data({"incidents": [_sheet_incident(row)]}, view.rubric,
                                       file=where).incidents[0]
            # incidents_for's order, by time then id; a tick is the newest, so from the end
            at, key = len(rows), (row["at"], row["id"])
            while at and (rows[at - 1]["at"], rows[at - 1]["id"]) > key:
                at -= 1
            rows.insert(at, row)
            parsed.insert(at, incident)
    sheet = replace(view.sheet, incidents=parsed)
    return replace(view, sheet=sheet, result=evaluate(view.rubric, sheet), incidents=rows,
                   skipped=skipped)


def _with_incident_in_part(db, view, incident_id, employee):
    """month_with_incident for a view with included rubrics: the row's own rubric's view is
    updated, then the results are combined again."""
    version_id = get_incident(db, incident_id)["version_id"]
    owner = _rubric_ids(db, [version_id]).get(version_id)
    main = replace(view, included=[], own=None, tally=None, result=view.own or view.result)
    parts = [replace(p, own=None, result=p.own or p.result) for p in view.included]
    index = next((i for i, p in enumerate(parts) if p.rubric.id == owner), None)
    if index is None or owner == view.rubric.id:
        main = month_with_incident(db, main, incident_id, employee=employee)
    else:
        parts[index] = month_with_incident(db, parts[index], incident_id, employee=employee)
    return combined_view(main, parts)
