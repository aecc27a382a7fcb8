"""Chengdu (docs/seeds/002_25fa83a15e0744f7.txt): bonuses lift the total above 100, and the star
wages are money — in a team of 20 agents built in the store, as the month-end results rank it.

Seed lines: 26 (星级 shares 5/10/25/45/15 %, 星级工资 五星1300 四星1100 三星900 二星700 一星500,
无星500), 34 (加分项: 每来电表扬一次,加2-5分; 优秀录音 0.5-3分 — no cap on the total).
"""

import io
import json
from decimal import Decimal

import yaml

from models import forms
from models.people.employees import add_employee
from models.people.teams import add_team
from models.results import period_results
from models.rubrics import latest_version_id
from models.work import incidents, kpis
from reports.printed_form import printed_form
from scoring import evaluate, sheet_from_data
from scoring.money_side import evaluate_money
from scoring.rank_cli import rank
from tests import form_samples
from tests.builtin_helpers import RUBRICS, SAMPLES, q, rubric

D = Decimal
PERIOD = "2026-11"
# A month with every row at 100: each section scores 100 × its weight → Σ = 100.00.
PERFECT = {"recording-score": 100, "text-score": 100, "aht": 130, "lead-recording": 100,
           "lead-text": 100, "conduct": 100, "csat": 95, "exam-score": 100,
           "answered": {"num": 96, "den": 100}}


def _team_of_twenty(db):
    """20 agents (post 客服专员). C01: PERFECT + 表扬 5 + 优秀录音 1.8 = 106.80;
    C02: PERFECT + 表扬 4 = 104.00; C03…C20: PERFECT with 业务考试 100 − k (k = 1…18), the
    exam row weighing 10 %: 100 − 0.1 k → 99.90 … 98.20."""
    team = add_team(db, name="成都客服一组", by="test")
    version = latest_version_id(db, "chengdu-agent-monthly")
    ids = {}
    for n in range(1, 21):
        code = f"C{n:02d}"
        ids[code] = add_employee(db, code=code, name=f"坐席{n}", team_id=team,
                                 post="客服专员", by="test")
        values = dict(PERFECT)
        if n >= 3:
            values["exam-score"] = 100 - (n - 2)
        for item_id, value in values.items():
            kpis.set_value(db, employee_id=ids[code], period=PERIOD, item_id=item_id,
                           value=value if isinstance(value, dict) else D(value), by="录入员")
    for code, item_id, amount in (("C01", "praise", 5), ("C01", "excellent-recording", 1.8),
                                  ("C02", "praise", 4)):
        incidents.add_incident(db, employee_id=ids[code], version_id=version, item_id=item_id,
                               amount=D(str(amount)), at="2026-11-10T10:00", by="李班长")
    forms.create_forms(db, team_id=team, period=PERIOD, by="李班长")
    return team


def test_bonuses_above_100_rank_first_and_second_and_earn_their_star_wages(store):
    team = _team_of_twenty(store)
    results = period_results(store, PERIOD, team_id=team)
    members = {m.code: m for m in results.teams[0].members}
    # Seed line 34: the bonuses have no cap on the total (v1 capped it at 100, and C01 and C02
    # tied at rank 1 with 5 stars each: two of 20 in the 5 % class).
    assert members["C01"].total == D("106.80") and members["C02"].total == D("104.00")
    assert members["C03"].total == D("99.90") and members["C20"].total == D("98.20")
    # N = 20, cut-offs round-half-up(20 × 5/15/40/85/100 %) = 1/3/8/17/20 (line 26).
    assert results.teams[0].groups[0].cutoffs == (1, 3, 8, 17, 20)
    assert (members["C01"].rank, members["C01"].stars) == (1, 5)
    assert (members["C02"].rank, members["C02"].stars) == (2, 4)
    assert (members["C03"].rank, members["C03"].stars) == (3, 4)      # rank 3 ≤ 3
    assert (members["C04"].rank, members["C04"].stars) == (4, 3)      # 4 … 8
    assert (members["C20"].rank, members["C20"].stars) == (20, 1)     # 18 … 20
    # The star wages of line 26, as money in the results: the form itself has no money lines.
    assert members["C01"].money.star_wage == D("1300") and members["C01"].money.total == D("1300")
    assert members["C02"].money.star_wage == D("1100") and members["C02"].money.total == D("1100")
    assert members["C20"].money.total == D("500")
    data = results.to_json()["teams"][0]["members"]
    first = next(m for m in data if m["employee"]["code"] == "C01")
    assert first["money"] == {"form": "0.00", "star_wage": "1300.00", "rewards": "0.00",
                              "team": "0.00", "total": "1300.00"}


