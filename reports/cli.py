"""`main.py print` and `main.py verify`: headless, no Qt. Each returns the process exit code.

print:  0 every form printed · 1 a form failed · 2 bad arguments (unknown team or period) ·
        130 interrupted (whole files only are left).
verify: 0 every file signed, intact and (when the certificate is at hand) ours · 1 a file was
        altered, damaged or signed by someone else, or differs from the store · 2 a file is not
        signed (nothing proves it intact).
"""

import sys
from pathlib import Path

SIGNING_DIR = "signing"     # beside the database: the organisation's key and certificate


def add_print_arguments(parser):
    parser.add_argument("--period", required=True, help="period key, e.g. 2026-11 or 2026-Q4")
    parser.add_argument("--team", help="only this team (its name); default: every active team")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder for the PDFs")
    parser.add_argument("--no-sign", dest="sign", action="store_false",
                        help="do not add the organisation's PDF signature")
    parser.add_argument("--org-dir", metavar="DIR",
                        help="folder of the signing key and certificate (default: beside the "
                             "database; made on first use)")


def add_verify_arguments(parser):
    parser.add_argument("files", nargs="+", metavar="FORM.pdf")
    parser.add_argument("--org-dir", metavar="DIR",
                        help="folder of the organisation's certificate (default: beside the "
                             "database)")


def main_print(args):
    from models.database.store import StoreError, open_db, open_report
    from reports.batch import BatchError, print_period
    from reports.fonts import FontError

    db_path = _db_path(args)
    org_dir = None
    if getattr(args, "sign", True):
        org_dir = Path(args.org_dir) if getattr(args, "org_dir", None) else _signing_dir(db_path)

    def progress(done, total):
        print(f"[{done}/{total}]", flush=True)

    try:
        db = open_db(db_path)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    journal = open_report(db).journal
    if journal is not None and journal.damaged:
        print(f"warning: {journal.sentence()}", file=sys.stderr)
    try:
        paths = print_period(db, period=args.period, team=getattr(args, "team", None),
                             out_dir=args.out, by="main.py print", progress=progress,
                             language=getattr(args, "lang", None) or "zh", org_dir=org_dir)
    except (LookupError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except FontError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except BatchError as exc:
        print(f"error: {exc} ({len(exc.written)} printed before it)", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted: the PDFs already written are whole; none is half-written",
              file=sys.stderr)
        return 130
    finally:
        db.close()
    for path in paths:
        print(path)
    signed = f", signed with the certificate in {org_dir}" if org_dir else ", not signed"
    print(f"printed {len(paths)} form(s) to {args.out}{signed}")
    return 0


def main_verify(args):
    from reports.pdf_sign import CERT_FILE, verify_pdf

    db_path = _db_path(args)
    org_dir = Path(args.org_dir) if getattr(args, "org_dir", None) else _signing_dir(db_path)
    if not (org_dir / CERT_FILE).is_file():
        if getattr(args, "org_dir", None):
            print(f"error: no organisation certificate in {org_dir}", file=sys.stderr)
            return 2
        org_dir = None
    code = 0
    for name in args.files:
        found = verify_pdf(name, org_dir=org_dir)
        fingerprint = found.sha256 or "none (printed from a draft)"
        form = (f"form #{found.form_id} revision {found.revision}, SHA-256 {fingerprint}"
                if found.form_id is not None else "no Appraisal Desk form id in its metadata")
        print(f"{name}: {form}")
        print(f"  {found.message}")
        agrees, stored = _store_check(db_path, found)
        if stored:
            print(f"  store: {stored}")
        altered = (not found.ok and not found.unsigned) or agrees is False
        if altered:
            code = 1
        elif found.unsigned and code == 0:
            code = 2
    return code


def _store_check(db_path, found):
    """(agrees, text): the PDF's fingerprint against the store's record, read-only. `agrees`
    is None when there is nothing to compare (no store file, no form id, a draft)."""
    if found.form_id is None or db_path is None or not Path(db_path).is_file():
        return None, ""
    import sqlite3

    import sqlite_utils

    from models.forms import get_form
    from models.storage.errors import NotFoundError

    conn = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        form = get_form(sqlite_utils.Database(conn), found.form_id)
    except NotFoundError:
        return False, f"no form #{found.form_id} in {db_path}"
    except sqlite3.Error as exc:
        return None, f"cannot read {db_path}: {exc}"
    finally:
        conn.close()
    if form["sha256"] is None:
        return None, f"form #{found.form_id} is still a draft in the store (nothing frozen)"
    if form["sha256"] != found.sha256 or form["revision"] != found.revision:
        return False, (f"DIFFERS: the store's form #{found.form_id} is revision "
                       f"{form['revision']} with SHA-256 {form['sha256']}")
    return True, f"matches the store's form #{found.form_id} ({form['state']})"


def _db_path(args):
    if getattr(args, "db", None):
        return Path(args.db)
    from models.database.store import default_db_path

    return default_db_path()


def _signing_dir(db_path):
    return Path(db_path).resolve().parent / SIGNING_DIR
