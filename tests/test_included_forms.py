"""A month under a rubric that includes another (issue 13): the built-in 客户服务部月度绩效考核标准
v2 includes the 服务规范考核条例 as deductions. The month so far, the form's document and its
signed snapshot, and the printed PDF show both rubrics' lines and one total.

The month by hand (2026-11), employee C1 (post 客户服务部员工):
  monthly ratings (weight style): 服务质量 90 × 40% = 36; 团队合作 80 × 20% = 16;
    工作效率 85 × 20% = 17; 问题解决能力 70 × 10% = 7; 专业知识 100 × 10% = 10 → 86.00 (良好)
  service norms (基准分 100): command-tone 10 + early-hangup severe 6 × 2 = 12
    + ticket-incomplete ×2 → 2 × 5 = 10 → lost 32, its total 68.00
  combined: 86 − 32 = 54.00 → grade 不合格 (below 60)
"""

import json
import sqlite3
from decimal import Decimal

import pytest

from models import forms
from models.forms.form_view import form_view, verify_form
from models.people.employees import add_employee
from models.rubrics import latest_version_id, save_rubric_text
from models.storage.errors import SignedPeriodError
from models.work import incidents, kpis
from models.work.month import month_so_far
from reports.pdf_form import render_form
from tests.form_samples import pdf_text
from tests.forms_fixtures import PERIOD, form_of, sign_through

RATINGS = {"service-quality-rating": 90, "teamwork-rating": 80, "efficiency-rating": 85,
           "problem-solving-rating": 70, "knowledge-rating": 100}
TICKS = [("command-tone", {"at": "2026-11-04T10:12:00", "note": "语气生硬"}),
         ("early-hangup", {"severe": True, "at": "2026-11-11T09:02:00", "note": "客户投诉"}),
         ("ticket-incomplete", {"count": 2, "at": "2026-11-17T16:03:00"})]


@pytest.fixture
def clerk(office):
    """C1 in team 一班, her ratings and three norms entries of 2026-11."""
    db = office.db
    employee = add_employee(db, code="C1", name="周八", team_id=office.team_a,
                            post="客户服务部员工", by="test")
    monthly = latest_version_id(db, "cs-dept-monthly")
    for item_id, value in RATINGS.items():
        kpis.set_value(db, employee_id=employee, period=PERIOD, item_id=item_id,
                       value=Decimal(value), by="test", version_id=monthly)
    norms = latest_version_id(db, "cs-service-norms")
    for item_id, extra in TICKS:
        incidents.add_incident(db, employee_id=employee, version_id=norms, item_id=item_id,
                               by="test", **extra)
    return employee, monthly, norms


def test_the_month_has_both_rubrics_and_one_total(office, clerk):
    employee, monthly, norms = clerk
    view = month_so_far(office.db, employee_id=employee, period=PERIOD)
    assert (view.rubric.id, view.rubric.version, view.version_id) == ("cs-dept-monthly", 2,
                                                                     monthly)
    assert view.result.total == Decimal("54.00") and view.result.grade == "不合格"
    assert view.own.total == Decimal("86.00") and view.own.grade == "良好"
    assert view.tally.total == Decimal("86.00")
    [part] = view.included
    assert (part.rubric.id, part.version_id) == ("cs-service-norms", norms)
    assert part.result.total == Decimal("68.00")
    assert [row["item_id"] for row in part.incidents] == [t for t, _ in TICKS]
    assert view.incidents == [] and view.skipped == [] and part.skipped == []
    [effect] = view.result.included
    assert (effect.mode, effect.lost) == ("deductions", Decimal("32"))


def test_the_form_keeps_its_version_and_freezes_both_rubrics(office, clerk):
    db = office.db
    employee, monthly, norms = clerk
    forms.create_forms(db, team_id=office.team_a, period=PERIOD, by="test")
    form_id = form_of(db, employee)
    view = form_view(db, form_id)
    assert view.form["rubric_version_id"] == monthly and view.blockers == []
    document = view.document
    assert (document["result"]["total"], document["result"]["grade"]) == ("54.00", "不合格")
    assert document["result"]["included"] == [{
        "rubric": "cs-service-norms", "version": 1, "as": "deductions", "lost": "32.00",
        "total": "68.00", "why": "客服中心服务规范考核条例及评分标准 68.00/100 → −32"}]
    [part] = document["included"]
    assert (part["rubric"]["id"], part["as"], part["lost"], part["into"]) == (
        "cs-service-norms", "deductions", "32.00", "cs-dept-monthly")
    assert part["result"]["total"] == "68.00"
    assert [i["item_id"] for i in part["incidents"]] == [t for t, _ in TICKS]
    sign_through(db, form_id, office, until="locked")
    assert verify_form(db, form_id)
    # The period is frozen for the included rubric's entries too.
    with pytest.raises(SignedPeriodError):
        incidents.add_incident(db, employee_id=employee, version_id=norms, item_id="blaming",
                               at="2026-11-20T10:00:00", by="test")
    # A new version of the main rubric later: the signed form keeps its own.
    text = db.execute("SELECT text FROM rubric_versions WHERE id = ?", (monthly,)).fetchone()[0]
    save_rubric_text(db, text.replace("version: 2\n", "version: 3\n", 1), by="test")
    signed = form_view(db, form_id)
    assert signed.result["total"] == "54.00" and signed.form["rubric_version_id"] == monthly