def test_the_total_is_not_capped_at_100_line_34():
    # Seed line 34 "每来电表扬一次,加2-5分": PERFECT (100.00) + 表扬 5 + 5 + 3 = 113.00, uncapped.
    agent = rubric("chengdu-agent-monthly")
    sheet = sheet_from_data({"values": PERFECT, "incidents": [
        {"item": "praise", "amount": 5, "count": 2}, {"item": "praise", "amount": 3}]}, agent)
    result = evaluate(agent, sheet)
    assert q(result.total) == D("113.00") and result.max_total == D("100")
    # Line 34 again: "反馈意见被采纳 … 须报经理级别以上核准是否加分" — that bonus only
    # (`approval: always`, as docs/seed-notes/chengdu.md now says); 表扬 needs none, whatever
    # the amount.
    assert result.approval_needed == []
    suggested = sheet_from_data({"values": PERFECT, "incidents": [
        {"item": "praise", "amount": 5}, {"item": "suggestion", "amount": 1}]}, agent)
    assert evaluate(agent, suggested).approval_needed == ["suggestion"]
    # The form's money: no lines, a star wage table for the results (line 26).
    found = evaluate_money(agent, sheet, result)
    assert found.total == D("0") and found.lines == []
    assert found.star_wages == {5: D("1300"), 4: D("1100"), 3: D("900"), 2: D("700"),
                                1: D("500"), "none": D("500")}


def test_the_shift_lead_total_is_not_capped_either_line_40():
    # Seed line 40 (值班长 rows 7–8, 加分项 "每来电表扬一次,加2-5分"), line 38 "110分封顶" for the
    # 营销指标 row only. The sample month (tests/test_builtin_chengdu.py: 84.526315…) plus
    # 表扬 5 × 4 = 20 → 104.526315… → 104.53 (v1: 100.00).
    lead = rubric("chengdu-shift-lead")
    data = yaml.safe_load((SAMPLES / "chengdu-shift-lead.sheet.yaml").read_text("utf-8"))
    data["incidents"].append({"item": "praise", "amount": 5, "count": 4})
    assert q(evaluate(lead, sheet_from_data(data, lead)).total) == D("104.53")


def test_the_printed_form_shows_the_star_wage_once_the_results_are_closed():
    # The form's money (line 26's star wages, no lines) rides in the document beside `result`.
    agent = rubric("chengdu-agent-monthly")
    sheet = sheet_from_data({"values": PERFECT}, agent)
    money = evaluate_money(agent, sheet, evaluate(agent, sheet)).to_json()
    document = form_samples.agent_monthly()
    document["money"] = money
    open_rows = [row for row in printed_form(document).summary if row[0] == "星级工资"]
    assert open_rows == []           # not closed: no star level to pay yet, and no form money
    document["standing"] = {"rank": 2, "stars": 4, "excluded": False, "count": 20,
                            "closing_id": 3, "revision": 1}
    summary = printed_form(document).summary
    assert ("星级工资", "1100.00 元", "") in summary
    assert not any(row[0] == "金额合计" for row in summary)
    document["standing"] = dict(document["standing"], rank=None, stars=None, excluded=True)
    assert ("Star wage", "500.00 yuan", "") in printed_form(document, "en").summary


def test_rank_prints_the_star_wages_of_twenty_sheets(tmp_path):
    # The same 20 agents as sheets on disk (`main.py rank`): C01 106.80 and C02 104.00 rank 1
    # and 2 with 5 and 4 stars (line 26: 1300 and 1100); C20 98.20, 1 star → 500.
    paths = []
    for n in range(1, 21):
        values = dict(PERFECT, **({"exam-score": 100 - (n - 2)} if n >= 3 else {}))
        incidents = {1: [{"item": "praise", "amount": 5},
                         {"item": "excellent-recording", "amount": 1.8}],
                     2: [{"item": "praise", "amount": 4}]}.get(n, [])
        path = tmp_path / f"c{n:02d}.yaml"
        path.write_text(yaml.safe_dump({"employee": f"C{n:02d}", "values": values,
                                        "incidents": incidents}, allow_unicode=True), "utf-8")
        paths.append(str(path))
    out = io.StringIO()
    assert rank(str(RUBRICS / "chengdu-agent-monthly.yaml"), paths, as_json=True, out=out) == 0
    members = {m["employee"]["id"]: m for m in json.loads(out.getvalue())["members"]}
    assert [members[c]["total"] for c in ("C01", "C02")] == ["106.80", "104.00"]
    assert [(members[c]["rank"], members[c]["stars"], members[c]["star_wage"])
            for c in ("C01", "C02", "C20")] == [(1, 5, "1300.00"), (2, 4, "1100.00"),
                                                (20, 1, "500.00")]
