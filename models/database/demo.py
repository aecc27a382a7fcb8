"""The demo team: six people on built-in rubrics with a few ticks and KPI figures this period,
so a first start shows a working checklist. Every row is marked demo=1 and goes in one action.
Its three periods before this one are signed and locked, the last one closed (`HISTORY`,
`install_history`), so results, streaks and trends show too; being signed, they stay when the
demo is removed (its people and team kept inactive: nothing signed is ever deleted).

The demo's own users (`install_demo_users`, the first run's "Just look around"): an HR admin, a
reviewer and a shift lead of the demo team, with fixed PINs that the sign-in screen shows while
they exist (models.people.users `DEMO_USERS`, `demo_sign_ins`). Made only on a store nobody can
sign in to; removed with the demo, except a user who signed something (kept as an inactive
user: nothing signed is deleted)."""

import logging
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from models import audit, forms
from models.forms.unattended import sign_and_lock
from models.people import access, users
from models.people.employees import add_employee
from models.people.teams import add_team, set_team_lead
from models.work import incidents, kpis, periods
from models.work.applicable import rubrics_for_employee

TEAM = "演示班组 Demo team"
BY = "(demo)"
# code, name, post, probation, [(item, days ago, extra fields)], {kpi item: value}
PEOPLE = [
    ("DEMO-01", "王丽", "领班", False,
     [("reward-2", 3, {"note": "客户来电表扬 Customer praise"})], {}),
    ("DEMO-02", "李娜", "客户服务代表", False,
     [("command-tone", 2, {"note": "对客户语气生硬 Curt with a caller"}),
      ("early-hangup", 1, {"severe": True, "note": "客户投诉 Caller complained"})], {}),
    ("DEMO-03", "张伟", "客服", False, [("late", 4, {"note": "迟到 Late"})],
     {"conversion-rate": {"num": Decimal(78), "den": Decimal(100)},
      "payment-rate": {"num": Decimal(88), "den": Decimal(100)},
      "response-time": Decimal(32), "tasks-rating": Decimal(85)}),
    ("DEMO-04", "刘洋", "服务中心工作人员", False,
     [("uniform", 5, {"note": "未佩戴胸牌 No name badge"}), ("uniform", 1, {})], {}),
    ("DEMO-05", "陈静", "员工", False, [("penalty-1", 2, {"note": "工位不整洁 Untidy desk"})], {}),
    ("DEMO-06", "赵磊", "客服专员", True,
     [("praise", 3, {"amount": Decimal(3), "note": "客户表扬 Praise"})],
     {"exam-score": Decimal(88)}),
]

# The three periods before this one (oldest first), every form signed and locked and the last
# one closed, so that a first start shows results, streaks and trends: code → one (ticks,
# values) per period. Ticks are (item, day of the period, extra fields).
def _r(num, den=100):
    return {"num": Decimal(num), "den": Decimal(den)}


SHOP = ("conversion-rate", "payment-rate", "basket-ratio", "reply-rate", "response-time",
        "tasks-rating", "attitude-rating")
HOTLINE = ("recording-score", "text-score", "aht", "lead-recording", "lead-text", "conduct",
           "csat", "exam-score", "answered")
