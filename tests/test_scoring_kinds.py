"""Every item kind and modifier, against hand-computed figures."""

from decimal import Decimal

import pytest

from tests.scoring_helpers import d, one_section, score

UNIFORM = {"id": "uniform", "text": "着装规范,仪表端庄", "deduct": 1, "severe_x": 2, "cap": 10}


def test_per_occurrence_with_severe_multiplier_and_reason():
    # 2 plain + 1 severe: 2×1 + 1×1×2 = 4 → 30 − 4 = 26
    result = score(one_section([UNIFORM], points=30),
                   {"incidents": [{"item": "uniform", "count": 2},
                                  {"item": "uniform", "severe": True}]})
    assert result.total == d("26")
    item = result.item("uniform")
    assert item.deducted == d("4")
    assert item.why == "着装规范 ×3 (1 严重 ×2) → −4"
    assert item.why_en.endswith("(1 severe ×2) → −4")


def test_cap_limits_one_item():
    # 7 severe × 2 = 14, capped at 10 → 30 − 10 = 20
    result = score(one_section([UNIFORM], points=30),
                   {"incidents": [{"item": "uniform", "count": 7, "severe": True}]})
    assert result.item("uniform").deducted == d("10")
    assert result.total == d("20")
    assert "封顶 10" in result.item("uniform").why


def test_deduct_until_empty_section_floor():
    # 扣完为止: 20 occurrences × 2 = 40 against a 30-point section → 0, never negative
    rubric = one_section([{"id": "late", "text": "迟到", "deduct": 2}], points=30)
    result = score(rubric, {"incidents": [{"item": "late", "count": 20}]})
    assert result.sections[0].score == d("0")
    assert result.total == d("0")


def test_range_amount_and_approval_threshold():
    # media complaint [10, 20] with amount 15 → −15; over deduction_over 10 → needs approval
    rubric = one_section([{"id": "media", "text": "媒体投诉", "deduct": [10, 20]}],
                         approval={"bonus_over": 5, "deduction_over": 10})
    result = score(rubric, {"incidents": [{"item": "media", "amount": 15}]})
    assert result.total == d("85")
    assert result.approval_needed == ["media"]
    approved = score(rubric, {"incidents": [{"item": "media", "amount": 15, "approved": True}]})
    assert approved.approval_needed == []
    at_threshold = score(rubric, {"incidents": [{"item": "media", "amount": 10}]})
    assert at_threshold.approval_needed == []        # strictly more than 10


def test_severe_counts_towards_approval():
    # 6 per occurrence, severe ×2 = 12 > 10 → approval; plain 6 does not
    rubric = one_section([{"id": "rude", "deduct": 6, "severe_x": 2}],
                         approval={"deduction_over": 10})
    assert score(rubric, {"incidents": [{"item": "rude"}]}).approval_needed == []
    severe = score(rubric, {"incidents": [{"item": "rude", "severe": True}]})
    assert severe.approval_needed == ["rude"]


def test_shortfall():
    # 60 recordings target, 52 done, 0.5 per missing → −4 → 100 − 4 = 96
    rubric = one_section([{"id": "recordings", "shortfall": {"target": 60, "per": 0.5}}])
    result = score(rubric, {"values": {"recordings": 52}})
    assert result.item("recordings").deducted == d("4")
    assert result.total == d("96")
    assert score(rubric, {"values": {"recordings": 75}}).total == d("100")


def test_check_pass_and_fail():
    rubric = one_section([{"id": "a", "points": 5, "check": True},
                          {"id": "b", "points": 95, "check": True}])
    result = score(rubric, {"values": {"a": True, "b": False}})
    assert result.total == d("5")
    assert result.item("b").score == d("0")


def test_rating():
    # 88 of 100 on a 40-point item → 35.2
    rubric = one_section([{"id": "perf", "points": 40, "rating": {"max": 100}},
                          {"id": "x", "points": 60, "check": True}])
    result = score(rubric, {"values": {"perf": 88, "x": True}})
    assert result.item("perf").score == d("35.2")
    assert result.total == d("95.2")


