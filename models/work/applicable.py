"""Which rubrics apply to an employee in a period: the one main rubric of her monthly form, then
the rubrics it includes (scoring/includes.py), each in the version in force.

Precedence (docs/rubric-extensions.md, "Assignments"), for one employee and period:
1. Per rubric, the assignment in force for her team beats the one for her post; for one target
   the latest `from_period` not after the period wins, and of equal ones the last made
   (models.rubrics.assignments.effective_row). An "ended" row in force means: not here.
2. One main rubric: of the rubrics assigned to her this way, a team's beats a post's, then
   the later `from_period`, then the later assignment; with nothing assigned, the rubric whose
   file names her post (models.rubrics.rubric_for_post, as before assignments existed) unless
   it was ended for her post or team. A rubric that another of these includes is never the
   main one: assigning an included rubric to a post sets the version counted inside the main.
3. The main rubric's includes, depth first, each once: the version assigned to her (step 1),
   else the latest version in use by then (a version first assigned from a later period is not).
   A missing included rubric or a cycle is a ValueError.
"""

import json

from models.people.employees import get_employee, list_employees
from models.rubrics import assignments, load_version, rubric_for_post
from models.rubrics.versions import latest_version_in_use
from models.storage.errors import NotFoundError
from models.work.periods import parse_period, resolve

ASSIGNED, BY_POST, LATEST = "assigned", "post", "latest"


def rubrics_for_employee(db, employee_id, period):
    """[(version_id, Rubric)] of every rubric that applies to the employee in `period` (a
    Period or key): the monthly form's main rubric first, then the ones it includes. Empty
    when no rubric applies."""
    employee = get_employee(db, employee_id)
    return [(vid, rubric) for vid, rubric, _ in _applying(db, employee, resolve(db, period))]


def main_version(db, employee, period):
    """The version id of the employee's main rubric in `period`, or None."""
    found = _main(db, employee, assignments.period_month(resolve(db, period).key))
    return found[0] if found else None


def _chosen(db, employee, month, extra=()):
    """{rubric_id: the assignment row in force for the employee} (team beats post)."""
    rows = assignments.rows_for(db, post=employee["post"], team_id=employee["team_id"],
                                up_to_month=month)
    rows += [r for r in extra if r["from_month"] <= month and (
        r["post"] == employee["post"] or (r["team_id"] is not None
                                          and r["team_id"] == employee["team_id"]))]
    groups = {}
    for row in rows:
        groups.setdefault((row["rubric_id"], row["team_id"] is not None), []).append(row)
    chosen = {}
    for (rubric_id, _), group in sorted(groups.items(), key=lambda g: g[0][1]):
        chosen[rubric_id] = assignments.effective_row(group, month)   # the team's comes last
    return chosen


def _main(db, employee, month, extra=()):
    """(version_id, source) of the main rubric, or None."""
    chosen = _chosen(db, employee, month, extra)
    # (rank, version_id, source): an assignment beats the post's file; of assignments a team's
    # beats a post's, then the later from_period, then the later row.
    candidates = [((True, r["team_id"] is not None, r["from_month"], r["id"]), r["version_id"],
                   ASSIGNED) for r in chosen.values() if r["version_id"] is not None]
    found = rubric_for_post(db, employee["post"], month) if employee["post"] else None
    if found is not None and found[1].id not in chosen:     # not ended for her post or team
        candidates.append(((False,), found[0], BY_POST))
    if not candidates:
        return None
    # A rubric another candidate includes is counted inside that one, never the main rubric.
    rubrics = {vid: load_version(db, vid) for _, vid, _ in candidates}
    included = {i.rubric for rubric in rubrics.values() for i in rubric.includes}
    mains = [c for c in candidates if rubrics[c[1]].id not in included] or candidates
    _, version_id, source = max(mains, key=lambda c: c[0])
    return version_id, source


def _included_version(db, rubric_id, chosen, including, month):
    row = chosen.get(rubric_id)
    if row is not None and row["version_id"] is not None:
        return row["version_id"], ASSIGNED
    try:
        return latest_version_in_use(db, rubric_id, month), LATEST
    except NotFoundError:
        raise ValueError(f"rubric '{including}' includes rubric '{rubric_id}', which is not "
                         "stored: add it (or a version of it) first") from None