HISTORY = {
    "DEMO-01": [([("reward-2", 12, {"note": "客户来信表扬 Letter of praise"})], {}),
                ([], {}),
                ([("reward-1", 8, {"note": "协助培训新人 Helped train a newcomer"})], {})],
    "DEMO-02": [([("command-tone", 6, {"note": "语气生硬 Curt"}),
                  ("early-hangup", 14, {"note": "提前挂机 Hung up early"})], {}),
                ([("command-tone", 9, {}), ("late-ticket", 20, {"note": "漏单 Missed ticket"})],
                 {}),
                ([], {})],
    "DEMO-03": [([], dict(zip(SHOP, (_r(76), _r(86), _r(110), _r(98), Decimal(35),
                                     Decimal(82), Decimal(85))))),
                ([("late", 5, {"note": "迟到 Late"})],
                 dict(zip(SHOP, (_r(78), _r(88), _r(112), _r(99), Decimal(31), Decimal(85),
                                 Decimal(88))))),
                ([], dict(zip(SHOP, (_r(81), _r(90), _r(113), _r(99), Decimal(28), Decimal(88),
                                     Decimal(90)))))],
    "DEMO-04": [([("uniform", 4, {"note": "未佩戴胸牌 No name badge"})], {}),
                ([("uniform", 11, {}), ("conduct", 18, {"note": "闲聊 Chatting"})], {}),
                ([], {})],
    "DEMO-05": [([("penalty-1", 7, {"note": "工位不整洁 Untidy desk"})], {}),
                ([], {}),
                ([("penalty-1", 3, {}), ("penalty-1", 21, {"note": "迟到 Late"})], {})],
    "DEMO-06": [([("tidiness", 10, {"note": "桌面不整洁 Untidy desk"})],
                 dict(zip(HOTLINE, (Decimal(82), Decimal(85), Decimal(158), Decimal(85),
                                    Decimal(84), Decimal(88), Decimal(86), Decimal(80),
                                    _r(88))))),
                ([], dict(zip(HOTLINE, (Decimal(85), Decimal(87), Decimal(150), Decimal(88),
                                        Decimal(86), Decimal(90), Decimal(89), Decimal(85),
                                        _r(91))))),
                ([("praise", 16, {"amount": Decimal(3), "note": "客户表扬 Praise"})],
                 dict(zip(HOTLINE, (Decimal(88), Decimal(90), Decimal(143), Decimal(90),
                                    Decimal(89), Decimal(92), Decimal(92), Decimal(90),
                                    _r(94)))))],
}
# Who signs the history: the program itself (not PIN-verified; every signature sealed all the
# same). The demo's own users are made later, by "Just look around", and sign nothing.
APPRAISER = "演示考核人 (系统) Demo appraiser"
REVIEWER = "演示复核人 (系统) Demo reviewer"
STROKES = [[[0.08, 0.62], [0.2, 0.3], [0.32, 0.7], [0.44, 0.35], [0.55, 0.6]],
           [[0.62, 0.5], [0.92, 0.45]]]
log = logging.getLogger(__name__)




def has_demo(db):
    return db.execute("SELECT 1 FROM employees WHERE demo = 1 UNION ALL "
                      "SELECT 1 FROM teams WHERE demo = 1 UNION ALL "
                      "SELECT 1 FROM users WHERE demo = 1 LIMIT 1").fetchone() is not None


def install_demo(db, *, today=None, history=True):
    """Add the demo team (one transaction). Does nothing when a demo is already there. With
    `history`, the three periods before this one too (`install_history`)."""
    if has_demo(db):
        return
    today = today or date.today()
    period = periods.current_period(db, today)
    with db.atomic():
        prefix, team_name = _free_names(db)
        team_id = add_team(db, name=team_name, demo=True, by=BY)
        for n, (code, name, post, probation, ticks, values) in enumerate(PEOPLE):
            code = code.replace("DEMO", prefix, 1)
            employee_id = add_employee(db, code=code, name=name, team_id=team_id, post=post,
                                       hire_date=date(2024, 3, 1 + n), probation=probation,
                                       demo=True, by=BY)
            if n == 0:
                set_team_lead(db, team_id, employee_id=employee_id, by=BY)
            found = rubrics_for_employee(db, employee_id, period)
            if not found:  # a built-in rubric missing: the person still shows
                continue
            version_id, rubric = found[0]
            for item_id, days_ago, extra in ticks:
                day = max(period.start, today - timedelta(days=days_ago))
                incidents.add_incident(db, employee_id=employee_id, version_id=version_id,
                                       item_id=item_id, at=datetime.combine(day, time(9, 30)),
                                       by=BY, **extra)
            for item_id, value in values.items():
                kpis.set_value(db, employee_id=employee_id, period=period, item_id=item_id,
                               value=value, by=BY, version_id=version_id)
        audit.record(db, actor=BY, action="install", entity="demo", entity_id=team_id)
        if history:
            install_history(db, team_id, period, today=today)
    if history:
        from models.trust import anchors

        anchors.publish(db)


def _free_names(db):
    """(code prefix, team name) not taken yet: "DEMO", TEAM, unless a demo removed after its
    history was signed kept its people and team (inactive); a demo installed again then gets
    "DEMO2", "… 2" and so on."""
    n = 1
    while True:
        prefix, team = ("DEMO", TEAM) if n == 1 else (f"DEMO{n}", f"{TEAM} {n}")
        taken = db.execute("SELECT 1 FROM employees WHERE code LIKE ? UNION ALL "
                           "SELECT 1 FROM teams WHERE name = ? LIMIT 1",
                           (f"{prefix}-%", team)).fetchone()
        if taken is None:
            return prefix, team
        n += 1


