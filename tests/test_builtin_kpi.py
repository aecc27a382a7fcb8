"""Built-in rubrics of the `kpi` group, scored on their sample sheets.

Every expected figure below is computed by hand from docs/rubric-contract.md (the computation is
written above the assertions); none is copied from the engine's output.
"""

from decimal import ROUND_HALF_UP, Decimal

from scoring import evaluate, load_sheet, sheet_from_text
from tests.builtin_helpers import CENT, SAMPLES
from tests.builtin_helpers import items as _items
from tests.builtin_helpers import q as _q
from tests.builtin_helpers import rubric as _rubric
from tests.builtin_helpers import score as _score
from tests.builtin_helpers import sections as _sections


def test_ecommerce_cs_kpi_sample():
    result = _score("ecommerce-cs-kpi")
    sections = _sections(result)
    # Weight style: each KPI scored on 0–100, contributes score × weight / 100.
    #   询单转化率 35: 140/200 = 0.70 → 0.75 > X ≥ 0.65 → 80 → 80 × 35/100 = 28
    #   支付率 20: 184/200 = 0.92 → F ≥ 92% → 100 → 20
    #   落实客单价 10: 163.5/150 = 1.09 → 1.12 > Y ≥ 1.08 → 80 → 8
    #   旺旺回复率 5: 985/1000 = 0.985 → 99% > Z ≥ 97% → 80 → 4
    #   旺旺响应 5: T = 45 s → 30 < T ≤ 45 → 80 → 4
    #   工作任务 10: rating 100/100 → 10
    #   工作态度 5: rating 90 → 4.5
    #   考勤 10 (v2: 减2分/次 is 2 of the total = 20 of the row's 100): 100 − 1 × 20 = 80 → 8
    #   Σ sections = 28 + 20 + 8 + 4 + 4 + 10 + 4.5 + 8 = 86.5
    #   bonus 客户关系管理经验: 2 occurrences × 1 = 2 → total = clamp(88.5, 0, 100) = 88.50
    #   no grade table; pay proportional: 88.5% of 750 = 663.75
    assert result.total.quantize(CENT) == Decimal("88.50")
    assert result.grade is None
    assert result.complete
    assert _q(sections["conversion"].score) == Decimal("28.00")
    assert _q(sections["payment"].score) == Decimal("20.00")
    assert _q(sections["response"].score) == Decimal("4.00")
    assert _q(sections["attendance"].score) == Decimal("8.00")
    assert _q(sections["attendance"].raw) == Decimal("80.00")
    assert _q(result.bonus) == Decimal("2.00")
    assert _q(result.pay["percent"]) == Decimal("88.50")
    assert _q(result.pay["amount"]) == Decimal("663.75")
    assert result.approval_needed == []


def test_staff_reward_penalty_sample():
    rubric = _rubric("staff-reward-penalty")
    result = evaluate(rubric, load_sheet(str(SAMPLES / "staff-reward-penalty.sheet.yaml"), rubric))
    sections = _sections(result)
    # v2: 计分基数 100; penalties are form-level: 一级 2×1 + 三级 3 + 五级 10 = 15
    # bonuses: 一级奖励 3×1 + 二级奖励 2 + 四级奖励 5 = 10
    # total = clamp(100 − 15 + 10, 0, 110) = 95.00; no grade table
    # approval (bonus_over 4, deduction_over 9): 四级奖励 5 > 4 needs it; 五级处罚 10 > 9 needs it
    # but is marked approved → approval_needed = [reward-4]
    assert result.total.quantize(CENT) == Decimal("95.00")
    assert result.grade is None
    assert _q(sections["monthly"].score) == Decimal("100.00")
    assert _q(sections["monthly"].max) == Decimal("100.00")
    assert _q(result.deducted) == Decimal("15.00")
    assert _q(result.bonus) == Decimal("10.00")
    assert result.approval_needed == ["reward-4"]
    assert rubric.team_average_cap == Decimal(102)

    # 员工个人月绩效考核分不得高于110分: 100 + 五级奖励 2×8 + 三级奖励 3 = 119 → capped at 110.00;
    # the 五级奖励 (8 > 4) are not approved → approval_needed = [reward-5]
    capped = sheet_from_text(
        "rubric: staff-reward-penalty\n"
        "incidents:\n"
        "  - {item: reward-5, count: 2}\n"
        "  - {item: reward-3}\n", rubric)
    result = evaluate(rubric, capped)
    assert result.total.quantize(CENT) == Decimal("110.00")
    assert _q(_sections(result)["monthly"].score) == Decimal("100.00")
    assert result.approval_needed == ["reward-5"]


