"""The checklist of an employee under two rubrics (issue 13), used like a shift lead would: the
客户服务部月度绩效考核标准 v2 and the 服务规范考核条例 it includes as deductions, each on its own
tab with its own tally, the monthly form's one total above.

By hand (the ratings of the month, weight style): 90 × 40% + 80 × 20% + 85 × 20% + 70 × 10%
+ 100 × 10% = 36 + 16 + 17 + 7 + 10 = 86.00 (良好). The norms start at 100 and lose nothing:
combined 86.00.
"""

import os
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from models.people.employees import add_employee
from models.people.teams import add_team
from models.rubrics import latest_version_id
from models.storage.resources import resource_path
from models.work import kpis
from models.work.checklist import Checklist
from models.work.periods import current_period
from ui.app import install_cjk_font
from ui.checklist_stack import ChecklistStack
from ui.main_window import MainWindow
from ui.session import Session

RATINGS = {"service-quality-rating": 90, "teamwork-rating": 80, "efficiency-rating": 85,
           "problem-solving-rating": 70, "knowledge-rating": 100}


@pytest.fixture
def clerk(store):
    team = add_team(store, name="客服一组", by="test")
    employee = add_employee(store, code="C1", name="周八", team_id=team,
                            post="客户服务部员工", by="test")
    for item_id, value in RATINGS.items():
        kpis.set_value(store, employee_id=employee, period=current_period(store),
                       item_id=item_id, value=Decimal(value), by="test")
    return employee


def make_stack(qtbot, db, employee_id, language="zh"):
    checklist = Checklist(db, employee_id=employee_id, period=current_period(db),
                          inspector="李班长")
    stack = ChecklistStack(Session(db, language=language), checklist)
    qtbot.addWidget(stack)
    stack.resize(1100, 760)
    stack.show()
    return stack


def figures(stack):
    return (stack.combined.text(), stack.tabs.tabText(0), stack.tabs.tabText(1))


def test_a_tick_on_the_included_rubric_moves_its_tally_and_the_one_total(qtbot, store, clerk):
    stack = make_stack(qtbot, store, clerk)
    assert [w.checklist.rubric.id for w in stack.widgets] == ["cs-dept-monthly",
                                                             "cs-service-norms"]
    assert figures(stack) == ("Monthly form total: 86.00 / 100.00  良好",
                              "客户服务部月度绩效考核标准  86.00",
                              "客服中心服务规范考核条例及评分标准  100.00")
    norms = stack.widgets[1]
    stack.tabs.setCurrentWidget(norms)
    qtbot.mouseClick(norms.rows["command-tone"].plus, Qt.LeftButton)
    # norms 100 − 10 = 90 on its own tally; the form 86 − 10 = 76 → 一般 (70 ≤ 76 < 80)
    assert figures(stack) == ("Monthly form total: 76.00 / 100.00  一般",
                              "客户服务部月度绩效考核标准  86.00",
                              "客服中心服务规范考核条例及评分标准  90.00")
    assert norms.total.text().startswith("90.00 / 100.00")
    assert stack.widgets[0].total.text().startswith("86.00 / 100.00")
    assert stack.breakdown.text() == ("客户服务部月度绩效考核标准 86 − "
                                      "客服中心服务规范考核条例及评分标准 10 = 76")
    # stored under the norms' own version, by the inspector
    version = latest_version_id(store, "cs-service-norms")
    assert store.execute("SELECT rubric_version_id, created_by FROM incidents").fetchall() == [
        (version, "李班长")]
    # a severe early hang-up: 6 × 2 = 12 → norms 78, the form 86 − 22 = 64 → 需改进
    row = norms.rows["early-hangup"]
    qtbot.mouseClick(row.severe, Qt.LeftButton)
    qtbot.mouseClick(row.plus, Qt.LeftButton)
    assert figures(stack)[0] == "Monthly form total: 64.00 / 100.00  需改进"
    assert figures(stack)[2].endswith("78.00")
    # undo the last tick with the norms tab's own button: back to 76
    qtbot.mouseClick(norms.undo_button, Qt.LeftButton)
    assert figures(stack)[0] == "Monthly form total: 76.00 / 100.00  一般"
    assert row.count.text() == "0"


