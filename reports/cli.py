"""`main.py print` and `main.py verify`: headless, no Qt. Each returns the process exit code.

print:  0 every form printed · 1 a form failed · 2 bad arguments (unknown team or period) ·
        130 interrupted (whole files only are left).
check:  0 no problem found · 1 a problem (tampering or damage; one line each) · 2 no such
        store, or one this version cannot check.
verify: 0 every file signed, intact, signed with the trusted organisation certificate and
        not differing from the store · 1 a file was altered or damaged, is NOT TRUSTED (signed
        with any other certificate, whatever its name), or differs from the store · 2 no
        certificate to trust (neither `--cert FILE` nor the one kept with the store in
        `signing/` beside the database, or it is unreadable: nothing was checked), or a file is
        not signed (nothing proves it intact).
        The trusted certificate is only ever the organisation's: `--cert FILE` (PEM or DER),
        else `--org-dir DIR`, else the store's `signing/` folder. Its SHA-256 fingerprint is
        printed first, to compare with the one printed on the forms.
"""

import sys
from pathlib import Path

from reports.batch import SIGNING_DIR, signing_dir


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
    trusted = parser.add_mutually_exclusive_group()
    trusted.add_argument("--cert", metavar="FILE",
                         help="the organisation's certificate to trust (PEM or DER), e.g. a copy "
                              "of signing/org-signing-cert.pem; default: the one kept with the "
                              "store")
    trusted.add_argument("--org-dir", metavar="DIR",
                         help=f"folder of the organisation's certificate (default: "
                              f"{SIGNING_DIR}/ beside the database)")


def add_check_arguments(parser):
    parser.add_argument("--cert", metavar="FILE",
                        help="the organisation certificate to trust (default: the one kept in "
                             "the signing folder beside the database)")


def main_check(args):
    """Every tamper and damage check on the store, read-only: one line per finding."""
    import sqlite3

    import sqlite_utils

    from models.database import migrations
    from models.database.tamper_check import check_store
    from models.storage import integrity
    from models.trust import keys

    db_path = _db_path(args)
    if not db_path.is_file():
        print(f"error: no database at {db_path}", file=sys.stderr)
        return 2
    cert = None
    if getattr(args, "cert", None):
        try:
            cert = keys.load_certificate(args.cert)
        except (OSError, ValueError) as exc:
            print(f"error: {args.cert} is not a certificate: {exc}", file=sys.stderr)
            return 2
    try:
        with integrity.open_read_only(db_path) as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version < migrations.latest_version():
                print(f"error: {db_path} is at schema version {version}; open it once with "
                      "this version of the app to upgrade it, then check it", file=sys.stderr)
                return 2
            report = check_store(sqlite_utils.Database(conn), cert=cert,
                                 org_dir=keys.signing_dir(db_path))
    except sqlite3.Error as exc:
        print(f"PROBLEM: {db_path} cannot be read as a database: {exc}")
        return 1
    for line in report.lines():
        print(line)
    counts = ", ".join(f"{n} {what}" for what, n in report.checked.items()
                       if not isinstance(n, bool))
    verdict = "no problem found" if report.ok else f"{len(report.problems)} problem(s)"
    print(f"{db_path}: {verdict} ({counts})")
    return 0 if report.ok else 1


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
    from models.trust.keys import fingerprint as cert_fingerprint
    from reports.pdf_sign import verify_pdf

    db_path = _db_path(args)
    try:
        cert, where = _trusted_certificate(args, db_path)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        print("nothing was checked: only a signature made with the organisation's certificate "
              "proves a form unaltered", file=sys.stderr)
        return 2
    subject = cert.subject.native.get("common_name") or cert.subject.human_friendly
    print(f"trusted certificate: {subject} ({where})")
    print(f"  SHA-256 fingerprint {cert_fingerprint(cert)}")
    code = 0
    for name in args.files:
        found = verify_pdf(name, cert=cert)
        fingerprint = found.sha256 or "none (printed from a draft)"
        form = (f"form #{found.form_id} revision {found.revision}, SHA-256 {fingerprint}"
                if found.form_id is not None else "no Appraisal Desk form id in its metadata")
        check = _store_check
        if getattr(found, "closing", None) is not None:     # a results summary
            from reports.results_pdf_cli import closing_line, closing_store_check

            form, check = closing_line(found.closing), closing_store_check
        print(f"{name}: {form}")
        print(f"  {found.message}")
        agrees, stored = check(db_path, found)
        if stored:
            print(f"  store: {stored}")
        altered = (not found.ok and not found.unsigned) or agrees is False
        if altered:
            code = 1
        elif found.unsigned and code == 0:
            code = 2
    return code


