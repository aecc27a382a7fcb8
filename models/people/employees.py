"""Employees: 工号 (unique, case-insensitive), name with its pinyin (initials and in full), team,
post."""

import sqlite3

from models import audit
from models.people import access
from models.people.names import full_pinyin, initials, search_key
from models.storage import clock
from models.storage.errors import NotFoundError

EDITABLE = ("code", "name", "team_id", "post", "hire_date", "probation")


def _row(row):
    return dict(row, probation=bool(row["probation"]), active=bool(row["active"]),
                demo=bool(row["demo"]))


def get_employee(db, employee_id):
    rows = list(db.query("SELECT * FROM employees WHERE id = ?", (employee_id,)))
    if not rows:
        raise NotFoundError(f"no employee with id {employee_id}")
    return _row(rows[0])


def employee_by_code(db, code):
    rows = list(db.query("SELECT * FROM employees WHERE code = ?", (str(code).strip(),)))
    return _row(rows[0]) if rows else None


def _clean(db, fields, employee_id=None):
    """Checked column values for an insert or update; ValueError naming the field."""
    who = f"employee {employee_id}" if employee_id else "new employee"
    out = {}
    for key, value in fields.items():
        if key not in EDITABLE:
            raise ValueError(f"{who}: {key!r} cannot be changed here "
                             f"(editable: {', '.join(EDITABLE)})")
        if key in ("code", "name", "post"):
            value = str(value or "").strip()
            if not value and key != "post":
                raise ValueError(f"{who}: {key} is empty")
        elif key == "team_id" and value is not None:
            if not db.execute("SELECT 1 FROM teams WHERE id = ?", (value,)).fetchone():
                raise NotFoundError(f"{who}: no team with id {value}")
        elif key == "hire_date":
            value = clock.to_day(value, what=f"{who}: hire_date")
            value = value.isoformat() if value else None
        elif key == "probation":
            value = int(bool(value))
        out[key] = value
    if "code" in out:
        other = employee_by_code(db, out["code"])
        if other is not None and other["id"] != employee_id:
            raise ValueError(f"{who}: 工号 {out['code']!r} is already used by "
                             f"{other['name']} (employee {other['id']})")
    if "name" in out:
        out["name_initials"] = initials(out["name"])
        out["name_pinyin"] = full_pinyin(out["name"])
    return out


def add_employee(db, *, code, name, team_id, post, hire_date=None, probation=False,
                 demo=False, by):
    access.require(by, "manage_people", team_id=team_id)
    with db.atomic():
        row = _clean(db, {"code": code, "name": name, "team_id": team_id, "post": post,
                          "hire_date": hire_date, "probation": probation})
        row.update(demo=int(demo), created_at=clock.stamp())
        try:
            employee_id = db.execute(
                f"INSERT INTO employees ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                tuple(row.values())).lastrowid
        except sqlite3.IntegrityError as exc:  # a race the check above could not see
            raise ValueError(f"new employee {row['code']!r}: {exc}") from exc
        audit.record(db, actor=by, action="add", entity="employee", entity_id=employee_id,
                     after=get_employee(db, employee_id))
    return employee_id


def update_employee(db, employee_id, *, by, **fields):
    if not fields:
        return
    with db.atomic():
        before = get_employee(db, employee_id)
        access.require(by, "manage_people", team_id=before["team_id"])
        if "team_id" in fields:     # moved: onto a team she may manage too
            access.require(by, "manage_people", team_id=fields["team_id"])
        row = _clean(db, fields, employee_id)
        sets = ", ".join(f"{key} = ?" for key in row)
        db.execute(f"UPDATE employees SET {sets} WHERE id = ?", (*row.values(), employee_id))
        audit.record(db, actor=by, action="update", entity="employee", entity_id=employee_id,
                     before=before, after=get_employee(db, employee_id))


def set_employee_active(db, employee_id, *, active, by):
    with db.atomic():
        before = get_employee(db, employee_id)
        access.require(by, "manage_people", team_id=before["team_id"])
        db.execute("UPDATE employees SET active = ? WHERE id = ?", (int(bool(active)), employee_id))
        audit.record(db, actor=by, action="activate" if active else "deactivate",
                     entity="employee", entity_id=employee_id, before=before,
                     after=get_employee(db, employee_id))


def list_employees(db, *, team_id=None, include_inactive=False):
    where, params = [], []
    if team_id is not None:
        where.append("team_id = ?")
        params.append(team_id)
    if not include_inactive:
        where.append("active = 1")
    sql = "SELECT * FROM employees" + (" WHERE " + " AND ".join(where) if where else "")
    return [_row(row) for row in db.query(sql + " ORDER BY code", params)]


def _like(text):
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_employees(db, text, *, include_inactive=False, limit=50):
    """Name substring, 工号 prefix, pinyin-initials prefix ("zs" → 张三) or full-pinyin prefix
    ("lina" → 李娜, "ouyang" → 欧阳晓雨; spaces and case ignored); best matches first: the exact
    工号, then 工号 prefixes, then initials and pinyin, then names."""
    text = (text or "").strip()
    if not text:
        return list_employees(db, include_inactive=include_inactive)[:limit]
    prefix, inner = _like(text) + "%", "%" + _like(text) + "%"
    key = search_key(text)
    sql = ("SELECT *, (CASE WHEN code = :text THEN 0 WHEN code LIKE :prefix ESCAPE '\\' THEN 1 "
           "WHEN name_initials LIKE :prefix ESCAPE '\\' THEN 2 "
           "WHEN :key != '' AND name_pinyin LIKE :pinyin ESCAPE '\\' THEN 2 ELSE 3 END) AS rank "
           "FROM employees WHERE (code LIKE :prefix ESCAPE '\\' OR name LIKE :inner ESCAPE '\\' "
           "OR name_initials LIKE :prefix ESCAPE '\\' "
           "OR (:key != '' AND name_pinyin LIKE :pinyin ESCAPE '\\'))")
    if not include_inactive:
        sql += " AND active = 1"
    sql += " ORDER BY rank, name_initials, code LIMIT :limit"
    # LIKE ignores ASCII case, so "ZS" and "a00" match too.
    rows = db.query(sql, {"text": text, "prefix": prefix, "inner": inner, "key": key,
                          "pinyin": _like(key) + "%", "limit": limit})
    return [_row({k: v for k, v in row.items() if k != "rank"}) for row in rows]
