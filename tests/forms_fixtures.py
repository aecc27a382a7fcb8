"""Set-up shared by the tests of the assessment forms: two small rubrics (an agent's, with an
approval threshold, and a lead's, derived from the team), two teams, three users with PINs.

Figures (period 2026-11), by hand:
  agent total = 服务规范 60 − deductions + exam × 40 / 100
  team A: A1 exam 80 → 92, A2 exam 90 → 96; mean 94 → rank 1
  team B: B1 exam 70 → 88; mean 88 → rank 2
  lead LA = 70 × 94 / 100 + 30 (rank 1) = 95.8;  lead LB = 70 × 88 / 100 + 20 = 81.6
"""

from dataclasses import dataclass
from decimal import Decimal

from models.people import users
from models.people.employees import add_employee
from models.people.teams import add_team, set_team_lead
from models.rubrics import save_rubric_text
from models.work import kpis

PERIOD = "2026-11"
STROKES = [[[0.1, 0.5], [0.3, 0.2], [0.5, 0.6]], [[0.6, 0.4], [0.9, 0.45]]]
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 24
# New PINs are 6–12 digits or a password of 8+ characters (models/people/users.py).
PINS = {"lead": "130524", "reviewer": "246810", "hr": "hr-secret"}

AGENT = """\
id: t-agent
name: 测试坐席考核
name_en: Test agent form
version: 1
post: 坐席
base: 100
approval: {deduction_over: 9}
sections:
  - id: conduct
    name: 服务规范
    name_en: Conduct
    points: 60
    method: 现场抽查
    method_en: Floor checks
    items:
      - {id: late, name: 迟到, name_en: Late, deduct: 2, severe_x: 2}
      - {id: complaint, name: 客户投诉, name_en: Customer complaint, deduct: [5, 20]}
  - id: kpi
    name: 业绩
    name_en: KPI
    points: 40
    items:
      - {id: exam, name: 考试成绩, name_en: Exam score, rating: {max: 100}, points: 40}
"""

LEAD = """\
id: t-lead
name: 测试组长考核
name_en: Test lead form
version: 1
post: 组长
base: 100
sections:
  - id: team
    name: 团队业绩
    name_en: Team results
    points: 100
    items:
      - id: team-mean
        name: 团队均分
        name_en: Team mean
        points: 70
        derived: {source: team_mean_total}
      - id: team-rank
        name: 团队排名
        name_en: Team rank
        points: 30
        derived:
          source: team_rank
          bands:
            lower_better: true
            table:
              - {max: 1, score: 30}
              - {max: 2, score: 20}
              - {score: 0}
"""


@dataclass
class Office:
    db: object
    agent_version: int
    lead_version: int
    team_a: int
    team_b: int
    a1: int
    a2: int
    b1: int
    lead_a: int
    lead_b: int
    lead_user: int
    reviewer: int
    hr: int


FAST_N = 2 ** 10


def fast_pins(monkeypatch):
    """Cheaper scrypt for the tests (the cost is stored in each hash, so verifying works the
    same, and a hash made this cheap is not "upgraded" while the cost stays lowered);
    tests/test_users.py checks the real parameters, tests/test_pin_throttle.py the upgrade."""
    monkeypatch.setattr(users, "SCRYPT_N", FAST_N)


def make_office(db, monkeypatch):
    """The office above in a fresh store (each test module wraps it in an `office` fixture)."""
    fast_pins(monkeypatch)
    agent_version = save_rubric_text(db, AGENT, by="test")
    lead_version = save_rubric_text(db, LEAD, by="test")
    team_a, team_b = add_team(db, name="一班", by="test"), add_team(db, name="二班", by="test")
    a1 = add_employee(db, code="A1", name="张三", team_id=team_a, post="坐席", by="test")
    a2 = add_employee(db, code="A2", name="李四", team_id=team_a, post="坐席", by="test")
    b1 = add_employee(db, code="B1", name="王五", team_id=team_b, post="坐席", by="test")
    lead_a = add_employee(db, code="LA", name="赵组长", team_id=team_a, post="组长", by="test")
    lead_b = add_employee(db, code="LB", name="钱组长", team_id=team_b, post="组长", by="test")
    set_team_lead(db, team_a, employee_id=lead_a, by="test")
    set_team_lead(db, team_b, employee_id=lead_b, by="test")
    for employee, exam in ((a1, 80), (a2, 90), (b1, 70)):
        kpis.set_value(db, employee_id=employee, period=PERIOD, item_id="exam",
                       value=Decimal(exam), by="test")
    return Office(db, agent_version, lead_version, team_a, team_b, a1, a2, b1, lead_a, lead_b,
                  users.add_user(db, name="李班长", role="lead", pin=PINS["lead"], by="test"),
                  users.add_user(db, name="王主任", role="reviewer", pin=PINS["reviewer"],
                                 by="test"),
                  users.add_user(db, name="孙人事", role="hr", pin=PINS["hr"], by="test"))


def form_of(db, employee_id, period=PERIOD):
    """The latest revision of the employee's form."""
    row = db.execute("SELECT id FROM assessments WHERE employee_id = ? AND period_key = ? "
                     "ORDER BY revision DESC LIMIT 1", (employee_id, period)).fetchone()
    return row[0]


def count(db, table, where="1", params=()):
    return db.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0]


def sign_through(db, form_id, office, *, until="locked", at="2026-12-01T10:00"):
    """Walk a form through the states up to `until` (acknowledged path)."""
    from models import forms

    forms.submit(db, form_id, user_id=office.lead_user, pin=PINS["lead"], strokes=STROKES,
                 png=PNG, at=at, by="test")
    if until == "submitted":
        return
    employee = db.execute("SELECT e.name FROM employees e JOIN assessments a "
                          "ON a.employee_id = e.id WHERE a.id = ?", (form_id,)).fetchone()[0]
    forms.acknowledge(db, form_id, name=employee, strokes=STROKES, by="李班长")
    if until == "acknowledged":
        return
    forms.review(db, form_id, user_id=office.reviewer, pin=PINS["reviewer"], strokes=STROKES,
        by="test")
    if until == "reviewed":
        return
    forms.lock(db, form_id, user_id=office.hr, pin=PINS["hr"], by="test")
