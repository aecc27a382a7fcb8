"""Built-in rubrics of the `chengdu` group (客户服务部管理规章制度(成都)2014).

Each rubric is scored on its sample sheet.
Every expected figure below is computed by hand from docs/rubric-contract.md (the computation is
written above the assertions); none is copied from the engine's output.
"""

from decimal import Decimal

import yaml

from scoring import evaluate, load_rubric, load_sheet, sheet_from_data
from scoring.team import streak_flags
from tests.builtin_helpers import CENT, RUBRICS, SAMPLES
from tests.builtin_helpers import items as _items
from tests.builtin_helpers import sections as _sections


def _rubric_and_sheet(rubric_id):
    rubric = load_rubric(str(RUBRICS / f"{rubric_id}.yaml"))
    return rubric, load_sheet(str(SAMPLES / f"{rubric_id}.sheet.yaml"), rubric)




def test_chengdu_agent_monthly_sample():
    rubric, sheet = _rubric_and_sheet("chengdu-agent-monthly")
    result = evaluate(rubric, sheet)
    sections = _sections(result)
    # Weight style: each section scored 0–100, contributes score × weight / 100.
    #   recording     25%: rating 88                                   → 88 × 0.25 = 22.00
    #   text-service  20%: rating 92                                   → 92 × 0.20 = 18.40
    #   handling-time  5%: 148 s ≤ 155 → band 90                       → 90 × 0.05 =  4.50
    #   work-results  10%: lead-text N/A, so the section keeps 33.33 + 33.34 = 66.67 points:
    #       33.33 × 84/100 + 33.34 × 86/100 = 27.9972 + 28.6724 = 56.6696
    #       × 100 / 66.67 = 85.00015…                                   → × 0.10 = 8.500015
    #   satisfaction  10%: 86 % ≥ 80 → band 70                         → 70 × 0.10 =  7.00
    #   exam          10%: rating 95                                   → 95 × 0.10 =  9.50
    #   utilisation   10%: 100 − 2 × 10 − 1 × 20 = 60                  → 60 × 0.10 =  6.00
    #   answer-rate    5%: 912 / 1000 = 0.912 ≥ 0.90 → band 90         → 90 × 0.05 =  4.50
    #   floor-rules    5%: 100 − 10 (meeting-late) − 20 (private-call) = 70 → × 0.05 = 3.50
    #   Σ sections = 22 + 18.4 + 4.5 + 8.500015 + 7 + 9.5 + 6 + 4.5 + 3.5 = 83.900015
    #   bonuses: praise 3 + 2, suggestion 2, excellent-recording 1.5 = 8.50
    #   deductions: complaint 5, complaint-major 12 = 17.00
    #   total = 83.900015 + 8.5 − 17 = 75.400015 → 75.40 (≤ max_total 100); no grade table → None
    assert result.total.quantize(CENT) == Decimal("75.40")
    assert result.grade is None
    assert result.complete is True
    assert sections["recording"].score.quantize(CENT) == Decimal("22.00")
    assert sections["work-results"].score.quantize(CENT) == Decimal("8.50")
    assert sections["utilisation"].score.quantize(CENT) == Decimal("6.00")
    assert sections["answer-rate"].score.quantize(CENT) == Decimal("4.50")
    assert sections["floor-rules"].score.quantize(CENT) == Decimal("3.50")
    assert result.bonus.quantize(CENT) == Decimal("8.50")
    assert result.deducted.quantize(CENT) == Decimal("17.00")
    assert result.vetoed is None
    assert rubric.star_shares == tuple(Decimal(s) for s in (5, 10, 25, 45, 15))
    assert rubric.star_exclude == ("probation",)


def test_chengdu_shift_lead_sample():
    rubric, sheet = _rubric_and_sheet("chengdu-shift-lead")
    result = evaluate(rubric, sheet)
    sections = _sections(result)
    # Weight style, each section scored 0–100:
    #   team-results       50%: derived team_mean_total 86.5 → 86.5      → × 0.50 = 43.25
    #   team-handling-time 15%: 152 s ≤ 155 → band 90                    → × 0.15 = 13.50
    #   sales              15%: 标准100 − 2 × 5 (two full 0.5 below) = 90 → × 0.15 = 13.50
    #   floor-management   10%: 90 (standard ✓) + 0 (complete ✗) − 5 − 15 = 70 → × 0.10 = 7.00
    #   monitoring          5%: 90 (base ✓) − 5 × 2 (severe) = 80        → × 0.05 =  4.00
    #   exam                5%: N/A → leaves the form's maximum
    #   Σ = 43.25 + 13.5 + 13.5 + 7 + 4 = 81.25 of 95 → rescaled 81.25 × 100 / 95 = 85.526315…
    #   bonuses: praise 4 + suggestion 3 = 7; deductions: work-error 3 + attitude 5 = 8
    #   total = 85.526315… + 7 − 8 = 84.526315… → 84.53 → 良好 (80 ≤ 84.53 < 90)
    assert result.total.quantize(CENT) == Decimal("84.53")
    assert result.grade == "良好"
    assert result.complete is True
    assert sections["team-results"].score.quantize(CENT) == Decimal("43.25")
    assert sections["sales"].score.quantize(CENT) == Decimal("13.50")
    assert sections["floor-management"].score.quantize(CENT) == Decimal("7.00")
    assert sections["monitoring"].score.quantize(CENT) == Decimal("4.00")
    assert result.bonus.quantize(CENT) == Decimal("7.00")
    assert result.deducted.quantize(CENT) == Decimal("8.00")
    assert result.vetoed is None
    # 考核说明: 当月班长考核低于88分 → 取消当月优秀值班长评比 (84.53 < 88, one period)
    flags = streak_flags([{"total": result.total, "rank": None}], rubric.consequences)
    assert [f["label"] for f in flags] == ["取消当月优秀值班长评比"]

    # The same month with a customer abused on the phone, with serious consequences:
    #   abuse −10 → 84.526315… − 10 = 74.526315… → 74.53; the veto forces the lowest grade 不合格
    data = yaml.safe_load((SAMPLES / "chengdu-shift-lead.sheet.yaml").read_text(encoding="utf-8"))
    data["incidents"] += [{"item": "abuse"}, {"item": "abuse-serious"}]
    vetoed = evaluate(rubric, sheet_from_data(data, rubric))
    assert vetoed.total.quantize(CENT) == Decimal("74.53")
    assert vetoed.grade == "不合格"
    assert vetoed.vetoed == "abuse-serious"
    assert _items(vetoed)["abuse"].deducted.quantize(CENT) == Decimal("10.00")