def test_a_rating_on_the_main_rubric_moves_the_one_total(qtbot, store, clerk):
    stack = make_stack(qtbot, store, clerk, language="en")
    main = stack.widgets[0]
    field = main.rows["knowledge-rating"]
    # 专业知识 100 → 50: 10 → 5 on the total: 81.00, Good
    main.enter_value("knowledge-rating", Decimal(50))
    assert stack.combined.text() == "Monthly form total: 81.00 / 100.00  Good"
    assert stack.tabs.tabText(0).endswith("81.00")
    assert field is main.rows["knowledge-rating"]


def test_one_rubric_is_just_its_checklist(qtbot, store):
    team = add_team(store, name="一班", by="test")
    agent = add_employee(store, code="A1", name="张三", team_id=team, post="客户服务代表",
                         by="test")
    stack = make_stack(qtbot, store, agent)
    assert len(stack.widgets) == 1 and stack.tabs is None and stack.combined is None


def test_the_main_window_opens_the_stack(qtbot, store, clerk):
    window = MainWindow(store, language="zh")
    qtbot.addWidget(window)
    window.show()
    window.open_employee(clerk)
    stack = window.checklist_stack
    assert stack.tabs.count() == 2 and window.checklist_widget is stack.widgets[0]
    qtbot.mouseClick(stack.widgets[1].rows["blaming"].plus, Qt.LeftButton)
    # The month so far: the one total, and the norms with their own lines under it
    window.tabs.setCurrentWidget(window.month)
    assert window.month.total.text().startswith("76.00 / 100.00")
    tree = window.month.tree
    norms = tree.topLevelItem(tree.topLevelItemCount() - 1)
    assert norms.text(0) == "客服中心服务规范考核条例及评分标准"
    assert norms.text(1) == "90.00 / 100.00"
    assert norms.text(2) == "客服中心服务规范考核条例及评分标准 90.00/100 → −10"
    blaming = next(norms.child(i) for i in range(norms.childCount())
                   if norms.child(i).text(0) == "埋怨其他部门")
    assert (blaming.text(1), blaming.text(2)) == ("−10.00", "埋怨其他部门 ×1 → −10")
    window.close_employee()
    assert window.checklist_stack is None


@pytest.fixture
def chinese(qapp):
    """Chinese words and glyphs, as ui.app installs them; the app's font restored after."""
    font = QApplication.font()
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "appraisal_zh_CN.qm")))
    QCoreApplication.installTranslator(translator)
    install_cjk_font(qapp)
    yield
    QCoreApplication.removeTranslator(translator)
    QApplication.setFont(font)


def test_render_the_stack(qtbot, store, clerk, chinese, tmp_path):
    stack = make_stack(qtbot, store, clerk)
    assert stack.combined.text() == "本月考核表总分: 86.00 / 100.00  良好"
    stack.tabs.setCurrentIndex(1)
    qtbot.mouseClick(stack.widgets[1].rows["misguidance"].plus, Qt.LeftButton)
    image = stack.grab()
    assert image.width() >= 1000 and image.save(str(tmp_path / "stack.png"))
    if os.environ.get("STACK_PNG"):     # STACK_PNG=/tmp/stack.png: to look at both tabs
        image.save(os.environ["STACK_PNG"])
        stack.tabs.setCurrentIndex(0)
        stack.grab().save(os.environ["STACK_PNG"].replace(".png", "-main.png"))


def test_a_rubric_assigned_while_open_reopens_the_checklist(qtbot, store, clerk):
    from models.rubrics import assignments
    from ui.changes import RUBRICS

    window = MainWindow(store, language="zh")
    qtbot.addWidget(window)
    window.show()
    window.open_employee(clerk)
    assert window.checklist_stack.tabs.count() == 2
    # HR ends the monthly standard for her post and assigns her post the norms alone.
    period = current_period(store).key
    assignments.end_assignment(store, rubric_id="cs-dept-monthly", from_period=period,
                               post="客户服务部员工", by="hr")
    assignments.assign(store, rubric_id="cs-service-norms",
                       version_id=latest_version_id(store, "cs-service-norms"),
                       from_period=period, post="客户服务部员工", by="hr")
    window.session.changes.report({RUBRICS})
    stack = window.checklist_stack
    assert len(stack.widgets) == 1 and stack.widgets[0].checklist.rubric.id == "cs-service-norms"