@pytest.mark.parametrize("value, expected", [
    ("95", "10"), ("90", "10"), ("85", "7.5"), ("70", "0"), ("60", "0"),
])
def test_linear_increasing(value, expected):
    # 季考成绩: 90 full, 70 zero, linear between, on 10 points
    rubric = one_section([{"id": "exam", "points": 10, "linear": {"zero_at": 70, "full_at": 90}}],
                         points=10)
    assert score(rubric, {"values": {"exam": d(value)}}).total == d(expected)


@pytest.mark.parametrize("value, expected", [("0.01", "30"), ("0.02", "30"), ("0.035", "15"),
                                              ("0.05", "0"), ("0.08", "0")])
def test_linear_decreasing(value, expected):
    # 服务差错率 小于2%满分, 大于5%不得分 on 30 points: zero_at 0.05 > full_at 0.02
    rubric = one_section([{"id": "err", "points": 30,
                           "linear": {"zero_at": 0.05, "full_at": 0.02}}], points=30)
    assert score(rubric, {"values": {"err": d(value)}}).total == d(expected)


CONVERSION = {"id": "conv", "text": "询单转化率", "points": 100, "unit": "%",
              "bands": {"table": [{"min": 75, "score": 100}, {"min": 65, "score": 80},
                                  {"min": 50, "score": 60}, {"score": 0}]}}


@pytest.mark.parametrize("value, expected", [(80, "100"), (75, "100"), (71, "80"),
                                              (65, "80"), (50, "60"), (49.9, "0")])
def test_bands_higher_better(value, expected):
    result = score(one_section([CONVERSION]), {"values": {"conv": value}})
    assert result.total == d(expected)


def test_bands_reason_matches_issue_example():
    result = score(one_section([CONVERSION]), {"values": {"conv": 71}})
    assert result.item("conv").why == "询单转化率 71% → 80分"


AHT = {"id": "aht", "text": "平均时长", "points": 5, "scale": 100, "unit": "s",
       "bands": {"lower_better": True,
                 "table": [{"max": 140, "score": 100}, {"max": 145, "score": 95},
                           {"max": 155, "score": 90}, {"max": 160, "score": 80},
                           {"max": 165, "score": 70}, {"score": 60}]}}


@pytest.mark.parametrize("value, expected", [(130, "5"), (140, "5"), (143, "4.75"), (150, "4.5"),
                                              (160, "4"), (165, "3.5"), (200, "3")])
def test_bands_lower_better_with_scale(value, expected):
    # score out of 100 mapped onto 5 points
    assert score(one_section([AHT], points=5), {"values": {"aht": value}}).total == d(expected)


def test_band_without_match_scores_zero():
    rubric = one_section([{"id": "b", "points": 100,
                           "bands": {"table": [{"min": 90, "score": 100}]}}])
    assert score(rubric, {"values": {"b": 50}}).total == d("0")


def test_ratio_input():
    # 个人接通率 = 930/1000 = 0.93 → linear 0.8..0.95 on 15 points = 15 × 0.13/0.15 = 13
    rubric = one_section([{"id": "rate", "points": 15, "ratio": True, "unit": "%",
                           "linear": {"zero_at": 0.8, "full_at": 0.95}}], points=15)
    result = score(rubric, {"values": {"rate": {"num": 930, "den": 1000}}})
    assert result.total == d("13")
    assert "930/1000 = 93%" in result.item("rate").why


def test_relative_to_team_mean():
    # 工单处理量 132 vs team mean 120 → 1.1 → full 40; 96 → 0.8 → 40 × (0.8−0.7)/0.4 = 10
    rubric = one_section([{"id": "tickets", "points": 40, "relative_to": "team_mean",
                           "linear": {"zero_at": 0.7, "full_at": 1.1}}], points=40)
    ctx = {"team_mean": {"tickets": 120}}
    assert score(rubric, {"values": {"tickets": 132}, "context": ctx}).total == d("40")
    assert score(rubric, {"values": {"tickets": 96}, "context": ctx}).total == d("10")
    no_mean = score(rubric, {"values": {"tickets": 96}})
    assert no_mean.complete is False and no_mean.missing == ["tickets"]


