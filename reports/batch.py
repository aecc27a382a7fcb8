"""Month-end printing: one PDF per form, with progress, cancellable, never a half-written file."""

import os
import re
from pathlib import Path

UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
SIGNING_DIR = "signing"     # beside the database (models.trust.keys.SIGNING_DIR)
REASON = "考核表 Appraisal form"


def signing_dir(db_path):
    """The organisation's key and certificate of the store at `db_path`: the `signing/` folder
    beside the database (models.trust.keys). `main.py print`/`verify` and the app use it."""
    from models.trust import keys

    return keys.signing_dir(db_path)


class BatchError(RuntimeError):
    """A form that could not be printed; the forms before it were written."""

    def __init__(self, form_id, cause, written):
        super().__init__(f"form {form_id}: {cause}")
        self.form_id, self.cause, self.written = form_id, cause, written


def file_name(document):
    """'2026-11_A001_张三_r1.pdf' — safe on Windows and Linux."""
    employee = document.get("employee", {})
    parts = [document.get("period", {}).get("key", ""), employee.get("code", ""),
             employee.get("name", ""), f"r{document.get('revision', 1)}"]
    stem = "_".join(UNSAFE.sub("-", str(p)).strip(" .") for p in parts if p != "")
    return f"{stem or document.get('form_id', 'form')}.pdf"


def render_batch(documents, out_dir, *, progress=None, cancel=None, language="zh",
                 org_dir=None, reason=REASON):
    """Print every document into `out_dir`; returns the paths written, in order.

    `documents`: a sequence of form documents, or of zero-argument callables returning one
    (so a long batch loads each form only when it is printed). `progress(done, total)` is
    called after each form; `cancel()` is asked before each: when it returns True the batch
    stops and keeps only whole files. With `org_dir` every PDF is also signed (PAdES)."""
    from reports.fonts import cjk_font

    cjk_font()                      # once, and a missing font fails before any file is made
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    total, written = len(documents), []
    for entry in documents:
        if cancel is not None and cancel():
            break
        try:
            document = entry() if callable(entry) else entry
        except Exception as exc:    # a form that cannot be read (or was tampered with)
            raise BatchError(getattr(exc, "form_id", "?"), exc, written) from exc
        target = out_dir / file_name(document)
        try:
            _write(document, target, language=language, org_dir=org_dir, reason=reason)
        except Exception as exc:
            raise BatchError(document.get("form_id"), exc, written) from exc
        written.append(target)
        if progress is not None:
            progress(len(written), total)
    return written


def _write(document, target, *, language, org_dir, reason):
    """One form into `target`: rendered, signed (with `org_dir`), renamed into place whole."""
    from reports.pdf_form import render_form

    return write_signed(render_form, document, target, language=language, org_dir=org_dir,
                        reason=reason)


def write_signed(render, document, target, *, language, org_dir, reason):
    """`render(document, path, language=…)` into `target`, signed with the certificate in
    `org_dir` (unsigned without), renamed into place whole: never a half-written file."""
    target = Path(target)
    part = target.with_name(target.name + ".render.part")
    try:
        render(document, part, language=language)
        if org_dir is not None:
            from reports.pdf_sign import sign_pdf

            sign_pdf(part, target, org_dir=org_dir, reason=reason,
                     organisation=document.get("organisation") or None)
        else:
            os.replace(part, target)
    finally:
        part.unlink(missing_ok=True)
    return target


def save_form(db, form_id, target, *, org_dir, language="zh", reason=REASON):
    """One form's PDF, signed with the certificate in `org_dir`, into the file `target` (whole
    or not at all): the app's "Save signed PDF…", on the same path as the batch."""
    from reports.fonts import cjk_font

    cjk_font()                      # a missing font fails before the file is made
    document = with_anchor(printable_document(db, form_id), print_anchor(db, org_dir))
    return _write(document, Path(target), language=language, org_dir=org_dir, reason=reason)


def printable_document(db, form_id):
    """The form's document as it is printed: `models.forms.document` with the rank and stars of
    the team's closed results, or none yet (models.results.closing.with_standing)."""
    from models import forms
    from models.results.closing import with_standing

    return with_standing(db, forms.document(db, form_id))


def print_anchor(db, org_dir):
    """A signed PDF carries the audit trail's head, anchored as it is printed: a store later
    found older than its paper was replaced by an older copy (`main.py verify` says so)."""
    if org_dir is None:
        return None
    from models.trust import anchors

    return anchors.anchor_now(db, "print")


def with_anchor(document, anchor):
    if anchor is not None:
        document = dict(document, anchor={"event_id": anchor["event_id"],
                                          "hash": anchor["hash"]})
    return document


def print_period(db, *, period, out_dir, team=None, by, progress=None, cancel=None,
                 language="zh", org_dir=None):
    """Every form of `period` (one team's, by name, or all active teams'): drafts are made for
    whoever has none yet (models.forms.create_forms) on the teams where `by` may make forms
    (a reviewer prints what there is), then each latest revision is printed."""
    from models import forms
    from models.people import access
    from models.people.teams import list_teams

    teams = [t for t in list_teams(db) if not team or t["name"] == team]
    if team and not teams:
        raise LookupError(f"no active team named {team!r}")
    for row in teams:
        if access.allows(by, "create_forms", team_id=row["id"]):
            forms.create_forms(db, team_id=row["id"], period=period, by=by)
    wanted = {t["id"] for t in teams}
    rows = [r for r in forms.list_forms(db, period=period) if r["team_id"] in wanted]
    anchor = print_anchor(db, org_dir)
    loaders = [lambda form_id=r["id"]: with_anchor(printable_document(db, form_id), anchor)
               for r in rows]
    return render_batch(loaders, out_dir, progress=progress, cancel=cancel, language=language,
                        org_dir=org_dir)
