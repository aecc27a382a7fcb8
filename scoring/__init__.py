"""Scoring engine: rubric files, sheets, evaluation, stars. Pure Python: no Qt, no SQL."""

from scoring.errors import RubricError
from scoring.evaluate import evaluate
from scoring.loader import load_rubric, rubric_from_data, rubric_from_text
from scoring.result import Result, money, show
from scoring.sheet import Incident, Ratio, Sheet, load_sheet, sheet_from_data, sheet_from_text

__all__ = [
    "Incident", "Ratio", "Result", "RubricError", "Sheet", "evaluate", "load_rubric",
    "load_sheet", "money", "rubric_from_data", "rubric_from_text", "sheet_from_data",
    "sheet_from_text", "show",
]
