"""Built-in rubrics of the `hotline` group (10086/12580 management posts) on their sample sheets.

Every expected figure below is computed by hand from docs/rubric-contract.md and
docs/rubric-extensions.md (the computation is written above the assertions); none is copied from
the engine's output. Totals are shown ROUND_HALF_UP to 0.01, as the contract prints them.
"""

from decimal import Decimal

import pytest

from scoring import evaluate, sheet_from_data
from tests.builtin_helpers import items as _items
from tests.builtin_helpers import q as _q
from tests.builtin_helpers import rubric as _rubric
from tests.builtin_helpers import score as _score
from tests.builtin_helpers import sections as _sections


def test_hotline_10086_shift_lead_sample():
    result = _score("hotline-10086-shift-lead")
    sections = _sections(result)
    # 班组团队业绩 70 (derived, no rule: points × value / 100):
    #   均分 40 × 86.5/100 = 34.6; AB 20 × 92/100 = 18.4; DE 10 × 85/100 = 8.5 → 61.5
    # 季考成绩 5: linear 70→90, 84 → 5 × 14/20 = 3.5
    # 团队文化建设 5: rating 4/5 → 4
    # 重点工作完成情况 20 (start full): data-reporting 3 × 2 = 6, cap 5 → 5; team-management 1;
    #   production-management 2; other-work 1 → 20 − 9 = 11
    # sections 61.5 + 3.5 + 4 + 11 = 80
    # form deductions: attendance 1.5 (range) + floor-management 2 × 2 = 4 → 5.5
    # total 80 − 5.5 = 74.50; no grade table for this standard → None
    assert _q(result.total) == Decimal("74.50")
    assert result.grade is None
    assert result.complete is True
    assert _q(sections["team-performance"].score) == Decimal("61.50")
    assert _q(sections["quarterly-exam"].score) == Decimal("3.50")
    assert _q(sections["key-work"].score) == Decimal("11.00")
    assert _q(_items(result)["data-reporting"].deducted) == Decimal("5.00")
    assert _q(result.deducted) == Decimal("5.50")


def test_hotline_10086_coach_sample():
    result = _score("hotline-10086-coach")
    sections = _sections(result)
    # 班组团队业绩 70: 40 × 0.882 = 35.28; 20 × 0.90 = 18; 10 × 0.78 = 7.8 → 61.08
    # 季考成绩 5: 92 ≥ 90 → clipped to 5
    # 团队文化建设 5: 3.5/5 × 5 = 3.5
    # 培训效果评估 10: 4.5 + 4 = 8.5
    # 专项工作完成情况 5: every item N/A → leaves the form's maximum
    # 业务辅导 5 (start full): 3 × 2 = 6 → clamp(5 − 6) = 0 (扣完为止)
    # applicable sections 61.08 + 5 + 3.5 + 8.5 + 0 = 78.08 of 95 → rescaled × 100/95
    #   = 82.1894736842…; minus attendance 2 → 80.1894736842… → 80.19
    assert _q(result.total) == Decimal("80.19")
    assert result.grade is None
    assert result.complete is True
    assert _q(sections["team-performance"].score) == Decimal("61.08")
    assert _q(sections["training-evaluation"].score) == Decimal("8.50")
    assert _q(sections["coaching"].score) == Decimal("0.00")
    assert sections["special-project"].na is True
    assert _q(result.deducted) == Decimal("2.00")


def test_hotline_10086_processor_sample():
    result = _score("hotline-10086-processor")
    sections = _sections(result)
    # 业务工单处理量 40: 1230 / mean 1200 = 1.025
    #   → 40 × (1.025 − 0.7)/(1.1 − 0.7) = 40 × 0.8125 = 32.5
    # 人工办理工单稽核 15: 620 → 15 × (620 − 350)/(750 − 350) = 15 × 270/400 = 10.125
    # 客服系统优化建议 10 (start full): shortfall (3 − 2) × 2 = 2; suggestions-late 2 → 6
    # 存档完整性 5: 2 × 1 → 3
    # 工单处理满意度 5: 1 × 1 → 4
    # 业务处理及时性 10: 27/1230 = 0.02195… → first row with max ≥ it is 0.03 → 6
    # 业务处理准确性 10: 1 × 3 → 7
    # 出勤及劳动纪律 5: amount 1 → 4
    # total 32.5 + 10.125 + 6 + 3 + 4 + 6 + 7 + 4 = 72.625 → 72.63 (ROUND_HALF_UP)
    assert result.total == Decimal("72.625")
    assert _q(result.total) == Decimal("72.63")
    assert result.grade is None
    assert result.complete is True
    assert _q(sections["ticket-volume"].score) == Decimal("32.50")
    assert _q(sections["audit"].score) == Decimal("10.13")
    assert _q(sections["system-suggestions"].score) == Decimal("6.00")
    assert _q(sections["timeliness"].score) == Decimal("6.00")