def test_an_included_rubric_text_changed_in_the_snapshot_is_found(office, clerk, store_path):
    db = office.db
    employee, _, _ = clerk
    forms.create_forms(db, team_id=office.team_a, period=PERIOD, by="test")
    form_id = form_of(db, employee)
    sign_through(db, form_id, office, until="submitted")
    from models.forms import form_document

    snapshot = json.loads(db.execute("SELECT snapshot_json FROM assessments WHERE id = ?",
                                     (form_id,)).fetchone()[0])
    # Clause 1 made cheaper in the frozen norms text; the form's own hash made to match.
    text = snapshot["included"][0]["rubric"]["text"]
    snapshot["included"][0]["rubric"]["text"] = text.replace("deduct: 10", "deduct: 1", 1)
    forged = form_document.canonical(snapshot)
    raw = sqlite3.connect(store_path)
    raw.execute("DROP TRIGGER assessments_frozen")
    raw.execute("UPDATE assessments SET snapshot_json = ?, sha256 = ? WHERE id = ?",
                (forged, form_document.fingerprint(forged), form_id))
    raw.commit()
    raw.close()
    assert not verify_form(db, form_id)


def squash(text):
    return "".join(text.split())


def test_the_printed_form_shows_both_rubrics_and_one_total(office, clerk, tmp_path):
    db = office.db
    employee, _, _ = clerk
    forms.create_forms(db, team_id=office.team_a, period=PERIOD, by="test")
    path = tmp_path / "form.pdf"
    render_form(forms.document(db, form_of(db, employee)), path)
    text = pdf_text(path)
    flat = squash(text)
    assert "客户服务部月度绩效考核标准" in flat            # the title: the main rubric
    assert "服务质量90/100→90分" in flat                  # a line of the main rubric
    assert "客服中心服务规范考核条例及评分标准" in flat     # the included rubric's heading
    assert "计入本表扣分" in flat
    assert "命令语气或不耐烦×1→−10" in flat                # its lines, with their dates
    assert "提前挂机或与邻座交谈×1(1严重×2)→−12" in flat
    assert "11-11 09:02 (严重) 客户投诉" in text
    assert "客服中心服务规范考核条例及评分标准扣分−32" in flat
    assert "54.00/100" in flat and "不合格" in flat        # one total, its grade
    assert "86.00/100" not in flat


def test_the_entries_behind_the_total_list_the_included_rubrics_lines(office, clerk):
    from models.results.entries import period_entries

    db = office.db
    employee, _, _ = clerk
    forms.create_forms(db, team_id=office.team_a, period=PERIOD, by="test")

    def lines():
        found = [e for e in period_entries(db, PERIOD) if e.code == "C1"]
        return ([(e.item, e.points) for e in found if e.kind == "incident"],
                sorted(e.item for e in found if e.kind == "value"))

    expected = ([("命令语气或不耐烦", Decimal(-10)), ("提前挂机或与邻座交谈", Decimal(-12)),
                 ("工单表述不完整或错误", Decimal(-10))],
                sorted(["服务质量", "团队合作", "工作效率", "问题解决能力", "专业知识"]))
    assert lines() == expected                       # the draft, live
    sign_through(db, form_of(db, employee), office, until="submitted")
    assert lines() == expected                       # the signed snapshot


def test_a_tick_through_the_facade_gives_what_a_fresh_read_gives(office, clerk):
    from models.work.checklist import Checklist
    from models.work.periods import parse_period

    db = office.db
    employee, _, norms = clerk
    checklist = Checklist(db, employee_id=employee, period=parse_period(PERIOD),
                          inspector="李班长")
    main, included = checklist.parts
    assert (main.result.total, included.result.total, checklist.combined.total) == (
        Decimal("86.00"), Decimal("68"), Decimal("54.00"))
    tick = included.tick("blaming")                 # 10 more: norms 58, the form 44
    stored = db.execute("SELECT rubric_version_id FROM incidents WHERE id = ?",
                        (tick,)).fetchone()[0]
    assert stored == norms and included.occurrences("blaming") == 1
    fresh = month_so_far(db, employee_id=employee, period=PERIOD)

    def figures(view):
        return (view.result.total, view.own.total, view.tally.total,
                [(p.result.total, [r["id"] for r in p.incidents]) for p in view.included])

    assert figures(checklist.view) == figures(fresh)
    assert checklist.combined.total == Decimal("44.00")
    included.untick(tick, reason="test")
    assert checklist.combined.total == Decimal("54.00")
    main.set_value("knowledge-rating", Decimal(50))   # 10 → 5 on the form: 49
    assert checklist.combined.total == Decimal("49.00") and main.result.total == Decimal("81")


def test_the_form_dialog_lists_the_included_rubric_under_the_one_total(qtbot, office, clerk):
    from ui.form_dialog import FormDialog
    from ui.session import Session

    db = office.db
    employee, _, _ = clerk
    forms.create_forms(db, team_id=office.team_a, period=PERIOD, by="test")
    dialog = FormDialog(Session(db), form_of(db, employee))
    qtbot.addWidget(dialog)
    assert dialog.total.text().startswith("54.00")
    tree = dialog.tree
    norms = tree.topLevelItem(tree.topLevelItemCount() - 1)
    assert [norms.text(i) for i in range(3)] == [
        "客服中心服务规范考核条例及评分标准", "−32.00",
        "客服中心服务规范考核条例及评分标准 68.00/100 → −32"]
    hangup = next(norms.child(i) for i in range(norms.childCount())
                  if norms.child(i).text(0) == "提前挂机或与邻座交谈")
    assert hangup.text(1) == "−12.00" and hangup.child(0).text(2) == "客户投诉"
