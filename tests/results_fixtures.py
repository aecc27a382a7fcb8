"""A hand-computed office for the period results (tests/test_results*.py), made with the models'
own functions.

Rubric r-agent (post 坐席): total = 综合评分 (rating 0–100 → points) − 2 per 迟到;
pay 750 × total %, less 2 per point below 85 (85分以下每少1分扣2元);
stars 5/10/25/45/15 % with 试用期 excluded; team_average_cap 86;
consequences: below 75 twice running → 淘汰, rank 1 three times → 额外奖金.
r-clerk (post 文员): total = its rating, no team rules.
r-lead (post 组长): total = the members' mean total (derived team_mean_total, 100 points).

Team 一班, period 2026-11 (the lead's form is made last, from the members'):
  code name         rubric   inputs         total  state      rank stars pay     consequence
  A1   王一         r-agent  95             95.00  locked      1    4    712.50  额外奖金
  A2   王二         r-agent  92, 1 迟到     90.00  locked      2    3    675.00
  A3   王三         r-agent  90             90.00  submitted   2    3    675.00
  A4   王四         r-agent  82, 1 迟到     80.00  draft       4    2    590.00  (600 − 2 × 5)
  A6   王六         r-agent  80             80.00  draft       4    2    590.00
  A5   =SUM(A1:A9)  r-agent  70             70.00  draft       6    1    495.00  淘汰 (525 − 30)
  P1   新人 (试用期) r-agent  99             99.00  draft       —    —    742.50  (excluded)
  C1   文员         r-clerk  100           100.00  draft       1    —    —       (its own group)
  L1   组长         r-lead   mean           88.00  draft       1    —    —
r-agent: N = 6 (P1 left out), cut-offs round-half-up(6 × 5/15/40/85/100 %) = 0/1/2/5/6: rank 1
→ 4 stars (no one reaches the 5-star class), the tie at rank 2 sits on the cut-off 2 → both 3
stars, the tie at rank 4 inside the 2-star class, rank 6 → 1 star. Mean of the 7 r-agent totals
604 / 7 = 86.29 > 86: over the cap. The members' mean (the lead left out) 704 / 8 = 88.00 is the
lead's team_mean_total, so her total is 88.00. Not final: only A1 and A2 are locked.
Streaks: A1 97 (2026-10) and 96 (2026-09), rank 1 both → 额外奖金; A5 72 in 2026-10 (< 75) and
70 now → 淘汰; A5 had 80 in 2026-09 (only the last two count).

Team 二班: B1 "@王" 85, locked → N = 1, cut-offs 0/0/0/1/1 → rank 1 = 2 stars, pay 637.50
(no deduction at exactly 85); final (every form locked, nobody without one).
"""

from dataclasses import dataclass
from decimal import Decimal

from models import forms
from models.people import users
from models.people.employees import add_employee
from models.people.teams import add_team, set_team_lead
from models.rubrics import save_rubric_text
from models.work import incidents, kpis
from tests.forms_fixtures import PINS, fast_pins, form_of, sign_through

PERIOD = "2026-11"

AGENT = """\
id: r-agent
name: 结果测试坐席
name_en: Results test agent
version: 1
post: 坐席
base: 100
grades: [{min: 90, label: 优秀, label_en: Excellent}, {min: 0, label: 合格, label_en: Pass}]
pay: {amount: 750, proportional: true, deduct_below: {total: 85, per_point: 2}}
stars: {shares: [5, 10, 25, 45, 15], exclude: [probation]}
team_average_cap: 86
consequences:
  - {below: 75, periods: 2, label: 淘汰, label_en: Dismissal}
  - {rank: 1, periods: 3, label: 额外奖金, label_en: Extra bonus}
sections:
  - id: work
    name: 工作业绩
    points: 100
    items:
      - {id: overall, name: 综合评分, name_en: Overall, rating: {max: 100}, points: 100}
      - {id: late, name: 迟到, name_en: Late, deduct: 2, severe_x: 2}
"""

CLERK = """\
id: r-clerk
name: 结果测试文员
version: 1
post: 文员
base: 100
sections:
  - id: work
    name: 工作
    points: 100
    items:
      - {id: overall, name: 综合评分, rating: {max: 100}, points: 100}
"""

LEAD = """\
id: r-lead
name: 结果测试组长
version: 1
post: 组长
base: 100
sections:
  - id: team
    name: 团队业绩
    points: 100
    items:
      - {id: team-mean, name: 团队均分, points: 100, derived: {source: team_mean_total}}
"""

HOSTILE = "=SUM(A1:A9)"
TEAM_A = [  # code, name, post, probation, 2026-11 value, lates, 2026-10, 2026-09
    ("A1", "王一", "坐席", False, 95, 0, 97, 96),
    ("A2", "王二", "坐席", False, 92, 1, None, None),
    ("A3", "王三", "坐席", False, 90, 0, None, None),
    ("A4", "王四", "坐席", False, 82, 1, None, None),
    ("A5", HOSTILE, "坐席", False, 70, 0, 72, 80),
    ("A6", "王六", "坐席", False, 80, 0, None, None),
    ("P1", "新人", "坐席", True, 99, 0, None, None),
    ("C1", "文员", "文员", False, 100, 0, None, None),
]


@dataclass
class ResultsOffice:
    db: object
    team_a: int
    team_b: int
    ids: dict                 # code → employee id
    lead_user: int
    reviewer: int
    hr: int


def make_results_office(db, monkeypatch):
    fast_pins(monkeypatch)
    agent = save_rubric_text(db, AGENT, by="test")
    save_rubric_text(db, CLERK, by="test")
    save_rubric_text(db, LEAD, by="test")
    team_a, team_b = add_team(db, name="一班", by="test"), add_team(db, name="二班", by="test")
    ids = {}
    for code, name, post, probation, *_ in TEAM_A:
        ids[code] = add_employee(db, code=code, name=name, team_id=team_a, post=post,
                                 probation=probation, by="test")
    ids["L1"] = add_employee(db, code="L1", name="组长", team_id=team_a, post="组长", by="test")
    set_team_lead(db, team_a, employee_id=ids["L1"], by="test")
    ids["B1"] = add_employee(db, code="B1", name="@王", team_id=team_b, post="坐席", by="test")
    for code, _name, _post, _probation, now, lates, october, september in TEAM_A:
        for period, value in ((PERIOD, now), ("2026-10", october), ("2026-09", september)):
            if value is not None:
                kpis.set_value(db, employee_id=ids[code], period=period, item_id="overall",
                               value=Decimal(value), by="录入员")
        for _ in range(lates):
            incidents.add_incident(db, employee_id=ids[code], version_id=agent, item_id="late",
                                   note="-迟到10分钟", at="2026-11-05T09:10", by="李班长")
    kpis.set_value(db, employee_id=ids["B1"], period=PERIOD, item_id="overall",
                   value=Decimal(85), by="录入员")
    office = ResultsOffice(
        db, team_a, team_b, ids,
        users.add_user(db, name="李班长", role="lead", pin=PINS["lead"], by="test"),
        users.add_user(db, name="王主任", role="reviewer", pin=PINS["reviewer"], by="test"),
        users.add_user(db, name="孙人事", role="hr", pin=PINS["hr"], by="test"))
    for period in ("2026-09", "2026-10", PERIOD):
        for team in (team_a, team_b) if period == PERIOD else (team_a,):
            forms.create_forms(db, team_id=team, period=period, by="李班长")
    for code in ("A1", "A2", "B1"):
        sign_through(db, form_of(db, ids[code]), office)
    sign_through(db, form_of(db, ids["A3"]), office, until="submitted")
    return office