def test_hotline_12580_shift_lead_sample():
    result = _score("hotline-12580-shift-lead")
    sections = _sections(result)
    # 班组团队业绩 70: mean 87.3 ≥ 85 and rank 2 → 65; the 75–85 band row (min 85) → 0 → 65
    # 班前会及交接班管理 5: 1 + 2 + 1 = 4 → 1
    # 现场监控及故障处理 3: 1 + 0.5 → 1.5
    # 数据分析 2: 0.5 + 0.5 → 1
    # 人员管理 5: busy-overlap 2 × 0.5 = 1; answer-complaint 2; recordings (60 − 57) × 0.5 = 1.5
    #   → 5 − 4.5 = 0.5
    # 其他工作 5: 1 → 4
    # 团队文化建设 5: activity-record 3 × 1 capped at 2; appraisal-signature 2 × 1 = 2 → 1
    # 季考成绩 5: 78 → 5 × 8/20 = 2
    # sections 65 + 1 + 1.5 + 1 + 0.5 + 4 + 1 + 2 = 76; attendance 1 → 75.00
    assert _q(result.total) == Decimal("75.00")
    assert result.grade is None
    assert result.complete is True
    assert _q(sections["team-performance"].score) == Decimal("65.00")
    assert _q(sections["staff-management"].score) == Decimal("0.50")
    assert _q(sections["team-culture"].score) == Decimal("1.00")
    assert _q(sections["monitoring"].score) == Decimal("1.50")


@pytest.mark.parametrize(("mean", "rank", "expected"), [
    # ≥ 85: by rank (1st 70 … 5th 50); 85 > mean ≥ 75: 40 whatever the rank; < 75: 0
    (Decimal("85"), 1, Decimal("70")),
    (Decimal("90.2"), 5, Decimal("50")),
    (Decimal("84.99"), 1, Decimal("40")),
    (Decimal("75"), 4, Decimal("40")),
    (Decimal("74.9"), 1, Decimal("0")),
])
def test_hotline_12580_shift_lead_team_bands(mean, rank, expected):
    rubric = _rubric("hotline-12580-shift-lead")
    sheet = sheet_from_data({"context": {"team_mean_total": float(mean), "team_rank": rank},
                             "values": {"recordings": 60, "exam": 90}}, rubric)
    assert _q(_sections(evaluate(rubric, sheet))["team-performance"].score) == _q(expected)


def test_hotline_12580_shift_lead_concealed_fault_zeroes_section():
    rubric = _rubric("hotline-12580-shift-lead")
    sheet = sheet_from_data({"context": {"team_mean_total": 86, "team_rank": 1},
                             "values": {"recordings": 60, "exam": 90},
                             "incidents": [{"item": "fault-concealed"}]}, rubric)
    result = evaluate(rubric, sheet)
    # 隐瞒不报者不得分: 现场监控及故障处理 (3) → 0; everything else full → 100 − 3 = 97
    assert _q(_sections(result)["monitoring"].score) == Decimal("0.00")
    assert _q(result.total) == Decimal("97.00")


def test_hotline_12580_coach_sample():
    result = _score("hotline-12580-coach")
    sections = _sections(result)
    # 班组团队业绩 70:
    #   服务质量 28.6 ÷ 30 × 100 × 30% = linear 0→30 on 28.6 → 28.6
    #   服务差错率 3.1%: 30 × (0.031 − 0.05)/(0.02 − 0.05) = 30 × 0.019/0.03 = 19
    #   平均季考成绩 86 × 10% = 10 × 86/100 = 8.6
    #   → 56.2 (no gate: 28.6 ≥ 28)
    # 日常培训及团队辅导 10: 1 + 2 + recordings (60 − 58) × 0.5 = 1 → 10 − 4 = 6
    # 解释口径、流程 5: 1 + 2 → 2
    # 知识库管理 5: rating 4 → 4
    # 其他工作 5: none → 5
    # 团队文化建设 5: rating 4.5 → 4.5
    # sections 56.2 + 6 + 2 + 4 + 5 + 4.5 = 77.7; attendance 0.5 → 77.20
    assert _q(result.total) == Decimal("77.20")
    assert result.grade is None
    assert result.complete is True
    assert _q(sections["team-performance"].score) == Decimal("56.20")
    assert _q(sections["training-coaching"].score) == Decimal("6.00")
    assert _q(sections["wording-process"].score) == Decimal("2.00")
    assert _q(_items(result)["error-rate"].score) == Decimal("19.00")


def test_hotline_12580_coach_service_quality_gates():
    rubric = _rubric("hotline-12580-coach")
    base = {"values": {"recordings": 60, "kb-maintenance": 5, "culture": 5}}
    # 26 ≤ mean 服务质量 27.2 < 28 → 团队成绩 40: formula 27.2 + 30 (error 1.8% ≤ 2%) + 9 (exam 90)
    #   = 66.2, so the appraiser enters 66.2 − 40 = 26.2 → section 40 → total 40 + 30 = 70
    sheet = sheet_from_data({**base, "context": {
        "team_mean_items": {"service-quality": 27.2},
        "team_values": {"error-rate": 0.018, "quarterly-exam-mean": 90}},
        "incidents": [{"item": "sq-26-28", "amount": 26.2}]}, rubric)
    result = evaluate(rubric, sheet)
    assert _q(_sections(result)["team-performance"].score) == Decimal("40.00")
    assert _q(result.total) == Decimal("70.00")
    # mean 服务质量 < 26 → 团队成绩 0 (section veto) → total 30
    sheet = sheet_from_data({**base, "context": {
        "team_mean_items": {"service-quality": 25.5},
        "team_values": {"error-rate": 0.018, "quarterly-exam-mean": 90}},
        "incidents": [{"item": "sq-below-26"}]}, rubric)
    result = evaluate(rubric, sheet)
    assert _q(_sections(result)["team-performance"].score) == Decimal("0.00")
    assert _q(result.total) == Decimal("30.00")
