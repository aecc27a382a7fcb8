"""The money side in the store (docs/seed-notes/money.md, 四川连连, seed 001 lines 95–103): the
forms' money, the lead's 组员平均 × 1.2 filled by the period's results, the results' JSON and
payroll exports, and the money block of the printed form.

Team 连连一组, period 2026-11, by hand:
  LL-02 日常 100 − 5 = 95.00; 1500 电话工单 × 0.20 = 300.00 + 800 飞信 × 0.10 = 80.00 → 380.00
  LL-03 日常 100.00;          2400 × 0.20 = 480.00 + 500 × 0.10 = 50.00 = 530.00 → cap 500.00
  LL-01 (lead) points = the members' mean total (95 + 100) / 2 = 97.50;
        money = the members' mean money (380 + 500) / 2 = 440.00 × 1.2 = 528.00
"""

import csv
import json
from decimal import Decimal

from main import main
from models import forms
from models.people.employees import add_employee
from models.people.teams import add_team, set_team_lead
from models.results import period_results
from models.rubrics import latest_version_id
from models.work import incidents, kpis
from reports import results_export
from reports.pdf_form import render_form
from tests.form_samples import pdf_text

D = Decimal
PERIOD = "2026-11"


def _team(db):
    team = add_team(db, name="连连一组", by="test")
    agent = latest_version_id(db, "sichuan-lianlian-agent")
    ids = {code: add_employee(db, code=code, name=name, team_id=team, post=post, by="test")
           for code, name, post in (("LL-01", "组长甲", "连连客服组长"),
                                    ("LL-02", "坐席乙", "连连客服人员"),
                                    ("LL-03", "坐席丙", "连连客服人员"))}
    set_team_lead(db, team, employee_id=ids["LL-01"], by="test")
    for code, phone, feixin in (("LL-02", 1500, 800), ("LL-03", 2400, 500)):
        for item_id, value in (("phone-tickets", phone), ("feixin-tickets", feixin)):
            kpis.set_value(db, employee_id=ids[code], period=PERIOD, item_id=item_id,
                           value=D(value), by="录入员")
    incidents.add_incident(db, employee_id=ids["LL-02"], version_id=agent, item_id="violation",
                           amount=D(5), note="未按规范结束通话", at="2026-11-06T14:20",
                           by="李班长")
    forms.create_forms(db, team_id=team, period=PERIOD, by="李班长")
    return team, ids


def test_the_leads_money_is_the_members_mean_times_1_2(store):
    team, ids = _team(store)
    members = {m.code: m for m in period_results(store, PERIOD, team_id=team).teams[0].members}
    assert members["LL-02"].total == D("95.00") and members["LL-02"].money.total == D("380.00")
    assert members["LL-03"].money.form == D("500")          # 530.00 over the 500 上限
    lead = members["LL-01"]
    assert lead.total == D("97.50") and lead.money_team_open
    assert lead.money.team == D("528.00") and lead.money.total == D("528.00")
    # The lead's form itself says the line waits for the team's results.
    line = _document_of(store, ids["LL-01"])["money"]["lines"][0]
    assert line["from_team"] is True and line["amount"] == "0.00"


def _document_of(db, employee_id):
    row = db.execute("SELECT id FROM assessments WHERE employee_id = ? AND period_key = ?",
                     (employee_id, PERIOD)).fetchone()
    return forms.document(db, row[0])


def test_results_json_and_the_payroll_csv_carry_the_money(store, store_path, tmp_path, capsys):
    team, _ids = _team(store)
    assert main(["--db", str(store_path), "results", "--period", PERIOD, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    members = {m["employee"]["code"]: m for t in data["teams"] for m in t["members"]}
    assert members["LL-01"]["money"] == {"form": "0.00", "star_wage": None, "rewards": "0.00",
                                         "team": "528.00", "total": "528.00"}
    assert members["LL-02"]["money"]["total"] == "380.00"
    path = results_export.results_csv(period_results(store, PERIOD), tmp_path / "r.csv")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = {row["工号 Code"]: row for row in csv.DictReader(handle)}
    assert rows["LL-03"]["金额合计 Money total"] == "500.00"
    assert rows["LL-01"]["表单金额 Form money"] == "0.00"
    assert rows["LL-01"]["金额合计 Money total"] == "528.00"
    assert rows["LL-02"]["星级工资 Star wage"] == ""        # no star wages in this standard


def test_the_printed_form_prints_the_money_block(store, tmp_path):
    _team_id, ids = _team(store)
    document = _document_of(store, ids["LL-03"])
    render_form(document, tmp_path / "ll-03.pdf")
    text = pdf_text(tmp_path / "ll-03.pdf")
    assert "接听电话处理工单提成" in text and "2400笔 × 0.2 → +480.00" in text
    assert "金额合计 500.00 元 （封顶 500.00）" in text
    render_form(document, tmp_path / "ll-03-en.pdf", language="en")
    english = pdf_text(tmp_path / "ll-03-en.pdf").replace("\n", " ")
    assert "Money" in english and "500.00 yuan (capped at 500.00)" in english


def test_the_results_tab_shows_the_money_column(qtbot, store):
    from models.work.periods import parse_period
    from ui.results_view import ResultsView
    from ui.session import Session

    team, _ids = _team(store)
    session = Session(store, user=None)
    session.show_period(parse_period(PERIOD))
    view = ResultsView(session)
    qtbot.addWidget(view)
    view.resize(1100, 520)
    view.show()
    qtbot.waitExposed(view)
    view.team.setCurrentIndex(view.team.findText("连连一组"))
    table = view.table
    assert not table.isColumnHidden(table.column("money"))
    assert table.horizontalHeaderItem(table.column("money")).text() == "Money"
    assert [table.text(code, "money") for code in ("LL-01", "LL-02", "LL-03")] == [
        "528.00", "380.00", "500.00"]
    # Drafts: the money still follows the checklist (grey italic, like the total).
    cell = table.item(table.row_of("LL-02"), table.column("money"))
    assert cell.font().italic()


def test_a_signed_forms_money_is_read_from_its_frozen_snapshot(store, monkeypatch):
    from types import SimpleNamespace

    from models.people import users
    from tests.forms_fixtures import PINS, fast_pins, form_of, sign_through

    fast_pins(monkeypatch)
    team, ids = _team(store)
    office = SimpleNamespace(
        lead_user=users.add_user(store, name="李班长", role="lead", pin=PINS["lead"], by="test"),
        reviewer=users.add_user(store, name="王主任", role="reviewer", pin=PINS["reviewer"],
                                by="test"),
        hr=users.add_user(store, name="孙人事", role="hr", pin=PINS["hr"], by="test"))
    form_id = form_of(store, ids["LL-02"], PERIOD)
    sign_through(store, form_id, office)
    snapshot = json.loads(store.execute("SELECT snapshot_json FROM assessments WHERE id = ?",
                                        (form_id,)).fetchone()[0])
    assert snapshot["money"]["total"] == "380.00"          # frozen with the form, hashed
    members = {m.code: m for m in period_results(store, PERIOD, team_id=team).teams[0].members}
    assert members["LL-02"].state == "locked" and members["LL-02"].money.total == D("380.00")
    assert members["LL-01"].money.total == D("528.00")     # (380 + 500) / 2 × 1.2
