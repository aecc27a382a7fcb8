"""The monthly assessment forms (考核表), one per employee and period, signed by the appraiser,
the employee and a reviewer and frozen once signed (docs/dev/forms-design.md): `drafts` makes,
lists, re-evaluates and revises them, `form_view` reads one (live draft or frozen snapshot),
`form_states` holds the signing steps, `form_document` the document a PDF is printed from and its
SHA-256, `rule_text` the printed wording of each item's rule, `dashboard` the period's forms at a
glance (the Forms tab). Callers use `models.forms` only:
everything they need is exported here."""

from models.forms.dashboard import DashboardRow, dashboard_rows, form_makers
from models.forms.drafts import (
    create_forms,
    delete_draft,
    list_forms,
    reevaluate,
    revise,
    signed_form_covering,
    team_scope,
)
from models.forms.form_states import (
    DISPUTE_ANSWERS,
    acknowledge,
    answer_dispute,
    approve_form_entry,
    dispute,
    due_date,
    lock,
    overdue,
    review,
    submit,
)
from models.forms.form_view import (
    TEAM_CHANGED,
    FormView,
    TamperedFormError,
    document,
    form_period,
    form_view,
    get_form,
    verify_form,
)

__all__ = [
    "DISPUTE_ANSWERS", "TEAM_CHANGED", "DashboardRow", "FormView", "TamperedFormError",
    "acknowledge", "answer_dispute", "approve_form_entry", "create_forms", "dashboard_rows",
    "delete_draft", "dispute", "document", "due_date", "form_makers", "form_period",
    "form_view", "get_form", "list_forms", "lock", "overdue", "reevaluate", "review", "revise",
    "signed_form_covering", "submit", "team_scope", "verify_form",
]
