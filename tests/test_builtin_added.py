"""Built-in rubrics added for the seed standards without money (issue 14), scored on their
sample sheets and on a few edge months.

Every expected figure is computed by hand from docs/rubric-format.md (the arithmetic is written
above the assertions); none is copied from the engine's output.
"""

from decimal import Decimal

import pytest

from scoring import evaluate, sheet_from_data
from tests.builtin_helpers import CENT, q
from tests.builtin_helpers import items as _items
from tests.builtin_helpers import rubric as _rubric
from tests.builtin_helpers import score as _score
from tests.builtin_helpers import sections as _sections


def _evaluate(rubric_id, sheet):
    rubric = _rubric(rubric_id)
    return evaluate(rubric, sheet_from_data(sheet, rubric))


def test_cs_operation_scoring_sample():
    """000 lines 158–189: 30/30/20/20, grades 90/80/70/60."""
    result = _score("cs-operation-scoring")
    sections = _sections(result)
    # weight style, each criterion a rating out of 100 × weight / 100:
    #   专业性和知识水平 88 × 30% = 26.4; 反应速度和效率 92 × 30% = 27.6
    #   沟通和协作能力 75 × 20% = 15;   问题解决能力 84 × 20% = 16.8
    #   total = 26.4 + 27.6 + 15 + 16.8 = 85.80 → 80 ≤ 85.8 < 90 → 良好
    assert result.total == Decimal("85.8")
    assert result.grade == "良好" and result.grade_en == "Good"
    assert result.complete
    assert sections["expertise"].score == Decimal("26.4")
    assert sections["responsiveness"].raw == Decimal(92)
    assert sections["problem-solving"].score == Decimal("16.8")


@pytest.mark.parametrize(("ratings", "total", "grade"), [
    # 90 × 0.3 + 90 × 0.3 + 90 × 0.2 + 90 × 0.2 = 90 → 优秀:90-100分
    ((90, 90, 90, 90), "90.00", "优秀"),
    # 89 × 0.3 + 90 × 0.3 + 90 × 0.2 + 90 × 0.2 = 89.7 → 良好:80-89分
    ((89, 90, 90, 90), "89.70", "良好"),
    # 70 × 0.3 + 60 × 0.3 + 70 × 0.2 + 60 × 0.2 = 21 + 18 + 14 + 12 = 65 → 需改进:60-69分
    ((70, 60, 70, 60), "65.00", "需改进"),
    # 50 × 0.3 + 60 × 0.3 + 60 × 0.2 + 70 × 0.2 = 15 + 18 + 12 + 14 = 59 → 不合格:低于60分
    ((50, 60, 60, 70), "59.00", "不合格"),
])
def test_cs_operation_scoring_grades(ratings, total, grade):
    ids = ("expertise-rating", "responsiveness-rating", "communication-rating",
           "problem-solving-rating")
    result = _evaluate("cs-operation-scoring", {"values": dict(zip(ids, ratings))})
    assert q(result.total) == Decimal(total)
    assert result.grade == grade


def test_branch_cs_staff_kpi_sample():
    """001 line 121: 总部/分部 客户服务人员绩效考核表."""
    result = _score("branch-cs-staff-kpi")
    sections = _sections(result)
    # 专业技能、接听质量 30: 3 failed spot checks × 2 = 6 → 24
    # 客户投诉解决率 20: 1/160 = 0.625% unresolved → 0.4%~1% → 扣4 → 16
    # 回访完成率 10: 188/200 = 94% → 95%~80% → 扣2 → 8
    # 回访真实度 10: 1 untrue callback → 扣1 → 9
    # 客户满意度 10: 193/200 = 96.5% → below 100% down to 95% → 扣1 → 9
    # 管理类(报表) 20: 85/100 × 20 = 17
    # total = 24 + 16 + 8 + 9 + 9 + 17 = 83.00; no grade table
    assert q(result.total) == Decimal("83.00")
    assert result.grade is None and result.complete
    assert sections["call-quality"].score == Decimal(24)
    assert sections["complaint-resolution"].score == Decimal(16)
    assert sections["callback-completion"].score == Decimal(8)
    assert sections["callback-truthfulness"].score == Decimal(9)
    assert sections["satisfaction"].score == Decimal(9)
    assert sections["management"].score == Decimal(17)