def install_history(db, team_id, period, *, today):
    """The demo team's three periods before `period`: ticks and KPI values, every form signed
    and locked (`models.forms.unattended.sign_and_lock`), the last period closed
    (models.results.closing `close_unattended`). In a savepoint: when the organisation key is
    locked (or a rubric changed so the demo's figures no longer fit) the demo goes in without
    its history, and the reason is logged."""
    from models.results.closing import close_unattended
    from models.trust.keys import KeyLockedError

    earlier = [period.previous()]
    while len(earlier) < 3:
        earlier.append(earlier[-1].previous())
    earlier.reverse()
    people = {"DEMO-" + row[0].rsplit("-", 1)[-1]: row[1:] for row in db.execute(
        "SELECT code, id, post FROM employees WHERE demo = 1 AND team_id = ?", (team_id,))}
    lead = db.execute("SELECT lead_employee_id FROM teams WHERE id = ?", (team_id,)).fetchone()[0]
    try:
        with db.atomic():
            for n, each in enumerate(earlier):
                for code, (employee_id, _post) in people.items():
                    found = rubrics_for_employee(db, employee_id, each)
                    if not found or code not in HISTORY:
                        continue
                    found = found[0]
                    ticks, values = HISTORY[code][n]
                    for item_id, day, extra in ticks:
                        at = datetime.combine(min(each.end, each.start + timedelta(days=day)),
                                              time(10, 15))
                        incidents.add_incident(db, employee_id=employee_id,
                                               version_id=found[0], item_id=item_id, at=at,
                                               by=BY, **extra)
                    for item_id, value in values.items():
                        kpis.set_value(db, employee_id=employee_id, period=each,
                                       item_id=item_id, value=value, by=BY,
                                       version_id=found[0])
                forms.create_forms(db, team_id=team_id, period=each, by=BY)
                signed = min(each.end + timedelta(days=3), today)
                rows = forms.list_forms(db, period=each, team_id=team_id)
                for row in sorted(rows, key=lambda r: r["employee_id"] == lead):
                    sign_and_lock(db, row["id"], appraiser={"name": APPRAISER},
                                  reviewer={"name": REVIEWER}, strokes=STROKES, by=BY,
                                  at=datetime.combine(signed, time(10, 0)))
            close_unattended(db, team_id, earlier[-1], name=REVIEWER, strokes=STROKES, by=BY,
                             at=datetime.combine(min(earlier[-1].end + timedelta(days=5),
                                                     today), time(16, 0)))
    except (KeyLockedError, ValueError) as exc:
        log.warning("the demo's earlier periods were not installed: %s", exc)


def install_demo_users(db, *, today=None):
    """"Just look around": the demo's own users (users.DEMO_USERS; the lead on the demo team,
    which is put back first if it was removed), in one transaction with it. Returns their ids.

    Only on a store nobody can sign in to (UserRuleError "set_up_done" otherwise): a PIN that
    everyone can read never opens a store in use."""
    if not access.open_mode(db):
        raise access.UserRuleError("users can sign in to this store already: the demo users "
                                   "are only made on a store nobody can sign in to",
                                   reason="set_up_done")
    with db.atomic():
        if db.execute("SELECT 1 FROM teams WHERE demo = 1").fetchone() is None:
            install_demo(db, today=today)
        team = db.execute("SELECT id FROM teams WHERE demo = 1 ORDER BY id LIMIT 1").fetchone()
        ids = []
        for name, role, pin in users.DEMO_USERS:
            user_id = users.add_user(db, name=name, role=role, pin=pin, by=BY, demo=True)
            if role == "lead" and team is not None:
                users.set_user_teams(db, user_id, [team[0]], by=BY)
            ids.append(user_id)
        audit.record(db, actor=BY, action="install_users", entity="demo", entity_id=None,
                     after={"user_ids": ids})
    return ids


