"""The demo store carries its team's three periods before this one (models/database/demo.py
`install_history`): every form signed by the program's own actors (sealed, not PIN-verified)
and locked, the last of them closed, so a first start shows results, streaks and trends; and
the store check finds nothing wrong with any of it."""

from datetime import date

from models.database import demo
from models.database.tamper_check import check_store
from models.forms import list_forms
from models.people.teams import team_by_name
from models.results import closing, period_results
from models.work.periods import current_period


def earlier_periods(db):
    found = [current_period(db).previous()]
    while len(found) < 3:
        found.append(found[-1].previous())
    return list(reversed(found))


def test_the_demo_has_three_earlier_locked_periods_the_last_one_closed(db):
    team = team_by_name(db, demo.TEAM)
    assert list_forms(db, period=current_period(db), team_id=team["id"]) == []
    periods = earlier_periods(db)
    for period in periods:
        rows = list_forms(db, period=period, team_id=team["id"])
        assert len(rows) == 6 and {r["state"] for r in rows} == {"locked"}
        results = period_results(db, period, team_id=team["id"])
        assert results.final
        assert all(m.total is not None and m.problem is None for m in results.members)
    signatures = db.execute("SELECT role, signer_name, pin_verified, seal FROM signatures"
                            ).fetchall()
    assert len(signatures) == 3 * 6 * 3
    assert {(r[0], r[1]) for r in signatures if r[0] != "employee"} == {
        ("appraiser", demo.APPRAISER), ("reviewer", demo.REVIEWER)}
    assert all(r[2] == 0 and r[3] for r in signatures)        # sealed, no PIN claimed
    closed = [closing.closing_of(db, team["id"], p) for p in periods]
    assert closed[:2] == [None, None]
    last = closed[2]
    assert last["closed"] and last["closed_by"] == demo.REVIEWER and not last["pin_verified"]
    assert last["seal"] and last["revision"] == 1
    # trends: 张伟 ranks first in his group three times running → 额外奖金 in the closed period
    document = closing.closing_document(db, last["id"])
    zhang = next(m for m in document["members"] if m["employee"]["code"] == "DEMO-03")
    assert zhang["rank"] == 1 and [c["label"] for c in zhang["consequences"]] == ["额外奖金"]
    assert zhang["pay"]["amount"] is not None
    totals = [next(m.total for m in period_results(db, p, team_id=team["id"]).members
                   if m.code == "DEMO-03") for p in periods]
    assert totals == sorted(totals) and len(set(totals)) == 3     # a rising trend
    report = check_store(db)
    assert report.ok, report.lines()
    assert report.checked["closings"] == 1 and report.checked["signed forms"] == 18


def test_the_demo_goes_in_again_after_one_was_removed(store):
    """Removed, the demo's signed history stays (its people and team inactive); installed
    again, it gets codes and a team name of its own."""
    demo.install_demo(store, today=date(2026, 11, 20))
    demo.remove_demo(store, by="test")
    assert not demo.has_demo(store)
    kept = team_by_name(store, demo.TEAM)
    assert not kept["active"] and not kept["demo"]
    assert store.execute("SELECT count(*) FROM employees WHERE active = 1").fetchone()[0] == 0
    demo.install_demo(store, today=date(2026, 11, 20))
    again = team_by_name(store, f"{demo.TEAM} 2")
    assert again["demo"] and again["active"]
    codes = [r[0] for r in store.execute("SELECT code FROM employees WHERE team_id = ? "
                                         "ORDER BY code", (again["id"],))]
    assert codes == [f"DEMO2-0{n}" for n in range(1, 7)]
    assert closing.closing_of(store, again["id"], "2026-10")["closed"]
    assert check_store(store).ok


def test_without_the_signing_key_the_demo_goes_in_without_its_history(store, monkeypatch):
    from models.trust import keys

    def locked(org_dir):
        raise keys.KeyLockedError("locked")

    monkeypatch.setattr(keys, "secret", locked)
    demo.install_demo(store, today=date(2026, 11, 20))
    assert demo.has_demo(store)
    assert store.execute("SELECT count(*) FROM assessments").fetchone()[0] == 0
    assert store.execute("SELECT count(*) FROM period_closings").fetchone()[0] == 0


def test_a_demo_user_who_closed_a_period_is_kept_when_the_demo_goes(db, monkeypatch):
    from models.people import users
    from tests.forms_fixtures import STROKES, fast_pins

    fast_pins(monkeypatch)
    reviewer = demo.install_demo_users(db)[1]
    team = team_by_name(db, demo.TEAM)["id"]
    first = earlier_periods(db)[0]
    closing_id = closing.close_team_period(db, team, first, user_id=reviewer, pin="222222",
                                           strokes=STROKES, by="演示复核 Demo reviewer")
    demo.remove_demo(db, by="test")
    assert db.execute("SELECT active, demo FROM users WHERE id = ?", (reviewer,)
                      ).fetchone() == (0, 0)
    assert users.demo_sign_ins(db) == []
    assert closing.get_closing(db, closing_id)["user_id"] == reviewer
    assert check_store(db).ok