def test_security_dept_kpi_sample():
    rubric = _rubric("security-dept-kpi")
    result = evaluate(rubric, load_sheet(str(SAMPLES / "security-dept-kpi.sheet.yaml"), rubric))
    sections = _sections(result)
    # Weight style, each KPI on 0–100 × weight/100:
    #   安全检查计划 20: linear 0→1, 23/24 → 95.8333… → 19.1666…
    #   千人负伤率 20: 1/480 = 0.00208 ≤ 0.003 → 100 → 20
    #   安全隐患整改率 15: linear, 38/40 = 0.95 → 95 → 14.25
    #   安全事故发生起数 10: 0 ≤ 1 → 100 → 10
    #   安全培训覆盖率 10: 57/60 = 0.95 ≥ 0.95 → 100 → 10
    #   安全事故及时处理率 10: N/A (no accident) → the section leaves the form's maximum
    #   部门管理费用预算节省率 5: 6000/200000 = 0.03 < 0.05 → 0 → 0
    #   协作满意度 5: 86.5 ≥ 80 → 100 → 5
    #   培训计划按时完成率 5: linear, 5/6 → 83.333… → 4.1666…
    #   Σ = 19 1/6 + 20 + 14.25 + 10 + 10 + 0 + 5 + 4 1/6 = 82 7/12 (= 82.58333…) out of 90
    #   rescaled to base: 82 7/12 × 100/90 = 91.759259… → 91.76; no vetoes fired; no grade table
    assert result.total.quantize(CENT) == Decimal("91.76")
    assert result.grade is None
    assert result.vetoed is None
    assert _q(sections["inspection-plan"].score) == Decimal("19.17")
    assert _q(sections["hazard-rectification"].score) == Decimal("14.25")
    assert _q(sections["budget-saving"].score) == Decimal("0.00")
    assert _q(sections["training-plan"].score) == Decimal("4.17")
    assert sections["accident-handling"].na

    # 否决指标: 发生公司职工人身死亡事故 → veto: form → the total is 0 whatever the KPIs say.
    vetoed = sheet_from_text(
        (SAMPLES / "security-dept-kpi.sheet.yaml").read_text(encoding="utf-8")
        + "incidents:\n  - {item: veto-staff-death, note: 施工现场高处坠落}\n", rubric)
    result = evaluate(rubric, vetoed)
    assert result.total.quantize(CENT) == Decimal("0.00")
    assert result.vetoed == "veto-staff-death"


def test_cs_callback_satisfaction_sample():
    result = _score("cs-callback-satisfaction")
    sections = _sections(result)
    items = _items(result)
    # survey: 25 × (Σ count × score / Σ count) / 100, 20 successful callbacks per question,
    # scores 很好 100 / 一般 75 / 不好 25 / 有投诉 0:
    #   Q1 (14, 4, 1, 1): (1400 + 300 + 25 + 0)/20 = 86.25 → 25 × 0.8625 = 21.5625
    #   Q2 (16, 3, 1, 0): (1600 + 225 + 25)/20 = 92.5 → 23.125
    #   Q3 (12, 6, 2):    (1200 + 450 + 50)/20 = 85 → 21.25
    #   Q4 (10, 7, 2, 1): (1000 + 525 + 50 + 0)/20 = 78.75 → 19.6875
    #   新车回访 = 21.5625 + 23.125 + 21.25 + 19.6875 = 85.625 → total 85.63 (half up); no grades
    # (85.625 lies on a half cent: printed half up as 85.63, so quantise with ROUND_HALF_UP here)
    assert result.total.quantize(CENT, rounding=ROUND_HALF_UP) == Decimal("85.63")
    assert result.total == Decimal("85.625")
    assert result.grade is None
    assert sections["new-car-callback"].score == Decimal("85.625")
    assert _q(sections["new-car-callback"].max) == Decimal("100.00")
    assert items["overall"].score == Decimal("21.5625")
    assert items["attitude-after-order"].score == Decimal("23.125")
    assert items["handover-explanation"].score == Decimal("21.25")
    assert items["warranty-explanation"].score == Decimal("19.6875")