def remove_demo(db, *, by):
    """Remove every demo row: team, people, their incidents, inspections, KPI values and draft
    forms. A demo employee with a signed form is evidence like any other: she is kept, with her
    forms and inputs, as an inactive real record (nothing signed is ever deleted). One
    transaction; one audit event says what went and what stayed. Returns the number kept."""
    access.require(by, "manage_settings")       # "Remove demo data" is in the settings
    with db.atomic():
        signed = ("SELECT employee_id FROM assessments WHERE state != 'draft'")
        kept_ids = [row[0] for row in db.execute(
            f"SELECT id FROM employees WHERE demo = 1 AND id IN ({signed}) ORDER BY id")]
        ids = f"SELECT id FROM employees WHERE demo = 1 AND id NOT IN ({signed})"
        removed = db.execute(f"SELECT count(*) FROM ({ids})").fetchone()[0]
        # Their drafts go first: a draft has no signature.
        db.execute(f"DELETE FROM assessments WHERE employee_id IN ({ids})")
        for table in ("incidents", "inspections", "kpi_values"):
            db.execute(f"DELETE FROM {table} WHERE employee_id IN ({ids})")
        db.execute(f"UPDATE teams SET lead_employee_id = NULL WHERE lead_employee_id IN ({ids})")
        db.execute(f"DELETE FROM employees WHERE id IN ({ids})")
        db.execute("UPDATE employees SET demo = 0, active = 0 WHERE demo = 1")
        # A team keeping anyone (a real employee moved in, or a kept one) stops being demo;
        # the rubrics assigned to one that goes, go with it (migration 11 lets only those).
        going = ("SELECT id FROM teams WHERE demo = 1 AND id NOT IN "
                 "(SELECT team_id FROM employees WHERE team_id IS NOT NULL)")
        db.execute(f"DELETE FROM rubric_assignments WHERE team_id IN ({going})")
        db.execute(f"DELETE FROM teams WHERE id IN ({going})")
        # One left with only its signed history (its people inactive now) is inactive too, and
        # no lead works on it any more.
        kept_teams = [row[0] for row in db.execute(
            "SELECT id FROM teams WHERE demo = 1 AND active = 1 AND id NOT IN (SELECT team_id "
            "FROM employees WHERE active = 1 AND team_id IS NOT NULL) ORDER BY id")]
        marks = ", ".join("?" * len(kept_teams))
        db.execute(f"UPDATE teams SET active = 0 WHERE id IN ({marks})", kept_teams)
        db.execute(f"DELETE FROM user_teams WHERE team_id IN ({marks})", kept_teams)
        db.execute("UPDATE teams SET demo = 0 WHERE demo = 1")
        removed_users, kept_users = _remove_demo_users(db)
        audit.record(db, actor=by, action="remove", entity="demo", entity_id=None,
                     after={"employees": removed, "kept_signed": kept_ids,
                            "users": removed_users, "kept_signed_users": kept_users,
                            "inactive_teams": kept_teams})
    return len(kept_ids)


def _remove_demo_users(db):
    """The demo users go, except one who signed something: she stays as an inactive user.
    Refused (UserRuleError "last_hr") when users of the office's own would be left to sign in
    with no HR admin among them. Returns (removed count, kept ids)."""
    can_sign_in = "FROM users WHERE active = 1 AND pin_hash IS NOT NULL"
    demo_hr = db.execute(f"SELECT 1 {can_sign_in} AND demo = 1 AND role = 'hr'").fetchone()
    if demo_hr and db.execute(f"SELECT 1 {can_sign_in} AND demo = 0").fetchone() \
            and not db.execute(f"SELECT 1 {can_sign_in} AND demo = 0 AND role = 'hr'").fetchone():
        raise access.UserRuleError(
            "removing the demo users would leave no HR admin: add an HR admin of your own "
            "first, or nobody could manage users any more", reason="last_hr")
    signed = ("SELECT user_id FROM signatures WHERE user_id IS NOT NULL UNION "
              "SELECT user_id FROM period_closings WHERE user_id IS NOT NULL")   # closed a period
    kept = [row[0] for row in db.execute(
        f"SELECT id FROM users WHERE demo = 1 AND id IN ({signed}) ORDER BY id")]
    going = f"SELECT id FROM users WHERE demo = 1 AND id NOT IN ({signed})"
    count = db.execute(f"SELECT count(*) FROM ({going})").fetchone()[0]
    for table in ("pin_failures", "user_teams"):
        db.execute(f"DELETE FROM {table} WHERE user_id IN ({going})")
    db.execute(f"DELETE FROM users WHERE id IN ({going})")
    db.execute("UPDATE users SET demo = 0, active = 0 WHERE demo = 1")
    return count, kept
