"""The month's outcome, read from the forms (no writes, no Qt): `period` holds each team's
totals, ranks and stars per rubric, pay, streak consequences, the team's mean and the lead's team
figures, provisional or final (`period_results`); `entries` every incident and value behind the
totals (`period_entries`). Sits above models.forms (it reads the forms' snapshots and drafts)
and below models.database. Callers use `models.results` only."""

from models.results.entries import Entry, period_entries
from models.results.period import (
    MemberResult,
    PeriodResults,
    RubricGroup,
    TeamResult,
    period_results,
)

__all__ = ["Entry", "MemberResult", "PeriodResults", "RubricGroup", "TeamResult",
           "period_entries", "period_results"]
