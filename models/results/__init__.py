"""The month's outcome, read from the forms (no writes, no Qt): `period` holds each team's
totals, ranks and stars per rubric, pay, streak consequences, the team's mean and the lead's team
figures, provisional or final (`period_results`); `entries` every incident and value behind the
totals (`period_entries`); `trends` the Results tab's charts (`history_of`,
`points_lost_by_item`, `grade_counts`, `star_counts`). Sits above models.forms (it reads the
forms' snapshots and drafts) and below models.database. Callers use `models.results` only.
`closing` closes a team's period (its ranks, stars and pay frozen, signed and sealed; reopened as
a new revision): the one module here that writes."""

from models.results.closing import (
    TamperedClosingError,
    close_team_period,
    closing_blockers,
    closing_document,
    closing_of,
    reopen_team_period,
)
from models.results.entries import Entry, period_entries
from models.results.period import (
    MemberResult,
    PeriodResults,
    RubricGroup,
    TeamResult,
    period_results,
)
from models.results.trends import (
    LostPoints,
    PeriodTotal,
    grade_counts,
    history_of,
    points_lost_by_item,
    star_counts,
)

__all__ = ["Entry", "MemberResult", "PeriodResults", "RubricGroup", "TeamResult",
           "period_entries", "period_results"]
# Closing a team's period (models/results/closing.py): the one part that writes.
__all__ += ["TamperedClosingError", "close_team_period", "closing_blockers", "closing_document",
            "closing_of", "reopen_team_period"]
# The Results tab's charts (models/results/trends.py).
__all__ += ["LostPoints", "PeriodTotal", "grade_counts", "history_of", "points_lost_by_item",
            "star_counts"]
