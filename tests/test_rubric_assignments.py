"""Which rubric applies to whom (models/rubrics/assignments.py, models/work/applicable.py):
assignments to posts and teams from a period on, their precedence, immutability and audit, and
the rubrics a main rubric includes."""

import sqlite3

import pytest

from models.audit import events_for
from models.people import access
from models.people.access import NotAllowedError
from models.people.employees import add_employee
from models.people.teams import add_team
from models.rubrics import assignments, latest_version_id, rubric_for_post, save_rubric_text
from models.work.applicable import employees_moving, main_version, rubrics_for_employee
from tests.forms_fixtures import count

AGENT = """\
id: t-seat
name: 坐席考核
version: {version}
post: 坐席
base: 100
sections:
  - id: s
    name: 规范
    points: 100
    items:
      - {{id: late, name: 迟到, deduct: {amount}}}
"""
TEAM_RUBRIC = """\
id: t-team
name: 班组考核
post: 另一岗位
base: 100
sections:
  - id: s
    name: 规范
    points: 100
    items:
      - {id: absent, name: 缺勤, deduct: 5}
"""


@pytest.fixture
def seats(store):
    """Two versions of the seat rubric, a team rubric, a team with two seats and one outside."""
    db = store
    v1 = save_rubric_text(db, AGENT.format(version=1, amount=2), by="test")
    v2 = save_rubric_text(db, AGENT.format(version=2, amount=3), by="test")
    team_rubric = save_rubric_text(db, TEAM_RUBRIC, by="test")
    team = add_team(db, name="一班", by="test")
    other = add_team(db, name="二班", by="test")
    a = add_employee(db, code="A1", name="张三", team_id=team, post="坐席", by="test")
    b = add_employee(db, code="B1", name="王五", team_id=other, post="坐席", by="test")
    return db, v1, v2, team_rubric, team, other, a, b


def _main(db, employee, period):
    found = rubrics_for_employee(db, employee, period)
    return found[0][0] if found else None


def test_without_assignments_the_post_decides_as_before(seats):
    db, v1, v2, _, _, _, a, _ = seats
    # The latest version naming the post, exactly as rubric_for_post says.
    assert rubric_for_post(db, "坐席")[0] == v2
    assert [vid for vid, _ in rubrics_for_employee(db, a, "2026-11")] == [v2]


def test_a_later_from_period_wins_and_a_team_beats_a_post(seats):
    db, v1, v2, team_rubric, team, _, a, b = seats
    assignments.assign(db, rubric_id="t-seat", version_id=v1, from_period="2026-01",
                       post="坐席", by="hr")
    assignments.assign(db, rubric_id="t-seat", version_id=v2, from_period="2026-08",
                       post="坐席", by="hr")
    assignments.assign(db, rubric_id="t-team", version_id=team_rubric, from_period="2026-06",
                       team_id=team, by="hr")
    # Before any assignment starts: the version first assigned (v1, from 2026-01). v2, though
    # the latest naming 坐席, was assigned from 2026-08 and is not in use before it.
    assert _main(db, a, "2025-12") == v1
    assert _main(db, a, "2026-05") == v1          # the post's assignment from 2026-01
    assert _main(db, a, "2026-06") == team_rubric  # the team's beats the post's
    assert _main(db, a, "2026-09") == team_rubric  # even a later post assignment
    assert _main(db, b, "2026-06") == v1           # 二班 is not concerned
    assert _main(db, b, "2026-08") == v2
    # A quarter starts with its first month: 2026-Q3 (July) is after the team's June.
    assert _main(db, a, "2026-Q3") == team_rubric
    assert _main(db, b, "2026-Q3") == v1           # Q3 starts in July, before 2026-08
    assert _main(db, b, "2027") == v2
    # The team's rubric ended from October: the post's assignment applies again.
    assignments.end_assignment(db, rubric_id="t-team", from_period="2026-10", team_id=team,
                               by="hr")
    assert _main(db, a, "2026-09") == team_rubric
    assert _main(db, a, "2026-10") == v2


