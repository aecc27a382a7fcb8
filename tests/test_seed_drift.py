"""Built-in rubrics that drifted from their seed passage (issue 14), each test naming the seed line
it follows. Expected figures are computed by hand (the arithmetic is written above them)."""

from decimal import Decimal

from reports.pdf_form import render_form
from reports.printed_form import printed_form
from scoring import evaluate, sheet_from_data
from tests import form_samples as fs
from tests.builtin_helpers import items as _items
from tests.builtin_helpers import q
from tests.builtin_helpers import rubric as _rubric
from tests.builtin_helpers import sections as _sections


def _evaluate(rubric_id, sheet):
    rubric = _rubric(rubric_id)
    return evaluate(rubric, sheet_from_data(sheet, rubric))


# -- staff-reward-penalty: 001 line 113, 4.2.2 "员工月度绩效考核得分=100—∑(各项目考评扣分)+∑(各项目
#    考评加分)" — one sum, clamped once at the end (4.2.3: 不得高于110分; the floor 0).

def test_reward_points_count_against_penalties_beyond_100():
    # 六级 ×5 = 100 and 五级 ×1 = 10 → Σ扣分 110; 五级奖励 8 + 四级奖励 5 + 二级奖励 2 → Σ加分 15
    # seed: 100 − 110 + 15 = 5.00 (version 1 stopped the penalties at 0 first: 0 + 15 = 15.00)
    result = _evaluate("staff-reward-penalty", {"incidents": [
        {"item": "penalty-6", "count": 5}, {"item": "penalty-5"},
        {"item": "reward-5"}, {"item": "reward-4"}, {"item": "reward-2"}]})
    assert q(result.total) == Decimal("5.00")
    assert result.deducted == Decimal(110) and result.bonus == Decimal(15)
    assert _sections(result)["monthly"].score == Decimal(100)
    assert not result.floored
    # and the cap still comes last: 一级处罚 ×2 = 2; 五级奖励 ×2 = 16 → 100 − 2 + 16 = 114 → 110.00
    result = _evaluate("staff-reward-penalty", {"incidents": [
        {"item": "penalty-1", "count": 2}, {"item": "reward-5", "count": 2}]})
    assert q(result.total) == Decimal("110.00")


def test_a_total_below_zero_stops_at_zero_once():
    # 六级 ×6 = 120; 三级奖励 3 + 四级奖励 ×2 = 13 → 100 − 120 + 13 = −7 → clamped once → 0.00
    # (version 1: 0 + 13 = 13.00)
    result = _evaluate("staff-reward-penalty", {"incidents": [
        {"item": "penalty-6", "count": 6}, {"item": "reward-3"},
        {"item": "reward-4", "count": 2}]})
    assert result.total == 0
    assert result.floored


# -- ecommerce-cs-kpi: 001 line 73, 考勤 "请假次数确定考勤分数(迟到早退减2分/次,
#    有效请假减1分/天) 10" — the row is worth 10 of the total and its 2 / 1 points are points
#    of the total.

SHOP = {"conversion-rate": {"num": 140, "den": 200}, "payment-rate": {"num": 184, "den": 200},
        "basket-ratio": {"num": Decimal("163.5"), "den": 150},
        "reply-rate": {"num": 985, "den": 1000},
        "response-time": 45, "tasks-rating": 100, "attitude-rating": 90}


def test_a_late_arrival_costs_two_points_of_the_total():
    # the KPI rows as the sample: 28 + 20 + 8 + 4 + 4 + 10 + 4.5 = 78.5
    # 考勤: late ×3, leave ×2 → 100 − 3 × 20 − 2 × 10 = 20 of the row's 100 → 2 of its 10
    #   i.e. 10 − 3 × 2 − 2 × 1 = 2 (version 1: 100 − 6 − 2 = 92 → 9.2, −0.2 per late)
    # total = 78.5 + 2 = 80.50
    result = _evaluate("ecommerce-cs-kpi", {"values": SHOP, "incidents": [
        {"item": "late", "count": 3}, {"item": "leave", "count": 2}]})
    assert q(result.total) == Decimal("80.50")
    assert _sections(result)["attendance"].score == Decimal(2)
    items = _items(result)
    assert items["late"].on_total == Decimal(-6)       # −2 on the total per late arrival
    assert items["leave"].on_total == Decimal(-2)


def test_attendance_loses_at_most_its_ten_points():
    # late ×4, leave ×3 → 10 − 8 − 3 = −1 → the row stops at 0: 78.5 + 0 = 78.50
    result = _evaluate("ecommerce-cs-kpi", {"values": SHOP, "incidents": [
        {"item": "late", "count": 4}, {"item": "leave", "count": 3}]})
    assert q(result.total) == Decimal("78.50")
    assert _sections(result)["attendance"].floored


# -- hotline-12580-shift-lead: 000 line 217, "…排名第五,团队成绩得50分。" — the seed lists
#    five ranks; the 6th is not scored there, so the form must say 0 comes from its silence.

def _sixth_team():
    text, sheet = fs._builtin("hotline-12580-shift-lead")
    sheet["context"] = {"team_mean_total": 88, "team_rank": 6}
    return fs.build_document(text, sheet, state="draft")


def _team_rank_row(document, language):
    return next(r for r in printed_form(document, language).rows
                if not r.section and r.name.startswith(("团队排名", "Team rank")))


def test_rank_six_scores_zero_and_the_form_line_says_the_seed_is_silent():
    document = _sixth_team()
    # mean 88 ≥ 85 and rank 6 → no rank of 1–5 → 0; the 75–85 band row (min 85) → 0;
    # 班组团队业绩 = 0 (the sample's other sections unchanged)
    team = next(s for s in document["result"]["sections"] if s["id"] == "team-performance")
    assert team["score"] == "0.00"
    zh = _team_rank_row(document, "zh")
    assert "排名第六及以后:原文未规定,按0分计" in zh.standard
    assert zh.score == "0"
    en = _team_rank_row(document, "en")
    assert "6th and below: seed silent: 0" in en.standard


def test_rank_six_seed_silence_is_printed_on_the_pdf(tmp_path):
    path = tmp_path / "rank6.pdf"
    render_form(_sixth_team(), path, language="en")
    flat = "".join(fs.pdf_text(path).split())
    assert "6thandbelow:seedsilent:0" in flat
