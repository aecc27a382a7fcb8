"""Small builders for scoring tests: rubrics and sheets from dicts."""

from decimal import Decimal

from scoring import evaluate, rubric_from_data, sheet_from_data

CENT = Decimal("0.01")


def one_section(items, points=100, **extra):
    """A points-style rubric holding one section with `items`."""
    data = {"id": "t", "name": "测试", "base": points,
            "sections": [{"id": "s", "name": "节", "points": points, "items": items}]}
    data.update(extra)
    return data


def score(rubric_data, sheet_data=None):
    rubric = rubric_from_data(rubric_data, file="rubric.yaml")
    sheet = sheet_from_data(sheet_data or {}, rubric, file="sheet.yaml")
    return evaluate(rubric, sheet)


def d(text):
    return Decimal(text)