def test_survey_average():
    # answers 1..5 scoring 0/25/50/75/100; counts 0,1,2,10,30 → (25+100+750+3000)/43 = 90.1163
    # on 10 points → 9.011627…; shown 9.01
    rubric = one_section([{"id": "csat", "points": 10, "survey": {
        "scores": {"1": 0, "2": 25, "3": 50, "4": 75, "5": 100}}}], points=10)
    result = score(rubric, {"values": {"csat": {"1": 0, "2": 1, "3": 2, "4": 10, "5": 30}}})
    assert result.total == d("10") * d("3875") / d("43") / d("100")
    assert result.to_json()["total"] == "9.01"


def test_callback_survey_with_int_answer_keys():
    rubric = one_section([{"id": "cb", "points": 100, "survey": {
        "scores": {"很好": 100, "一般": 75, "不好": 0}}}])
    result = score(rubric, {"values": {"cb": {"很好": 3, "一般": 1}}})
    assert result.total == d("93.75")


def test_derived_team_mean_with_factor():
    # 客服组长 = 客服人员考核平均值 × 1.2: mean 80 × 1.2 = 96 → 96 of 100
    rubric = one_section([{"id": "lead", "points": 100,
                           "derived": {"source": "team_mean_total", "factor": 1.2}}])
    assert score(rubric, {"context": {"team_mean_total": 80}}).total == d("96")
    # clipped to the item's points
    assert score(rubric, {"context": {"team_mean_total": 90}}).total == d("100")
    missing = score(rubric, {})
    assert missing.missing == ["lead"] and missing.total == d("0")


def test_derived_rank_bands_with_requirement():
    # 平均成绩≥85且排名第一得70分, 第二65分 …
    rank_rule = {"id": "team", "points": 70, "derived": {
        "source": "team_rank", "require": {"team_mean_total_min": 85},
        "bands": {"lower_better": True, "table": [
            {"max": 1, "score": 70}, {"max": 2, "score": 65}, {"max": 3, "score": 60},
            {"max": 4, "score": 55}, {"max": 5, "score": 50}]}}}
    rubric = one_section([rank_rule, {"id": "rest", "points": 30, "check": True}])
    both = {"values": {"rest": True}}
    assert score(rubric, {**both, "context": {"team_rank": 2, "team_mean_total": 86}}
                 ).total == d("95")
    assert score(rubric, {**both, "context": {"team_rank": 1, "team_mean_total": 84}}
                 ).total == d("30")


def test_weights():
    # 服务质量 40% scored 80/100 → 32; 团队合作 60% scored 90 → 54; total 86
    rubric = {"id": "w", "name": "权重", "base": 100, "sections": [
        {"id": "q", "name": "服务质量", "weight": 40,
         "items": [{"id": "qr", "points": 100, "rating": {"max": 100}}]},
        {"id": "t", "name": "团队合作", "weight": 60,
         "items": [{"id": "tr", "points": 100, "rating": {"max": 100}}]}]}
    result = score(rubric, {"values": {"qr": 80, "tr": 90}})
    assert [s.score for s in result.sections] == [d("32"), d("54")]
    assert [s.max for s in result.sections] == [d("40"), d("60")]
    assert result.total == d("86")


def test_weighted_deduction_section_starts_at_100():
    # 扣分项 section in weight style: 100 − 2×2 = 96 on 0–100 → × 10% = 9.6
    rubric = {"id": "w", "name": "权重", "base": 100, "sections": [
        {"id": "a", "name": "A", "weight": 90,
         "items": [{"id": "ar", "points": 100, "rating": {"max": 100}}]},
        {"id": "b", "name": "B", "weight": 10, "items": [{"id": "late", "deduct": 2}]}]}
    result = score(rubric, {"values": {"ar": 100}, "incidents": [{"item": "late", "count": 2}]})
    assert result.section("b").raw == d("96")
    assert result.total == d("99.6")