def test_branch_cs_staff_kpi_bands_and_spot_checks_down_to_zero():
    """The band edges as read from the flattened table, and 扣完为止."""
    full = {"unresolved-rate": 0, "callback-rate": 1, "untrue-callbacks": 0,
            "satisfaction-rate": 1, "reports-rating": 100}
    # 16 failed spot checks × 2 = 32 > 30: 扣完为止 → 0; every other row full:
    # 0 + 20 + 10 + 10 + 10 + 20 = 70.00
    result = _evaluate("branch-cs-staff-kpi", {
        "values": full, "incidents": [{"item": "spot-check-failed", "count": 16}]})
    assert q(result.total) == Decimal("70.00")
    assert _sections(result)["call-quality"].score == 0
    # edges: 0.4% unresolved → 0~0.4% → 扣2 → 18; 95% callbacks → 扣1 → 9;
    # 5 untrue → 3~5条 → 扣3 → 7; 74.9% satisfied → 75%以下 → 扣5 → 5
    # total = 30 + 18 + 9 + 7 + 5 + 20 = 89.00
    result = _evaluate("branch-cs-staff-kpi", {"values": {
        **full, "unresolved-rate": {"num": 4, "den": 1000},
        "callback-rate": {"num": 95, "den": 100}, "untrue-callbacks": 5,
        "satisfaction-rate": {"num": 749, "den": 1000}}})
    assert q(result.total) == Decimal("89.00")
    # just past each edge: 0.5% → 扣4 → 16; 94.9% → 扣2 → 8; 6 untrue → 扣5 → 5;
    # 2% unresolved would be 1.5%以上 → 扣10 (checked on its own below)
    # total = 30 + 16 + 8 + 5 + 10 + 20 = 89.00
    result = _evaluate("branch-cs-staff-kpi", {"values": {
        **full, "unresolved-rate": {"num": 5, "den": 1000},
        "callback-rate": {"num": 949, "den": 1000}, "untrue-callbacks": 6}})
    assert q(result.total) == Decimal("89.00")
    items = _items(result)
    assert items["unresolved-rate"].score == 16 and items["untrue-callbacks"].score == 5
    # 2% unresolved: 1.5%以上 扣10 → 10 → 100 − 10 = 90.00
    result = _evaluate("branch-cs-staff-kpi", {"values": {
        **full, "unresolved-rate": {"num": 2, "den": 100}}})
    assert q(result.total) == Decimal("90.00")


def test_cs_aftersales_sa_sample():
    """003 lines 49–51, 二 and 三.2: SA 综合得分 over four questions of 25."""
    result = _score("cs-aftersales-sa")
    items = _items(result)
    # 25 × mean / 100, 20 successful callbacks, 很好 100 / 一般 75 / 不好 25 / 有投诉 0:
    #   Q1 整体评价 (14, 5, 1, 0):     (1400 + 375 + 25) / 20 = 90    → 22.5
    #   Q2 接待态度 (16, 4):           (1600 + 300) / 20 = 95         → 23.75
    #   Q3 维修质量 (12, 6, 1, 1):     (1200 + 450 + 25 + 0) / 20 = 83.75 → 20.9375
    #   Q4 费用解释 (10, 8, 2):        (1000 + 600 + 50) / 20 = 82.5  → 20.625
    #   综合得分 = 22.5 + 23.75 + 20.9375 + 20.625 = 87.8125 → printed 87.81
    assert result.total == Decimal("87.8125")
    assert q(result.total) == Decimal("87.81")
    assert items["overall-rating"].score == Decimal("22.5")
    assert items["reception-attitude"].score == Decimal("23.75")
    assert items["repair-quality"].score == Decimal("20.9375")
    assert items["cost-explanation"].score == Decimal("20.625")
    assert result.grade is None and result.complete


