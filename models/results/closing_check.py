"""`main.py check` and the app's start-up check on period closings: each closed closing's frozen
snapshot against its SHA-256 and its seal, and the closings against the audit trail
(models/database/tamper_check.py calls `check_closings`)."""


from models.audit import after_of
from models.results.closing import (
    ENTITY,
    closing_rows,
    seal_payload,
    shaped_closing,
    verify_closing,
)
from models.trust import keys
from models.trust.anchors import Finding


def check_closings(db, cert, *, sealed_store=True):
    """Findings about every closing (`main.py check`): each closed snapshot against its
    SHA-256, each seal against `cert` (None: the certificate is missing), and the closings
    against the audit trail (a closing deleted, closed or reopened without its event, a hash
    or reason the trail never recorded). `sealed_store`: the store has a signing folder, so a
    closing without a seal is a problem."""
    found = []
    closed, reopened = {}, {}
    for entity_id, action, after in db.execute(
            "SELECT entity_id, action, after_json FROM audit_events WHERE entity = ? "
            "ORDER BY id", (ENTITY,)):
        after = after_of(after)
        if action == "close":
            closed[entity_id] = after.get("sha256")
        elif action == "reopen":
            reopened[entity_id] = after.get("reason")
    rows = [shaped_closing(r) for r in closing_rows(db, "1 ORDER BY c.id", ())]
    have = {row["id"]: row for row in rows}
    for row in rows:
        what = (f"closing {row['id']} (team {row['team_id']}, {row['period_key']}, revision "
                f"{row['revision']})")
        if row["closed"]:
            if not verify_closing(db, row["id"]):
                found.append(Finding("problem", f"{what}: its frozen snapshot was edited (the "
                                                "SHA-256 does not match the stored text)"))
            if row["seal"] is None:
                if sealed_store:
                    found.append(Finding("problem", f"{what}: its signature has no seal"))
            elif cert is None:
                found.append(Finding("problem", f"{what}: its seal cannot be checked without "
                                                "the organisation certificate"))
            elif not keys.verify(cert, seal_payload(row), row["seal"]):
                found.append(Finding("problem", (
                    f"{what}: its signature ({row['closed_by']}) does not match its seal: the "
                    "signature, or the snapshot hash it binds, was changed in the file")))
            if row["id"] not in closed:
                found.append(Finding("problem", f"{what} is closed but the audit trail never "
                                                "recorded it being closed"))
            elif closed[row["id"]] != row["sha256"]:
                found.append(Finding("problem", f"{what}: its SHA-256 is not the one the audit "
                                                "trail recorded when it was closed"))
        elif row["id"] in closed:
            found.append(Finding("problem", f"{what} is open in the store but was closed per "
                                            "the audit trail"))
        if row["previous_id"] is not None and reopened.get(row["id"], "") != row["reason"]:
            found.append(Finding("problem", f"{what}: its reopening is not the one the audit "
                                            "trail recorded"))
    for closing_id in sorted(set(closed) | set(reopened)):
        if closing_id not in have:
            found.append(Finding("problem", f"closing {closing_id} is in the audit trail but "
                                            "missing from the store: it was deleted"))
    return found
