"""Seals: each signature row signed with the organisation key, over the form's snapshot hash
and the signature itself (who, when, what was drawn).

The snapshot's SHA-256 alone can be computed again by anyone who edits the file; a seal cannot
be made again without the key. So an edited snapshot, a recomputed hash, an edited or swapped
signature each leave a seal that no longer verifies (models/database/tamper_check.py).
"""

import hashlib
import json

from models.trust import keys
from models.trust.anchors import Finding


def payload(form, row):
    """The bytes a seal covers: the form (id, revision, SHA-256) and the whole signature."""
    png = row["png"]
    fields = {
        "form_id": form["id"], "revision": form["revision"], "sha256": form["sha256"],
        "role": row["role"], "name": row["signer_name"], "user_id": row["user_id"],
        "signed_at": row["signed_at"], "pin_verified": int(bool(row["pin_verified"])),
        "strokes_sha256": hashlib.sha256(row["strokes_json"].encode("utf-8")).hexdigest(),
        "png_sha256": hashlib.sha256(bytes(png)).hexdigest() if png else None,
    }
    return json.dumps(fields, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def org_dir_for_signing(db, organisation=None):
    """The signing folder, the key made and unlocked, before a signing step writes anything
    (keys.KeyLockedError otherwise). None for a store without a file: nothing is sealed."""
    org_dir = keys.store_signing_dir(db)
    if org_dir is not None:
        keys.ensure(org_dir, organisation)
        keys.secret(org_dir)
    return org_dir


def seal(org_dir, form, row):
    return None if org_dir is None else keys.sign(org_dir, payload(form, row))


def unsealed_up_to(db):
    """Signatures made before seals existed (migration 5 recorded the last one's id)."""
    row = db.execute("SELECT after_json FROM audit_events WHERE action = 'introduce_seals' "
                     "ORDER BY id LIMIT 1").fetchone()
    if row is None:
        return 0
    try:
        return int(json.loads(row[0])["unsealed_up_to"])
    except (TypeError, ValueError, KeyError):
        return 0


def check(db, cert, form_ids=None):
    """Findings about the seals of signed forms (all, or those in `form_ids`)."""
    found = []
    before = unsealed_up_to(db)
    sql = ("SELECT s.*, a.revision, a.sha256 FROM signatures s "
           "LEFT JOIN assessments a ON a.id = s.assessment_id")
    params = ()
    if form_ids is not None:
        ids = list(form_ids)
        sql += f" WHERE s.assessment_id IN ({', '.join('?' * len(ids))})"
        params = ids
    for row in db.query(sql + " ORDER BY s.id", params):
        what = f"form {row['assessment_id']}: the {row['role']}'s signature ({row['signer_name']})"
        if row["sha256"] is None:
            found.append(Finding("problem", f"{what} belongs to no signed form"))
            continue
        if row["seal"] is None:
            if row["id"] > before:
                found.append(Finding("problem", f"{what} has no seal"))
            continue
        form = {"id": row["assessment_id"], "revision": row["revision"], "sha256": row["sha256"]}
        if not keys.verify(cert, payload(form, row), row["seal"]):
            found.append(Finding("problem", (
                f"{what} does not match its seal: the signature, or the form's snapshot hash "
                "it binds, was changed in the file")))
    return found