def test_cs_aftersales_workshop_sample():
    """003 lines 49–51: 车间个人月度维修质量CS."""
    result = _score("cs-aftersales-workshop")
    # (15 × 100 + 3 × 75 + 1 × 25 + 1 × 0) / 20 = 1750 / 20 = 87.5 → 100 × 87.5 / 100 = 87.50
    assert result.total == Decimal("87.5")
    assert result.complete


def test_quarter_cs_is_the_rubric_on_the_pooled_callbacks_not_a_mean_of_months():
    """003 line 51, 三.2 4): 车间个人当季度维修质量CS = 当季度所有成功回访客户维修质量CS之和 /
    当季度所有成功回访客户的个数 — pooled over the quarter's callbacks."""
    months = [{"很好": 8, "一般": 2}, {"很好": 3, "不好": 1}, {"很好": 10}]
    # the months: (800 + 150)/10 = 95; (300 + 25)/4 = 81.25; 1000/10 = 100
    monthly = [_evaluate("cs-aftersales-workshop", {"values": {"repair-quality": m}}).total
               for m in months]
    assert monthly == [Decimal(95), Decimal("81.25"), Decimal(100)]
    # the quarter: 很好 21, 一般 2, 不好 1 → (2100 + 150 + 25) / 24 = 2275 / 24 = 94.7916… → 94.79
    # (the mean of the three months, 276.25 / 3 = 92.08, is not the seed's figure)
    pooled = {"很好": 21, "一般": 2, "不好": 1}
    quarter = _evaluate("cs-aftersales-workshop", {"values": {"repair-quality": pooled}})
    assert q(quarter.total) == Decimal("94.79")
    assert q(sum(monthly) / 3) == Decimal("92.08")


def test_staff_customer_service_sample():
    """003 lines 95–131: five criteria of 10 points each."""
    result = _score("staff-customer-service")
    # 9 + 8 + 7.5 + 9 + 8.5 = 42.00 of 50; no grade table
    assert result.total == Decimal(42)
    assert result.max_total == Decimal(50)
    assert _sections(result)["problem-solving"].score == Decimal("7.5")
    assert result.grade is None and result.complete


def test_ob_satisfaction_sample():
    """003 lines 281–358: 5% share from the 1–5 mean; the QC line 满意度评价 5分."""
    result = _score("ob-satisfaction")
    sections = _sections(result)
    # 月满意度成绩 = (2×1 + 3×2 + 10×3 + 45×4 + 140×5) / 200 = (2 + 6 + 30 + 180 + 700) / 200
    #   = 918 / 200 = 4.59 → the 5% share: 5 × 4.59 / 5 = 4.59
    #   (as the engine computes it: scores 20/40/60/80/100 → mean 91.8 → 5 × 91.8 / 100 = 4.59)
    # 质检 满意度评价 5: one system score differing from the customer's → 5 − 3 = 2
    # total = 4.59 + 2 = 6.59 of 10
    assert sections["rated-calls"].score == Decimal("4.59")
    assert sections["unrated-calls"].score == Decimal(2)
    assert result.total == Decimal("6.59")
    assert result.max_total == Decimal(10)


def test_ob_satisfaction_not_asking_loses_the_whole_qc_line():
    # 此项5分全扣: 5 − 5 = 0; a mismatch on top (−3) cannot take it below 0.
    # All 5-point ratings: mean 5 → 5. Total 5 + 0 = 5.00.
    result = _evaluate("ob-satisfaction", {
        "values": {"monthly-rating": {"5": 30}},
        "incidents": [{"item": "rating-not-asked"}, {"item": "rating-mismatch"}]})
    assert _sections(result)["unrated-calls"].score == 0
    assert result.total.quantize(CENT) == Decimal("5.00")
    # every rating 1: mean 1 → 1 of 5 (the seed's score is the mean itself, not 0)
    result = _evaluate("ob-satisfaction", {"values": {"monthly-rating": {"1": 12}}})
    assert result.total == Decimal(6)
