"""The money-bearing built-in rubrics of docs/seeds/001_7a727bfca37b93c2.txt (docs/seed-notes/
money.md), each scored on its sample sheet. Every expected figure is computed by hand from the
seed's rule (the arithmetic above each assertion); none is copied from the engine's output.
Money lines are rounded to the fen (0.01, half up) each; the money total is their sum.
"""

from decimal import Decimal

import yaml

from scoring import evaluate, sheet_from_data
from scoring.money_side import evaluate_money, team_money
from scoring.team import streak_flags
from tests.builtin_helpers import SAMPLES, q, rubric

D = Decimal


def _sample(rubric_id):
    return yaml.safe_load((SAMPLES / f"{rubric_id}.sheet.yaml").read_text(encoding="utf-8"))


def _run(rubric_id, data=None):
    """(Result, MoneyResult or None) of the sample sheet, or of `data`."""
    loaded = rubric(rubric_id)
    sheet = sheet_from_data(_sample(rubric_id) if data is None else data, loaded)
    result = evaluate(loaded, sheet)
    return result, evaluate_money(loaded, sheet, result)


def _amounts(found):
    return {line.id: line.amount for line in found.lines}


def test_cq_guangde_front_desk_lines_51_59():
    result, found = _run("cq-guangde-front-desk")
    # 工作完成情况 80 → total 80.00; 80 < 85 (有扣分满15分为不及格) → 不及格.
    # 工作纪律违规 costs 0 points.
    assert q(result.total) == D("80.00") and result.grade == "不及格"
    # 考勤: 35 minutes × 1元 = 35 > 最多30元 → −30.00
    # 工作纪律: 2 breaches × 20 = 40, "直接扣20分(1分扣1元)" once → cap 20 → −20.00
    # 工作完成情况: 85 − 80 = 5 points × 2元 → −10.00
    # 领导检查: 15 → −15.00
    # money = −30 − 20 − 10 − 15 = −75.00 (the seed gives no 总绩效工资 to start from)
    assert _amounts(found) == {"lateness": D("-30.00"), "discipline": D("-20.00"),
                               "below-85": D("-10.00"), "inspection": D("-15.00")}
    assert found.total == D("-75.00") and found.pay is None
    # At 85 (含85分) nothing is taken for the work done; without a breach nor lateness:
    data = {"values": {"work-score": 85}}
    result, found = _run("cq-guangde-front-desk", data)
    assert result.grade == "优秀" and found.total == D("0.00")
    assert found.missing == ["lateness"]            # the minutes were not entered


def test_gs_member_bonus_lines_83_87():
    result, found = _run("gs-member-bonus")
    # The score is the QC service value: 66 → 66.00.
    assert q(result.total) == D("66.00")
    # 工作量绩效 = 基准奖金 − (工作量基准 − 实际工作量) × 1 = 300 − (1200 − 1180) = 280.00
    # QC 66 % < 70 %: 1 − (70 % − 66 %) × 5 = 0.80 → 280 × 0.8 = 224.00 (the line: −56.00)
    # 贡献度 +100 → 324.00 (0 ≤ 324 ≤ 500)
    assert _amounts(found) == {"base-bonus": D("300.00"), "workload-actual": D("1180.00"),
                               "workload-target": D("-1200.00"), "qc-factor": D("-56.00"),
                               "contribution": D("100.00"), "other": D("0")}
    assert found.total == D("324.00") and not found.capped
    # QC 84 % > 80 %: 1 + (84 % − 80 %) × 5 = 1.20 → 280 × 1.2 = 336.00; + 贡献度 200 = 536.00,
    # over 绩效奖金额度 0~500 → 500.00
    data = _sample("gs-member-bonus")
    data["values"]["qc-score"] = 84
    data["incidents"] = [{"item": "contribution", "amount": 200}]
    _result, found = _run("gs-member-bonus", data)
    assert found.subtotal == D("536.00") and found.total == D("500") and found.capped
    # QC 40 %: 1 − 30 % × 5 = −0.5, never below 0 → 0; the bonus stops at the floor 0.
    data["values"]["qc-score"] = 40
    data["incidents"] = []
    _result, found = _run("gs-member-bonus", data)
    assert _amounts(found)["qc-factor"] == D("-280.00") and found.total == D("0.00")