def with_includes(db, employee, period, version_id):
    """[(version_id, Rubric)]: the given main version (a form's), then the rubrics it includes
    in the versions in force for the employee in `period`."""
    period = resolve(db, period)
    found = _with_includes(db, employee, assignments.period_month(period.key), version_id,
                           ASSIGNED)
    return [(vid, rubric) for vid, rubric, _ in found]


def _applying(db, employee, period, extra=()):
    """[(version_id, Rubric, source)]: the main rubric, then its includes depth first."""
    month = assignments.period_month(period.key)
    main = _main(db, employee, month, extra)
    return [] if main is None else _with_includes(db, employee, month, *main, extra=extra)


def _with_includes(db, employee, month, version_id, source, extra=()):
    rubric = load_version(db, version_id)
    if not rubric.includes:
        return [(version_id, rubric, source)]
    chosen = _chosen(db, employee, month, extra)
    found, seen = [], set()

    def visit(version_id, source, path):
        rubric = load_version(db, version_id)
        if rubric.id in path:
            cycle = " → ".join(path[path.index(rubric.id):] + (rubric.id,))
            raise ValueError(f"rubric includes form a cycle: {cycle}")
        if rubric.id in seen:
            return
        seen.add(rubric.id)
        found.append((version_id, rubric, source))
        for include in rubric.includes:
            visit(*_included_version(db, include.rubric, chosen, rubric.id, month),
                  path + (rubric.id,))

    visit(version_id, source, ())
    return found


def employees_moving(db, *, rubric_id, version_id, from_period):
    """The active employees whose rubric `rubric_id` becomes version `version_id` at
    `from_period` (as `adopt_version` makes it, whether it was called yet or not): dicts with
    id, code, name, team_name, from_version (the version number they had in the period
    before, None when the rubric did not apply to them)."""
    period = resolve(db, from_period)
    month = assignments.period_month(period.key)
    row = db.execute("SELECT rubric_id, version, posts_json FROM rubric_versions WHERE id = ?",
                     (version_id,)).fetchone()
    if row is None or row[0] != rubric_id:
        raise NotFoundError(f"no version {version_id} of rubric {rubric_id!r}")
    extra = [{"id": float("inf"), "rubric_id": rubric_id, "version_id": version_id,
              "post": post, "team_id": team_id, "from_month": month}
             for post, team_id in assignments.adoption_targets(db, rubric_id, month,
                                                                posts=json.loads(row[2]))]
    before_period = parse_period(period.key, start_day=period.start_day).previous()
    teams = {t[0]: t[1] for t in db.execute("SELECT id, name FROM teams")}
    moving = []
    for employee in list_employees(db):
        try:
            after = _version_in(_applying(db, employee, period, extra), rubric_id)
            before = _version_in(_applying(db, employee, before_period), rubric_id)
        except ValueError:      # a cycle or a missing include: not for this banner to say
            continue
        if after is None or after[0] != version_id:
            continue
        from_version = None
        if before is not None:
            from_version = _number(db, before[0])
            if before[0] == version_id:
                if before[1] == ASSIGNED:
                    continue        # on this version already
                from_version = _previous_number(db, rubric_id, from_version)
        moving.append({"id": employee["id"], "code": employee["code"],
                       "name": employee["name"], "team_name": teams.get(employee["team_id"]),
                       "from_version": from_version})
    return moving


def _version_in(applying, rubric_id):
    return next(((vid, source) for vid, rubric, source in applying if rubric.id == rubric_id),
                None)


def _number(db, version_id):
    return db.execute("SELECT version FROM rubric_versions WHERE id = ?",
                      (version_id,)).fetchone()[0]


def _previous_number(db, rubric_id, number):
    """The stored version before `number` (a version taken by "the latest" or by its post
    replaced it in every period at once): what these employees had until it was stored."""
    row = db.execute("SELECT max(version) FROM rubric_versions WHERE rubric_id = ? "
                     "AND version < ?", (rubric_id, number)).fetchone()
    return row[0]
