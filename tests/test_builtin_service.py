"""Built-in rubrics of the `service` group, scored on their sample sheets.

Every expected figure below is computed by hand from docs/rubric-contract.md (the computation is
written above the assertions); none is copied from the engine's output.
"""

from decimal import Decimal

from tests.builtin_helpers import CENT
from tests.builtin_helpers import items as _items
from tests.builtin_helpers import score as _score
from tests.builtin_helpers import sections as _sections


def test_service_centre_quality_sample():
    result = _score("service-centre-quality")
    sections = _sections(result)
    # 扣分制, 1 point per occurrence, each section clamped to [0, points]:
    #   仪表仪容纪律 30: uniform 2 + conduct (2 + 1) + complaint 1 + activities 1 = 7 → 23
    #   导诊组 30: first-inquiry 1 + listen 2 = 3 → 30 − 3 = 27
    #   护送组 40: trolley 1 + verification 2 + return-handover 1 = 4 → 40 − 4 = 36
    #   total = 23 + 27 + 36 = 86.00; no grade table in the seed → grade None
    assert result.total.quantize(CENT) == Decimal("86.00")
    assert result.grade is None
    assert result.complete is True
    assert sections["appearance"].score.quantize(CENT) == Decimal("23.00")
    assert sections["guide"].score.quantize(CENT) == Decimal("27.00")
    assert sections["escort"].score.quantize(CENT) == Decimal("36.00")
    assert sections["escort"].max.quantize(CENT) == Decimal("40.00")
    assert result.vetoed is None


def test_cs_service_norms_sample():
    result = _score("cs-service-norms")
    items = _items(result)
    # 基准分 100, one section `norms` (start full):
    #   command-tone 10 + misguidance 10
    #   + early-hangup 6 + 6 × 2 (severe: 引起投诉的加倍扣罚) = 18
    #   + record-error-flow 6 + ticket-incomplete 2 × 5 = 10
    #   + ticket-despite-guide 5 + ticket-unchecked 5
    #   + late-ticket 6 × 2 (severe: 客户争议加倍扣罚) = 12
    #   = 10 + 10 + 18 + 6 + 10 + 5 + 5 + 12 = 76  → 100 − 76 = 24.00; no grade table → None
    assert result.total.quantize(CENT) == Decimal("24.00")
    assert result.grade is None
    assert result.complete is True
    assert _sections(result)["norms"].score.quantize(CENT) == Decimal("24.00")
    assert _sections(result)["norms"].max.quantize(CENT) == Decimal("100.00")
    assert items["early-hangup"].deducted.quantize(CENT) == Decimal("18.00")
    assert items["late-ticket"].deducted.quantize(CENT) == Decimal("12.00")
    assert items["ticket-incomplete"].deducted.quantize(CENT) == Decimal("10.00")


def test_cs_service_norms_deducts_until_empty(tmp_path):
    # Every clause once, the four doubling clauses (8, 9, 10, 17) marked severe:
    #   clauses 1–7, 11, 16 at 10 each = 90; 9 and 10 severe 10 × 2 = 20 each = 40;
    #   8 and 17 severe 6 × 2 = 12 each = 24; 12: 6; 13–15: 3 × 5 = 15
    #   Σ = 90 + 40 + 24 + 6 + 15 = 175 → 100 − 175 clamps to 0.00 (扣完为止)
    severe = {"early-hangup", "nuisance-call", "fake-praise", "late-ticket"}
    ids = [
        "command-tone", "job-number", "misguidance", "missed-application",
        "record-error-dispute", "reverse-lookup", "blaming", "early-hangup", "nuisance-call",
        "fake-praise", "spot-check", "record-error-flow", "ticket-incomplete",
        "ticket-despite-guide", "ticket-unchecked", "fabricated-ticket", "late-ticket",
    ]
    lines = ["rubric: cs-service-norms", "incidents:"]
    for item_id in ids:
        flag = ", severe: true" if item_id in severe else ""
        lines.append(f"  - {{item: {item_id}{flag}}}")
    sheet = tmp_path / "worst.sheet.yaml"
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = _score("cs-service-norms", sheet)
    items = _items(result)
    assert result.total.quantize(CENT) == Decimal("0.00")
    assert _sections(result)["norms"].score.quantize(CENT) == Decimal("0.00")
    assert items["nuisance-call"].deducted.quantize(CENT) == Decimal("20.00")
    assert items["ticket-unchecked"].deducted.quantize(CENT) == Decimal("5.00")


def test_cs_dept_monthly_sample():
    result = _score("cs-dept-monthly")
    sections = _sections(result)
    # Weight style, each section one rating out of 100 (points 100),
    # contributing score × weight / 100:
    #   服务质量 88 × 40% = 35.2; 团队合作 92 × 20% = 18.4; 工作效率 75 × 20% = 15.0;
    #   问题解决能力 80 × 10% = 8.0; 专业知识 N/A → the section leaves the form's maximum (100 → 90)
    #   total = (35.2 + 18.4 + 15.0 + 8.0) × 100 / 90 = 76.6 / 0.9 = 85.111… → 85.11
    #   grade: 80 ≤ 85.11 < 90 → 良好
    # Section scores are checked as score / max, which is the same whether a weight-style
    # section reports its 0–100 score (88 / 100) or its contribution (35.2 / 40).
    assert result.total.quantize(CENT) == Decimal("85.11")
    assert result.grade == "良好"
    assert result.complete is True
    assert sections["service-quality"].score / sections["service-quality"].max == Decimal("0.88")
    assert sections["efficiency"].score / sections["efficiency"].max == Decimal("0.75")
    assert sections["teamwork"].score / sections["teamwork"].max == Decimal("0.92")


def test_cs_dept_monthly_missing_rating_is_incomplete(tmp_path):
    # 工作效率 not rated: missing, the provisional total counts it as 0:
    #   88 × 0.4 + 92 × 0.2 + 0 × 0.2 + 80 × 0.1 + 70 × 0.1 = 35.2 + 18.4 + 0 + 8 + 7 = 68.60
    #   grade (provisional) 60 ≤ 68.6 < 70 → 需改进
    sheet = tmp_path / "missing.sheet.yaml"
    sheet.write_text(
        "rubric: cs-dept-monthly\n"
        "values: {service-quality-rating: 88, teamwork-rating: 92,"
        " problem-solving-rating: 80, knowledge-rating: 70}\n",
        encoding="utf-8",
    )
    result = _score("cs-dept-monthly", sheet)
    assert result.complete is False
    assert list(result.missing) == ["efficiency-rating"]
    assert result.total.quantize(CENT) == Decimal("68.60")
    assert result.grade == "需改进"
