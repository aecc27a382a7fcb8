"""The demo team goes in with the first start and out again in one action, leaving nothing."""

from models.audit.chain import verify_chain
from models.database import demo
from models.database.store import open_db
from models.people.employees import add_employee, list_employees
from models.rubrics import latest_version_id
from models.work import incidents
from models.work.month import month_so_far
from models.work.periods import current_period

TABLES = ("teams", "employees", "inspections", "incidents", "kpi_values", "rubric_versions",
          "settings")


def counts(db):
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_install_then_remove_leaves_no_demo_rows(store):
    real = add_employee(store, code="R1", name="真员工", team_id=None, post="客户服务代表",
                        by="test")
    incidents.add_incident(store, employee_id=real, version_id=latest_version_id(
        store, "cs-service-norms"), item_id="blaming", by="test")
    before, audit_before = counts(store), store.execute(
        "SELECT count(*) FROM audit_events").fetchone()[0]
    assert not demo.has_demo(store)
    demo.install_demo(store, history=False)     # a signed history stays: test_demo_history.py
    assert demo.has_demo(store)
    people = [e for e in list_employees(store) if e["demo"]]
    assert len(people) == 6
    period = current_period(store)
    for person in people:  # every demo person has a rubric and figures
        view = month_so_far(store, employee_id=person["id"], period=period)
        assert view.skipped == []
    assert sum(len(month_so_far(store, employee_id=p["id"], period=period).incidents)
               for p in people) > 0
    demo.install_demo(store)  # idempotent
    assert len([e for e in list_employees(store) if e["demo"]]) == 6

    demo.remove_demo(store, by="HR")
    assert not demo.has_demo(store)
    assert counts(store) == before
    events = store.execute("SELECT entity, action FROM audit_events WHERE id > ?",
                           (audit_before,)).fetchall()
    # the trail is a hash chain: the demo's own events stay, bracketed by install and remove
    assert ("demo", "install") in events and events[-1] == ("demo", "remove")
    assert verify_chain(store).ok


def test_first_start_installs_the_demo_and_it_can_be_removed(store_path):
    db = open_db(store_path)
    assert demo.has_demo(db)
    demo.remove_demo(db, by="test")
    # Its earlier periods are signed: their people and team stay, inactive and no longer demo
    # (nothing signed is deleted); nothing of it is active or demo any more.
    for table in ("employees", "teams"):
        assert db.execute(f"SELECT count(*) FROM {table} WHERE active = 1 OR demo = 1"
                          ).fetchone()[0] == 0
    db.close()
    db = open_db(store_path)  # not a first start any more: the demo stays gone
    assert not demo.has_demo(db)
    db.close()