def test_cs_sales_kpi_scheme_lines_89_91():
    result, _found = _run("cs-sales-kpi-scheme")
    # 销售额 168000 ≥ 150000 → 90 of 100 → 30 × 90 / 100 = 27.00
    # 付款成功率 74 / 200 = 37 % ≥ 35 % → 80 → 10 × 80 / 100 = 8.00; total 35.00 of 40
    assert q(result.total) == D("35.00") and result.max_total == D("40")
    assert _found is None                           # no money side: the agents earn no 提成 here
    # 29 % matches no surviving band (the text stops at ≥30 % 70) → 0; 9999 → below 10000 → 0
    result, _ = _run("cs-sales-kpi-scheme", {"values": {
        "sales-amount": 9999, "payment-rate": {"num": 29, "den": 100}}})
    assert q(result.total) == D("0.00")


def test_cs_supervisor_commission_line_93():
    result, found = _run("cs-supervisor-commission")
    # 25 × 90 % + 25 × 80 % + 25 × 70 % + 25 × 88 % = 22.5 + 20 + 17.5 + 22 = 82.00
    assert q(result.total) == D("82.00")
    # 人均产出 352400 in 31W-40W → 2‰ → 352400 × 2 / 1000 = 704.80
    assert found.total == D("704.80")
    # 405000 lies between 40W and 41W: the band from its lower bound, 2‰ → 810.00;
    # 410000 → 2.5‰ → 1025.00; 100000 → 0.5‰ → 50.00; 99999 → 0
    for figure, expected in ((405000, "810.00"), (410000, "1025.00"), (100000, "50.00"),
                             (99999, "0.00")):
        data = dict(_sample("cs-supervisor-commission"))
        data["values"] = dict(data["values"], commission=figure)
        assert _run("cs-supervisor-commission", data)[1].total == D(expected), figure


def test_sichuan_lianlian_agent_lines_95_101():
    result, found = _run("sichuan-lianlian-agent")
    # 日常考核 100 − 5 − 3 = 92.00
    assert q(result.total) == D("92.00")
    # 电话工单 1500 × 0.20 = 300.00; 飞信工单 800 × 0.10 = 80.00 → 380.00 (≤ 500)
    assert _amounts(found) == {"phone-tickets": D("300.00"), "feixin-tickets": D("80.00")}
    assert found.total == D("380.00")
    # 2400 × 0.20 = 480 + 80 = 560 → 以平均500元/人/月为上限 → 500.00
    data = _sample("sichuan-lianlian-agent")
    data["values"]["phone-tickets"] = 2400
    assert _run("sichuan-lianlian-agent", data)[1].total == D("500")


def test_sichuan_lianlian_lead_line_101():
    result, found = _run("sichuan-lianlian-lead")
    # 分数: the agents' mean total 90.5 → 90.50
    assert q(result.total) == D("90.50")
    # 考核工资: 客服人员考核平均值 356.50 × 1.2 = 427.80
    assert found.total == D("427.80") and not found.lines[0].from_team
    # Left empty, the line waits for the period's results (the agents' mean money).
    _result, found = _run("sichuan-lianlian-lead", {"context": {"team_mean_total": 90.5}})
    assert found.total == D("0") and found.lines[0].from_team and found.missing == []
    lead = rubric("sichuan-lianlian-lead")
    money = team_money(lead, found.total, team_mean=D("380"), team_line_open=True)
    assert money.team == D("456.00") and money.total == D("456.00")     # 380 × 1.2


