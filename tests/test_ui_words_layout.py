"""Words, layout and search, driven through the real widgets (issue 11, findings 8–11): times
without their "T", the audit trail in words, import problems in the user's language with the
row's cells, scores that stopped at 0 and weighted rows explained, rows that stay put under the
finger and line up, dialogs that fit a 1366×768 laptop and close, full-pinyin search, and the
lock screen's words."""

import re
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog

from models import forms
from models.people.employees import add_employee
from models.people.teams import add_team
from models.rubrics import save_rubric_text
from models.storage.resources import resource_path
from models.work import kpis
from models.work.checklist import Checklist
from models.work.periods import current_period
from tests.forms_fixtures import PERIOD, PINS, form_of, sign_through
from tests.test_pdf_words_layout import FLOORED, WEIGHTED
from ui.form_state_names import state_name
from ui.session import Session


@pytest.fixture
def chinese(qapp):
    """The interface in Chinese, as ui.app installs it (widgets made after this speak it)."""
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "appraisal_zh_CN.qm")))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def checklist_of(qtbot, db, rubric_text, *, language="en", post=None):
    from ui.checklist import ChecklistWidget

    save_rubric_text(db, rubric_text, by="test")
    post = post or next(line.split(":", 1)[1].strip() for line in rubric_text.splitlines()
                        if line.startswith("post:"))
    team = add_team(db, name="一班", by="test")
    employee = add_employee(db, code="A1", name="张三", team_id=team, post=post, by="test")
    checklist = Checklist(db, employee_id=employee, period=current_period(db),
                          inspector="李班长")
    widget = ChecklistWidget(Session(db, language=language), checklist)
    qtbot.addWidget(widget)
    widget.resize(1200, 650)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot, button, times=1):
    for _ in range(times):
        qtbot.mouseClick(button, Qt.LeftButton)


# -- words: times ---------------------------------------------------------------------------

def test_signature_times_show_without_the_t_and_the_due_date_only_while_awaited(
        qtbot, office, draft):
    from ui.form_dialog import FormDialog

    sign_through(office.db, draft, office, until="submitted", at="2026-12-01T10:00")
    dialog = FormDialog(Session(office.db), draft)
    qtbot.addWidget(dialog)
    assert "李班长 2026-12-01 10:00" in dialog.signatures.text()
    assert "2026-12-01T" not in dialog.signatures.text()
    assert "acknowledge by" in dialog.header.text()             # awaited: submitted
    forms.acknowledge(office.db, draft, name="张三", strokes=[[[0.1, 0.1], [0.2, 0.2]]],
                      by="李班长")
    dialog.load()
    assert f"<b>{state_name('acknowledged')}</b>" in dialog.header.text()
    assert "acknowledge by" not in dialog.header.text()         # not "acknowledged acknowledge by"
    assert "张三 2026-" in dialog.signatures.text() and "T" not in dialog.signatures.text()


# -- words: the audit trail -----------------------------------------------------------------