def _trusted_certificate(args, db_path):
    """(certificate, where it came from): `--cert`, else `--org-dir`, else the store's signing
    folder. FileNotFoundError saying which certificate is missing and how to give one."""
    from models.trust.keys import load_certificate
    from reports.pdf_sign import CERT_FILE

    if getattr(args, "cert", None):
        return load_certificate(args.cert), str(args.cert)
    given = getattr(args, "org_dir", None)
    path = (Path(given) if given else _signing_dir(db_path)) / CERT_FILE
    if not path.is_file():
        kept = ("in the folder given with --org-dir" if given
                else f"with the store (beside the database {db_path})")
        raise FileNotFoundError(
            f"no organisation certificate to trust: {path} does not exist (it is kept {kept}). "
            f"Give the organisation's certificate with --cert FILE (PEM or DER, e.g. a copy of "
            f"{SIGNING_DIR}/{CERT_FILE} from the computer that signs the forms), or the folder "
            f"holding it with --org-dir DIR")
    return load_certificate(path), str(path)


def _store_check(db_path, found):
    """(agrees, text): the PDF against the store's record, read-only. `agrees` is None when
    there is nothing to compare (no store file, no form id). A draft, a superseded revision, a
    form changed in the file since, or a store older than the paper's anchor: False."""
    if found.form_id is None or db_path is None or not Path(db_path).is_file():
        return None, ""
    import sqlite3

    import sqlite_utils

    from models.forms import get_form
    from models.forms.form_view import tampering
    from models.storage import integrity
    from models.storage.errors import NotFoundError
    from models.trust import anchors

    try:
        with integrity.open_read_only(db_path) as conn:
            conn.row_factory = sqlite3.Row
            db = sqlite_utils.Database(conn)
            form = get_form(db, found.form_id)
            problems = tampering(db, form) if form["state"] != "draft" else []
            rolled_back = anchors.paper_anchor_problem(db, getattr(found, "anchor", None))
            from reports.results_pdf_cli import reopened_since

            reopened = reopened_since(db, getattr(found, "results", None))
    except NotFoundError:
        return False, f"no form #{found.form_id} in {db_path}"
    except sqlite3.Error as exc:
        return None, f"cannot read {db_path}: {exc}"
    number = f"form #{found.form_id}"
    if form["sha256"] is None:
        return False, (f"DRAFT: the store's {number} is still a draft: this paper is not a "
                       "signed form")
    if form["sha256"] != found.sha256 or form["revision"] != found.revision:
        return False, (f"DIFFERS: the store's {number} is revision {form['revision']} with "
                       f"SHA-256 {form['sha256']}")
    if problems:
        return False, (f"the store's {number} was changed outside the app since: "
                       f"{'; '.join(problems)}")
    if rolled_back:
        return False, rolled_back
    if form["superseded_by"] is not None:
        return False, (f"SUPERSEDED: {number} revision {form['revision']} was corrected by form "
                       f"#{form['superseded_by']}: this paper is no longer the valid one")
    if reopened:
        return False, f"REOPENED: {reopened}"
    return True, f"matches the store's {number} ({form['state']})"


def _db_path(args):
    if getattr(args, "db", None):
        return Path(args.db)
    from models.database.store import default_db_path

    return default_db_path()


def _signing_dir(db_path):
    return signing_dir(db_path)
