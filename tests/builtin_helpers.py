"""Shared by the tests of the built-in rubrics: load a rubric and its sample sheet, score it."""

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from scoring import evaluate, load_rubric, load_sheet

ROOT = Path(__file__).resolve().parent.parent
RUBRICS = ROOT / "resources" / "rubrics"
SAMPLES = ROOT / "tests" / "samples"
CENT = Decimal("0.01")


def q(value):
    """As printed: 0.01, half up."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def rubric(rubric_id):
    return load_rubric(str(RUBRICS / f"{rubric_id}.yaml"))


def score(rubric_id, sheet_path=None):
    loaded = rubric(rubric_id)
    path = sheet_path or SAMPLES / f"{rubric_id}.sheet.yaml"
    return evaluate(loaded, load_sheet(str(path), loaded))


def sections(result):
    return {s.id: s for s in result.sections}


def items(result):
    return {i.id: i for i in result.items}