def test_bonus_cap_and_total_cap():
    # 95 + bonuses 3 × 5 = 15 capped at 10 → 105; max_total 110 not reached
    rubric = one_section([{"id": "x", "points": 100, "rating": {"max": 100}}], max_total=110,
                         bonuses=[{"id": "praise", "add": [2, 5], "cap": 10}])
    result = score(rubric, {"values": {"x": 95},
                            "incidents": [{"item": "praise", "amount": 5, "count": 3}]})
    assert result.bonus == d("10")
    assert result.total == d("105")
    # and the total never passes max_total
    capped = one_section([{"id": "x", "points": 100, "rating": {"max": 100}}], max_total=102,
                         bonuses=[{"id": "praise", "add": 5}])
    assert score(capped, {"values": {"x": 100}, "incidents": [{"item": "praise"}]}
                 ).total == d("102")


def test_form_level_deduction_and_floor():
    rubric = one_section([{"id": "x", "points": 100, "rating": {"max": 100}}], floor=10,
                         deductions=[{"id": "absent", "deduct": 30}])
    result = score(rubric, {"values": {"x": 50},
                            "incidents": [{"item": "absent", "count": 2}]})
    assert result.deducted == d("60")
    assert result.total == d("10")        # 50 − 60 clamps to the floor


@pytest.mark.parametrize("scope, total, grade", [
    ("form", "0", "不合格"), ("section", "60", "需改进"), ("lowest_grade", "100", "不合格")])
def test_vetoes(scope, total, grade):
    grades = [{"min": 90, "label": "优秀"}, {"min": 60, "label": "需改进"},
              {"min": 0, "label": "不合格"}]
    rubric = {"id": "v", "name": "否决", "base": 100, "grades": grades, "sections": [
        {"id": "a", "name": "纪律", "points": 40,
         "items": [{"id": "hide", "text": "隐瞒不报", "veto": scope}]},
        {"id": "b", "name": "业绩", "points": 60,
         "items": [{"id": "r", "points": 60, "check": True}]}]}
    result = score(rubric, {"values": {"r": True}, "incidents": [{"item": "hide"}]})
    assert result.total == d(total)
    assert result.grade == grade
    assert result.vetoed == "hide"
    assert result.item("hide").why.startswith("否决: 隐瞒不报")


def test_na_item_rescales_its_section():
    # a: 20 pts earned 10 of 20; b (20 pts) N/A → 10 × 40/20 = 20 of 40
    rubric = one_section([{"id": "a", "points": 20, "rating": {"max": 10}},
                          {"id": "b", "points": 20, "check": True}], points=40)
    result = score(rubric, {"values": {"a": 5}, "na": ["b"]})
    assert result.total == d("20")
    assert result.complete


def test_all_na_section_leaves_the_form_maximum():
    # section B all N/A: A scores 30 of 60 → total rescaled 30 × 100/60 = 50
    rubric = {"id": "n", "name": "N/A", "base": 100, "sections": [
        {"id": "a", "name": "A", "points": 60, "items": [{"id": "x", "points": 60,
                                                          "rating": {"max": 100}}]},
        {"id": "b", "name": "B", "points": 40, "items": [{"id": "y", "points": 40,
                                                          "check": True}]}]}
    result = score(rubric, {"values": {"x": 50}, "na": ["y"]})
    assert result.total == d("50")
    assert result.section("b").na


def test_missing_value_makes_form_incomplete():
    rubric = one_section([{"id": "x", "points": 50, "rating": {"max": 100}},
                          {"id": "y", "points": 50, "check": True}])
    result = score(rubric, {"values": {"y": True}})
    assert result.complete is False
    assert result.missing == ["x"]
    assert result.total == d("50")            # provisional: the missing item counts as 0
    assert result.to_json()["complete"] is False


def test_grades_and_pay_table():
    pay = {"amount": 500, "table": [{"min": 100, "percent": 100}, {"min": 95, "percent": 95},
                                     {"min": 85, "percent": 90}, {"min": 75, "percent": 80},
                                     {"min": 0, "percent": 70}]}
    grades = [{"min": 90, "label": "优秀"}, {"min": 80, "label": "良好"},
              {"min": 0, "label": "不合格"}]
    rubric = one_section([{"id": "x", "points": 100, "rating": {"max": 100}}], pay=pay,
                         grades=grades)
    result = score(rubric, {"values": {"x": 87.5}})
    assert result.grade == "良好"
    assert result.pay == {"percent": d("90"), "amount": d("450")}
    assert result.to_json()["pay"] == {"percent": "90.00", "amount": "450.00"}