def test_of_two_assignments_from_the_same_period_the_later_wins(seats):
    db, v1, v2, _, _, _, a, _ = seats
    assignments.assign(db, rubric_id="t-seat", version_id=v2, from_period="2026-03",
                       post="坐席", by="hr")
    assignments.assign(db, rubric_id="t-seat", version_id=v1, from_period="2026-03",
                       post="坐席", by="hr")
    assert _main(db, a, "2026-03") == v1


def test_an_ended_rubric_is_not_taken_from_the_post_either(seats):
    db, _, _, _, team, _, a, b = seats
    assignments.end_assignment(db, rubric_id="t-seat", from_period="2026-05", team_id=team,
                               by="hr")
    assert rubrics_for_employee(db, a, "2026-05") == []
    assert main_version(db, {"post": "坐席", "team_id": team}, "2026-04") is not None
    assert _main(db, b, "2026-05") is not None
    with pytest.raises(ValueError, match="already ends"):
        assignments.end_assignment(db, rubric_id="t-seat", from_period="2026-07",
                                   team_id=team, by="hr")


def test_assignment_rows_are_immutable_even_outside_the_app(seats, store_path):
    db, v1, *_ = seats
    row_id = assignments.assign(db, rubric_id="t-seat", version_id=v1, from_period="2026-01",
                                post="坐席", by="hr")
    raw = sqlite3.connect(store_path)
    try:
        for sql in ("UPDATE rubric_assignments SET from_period = '2025-01', from_month = 0",
                    "UPDATE rubric_assignments SET version_id = NULL",
                    "DELETE FROM rubric_assignments"):
            with pytest.raises(sqlite3.IntegrityError, match="never changed"):
                raw.execute(sql)
        with pytest.raises(sqlite3.IntegrityError, match="its own rubric"):
            raw.execute("INSERT INTO rubric_assignments (rubric_id, version_id, post, "
                        "from_period, from_month, created_by, created_at) VALUES "
                        "('t-team', ?, '坐席', '2026-01', 24312, 'x', 'now')", (v1,))
    finally:
        raw.close()
    assert assignments.list_assignments(db)[0]["id"] == row_id


def test_every_write_is_audited_and_listed(seats):
    db, v1, v2, team_rubric, team, *_ = seats
    first = assignments.assign(db, rubric_id="t-team", version_id=team_rubric,
                               from_period="2026-Q3", team_id=team, by="孙人事")
    ended = assignments.end_assignment(db, rubric_id="t-team", from_period="2027",
                                       team_id=team, by="孙人事")
    [event] = events_for(db, entity="rubric_assignment", entity_id=first)
    assert (event["action"], event["actor"]) == ("assign", "孙人事")
    assert event["after"]["team_name"] == "一班" and event["after"]["from_period"] == "2026-Q3"
    assert events_for(db, entity="rubric_assignment", entity_id=ended)[0]["action"] == "end"
    listed = assignments.list_assignments(db, rubric_id="t-team")
    assert [(r["id"], r["version"], r["ended"], r["team_name"], r["rubric_name"])
            for r in listed] == [(first, 1, False, "一班", "班组考核"),
                                 (ended, None, True, "一班", "班组考核")]
    assert set(listed[0]) == {"id", "rubric_id", "version_id", "version", "rubric_name", "post",
                              "team_id", "team_name", "from_period", "ended", "created_by",
                              "created_at"}


def test_a_lead_may_not_assign_and_nothing_is_written(office):
    db = office.db
    lead = access.UserActor(access.signed_in_user(db, office.lead_user))
    hr = access.UserActor(access.signed_in_user(db, office.hr))
    before = count(db, "audit_events")
    with pytest.raises(NotAllowedError):
        assignments.assign(db, rubric_id="t-agent", version_id=office.agent_version,
                           from_period="2026-12", post="坐席", by=lead)
    with pytest.raises(NotAllowedError):
        assignments.adopt_version(db, rubric_id="t-agent", version_id=office.agent_version,
                                  from_period="2026-12", by=lead)
    assert count(db, "rubric_assignments") == 0 and count(db, "audit_events") == before
    assert assignments.assign(db, rubric_id="t-agent", version_id=office.agent_version,
                              from_period="2026-12", post="坐席", by=hr)