def test_the_audit_trail_says_what_happened_in_words_not_ids_or_json(qtbot, office, chinese):
    from models.people import employees
    from models.work import incidents
    from ui.audit_view import AuditDialog

    db = office.db
    incidents.add_incident(db, employee_id=office.a1, version_id=office.agent_version,
                           item_id="late", at="2026-11-05T09:10", by="李班长")
    kpis.set_value(db, employee_id=office.a1, period=PERIOD, item_id="exam", value=Decimal(85),
                   by="李班长")
    employees.update_employee(db, office.a2, post="坐席", name="李四四", by="test")
    forms.create_forms(db, team_id=office.team_a, period=PERIOD, by="李班长")
    sign_through(db, form_of(db, office.a1), office, until="reviewed", at="2026-12-01T10:00")
    dialog = AuditDialog(Session(db, language="zh"))
    qtbot.addWidget(dialog)
    dialog.show()
    rows = [[dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
            for r in range(dialog.table.rowCount())]
    text = "\n".join("\t".join(row) for row in rows)
    assert "{" not in text and '"' not in text                     # no raw JSON anywhere
    assert not any("T" in row[0] for row in rows)                  # 2026-11-29 15:42
    whats = {row[2] for row in rows}
    assert {"新增", "修改", "复核人签字", "考核人签字"} <= whats      # actions in words
    assert not whats & {"add", "update", "reviewed", "set"}        # … never their ids
    records = {row[3] for row in rows}
    assert "数值 张三 (A1) · 考试成绩 · 2026-11" in records            # not "kpi_value 7"
    assert "记录 张三 (A1) · 迟到" in records                         # the tick, by item
    assert "考核表 张三 (A1) 2026-11" in records
    assert not any(record.startswith(("kpi_value", "incident", "assessment"))
                   for record in records)
    change = next(row[4] for row in rows if row[2] == "修改" and "李四四" in row[3])
    assert change == "姓名: 李四 → 李四四"                             # field: old → new
    value = next(row[4] for row in rows if row[3].startswith("数值 张三") and "85" in row[4])
    assert value == "数值: 80 → 85"
    review = next(row[4] for row in rows if row[2] == "复核人签字")
    assert review == f"状态: {state_name('acknowledged')} → {state_name('reviewed')}"
    # the filter lists the records in words too
    assert dialog.entity.findText("考核表") >= 0 and dialog.entity.findText("assessment") < 0


# -- words: import problems ------------------------------------------------------------------

def test_import_problems_are_in_chinese_with_the_rows_cells(qtbot, db, tmp_path, chinese):
    from ui.import_dialog import ImportDialog

    path = tmp_path / "bad.csv"
    path.write_text("工号,姓名,班组,岗位,入职日期,试用期\n"
                    "2001,赵六,早班,客服,2024-03-01,否\n"
                    "2002,,早班,客服,2024-03-01,否\n"
                    "DEMO-01,钱七,早班,保洁员,2024-13-01,也许\n", encoding="utf-8")
    dialog = ImportDialog(Session(db, language="zh"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(path)
    qtbot.waitUntil(dialog.choose_button.isEnabled, timeout=10_000)
    rows = [[dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
            for r in range(dialog.table.rowCount())]
    problems = [row for row in rows if row[-1]]
    missing = next(row for row in problems if row[0] == "3")
    assert missing[:5] == ["3", "2002", "", "早班", "客服"]           # the row's own cells
    assert missing[-1] == "姓名: 缺少姓名"
    said = {row[-1] for row in problems if row[0] == "4"}
    assert "岗位: 未知岗位“保洁员”：没有适用于该岗位的考核标准" in said
    assert any(text.startswith("工号: 工号 DEMO-01 已属于") for text in said)
    assert "入职日期: “2024-13-01”不是有效的日期" in said
    assert "试用期: “也许”不是“是”或“否”" in said
    for row in problems:
        assert row[1] and row[4]                                  # 工号 and 岗位 shown
        assert not any(word in row[-1] for word in ("missing", "unknown", "rubric", "belongs"))


# -- figures that puzzle ---------------------------------------------------------------------

def test_a_section_and_a_total_stopped_at_zero_say_so(qtbot, store, chinese):
    widget = checklist_of(qtbot, store, FLOORED, language="zh")
    conduct = widget.section_headers["conduct"][0]
    click(qtbot, widget.rows["tone"].plus, 2)                        # 20 − 20 = 0: not below
    assert conduct.text().endswith("0.00 / 20.00")
    click(qtbot, widget.rows["tone"].plus)                           # 20 − 30: stops at 0
    assert conduct.text().endswith("0.00 / 20.00  （已扣至 0 分）")
    assert "已扣至" not in widget.total.text()                        # 80 left: not stopped
    click(qtbot, widget.rows["absence"].plus, 2)                     # 80 − 100 → 0
    assert widget.total.text().startswith("0.00 / 100.00")
    assert "（已扣至 0 分）" in widget.total.text()


def test_a_weighted_row_says_what_it_moved_on_the_total(qtbot, store):
    widget = checklist_of(qtbot, store, WEIGHTED)
    row = widget.rows["late"]
    assert row.weight_note.isVisible() and row.weight_note.text() == ""
    click(qtbot, row.plus)
    assert row.reason.text() == "Late arrival ×1 → −2"
    assert row.weight_note.text() == "×0.1 weight: −0.20 on the total"
    assert widget.section_headers["discipline"][0].text().endswith("9.80 / 10.00")
    assert widget.total.text().startswith("99.80 / 100.00")


def test_a_zero_never_carries_a_sign(qtbot, store):
    from ui.month_view import MonthPanel

    widget = checklist_of(qtbot, store, FLOORED)
    click(qtbot, widget.rows["tone"].plus)                  # nothing on the form-level list
    assert widget.section_headers["deductions"][0].text().endswith("   0")       # not "−0"
    panel = MonthPanel(Session(store, language="en"))
    qtbot.addWidget(panel)
    panel.show()
    panel.set_subject(widget.checklist.employee, widget.checklist.period, {})
    texts = []
    for index in range(panel.tree.topLevelItemCount()):
        node = panel.tree.topLevelItem(index)
        texts += [node.text(c) for c in range(3)]
        for child in range(node.childCount()):
            texts += [node.child(child).text(c) for c in range(3)]
    assert "0.00 / 0.00" in texts                            # bonuses / form-level deductions
    assert "−10.00" in texts and "0.00" in texts             # a tick, and an item untouched
    assert not any(re.search("[−+-]0[.]00", text) for text in texts), texts


def test_reasons_wrap_on_screen_and_are_never_cut(qtbot, store):
    from ui.month_view import MonthPanel

    team = add_team(store, name="一班", by="test")
    employee = add_employee(store, code="A1", name="张三", team_id=team, post="客户服务代表",
                            by="test")
    from ui.checklist import ChecklistWidget

    checklist = Checklist(store, employee_id=employee, period=current_period(store),
                          inspector="李班长")
    widget = ChecklistWidget(Session(store, language="en"), checklist)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    row = widget.rows["misguidance"]
    click(qtbot, row.plus, 3)
    expected = "Misleading or incomplete explanation causing a dispute ×3 → −30"
    assert row.reason.text() == expected and row.reason.wordWrap()
    panel = MonthPanel(Session(store, language="en"))
    qtbot.addWidget(panel)
    panel.resize(700, 400)
    panel.show()
    panel.set_subject(checklist.employee, checklist.period, {})
    panel.tree.setColumnWidth(0, 200)
    panel.tree.setColumnWidth(1, 80)
    QApplication.processEvents()
    section = panel.tree.topLevelItem(0)
    node = next(section.child(i) for i in range(section.childCount())
                if section.child(i).text(2) == expected)
    assert node.text(0) == "Misleading or incomplete explanation causing a dispute"
    line = panel.tree.fontMetrics().lineSpacing()
    rect = panel.tree.visualItemRect(node)
    assert rect.height() >= 2 * line            # wrapped onto a second line, not "…"


# -- layout: the checklist rows --------------------------------------------------------------

def test_the_first_tick_does_not_move_any_row(qtbot, store):
    widget = checklist_of(qtbot, store, WEIGHTED)
    rows = [widget.rows["late"], widget.rows["explain"]]
    QApplication.processEvents()
    before = [(row.height(), row.mapTo(widget, QPoint(0, 0)).y()) for row in rows]
    click(qtbot, rows[0].plus)
    QApplication.processEvents()
    assert rows[0].reason.text()                                 # the reason now shows …
    after = [(row.height(), row.mapTo(widget, QPoint(0, 0)).y()) for row in rows]
    assert after == before                                        # … in the line kept for it


def test_the_plus_minus_note_and_severe_columns_line_up_across_rows(qtbot, store):
    # cs-service-norms has rows with and without a severe toggle (and ranges elsewhere)
    widget = checklist_of(qtbot, store, NORMS_WITH_RANGE, post="对齐岗")
    rows = list(widget.rows.values())
    assert {row.severe is None for row in rows} == {True, False}
    assert {row.amount is None for row in rows} == {True, False}

    def x(child):
        return child.mapTo(widget, QPoint(0, 0)).x()

    for attr in ("plus", "minus", "note", "count"):
        assert len({x(getattr(row, attr)) for row in rows}) == 1, attr
    assert len({x(row.severe) for row in rows if row.severe is not None}) == 1
    assert len({x(row.amount) for row in rows if row.amount is not None}) == 1


NORMS_WITH_RANGE = """\
id: t-align
name: 测试对齐
name_en: Alignment test
version: 1
post: 对齐岗
base: 100
sections:
  - id: s
    name: 规范
    name_en: Norms
    points: 100
    items:
      - {id: plain, name: 迟到, name_en: Late, deduct: 2}
      - {id: severe, name: 提前挂机, name_en: Hanging up early, deduct: 6, severe_x: 2}
      - {id: ranged, name: 工单错误, name_en: Ticket error, deduct: [1, 5]}
      - {id: both, name: 投诉, name_en: Complaint, deduct: [5, 20], severe_x: 1.5}
"""


# -- layout: dialogs fit a 1366×768 laptop and close -----------------------------------------

def _dialogs(office, draft, tmp_path):
    from tests.form_samples import service_norms
    from ui.audit_view import AuditDialog
    from ui.backup_dialog import BackupDialog
    from ui.employee_dialog import EmployeeDialog
    from ui.form_dialog import FormDialog
    from ui.import_dialog import ImportDialog
    from ui.pdf_preview import PdfPreview
    from ui.settings_dialog import SettingsDialog
    from ui.sign_dialog import SignDialog
    from ui.sign_in import SignInDialog
    from ui.team_dialog import TeamDialog
    from ui.users_dialog import UsersDialog

    db = office.db
    session = Session(db, path=tmp_path / "store.db")
    hr = Session(db, user={"id": office.hr, "name": "孙人事", "role": "hr", "team_ids": []},
                 path=tmp_path / "store.db")
    pdf = tmp_path / "form.pdf"
    from reports.pdf_form import render_form

    render_form(service_norms(), pdf)
    return {
        "users": lambda: UsersDialog(hr),
        "audit": lambda: AuditDialog(session),
        "backups": lambda: BackupDialog(session),
        "import": lambda: ImportDialog(session),
        "settings": lambda: SettingsDialog(hr),
        "employee": lambda: EmployeeDialog(session),
        "team": lambda: TeamDialog(session),
        "form": lambda: FormDialog(session, draft),
        "pdf preview": lambda: PdfPreview(pdf),
        "sign": lambda: SignDialog(session, role="appraiser", title="Sign"),
        "sign in": lambda: SignInDialog(db),
    }


# In English, or in Chinese when an earlier test left a catalogue installed.
CLOSING = {"Close", "Cancel", "关闭", "取消"}


def _closers(dialog):
    from PySide6.QtWidgets import QDialogButtonBox

    found = [b for b in dialog.findChildren(QAbstractButton)
             if b.text().replace("&", "") in CLOSING]
    for box in dialog.findChildren(QDialogButtonBox):
        found += [box.button(which) for which in (QDialogButtonBox.Close,
                                                  QDialogButtonBox.Cancel)
                  if box.button(which) is not None]
    return [b for b in found if b.isVisible() and b.isEnabled()]


def test_every_dialog_fits_a_1366_by_768_laptop_and_has_a_close_button(
        qtbot, office, draft, tmp_path):
    for name, make in _dialogs(office, draft, tmp_path).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        size, least = dialog.size(), dialog.minimumSizeHint()
        assert size.width() <= 1300 and size.height() <= 700, (name, size)
        assert least.width() <= 1300 and least.height() <= 700, (name, least)
        closers = _closers(dialog)
        assert closers, f"{name}: no Close button"
        qtbot.mouseClick(closers[0], Qt.LeftButton)
        assert not dialog.isVisible(), name
        assert dialog.result() == QDialog.Rejected or name == "pdf preview", name


def test_the_users_dialogs_team_ticks_are_big_enough_for_a_finger(qtbot, led_office):
    from ui.users_dialog import UsersDialog

    session = Session(led_office.db, user={"id": led_office.hr, "name": "孙人事", "role": "hr",
                                           "team_ids": []})
    dialog = UsersDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select_user(led_office.lead_user)
    assert dialog.teams.count() >= 2
    for index in range(dialog.teams.count()):
        assert dialog.teams.visualItemRect(dialog.teams.item(index)).height() >= 40
    assert "indicator { width: 28px; height: 28px; }" in dialog.teams.styleSheet()


# -- search: full pinyin ---------------------------------------------------------------------

def test_full_pinyin_finds_the_employee(qtbot, store):
    from ui.employee_list import NAME, EmployeePanel

    team = add_team(store, name="一班", by="test")
    for code, name in (("A1", "李娜"), ("A2", "欧阳晓雨"), ("A3", "张伟"), ("A4", "林娜")):
        add_employee(store, code=code, name=name, team_id=team, post="客服", by="test")
    panel = EmployeePanel(Session(store))
    qtbot.addWidget(panel)
    panel.show()

    def names_for(text):
        panel.search.clear()
        qtbot.keyClicks(panel.search, text)
        return [panel.proxy.index(r, NAME).data() for r in range(panel.proxy.rowCount())]

    assert names_for("lina") == ["李娜"]
    assert names_for("ouyang") == ["欧阳晓雨"]
    assert names_for("Li Na") == ["李娜"]
    assert names_for("zhangw") == ["张伟"]
    assert names_for("zw") == ["张伟"]                                # initials still work
    assert sorted(names_for("lin")) == sorted(["林娜", "李娜"])      # "lin…" and "lina"


def test_an_older_store_gets_the_full_pinyin_of_its_people(store_path):
    import sqlite3

    from models.database import migrations
    from models.database.store import open_db

    db = open_db(store_path, first_run_setup=False)
    team = add_team(db, name="一班", by="test")
    add_employee(db, code="B1", name="欧阳晓雨", team_id=team, post="客服", by="test")
    db.close()
    raw = sqlite3.connect(store_path)      # as a file from before migration 9 was
    raw.execute("ALTER TABLE employees DROP COLUMN name_pinyin")
    raw.execute("DROP TRIGGER assessments_closed_period")      # migration 10's, after it
    raw.execute("DROP TABLE period_closings")
    raw.execute("DROP TABLE rubric_assignments")    # migration 11's (its triggers go with it)
    raw.execute("PRAGMA user_version = 8")
    raw.commit()
    raw.close()
    assert [v for v, _ in migrations.MIGRATIONS][-1] == migrations.latest_version()
    db = open_db(store_path, first_run_setup=False)
    try:
        assert db.execute("SELECT name_pinyin FROM employees WHERE code = 'B1'"
                          ).fetchone() == ("ouyangxiaoyu",)
        from models.people.employees import search_employees

        assert [e["name"] for e in search_employees(db, "ouyang")] == ["欧阳晓雨"]
    finally:
        db.close()


# -- words: the lock screen ------------------------------------------------------------------

def test_lock_now_says_locked_not_after_a_while_and_switch_user_forgets_a_wrong_pin(
        qtbot, led_office):
    from ui.main_window import MainWindow

    db = led_office.db
    user = {"id": led_office.lead_user, "name": "李班长", "role": "lead",
            "team_ids": [led_office.team_a], "active": True}
    from models.people import access

    window = MainWindow(db, language="en", user=access.signed_in_user(db, user["id"]),
                        idle_lock_ms=0)
    qtbot.addWidget(window)
    window.show()
    window.lock_action.trigger()                         # Tools → Lock now
    screen = window.window_lock.screen
    assert screen is not None
    assert "after a while without use" not in screen.note.text()
    assert screen.note.text().startswith("Appraisal Desk is locked.")
    qtbot.keyClicks(screen.form.pin, "000000")
    qtbot.mouseClick(screen.form.button, Qt.LeftButton)
    assert screen.form.message.text() == "Wrong PIN. Try again."
    qtbot.mouseClick(screen.switch, Qt.LeftButton)
    assert screen.form.message.text() == ""              # not the last person's wrong PIN
    assert screen.form.pin.text() == ""
    qtbot.keyClicks(screen.form.pin, PINS["lead"])
    qtbot.mouseClick(screen.form.button, Qt.LeftButton)
    assert window.window_lock.screen is None
    window.window_lock.lock()                            # idle: says so
    assert "after a while without use" in window.window_lock.screen.note.text()


def test_no_builtin_rubric_name_carries_an_authoring_note():
    from scoring import rubric_from_text
    from tests.form_samples import RUBRICS

    for path in sorted(RUBRICS.glob("*.yaml")):
        rubric = rubric_from_text(path.read_text(encoding="utf-8"))
        names = [rubric.label("en")] + [s.label("en") for s in rubric.sections]
        names += [i.label("en", limit=0) for i in rubric.items()]
        for name in names:
            assert "inferred" not in name and "seed" not in name.lower(), (path.name, name)
