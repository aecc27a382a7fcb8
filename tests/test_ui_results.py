"""The Results tab (ui/results_view.py) driven through its widgets on the hand-computed office
of tests/results_fixtures.py: the figures of the fixture's table, provisional then final once
the remaining forms are locked, the period picker, sorting by a header click, the exports read
back, the charts' series, a lead's own teams and the place of "Close period…"."""

import csv
import sqlite3

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from models import forms
from models.database.store import open_db
from models.people import access, users
from models.work.periods import parse_period
from tests.forms_fixtures import PINS, STROKES, fast_pins, form_of, sign_through
from tests.results_fixtures import HOSTILE, PERIOD, make_results_office
from ui.changes import FORMS
from ui.period_picker import PeriodPicker
from ui.results_charts import bar_values
from ui.results_view import ResultsView
from ui.session import Session
from ui.work import wait_for_background

CODES = ["A1", "A2", "A3", "A4", "A6", "A5", "P1", "C1", "L1"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("results-ui") / "store.db"
    db = open_db(path, first_run_setup=False)
    with pytest.MonkeyPatch.context() as patch:
        office = make_results_office(db, patch)
    db.close()
    return path, office


@pytest.fixture
def results_office(built, tmp_path):
    """(db, office) on a private copy of the office's store."""
    path, office = built
    target = tmp_path / "copy.db"
    with sqlite3.connect(path) as source, sqlite3.connect(target) as dest:
        source.backup(dest)
    db = open_db(target, first_run_setup=False)
    yield db, office
    db.close()


def view_of(qtbot, db, *, user=None, team="一班", period=PERIOD):
    session = Session(db, user=user)
    session.show_period(parse_period(period))
    view = ResultsView(session)
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    qtbot.waitExposed(view)
    if team:
        view.team.setCurrentIndex(view.team.findText(team))
    return view


def codes(view):
    return [view.table.item(r, view.table.column("code")).text()
            for r in range(view.table.rowCount())]


def cells(view, code, *names):
    return tuple(view.table.text(code, name) for name in names)


def italic(view, code, name):
    return view.table.item(view.table.row_of(code), view.table.column(name)).font().italic()


def test_the_hand_computed_results_provisional_then_final(qtbot, results_office, monkeypatch):
    db, office = results_office
    view = view_of(qtbot, db)
    assert codes(view) == CODES
    figures = ("total", "rank", "stars", "pay", "consequence")
    assert cells(view, "A1", *figures) == ("95.00", "1", "★★★★☆", "712.50", "额外奖金")
    assert cells(view, "A2", *figures) == ("90.00", "2", "★★★☆☆", "675.00", "")
    assert cells(view, "A3", *figures) == ("90.00", "2", "★★★☆☆", "675.00", "")  # tie
    assert cells(view, "A4", *figures) == ("80.00", "4", "★★☆☆☆", "590.00", "")  # 600 − 10
    assert cells(view, "A6", *figures) == ("80.00", "4", "★★☆☆☆", "590.00", "")
    assert cells(view, "A5", *figures) == ("70.00", "6", "★☆☆☆☆", "495.00", "淘汰")
    assert cells(view, "P1", *figures) == ("99.00", "not ranked", "", "742.50", "")
    assert cells(view, "C1", "total", "rank", "stars", "pay") == ("100.00", "1", "", "")
    assert cells(view, "L1", "name", "total") == ("组长 (team lead)", "88.00")
    assert cells(view, "A1", "pay_percent", "grade") == ("95.00%", "优秀")
    assert view.table.text("A5", "name") == HOSTILE
    assert view.table.isColumnHidden(view.table.column("team"))       # one team shown
    assert view.banner.text().startswith("Provisional: 7 form(s) still open")
    summary = view.summary.text()
    assert "team mean 88.00 (the lead left out)" in summary
    assert "the lead's form took: team mean 88.00" in summary
    assert "mean 86.29 is over the cap 86.00" in summary
    # Ranks and stars may move while a form is open; a draft's own figures too, a locked
    # form's total not.
    assert italic(view, "A1", "rank") and italic(view, "A1", "stars")
    assert italic(view, "A4", "total") and not italic(view, "A1", "total")

    fast_pins(monkeypatch)
    a3 = form_of(db, office.ids["A3"])
    forms.acknowledge(db, a3, name="王三", strokes=STROKES, by="李班长")
    forms.review(db, a3, user_id=office.reviewer, pin=PINS["reviewer"], strokes=STROKES,
                 by="test")
    forms.lock(db, a3, user_id=office.hr, pin=PINS["hr"], by="test")
    forms.reevaluate(db, form_of(db, office.ids["L1"]), by="李班长")
    for code in ("A4", "A5", "A6", "P1", "C1", "L1"):
        sign_through(db, form_of(db, office.ids[code]), office)
    view.session.changes.report({FORMS})
    assert view.banner.text() == "Final: every form is locked."
    assert cells(view, "A1", *figures) == ("95.00", "1", "★★★★☆", "712.50", "额外奖金")
    assert cells(view, "L1", "total", "state") == ("88.00", "locked")
    assert not italic(view, "A1", "rank") and not italic(view, "A4", "total")


def test_the_period_picker_changes_what_is_shown(qtbot, results_office):
    db, _office = results_office
    view = view_of(qtbot, db)
    picker = PeriodPicker(view.session)
    qtbot.addWidget(picker)
    qtbot.mouseClick(picker.previous, Qt.LeftButton)                 # 2026-10
    assert view.period.key == "2026-10"
    assert cells(view, "A1", "total", "rank") == ("97.00", "1")
    assert cells(view, "A5", "total", "consequence") == ("72.00", "")   # below 75 once only
    assert view.banner.text().startswith("Provisional")
    assert view.charts.history_points()[-1] == ("2026-10", 97.0)
    qtbot.mouseClick(picker.previous, Qt.LeftButton)                 # 2026-09
    qtbot.mouseClick(picker.previous, Qt.LeftButton)                 # 2026-08: no forms
    assert view.table.rowCount() == 0
    assert view.banner.text() == "No forms for 2026-08 yet: they are made on the Forms tab."
    assert not view.excel_button.isEnabled()
    picker.combo.setCurrentIndex(picker.combo.findText(f"{PERIOD} (now)"))
    picker.combo.activated.emit(picker.combo.currentIndex())
    assert view.table.text("A1", "total") == "95.00"


def test_a_header_click_sorts(qtbot, results_office):
    db, _office = results_office
    view = view_of(qtbot, db)
    header = view.table.horizontalHeader()

    def click(name):
        column = view.table.column(name)
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(x, header.height() // 2))

    def totals():
        return [float(view.table.item(r, view.table.column("total")).text())
                for r in range(view.table.rowCount())]

    click("total")
    assert totals() == [70, 80, 80, 88, 90, 90, 95, 99, 100] and codes(view)[0] == "A5"
    click("total")
    assert totals() == [100, 99, 95, 90, 90, 88, 80, 80, 70] and codes(view)[0] == "C1"
    assert view.table.horizontalHeader().sortIndicatorSection() == view.table.column("total")
    click("rank")                                                    # the results' own order
    if codes(view) != CODES:
        click("rank")
    assert codes(view) == CODES


@pytest.fixture
def chooser(monkeypatch, tmp_path):
    """The next file chooser answers with tmp_path / name; what it was offered is kept."""
    offered = []

    def answer(name):
        def pick(parent, title, start, filters):
            offered.append((title, start, filters))
            return str(tmp_path / name), ""
        monkeypatch.setattr(QFileDialog, "getSaveFileName", pick)
    answer.offered = offered
    return answer


def finish(qtbot, view):
    assert wait_for_background(timeout=30)
    qtbot.waitUntil(lambda: view.export.done_box is not None)
    box = view.export.done_box
    return box


def test_the_excel_export_is_written_off_the_gui_thread_and_read_back(
        qtbot, results_office, chooser, tmp_path, monkeypatch):
    db, _office = results_office
    view = view_of(qtbot, db)
    chooser("一班结果")                                               # no suffix given
    qtbot.mouseClick(view.excel_button, Qt.LeftButton)
    box = finish(qtbot, view)
    path = tmp_path / "一班结果.xlsx"
    assert str(path) in box.text()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    opener = next(b for b in box.buttons() if b.text() == "Open folder")
    opener.click()
    assert opened and opened[0].toLocalFile() == str(tmp_path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["汇总 Summary", "一班"]                 # the team shown
    header = [c.value for c in book["一班"][1]]
    rows = {row[2].value: dict(zip(header, row)) for row in book["一班"].iter_rows(min_row=2)}
    assert rows["A1"]["绩效工资 Pay"].value == 712.5 and rows["A1"]["星级 Stars"].value == 4
    assert rows["A5"]["姓名 Name"].value == HOSTILE
    box.done(QMessageBox.Ok)


def test_the_csv_and_entries_exports(qtbot, results_office, chooser, tmp_path):
    db, _office = results_office
    view = view_of(qtbot, db, team="All teams")
    assert not view.table.isColumnHidden(view.table.column("team"))
    chooser("all.csv")
    qtbot.mouseClick(view.csv_button, Qt.LeftButton)
    finish(qtbot, view).done(QMessageBox.Ok)
    with open(tmp_path / "all.csv", encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.DictReader(handle))
    assert [line["工号 Code"] for line in lines] == CODES + ["B1"]
    assert next(line for line in lines if line["工号 Code"] == "A5")["姓名 Name"] == "'" + HOSTILE
    chooser("entries.csv")
    qtbot.mouseClick(view.entries_button, Qt.LeftButton)
    finish(qtbot, view).done(QMessageBox.Ok)
    with open(tmp_path / "entries.csv", encoding="utf-8-sig", newline="") as handle:
        entries = list(csv.DictReader(handle))
    assert [(e["工号 Code"], e["分值 Points"]) for e in entries if e["项目 Item"] == "迟到"] == [
        ("A2", "-2.00"), ("A4", "-2.00")]
    assert chooser.offered[-1][2].startswith("Excel workbook (*.xlsx)")


def test_the_charts_get_the_models_figures(qtbot, results_office):
    db, _office = results_office
    view = view_of(qtbot, db)
    charts = view.charts
    assert charts.history_points() == [("2026-09", 96.0), ("2026-10", 97.0), (PERIOD, 95.0)]
    assert charts.tabText(0) == "Total over time: 王一 (A1)"
    view.table.selectRow(view.table.row_of("A5"))
    assert charts.history_points() == [("2026-09", 80.0), ("2026-10", 72.0), (PERIOD, 70.0)]
    axis = charts.trend.chart().axes(Qt.Horizontal)[0]
    assert axis.count() == 12 and axis.at(0) == "2025-12"
    assert bar_values(charts.pareto.chart()) == [("综合评分", 92.0), ("迟到", 4.0)]
    assert charts.cumulative_points() == pytest.approx([95.83, 100.0])
    assert bar_values(charts.grades.chart()) == [("优秀", 4.0), ("合格", 3.0)]
    assert bar_values(charts.stars.chart()) == [
        ("5 ★", 0.0), ("4 ★", 1.0), ("3 ★", 2.0), ("2 ★", 2.0), ("1 ★", 1.0)]
    view.team.setCurrentIndex(view.team.findText("All teams"))
    assert bar_values(charts.pareto.chart())[0] == ("综合评分", 107.0)   # B1's 15 too
    assert dict(bar_values(charts.stars.chart()))["2 ★"] == 3.0
    assert charts.tabText(0) == "Total over time: =SUM(A1:A9) (A5)"  # the same employee


def test_a_lead_sees_her_own_teams_only(qtbot, results_office):
    db, office = results_office
    users.set_user_teams(db, office.lead_user, [office.team_a], by="test")
    lead = access.signed_in_user(db, office.lead_user)
    view = view_of(qtbot, db, user=lead, team=None)
    assert [view.team.itemText(i) for i in range(view.team.count())] == ["一班"]
    assert codes(view) == CODES
    users.set_user_teams(db, office.lead_user, [office.team_a, office.team_b], by="test")
    view.session.sign_in(access.signed_in_user(db, office.lead_user))
    assert [view.team.itemText(i) for i in range(view.team.count())] == [
        "All my teams", "一班", "二班"]


def test_the_place_of_close_period(qtbot, results_office):
    db, office = results_office
    view = view_of(qtbot, db)
    assert view.close_button.isHidden()
    asked = []
    view.on_close = lambda team_id, period: asked.append((team_id, period.key))
    assert not view.close_button.isHidden() and not view.close_button.isEnabled()  # 一班 open
    view.team.setCurrentIndex(view.team.findText("二班"))               # every form locked
    assert view.banner.text() == "Final: every form is locked."
    assert view.close_button.isEnabled()
    qtbot.mouseClick(view.close_button, Qt.LeftButton)
    assert asked == [(office.team_b, PERIOD)]
    view.on_close = None
    assert view.close_button.isHidden()


def test_many_teams_keep_the_summary_short(qtbot, results_office):
    """One summary line per team up to three; beyond, the rest on pointing (the table keeps
    its rows). A team whose employee has no form yet says so."""
    from models.people.employees import add_employee
    from models.people.teams import add_team

    db, _office = results_office
    for name in ("三班", "四班"):
        team = add_team(db, name=name, by="test")
        add_employee(db, code=f"N{team}", name=f"{name}新人", team_id=team, post="坐席",
                     by="test")
    view = view_of(qtbot, db, team="All teams")
    lines = view.summary.text().split("<br>")
    assert len(lines) == 3 and lines[-1] == "… and 2 more team(s): point here to read them all"
    assert "四班新人" in view.summary.toolTip() and "no form yet" in view.summary.toolTip()
    assert view.banner.text().startswith("Provisional: 9 form(s) still open")