def test_bad_assignments_are_refused(seats):
    db, v1, _, team_rubric, team, *_ = seats
    for kwargs, message in (
            (dict(post="坐席", team_id=team), "exactly one"),
            (dict(), "exactly one"),
            (dict(post="  "), "empty"),
            (dict(post="坐席", from_period="2026-13"), "expected YYYY-MM"),
            (dict(post="坐席", version_id=team_rubric), "not of 't-seat'")):
        arguments = dict(rubric_id="t-seat", version_id=v1, from_period="2026-01", by="hr")
        arguments.update(kwargs)
        with pytest.raises(ValueError, match=message):
            assignments.assign(db, **arguments)
    assert count(db, "rubric_assignments") == 0


def test_a_new_version_takes_over_every_target(seats):
    db, v1, v2, _, team, other, a, b = seats
    # No assignment yet: the posts its file names (坐席).
    first = assignments.adopt_version(db, rubric_id="t-seat", version_id=v1,
                                      from_period="2026-01", by="hr")
    assert [(r["post"], r["version"]) for r in assignments.list_assignments(db)] == [("坐席", 1)]
    assert len(first) == 1
    assignments.assign(db, rubric_id="t-seat", version_id=v1, from_period="2026-02",
                       team_id=team, by="hr")
    assignments.end_assignment(db, rubric_id="t-seat", from_period="2026-03", team_id=other,
                               by="hr")
    # Who moves to v2 from 2026-06, before and after adopting it: A (team 一班) does; B's team
    # ended the rubric, so B does not.
    expected = [{"id": a, "code": "A1", "name": "张三", "team_name": "一班", "from_version": 1}]
    assert employees_moving(db, rubric_id="t-seat", version_id=v2,
                            from_period="2026-06") == expected
    adopted = assignments.adopt_version(db, rubric_id="t-seat", version_id=v2,
                                        from_period="2026-06", by="hr")
    rows = {r["id"]: r for r in assignments.list_assignments(db)}
    assert {(rows[i]["post"], rows[i]["team_name"]) for i in adopted} == {
        (None, "一班"), ("坐席", None)}
    assert employees_moving(db, rubric_id="t-seat", version_id=v2,
                            from_period="2026-06") == expected
    assert _main(db, a, "2026-05") == v1 and _main(db, a, "2026-06") == v2
    assert rubrics_for_employee(db, b, "2026-06") == []
    # Adopting again from the same period writes nothing.
    assert assignments.adopt_version(db, rubric_id="t-seat", version_id=v2,
                                     from_period="2026-06", by="hr") == []


def test_the_service_month_includes_the_service_norms(store):
    db = store
    team = add_team(db, name="客服一组", by="test")
    clerk = add_employee(db, code="C1", name="周八", team_id=team, post="客户服务部员工",
                         by="test")
    agent = add_employee(db, code="C2", name="吴九", team_id=team, post="客户服务代表",
                         by="test")
    norms = latest_version_id(db, "cs-service-norms")
    found = rubrics_for_employee(db, clerk, "2026-11")
    assert [(r.id, r.version) for _, r in found] == [("cs-dept-monthly", 2),
                                                     ("cs-service-norms", 1)]
    assert found[1][0] == norms
    # The service representative is under the norms alone, as before.
    assert [r.id for _, r in rubrics_for_employee(db, agent, "2026-11")] == ["cs-service-norms"]
    # A newer norms version is stored; the one assigned to the clerk's post still applies.
    newer = save_rubric_text(db, _norms_text(db, version=2), by="test")
    assert rubrics_for_employee(db, clerk, "2026-11")[1][0] == newer
    assignments.assign(db, rubric_id="cs-service-norms", version_id=norms,
                       from_period="2026-01", post="客户服务部员工", by="hr")
    assert rubrics_for_employee(db, clerk, "2026-11")[1][0] == norms
    # Assigning the included rubric sets its version; it does not make it her main rubric.
    assert [r.id for _, r in rubrics_for_employee(db, clerk, "2026-11")] == [
        "cs-dept-monthly", "cs-service-norms"]
    assignments.assign(db, rubric_id="cs-dept-monthly",
                       version_id=latest_version_id(db, "cs-dept-monthly"),
                       from_period="2026-02", post="客户服务部员工", by="hr")
    assert [vid for vid, _ in rubrics_for_employee(db, clerk, "2026-11")][1] == norms
    # Before any assignment starts: the monthly's only stored version (v2, first assigned from
    # 2026-02) and the norms' latest version not assigned from later (v1 is, from 2026-01).
    assert [vid for vid, _ in rubrics_for_employee(db, clerk, "2025-12")][1] == newer


