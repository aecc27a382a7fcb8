"""The results summary PDF from the command line and for `main.py verify`: `main.py results
--period P --team T --pdf FILE` (`main_results_pdf`), the line verify prints for a summary
(`closing_line`), its check against the store (`closing_store_check`) and whether the period was
reopened since (`reopened_since`). The page itself is reports/results_pdf.py."""

import sys
from pathlib import Path

from reports.results_pdf import save_results_pdf


def main_results_pdf(args, out=None):
    """`main.py results --period P --team T --pdf FILE`: the signed results summary of the
    team's closed period. Exit 0 written · 1 it could not be written (the font, the key, a
    closing changed in the file) · 2 bad arguments (no store, no --team, unknown team or
    period, a period not closed)."""
    from models.database.store import StoreError, open_db
    from models.people.teams import team_by_name
    from models.results.closing import TamperedClosingError, closing_of
    from models.work.periods import resolve
    from reports.batch import signing_dir
    from reports.fonts import FontError
    from reports.results_cli import _db_path, _fail

    out = out or sys.stdout
    db_path = _db_path(args)
    if not db_path.is_file():
        return _fail(f"no database at {db_path}")
    if not args.team:
        return _fail("--pdf needs --team: the results summary is one team's closed period")
    try:
        db = open_db(db_path)
    except StoreError as exc:
        return _fail(str(exc))
    try:
        try:
            period = resolve(db, args.period)
        except ValueError as exc:
            return _fail(f"--period: {exc}")
        team = team_by_name(db, args.team)
        if team is None:
            return _fail(f"--team: no team named {args.team!r}")
        closing = closing_of(db, team["id"], period)
        if closing is None or not closing["closed"]:
            state = "was reopened and is not closed again" if closing else "is not closed"
            return _fail(f"the period {period.key} of team {args.team!r} {state}: a reviewer "
                         "closes it in the app (Results tab) first")
        org_dir = signing_dir(db_path)
        try:
            path = save_results_pdf(db, closing["id"], args.pdf, org_dir=org_dir,
                                    language=getattr(args, "lang", None) or "zh")
        except (FontError, TamperedClosingError, OSError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    finally:
        db.close()
    print(f"wrote {path}: the results of team {args.team} for {period.key} (closing "
          f"#{closing['id']} revision {closing['revision']}, SHA-256 {closing['sha256']}), "
          f"signed with the certificate in {org_dir}", file=out)
    return 0


def closing_line(closing):
    """What `main.py verify` says a results summary is."""
    closing_id, revision, sha256 = closing
    return f"results closing #{closing_id} revision {revision}, SHA-256 {sha256}"


def closing_store_check(db_path, found):
    """(agrees, text): a results summary (`found`, a reports.pdf_sign.Verification with
    `closing`) against the store, read-only. False for a closing changed, missing or reopened
    since, or a store older than the paper's anchor; None when there is no store to ask."""
    if db_path is None or not Path(db_path).is_file():
        return None, ""
    import sqlite3

    import sqlite_utils

    from models.results.closing import get_closing, tampering
    from models.storage import integrity
    from models.storage.errors import NotFoundError
    from models.trust import anchors

    closing_id, revision, sha256 = found.closing
    try:
        with integrity.open_read_only(db_path) as conn:
            conn.row_factory = sqlite3.Row
            db = sqlite_utils.Database(conn)
            row = get_closing(db, closing_id)
            problems = tampering(db, row) if row["closed"] else []
            later = get_closing(db, row["superseded_by"]) if row["superseded_by"] else None
            rolled_back = anchors.paper_anchor_problem(db, getattr(found, "anchor", None))
    except NotFoundError:
        return False, f"no closing #{closing_id} in {db_path}"
    except sqlite3.Error as exc:
        return None, f"cannot read {db_path}: {exc}"
    number = f"closing #{closing_id}"
    if row["sha256"] != sha256 or row["revision"] != revision:
        return False, (f"DIFFERS: the store's {number} is revision {row['revision']} with "
                       f"SHA-256 {row['sha256']}")
    if problems:
        return False, (f"the store's {number} was changed outside the app since: "
                       f"{'; '.join(problems)}")
    if rolled_back:
        return False, rolled_back
    if later is not None:
        return False, (f"REOPENED: {number} revision {revision} was reopened by "
                       f"{later['created_by']} on {later['created_at'][:10]} (revision "
                       f"{later['revision']}: {later['reason']}): this paper is no longer the "
                       "valid one")
    return True, (f"matches the store's {number} (team {row['team_id']}, {row['period_key']}, "
                  f"closed by {row['closed_by']} on {row['closed_at'][:10]})")


def reopened_since(db, results):
    """For a form's paper whose rank and stars came from the closing `results` (closing id,
    revision): a sentence when that closing was reopened since, else None."""
    if not results:
        return None
    row = db.execute("SELECT d.revision, d.reason FROM period_closings d WHERE d.previous_id = ?",
                     (results[0],)).fetchone()
    if row is None:
        return None
    return (f"its rank and stars were printed from results closing #{results[0]} revision "
            f"{results[1]}, reopened since (revision {row[0]}: {row[1]}): print it again once "
            "the period is closed again")