def test_pay_proportional_and_per_point_below():
    # 总值750, 50分 → 750 × 50% = 375; 85分以下每少1分扣2元 → 375 − 35 × 2 = 305
    pay = {"amount": 750, "proportional": True, "deduct_below": {"total": 85, "per_point": 2}}
    rubric = one_section([{"id": "x", "points": 100, "rating": {"max": 100}}], pay=pay)
    result = score(rubric, {"values": {"x": 50}})
    assert result.pay == {"percent": d("50"), "amount": d("305")}


def test_grade_uses_the_printed_total():
    # 89.995 prints as 90.00 and must grade 优秀, not 良好
    grades = [{"min": 90, "label": "优秀"}, {"min": 0, "label": "良好"}]
    rubric = one_section([{"id": "x", "points": 100, "rating": {"max": 100}}], grades=grades)
    result = score(rubric, {"values": {"x": Decimal("89.995")}})
    assert result.to_json()["total"] == "90.00"
    assert result.grade == "优秀"


def test_no_float_and_json_shape():
    rubric = one_section([UNIFORM], points=100)
    data = score(rubric, {"incidents": [{"item": "uniform"}]}).to_json()
    assert data["total"] == "99.00"
    assert data["sections"] == [{"id": "s", "score": "99.00", "max": "100.00"}]
    assert data["items"] == [{"id": "uniform", "deducted": "1.00", "why": "着装规范 ×1 → −1"}]
    assert data["vetoed"] is None and data["approval_needed"] == []


def test_deduction_only_section_all_na_leaves_the_maximum():
    # escort-only staff: the 30-point guide section is N/A; 70-point section lost 4 → 66/70 → 94.29
    rubric = {"id": "n", "name": "N/A", "base": 100, "sections": [
        {"id": "guide", "name": "导诊组", "points": 30, "items": [{"id": "g1", "deduct": 1}]},
        {"id": "escort", "name": "护送组", "points": 70, "items": [{"id": "e1", "deduct": 1}]}]}
    result = score(rubric, {"na": ["g1"], "incidents": [{"item": "e1", "count": 4}]})
    assert result.to_json()["total"] == "94.29"
    assert result.to_json()["sections"][0] == {"id": "guide", "score": "0.00", "max": "30.00",
                                               "na": True}


def test_item_that_always_needs_approval():
    rubric = one_section([{"id": "x", "points": 100, "rating": {"max": 100}}],
                         bonuses=[{"id": "idea", "add": [1, 5], "approval": "always"}])
    sheet = {"values": {"x": 90}, "incidents": [{"item": "idea", "amount": 1}]}
    assert score(rubric, sheet).approval_needed == ["idea"]
    sheet["incidents"][0]["approved"] = True
    assert score(rubric, sheet).approval_needed == []


def test_total_below_every_grade_row_has_no_grade():
    grades = [{"min": 90, "label": "A"}, {"min": 60, "label": "C"}]
    rubric = one_section([{"id": "x", "points": 100, "rating": {"max": 100}}], grades=grades)
    assert score(rubric, {"values": {"x": 50}}).grade is None
    assert score(rubric, {"values": {"x": 60}}).grade == "C"


def test_zero_point_items_do_not_make_a_section_na():
    # a 0-point value item beside a deduction: the section still counts its deductions
    rubric = one_section([{"id": "x", "points": 0, "check": True}, {"id": "late", "deduct": 5}])
    result = score(rubric, {"values": {"x": True}, "incidents": [{"item": "late"}]})
    assert not result.sections[0].na
    assert result.total == d("0")          # start empty (it has a scored item): 0 + 0 − 5 → 0


def test_derived_requirement_without_team_mean_is_missing():
    rubric = one_section([{"id": "team", "points": 100, "derived": {
        "source": "team_rank", "require": {"team_mean_total_min": 85},
        "bands": {"lower_better": True, "table": [{"max": 1, "score": 100}]}}}])
    result = score(rubric, {"context": {"team_rank": 1}})
    assert result.missing == ["team"]