def _norms_text(db, *, version):
    text = db.execute("SELECT text FROM rubric_versions WHERE rubric_id = 'cs-service-norms'"
                      ).fetchone()[0]
    return text.replace("version: 1\n", f"version: {version}\n", 1)


INCLUDING = """\
id: {id}
name: {id}
post: {post}
base: 100
sections:
  - id: s-{id}
    name: 规范
    points: 100
    items:
      - {{id: x-{id}, name: 项目, deduct: 1}}
includes:
  - {{rubric: {other}, as: deductions}}
"""


def test_a_cycle_or_a_missing_include_is_said(store):
    db = store
    save_rubric_text(db, INCLUDING.format(id="t-one", post="甲", other="t-two"), by="test")
    team = add_team(db, name="组", by="test")
    person = add_employee(db, code="P1", name="郑十", team_id=team, post="甲", by="test")
    with pytest.raises(ValueError, match="includes rubric 't-two', which is not stored"):
        rubrics_for_employee(db, person, "2026-11")
    save_rubric_text(db, INCLUDING.format(id="t-two", post="乙", other="t-one"), by="test")
    with pytest.raises(ValueError, match="cycle: t-one → t-two → t-one"):
        rubrics_for_employee(db, person, "2026-11")


def test_the_demo_teams_assignments_go_with_the_demo(store):
    from models.database.demo import remove_demo

    db = store
    team = add_team(db, name="演示", demo=True, by="test")
    version = latest_version_id(db, "cs-service-norms")
    assignments.assign(db, rubric_id="cs-service-norms", version_id=version,
                       from_period="2026-01", team_id=team, by="hr")
    kept = assignments.assign(db, rubric_id="cs-service-norms", version_id=version,
                              from_period="2026-01", post="客户服务代表", by="hr")
    remove_demo(db, by="hr")
    assert db.execute("SELECT count(*) FROM teams").fetchone()[0] == 0
    assert [r["id"] for r in assignments.list_assignments(db)] == [kept]


def test_a_new_version_from_december_leaves_november_on_the_old_one_without_assignments(store):
    """A rubric that reaches people by its file's posts (no assignment yet, as every built-in in a
    fresh store): saving v2 and adopting it from 2026-12 must not move 2026-11 to v2 too."""
    db = store
    v1 = save_rubric_text(db, AGENT.format(version=1, amount=2), by="test")
    a = add_employee(db, code="A1", name="张三", team_id=None, post="坐席", by="test")
    assert _main(db, a, "2026-11") == v1
    v2 = save_rubric_text(db, AGENT.format(version=2, amount=3), by="test")
    assignments.adopt_version(db, rubric_id="t-seat", version_id=v2, from_period="2026-12",
                              by="test")
    assert _main(db, a, "2026-11") == v1
    assert _main(db, a, "2026-12") == v2
    assert [m["code"] for m in employees_moving(db, rubric_id="t-seat", version_id=v2,
                                                from_period="2026-12")] == ["A1"]