def test_cs_sales_staff_rules_lines_125_127():
    staff = rubric("cs-sales-staff-rules")
    result, found = _run("cs-sales-staff-rules")
    # 40 × 85 % + 30 × 80 % + 30 × 90 % = 34 + 24 + 27 = 85.00 → 良好 (80 ≤ 85 < 90)
    assert q(result.total) == D("85.00") and result.grade == "良好"
    assert found.total == D("0") and found.lines == []        # the form itself has no lines
    # 第十一条: rank 1 in October and November → 一次性200元; money = 0 + 200 = 200.00
    flags = streak_flags([{"total": D(90), "rank": 1}, {"total": D(85), "rank": 1}],
                         staff.consequences)
    assert [f["amount"] for f in flags] == [D(200)]
    money = team_money(staff, found.total, consequences=flags)
    assert money.rewards == D(200) and money.total == D("200.00")
    # 连续两个月考核不及格 (below 60, the lowest of the five 等级) → 自动请辞, no money
    flags = streak_flags([{"total": D(58), "rank": 9}, {"total": D(59), "rank": 9}],
                         staff.consequences)
    assert [f["label"] for f in flags] == ["连续两个月考核不及格,自动请辞"]
    assert team_money(staff, D(0), consequences=flags).total == D(0)


def test_taobao_cs_daily_rules_line_149():
    result, found = _run("taobao-cs-daily-rules")
    # No points in the seed: the rules are ticked at 0 points → 100.00
    assert q(result.total) == D("100.00")
    # 违规 ×2: first 10元, second 30元 → −40.00; 数据错误 ×3 × 10 → +30.00;
    # 建议采纳 ×1 × 30 → +30.00
    # money = −40 + 30 + 30 = 20.00
    assert _amounts(found) == {"off-task-fine": D("-40.00"), "data-error-reward": D("30.00"),
                               "suggestion-reward": D("30.00")}
    assert found.total == D("20.00") and found.flags == []
    # 第三次开除: a third breach costs nothing more and flags the dismissal.
    data = _sample("taobao-cs-daily-rules")
    data["incidents"].append({"item": "off-task", "note": "玩游戏"})
    _result, found = _run("taobao-cs-daily-rules", data)
    assert _amounts(found)["off-task-fine"] == D("-40.00")
    assert found.flags == [("开除", "dismissal")]


def test_cs_order_service_16_lines_153_155():
    result, found = _run("cs-order-service-16")
    # 工作能力 rows 1–10: 8 ✓ (order-fax, filing ✗) × 5 = 40; 工作态度 rows 11–16: 5 ✓
    # (initiative ✗) × 5 = 25; total 65.00 of 80
    assert q(result.total) == D("65.00") and result.max_total == D("80")
    # 绩效工资 × 考核分数%: 65 × 100 / 80 = 81.25 % (no amount in the seed)
    assert result.pay == {"percent": D("81.25"), "amount": None}
    # 季度无投诉 +300元, once a quarter: ticked twice it is still 300.00
    assert found.total == D("300.00")
    data = _sample("cs-order-service-16")
    data["incidents"][0]["count"] = 2
    assert _run("cs-order-service-16", data)[1].total == D("300")


def test_cs_monthly_pay_bands_lines_165_167():
    result, _ = _run("cs-monthly-pay-bands")
    # 72 → 74分以下 70 %, but 基层工作人员 绩效工资最低不得低于75% → 75 % × 300 = 225.00
    assert q(result.total) == D("72.00")
    assert result.pay == {"percent": D(75), "amount": D(225)}
    result, _ = _run("cs-monthly-pay-bands-supervisor")
    # 主管: 70 % × 500 = 350.00 (no floor)
    assert result.pay == {"percent": D(70), "amount": D(350)}
    # 96 → 95—100分 95 %: 285.00 / 475.00; 100 → 足额 300 / 500; 94.5 → 85—94分 90 % → 270.00
    for figure, staff, supervisor in ((96, "285", "475"), (100, "300", "500"),
                                      (94.5, "270", "450")):
        data = {"values": {"overall-score": figure}}
        assert _run("cs-monthly-pay-bands", data)[0].pay["amount"] == D(staff)
        assert _run("cs-monthly-pay-bands-supervisor", data)[0].pay["amount"] == D(supervisor)
