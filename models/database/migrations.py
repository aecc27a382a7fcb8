"""Ordered schema migrations. `PRAGMA user_version` holds the version; each step is one
transaction that also bumps the version, so a killed migration leaves the file as it was."""

import sqlite3

from models.storage.errors import FROZEN_MESSAGE, PERIOD_MESSAGE

# Marks a file as ours (PRAGMA application_id), so a random SQLite file is never "migrated".
APPLICATION_ID = int.from_bytes(b"ApDk", "big")

V1 = [
    """CREATE TABLE teams (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        lead_employee_id INTEGER REFERENCES employees(id),
        active INTEGER NOT NULL DEFAULT 1,
        demo INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL)""",
    """CREATE TABLE employees (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name TEXT NOT NULL,
        name_initials TEXT NOT NULL DEFAULT '',
        team_id INTEGER REFERENCES teams(id),
        post TEXT NOT NULL DEFAULT '',
        hire_date TEXT,
        probation INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1,
        demo INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL)""",
    """CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL CHECK (role IN ('lead', 'reviewer', 'hr')),
        pin_hash TEXT,
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL)""",
    """CREATE TABLE rubric_versions (
        id INTEGER PRIMARY KEY,
        rubric_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        name TEXT NOT NULL,
        name_en TEXT,
        posts_json TEXT NOT NULL DEFAULT '[]',
        text TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        builtin INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        UNIQUE (rubric_id, version))""",
    # A version in use is evidence: an edit is a new version, never an UPDATE.
    """CREATE TRIGGER rubric_versions_immutable BEFORE UPDATE ON rubric_versions
        BEGIN SELECT RAISE(ABORT, 'rubric versions are immutable: save an edit as a new version');
        END""",
    """CREATE TABLE inspections (
        id INTEGER PRIMARY KEY,
        employee_id INTEGER NOT NULL REFERENCES employees(id),
        inspector TEXT NOT NULL DEFAULT '',
        started_at TEXT NOT NULL,
        place TEXT NOT NULL DEFAULT '',
        shift TEXT NOT NULL DEFAULT '',
        rubric_version_id INTEGER NOT NULL REFERENCES rubric_versions(id))""",
    """CREATE TABLE incidents (
        id INTEGER PRIMARY KEY,
        inspection_id INTEGER REFERENCES inspections(id),
        employee_id INTEGER NOT NULL REFERENCES employees(id),
        rubric_version_id INTEGER NOT NULL REFERENCES rubric_versions(id),
        item_id TEXT NOT NULL,
        count INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1),
        severe INTEGER NOT NULL DEFAULT 0,
        amount TEXT CHECK (amount IS NULL OR typeof(amount) = 'text'),
        note TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        created_by TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        approved INTEGER NOT NULL DEFAULT 0,
        approved_by TEXT,
        deleted_at TEXT,
        deleted_by TEXT,
        deleted_reason TEXT)""",
    # Deletion is soft (who/why stay); only demo rows may really go.
    """CREATE TRIGGER incidents_soft_delete BEFORE DELETE ON incidents
        WHEN (SELECT demo FROM employees WHERE id = OLD.employee_id) IS NOT 1
        BEGIN SELECT RAISE(ABORT, 'incidents are never deleted: mark them deleted instead');
        END""",
    """CREATE TABLE kpi_values (
        id INTEGER PRIMARY KEY,
        employee_id INTEGER NOT NULL REFERENCES employees(id),
        period TEXT NOT NULL,
        item_id TEXT NOT NULL,
        value_json TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT 'manual',
        entered_by TEXT NOT NULL DEFAULT '',
        entered_at TEXT NOT NULL,
        UNIQUE (employee_id, period, item_id))""",
    """CREATE TABLE audit_events (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER,
        before_json TEXT,
        after_json TEXT)""",
    """CREATE TRIGGER audit_events_append_only BEFORE UPDATE ON audit_events
        BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END""",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value_json TEXT NOT NULL)",
    "CREATE INDEX incidents_employee_at ON incidents(employee_id, at)",
    # kpi_values(employee_id, period) is served by the UNIQUE (employee_id, period, item_id) index.
    "CREATE INDEX employees_team ON employees(team_id)",
    "CREATE INDEX inspections_employee_started ON inspections(employee_id, started_at)",
    "CREATE INDEX audit_events_entity ON audit_events(entity, entity_id)",
    f"PRAGMA application_id = {APPLICATION_ID}",
]


# Migration 2: assessment forms and their signatures (docs/dev/forms-design.md). The helpers
# below write its SQL: like V1, never change them once released (add a migration instead).
STATES = ("draft", "submitted", "acknowledged", "disputed", "reviewed", "locked")
# The only moves a form's state can make; anything else (back, skipping a step) is refused.
EDGES = ("draft>submitted", "submitted>acknowledged", "submitted>disputed",
         "acknowledged>reviewed", "disputed>reviewed", "reviewed>locked")
# Columns a signed form never changes. The lifecycle columns (state, dispute_reason,
# disputed_at, locked_at, locked_by) are guarded by their own trigger below.
FROZEN = ("id", "employee_id", "period_key", "period_start", "period_end", "rubric_version_id",
          "revision", "previous_id", "submitted_at", "due_at", "snapshot_json", "sha256",
          "team_scope", "team_context_json", "needs_reevaluation", "created_at", "created_by")
# The triggers' refusal texts live with the errors that name them (models/storage/errors.py).


def _sql_list(values):
    return ", ".join(f"'{v}'" for v in values)


def _changed(columns):
    return " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns)


def _signed_form(employee, day=None, period=None):
    """SQL: the employee has a signed form (not superseded by a revision) covering the day
    (an ISO date/time expression) or the period key (an expression)."""
    where = (f"substr({day}, 1, 10) BETWEEN a.period_start AND a.period_end" if day
             else f"a.period_key = {period}")
    return (f"EXISTS (SELECT 1 FROM assessments a WHERE a.employee_id = {employee} "
            f"AND a.state != 'draft' AND {where} "
            "AND NOT EXISTS (SELECT 1 FROM assessments b WHERE b.previous_id = a.id))")


def _flag_leads(employee, day=None, period=None):
    """SQL: mark the drafts of team-derived forms whose team results `employee`'s change moves:
    the lead of the employee's team (the lead's own entries never count in the team's figures)
    and, for forms that rank teams, every lead's. Same terms as the partial index."""
    covers = (f"substr({day}, 1, 10) BETWEEN period_start AND period_end" if day
              else f"period_key = {period}")
    return (f"UPDATE assessments SET needs_reevaluation = 1 "
            f"WHERE state = 'draft' AND team_scope != 'none' AND needs_reevaluation = 0 "
            f"AND {covers} AND employee_id IS NOT {employee} "
            f"AND EXISTS (SELECT 1 FROM employees e JOIN teams t ON t.id = e.team_id "
            f"WHERE e.id = {employee} AND t.lead_employee_id IS NOT {employee} "
            f"AND (t.lead_employee_id = assessments.employee_id "
            f"OR assessments.team_scope = 'rank'));")


def _not_demo(employee):
    # Demo rows may really go (with the demo), as incidents_soft_delete allows in migration 1.
    return f"(SELECT demo FROM employees WHERE id = {employee}) IS NOT 1"


V2 = [
    f"""CREATE TABLE assessments (
        id INTEGER PRIMARY KEY,
        employee_id INTEGER NOT NULL REFERENCES employees(id),
        period_key TEXT NOT NULL,
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        rubric_version_id INTEGER NOT NULL REFERENCES rubric_versions(id),
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        previous_id INTEGER REFERENCES assessments(id),
        state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ({_sql_list(STATES)})),
        dispute_reason TEXT CHECK (dispute_reason IS NULL OR length(trim(dispute_reason)) > 0),
        disputed_at TEXT,
        submitted_at TEXT,
        due_at TEXT,
        locked_at TEXT,
        locked_by TEXT,
        snapshot_json TEXT,
        sha256 TEXT,
        team_scope TEXT NOT NULL DEFAULT 'none' CHECK (team_scope IN ('none', 'team', 'rank')),
        team_context_json TEXT,
        needs_reevaluation INTEGER NOT NULL DEFAULT 0 CHECK (needs_reevaluation IN (0, 1)),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL DEFAULT '',
        UNIQUE (employee_id, period_key, revision),
        CHECK ((state = 'draft') = (snapshot_json IS NULL)),
        CHECK ((snapshot_json IS NULL) = (sha256 IS NULL)),
        CHECK (state != 'disputed' OR dispute_reason IS NOT NULL),
        CHECK (period_start <= period_end))""",
    # One correction per form: revisions make a chain, never a fork.
    """CREATE UNIQUE INDEX assessments_previous ON assessments(previous_id)
        WHERE previous_id IS NOT NULL""",
    "CREATE INDEX assessments_employee_period ON assessments(employee_id, period_start)",
    "CREATE INDEX assessments_period ON assessments(period_key)",
    "CREATE INDEX assessments_state_due ON assessments(state, due_at)",
    # Served to the team-results triggers on every tick: only open team-derived drafts.
    """CREATE INDEX assessments_team_drafts ON assessments(employee_id)
        WHERE state = 'draft' AND team_scope != 'none' AND needs_reevaluation = 0""",
    """CREATE TABLE signatures (
        id INTEGER PRIMARY KEY,
        assessment_id INTEGER NOT NULL REFERENCES assessments(id),
        role TEXT NOT NULL CHECK (role IN ('appraiser', 'employee', 'reviewer')),
        signer_name TEXT NOT NULL CHECK (length(trim(signer_name)) > 0),
        user_id INTEGER REFERENCES users(id),
        strokes_json TEXT NOT NULL DEFAULT '[]',
        png BLOB,
        signed_at TEXT NOT NULL,
        pin_verified INTEGER NOT NULL DEFAULT 0 CHECK (pin_verified IN (0, 1)),
        UNIQUE (assessment_id, role),
        CHECK (pin_verified = 0 OR user_id IS NOT NULL))""",
    # -- a new form starts as a draft; a signed one only moves forward -----------------------
    """CREATE TRIGGER assessments_start_as_draft BEFORE INSERT ON assessments
        WHEN NEW.state != 'draft'
        BEGIN SELECT RAISE(ABORT, 'a new assessment starts as a draft'); END""",
    f"""CREATE TRIGGER assessments_frozen BEFORE UPDATE ON assessments
        WHEN OLD.state != 'draft' AND ({_changed(FROZEN)})
        BEGIN SELECT RAISE(ABORT, '{FROZEN_MESSAGE}'); END""",
    f"""CREATE TRIGGER assessments_frozen_lifecycle BEFORE UPDATE ON assessments
        WHEN OLD.state != 'draft' AND (
            (({_changed(("dispute_reason", "disputed_at"))})
             AND NOT (OLD.state = 'submitted' AND NEW.state = 'disputed'))
            OR (({_changed(("locked_at", "locked_by"))})
                AND NOT (OLD.state = 'reviewed' AND NEW.state = 'locked')))
        BEGIN SELECT RAISE(ABORT, '{FROZEN_MESSAGE}'); END""",
    f"""CREATE TRIGGER assessments_state_order BEFORE UPDATE OF state ON assessments
        WHEN NEW.state IS NOT OLD.state
            AND (OLD.state || '>' || NEW.state) NOT IN ({_sql_list(EDGES)})
        BEGIN SELECT RAISE(ABORT, 'assessment state can only move forward one step'); END""",
    """CREATE TRIGGER assessments_steps_signed BEFORE UPDATE OF state ON assessments
        WHEN NEW.state IS NOT OLD.state AND NOT EXISTS (
            SELECT 1 FROM signatures s WHERE s.assessment_id = NEW.id AND s.role =
                CASE NEW.state WHEN 'submitted' THEN 'appraiser'
                               WHEN 'acknowledged' THEN 'employee'
                               WHEN 'reviewed' THEN 'reviewer' END)
            AND NEW.state IN ('submitted', 'acknowledged', 'reviewed')
        BEGIN SELECT RAISE(ABORT, 'this assessment step needs its signature first'); END""",
    f"""CREATE TRIGGER assessments_no_delete BEFORE DELETE ON assessments
        WHEN OLD.state != 'draft' AND {_not_demo("OLD.employee_id")}
        BEGIN SELECT RAISE(ABORT, '{FROZEN_MESSAGE}: it cannot be deleted'); END""",
    # -- signatures: written once, in the order of the steps, never changed -----------------
    """CREATE TRIGGER signatures_in_order BEFORE INSERT ON signatures
        WHEN NOT EXISTS (SELECT 1 FROM assessments a WHERE a.id = NEW.assessment_id AND (
            (NEW.role = 'appraiser' AND a.state = 'draft')
            OR (NEW.role = 'employee' AND a.state = 'submitted')
            OR (NEW.role = 'reviewer' AND a.state IN ('acknowledged', 'disputed'))))
        BEGIN SELECT RAISE(ABORT, 'signature out of order for this assessment'); END""",
    """CREATE TRIGGER signatures_immutable BEFORE UPDATE ON signatures
        BEGIN SELECT RAISE(ABORT, 'signatures can never be changed'); END""",
    f"""CREATE TRIGGER signatures_no_delete BEFORE DELETE ON signatures
        WHEN {_not_demo("(SELECT employee_id FROM assessments WHERE id = OLD.assessment_id)")}
        BEGIN SELECT RAISE(ABORT, 'signatures can never be deleted'); END""",
    # -- the inputs of a signed period are frozen with it -------------------------------------
    f"""CREATE TRIGGER incidents_signed_insert BEFORE INSERT ON incidents
        WHEN {_signed_form("NEW.employee_id", day="NEW.at")}
        BEGIN SELECT RAISE(ABORT, '{PERIOD_MESSAGE}'); END""",
    f"""CREATE TRIGGER incidents_signed_update BEFORE UPDATE ON incidents
        WHEN {_signed_form("OLD.employee_id", day="OLD.at")}
            OR {_signed_form("NEW.employee_id", day="NEW.at")}
        BEGIN SELECT RAISE(ABORT, '{PERIOD_MESSAGE}'); END""",
    f"""CREATE TRIGGER incidents_signed_delete BEFORE DELETE ON incidents
        WHEN {_signed_form("OLD.employee_id", day="OLD.at")}
        BEGIN SELECT RAISE(ABORT, '{PERIOD_MESSAGE}'); END""",
    f"""CREATE TRIGGER kpi_values_signed_insert BEFORE INSERT ON kpi_values
        WHEN {_signed_form("NEW.employee_id", period="NEW.period")}
        BEGIN SELECT RAISE(ABORT, '{PERIOD_MESSAGE}'); END""",
    f"""CREATE TRIGGER kpi_values_signed_update BEFORE UPDATE ON kpi_values
        WHEN {_signed_form("OLD.employee_id", period="OLD.period")}
            OR {_signed_form("NEW.employee_id", period="NEW.period")}
        BEGIN SELECT RAISE(ABORT, '{PERIOD_MESSAGE}'); END""",
    f"""CREATE TRIGGER kpi_values_signed_delete BEFORE DELETE ON kpi_values
        WHEN {_signed_form("OLD.employee_id", period="OLD.period")}
        BEGIN SELECT RAISE(ABORT, '{PERIOD_MESSAGE}'); END""",
    # -- a member's change marks the lead's team-derived draft for re-evaluation -------------
    f"""CREATE TRIGGER incidents_team_insert AFTER INSERT ON incidents
        BEGIN {_flag_leads("NEW.employee_id", day="NEW.at")} END""",
    f"""CREATE TRIGGER incidents_team_update
        AFTER UPDATE OF employee_id, item_id, count, severe, amount, at, deleted_at ON incidents
        BEGIN {_flag_leads("OLD.employee_id", day="OLD.at")}
              {_flag_leads("NEW.employee_id", day="NEW.at")} END""",
    f"""CREATE TRIGGER incidents_team_delete AFTER DELETE ON incidents
        BEGIN {_flag_leads("OLD.employee_id", day="OLD.at")} END""",
    f"""CREATE TRIGGER kpi_values_team_insert AFTER INSERT ON kpi_values
        BEGIN {_flag_leads("NEW.employee_id", period="NEW.period")} END""",
    f"""CREATE TRIGGER kpi_values_team_update AFTER UPDATE ON kpi_values
        BEGIN {_flag_leads("OLD.employee_id", period="OLD.period")}
              {_flag_leads("NEW.employee_id", period="NEW.period")} END""",
    f"""CREATE TRIGGER kpi_values_team_delete AFTER DELETE ON kpi_values
        BEGIN {_flag_leads("OLD.employee_id", period="OLD.period")} END""",
    # Someone joining, leaving or (de)activated changes the team's figures in every period.
    """CREATE TRIGGER employees_team_changed AFTER UPDATE OF team_id, active ON employees
        WHEN NEW.team_id IS NOT OLD.team_id OR NEW.active IS NOT OLD.active
        BEGIN UPDATE assessments SET needs_reevaluation = 1
            WHERE state = 'draft' AND team_scope != 'none' AND needs_reevaluation = 0
            AND (team_scope = 'rank' OR employee_id IN (SELECT lead_employee_id FROM teams
                                                        WHERE id IN (OLD.team_id, NEW.team_id)));
        END""",
    """CREATE TRIGGER employees_team_joined AFTER INSERT ON employees
        WHEN NEW.team_id IS NOT NULL AND NEW.active = 1
        BEGIN UPDATE assessments SET needs_reevaluation = 1
            WHERE state = 'draft' AND team_scope != 'none' AND needs_reevaluation = 0
            AND (team_scope = 'rank' OR employee_id IN (SELECT lead_employee_id FROM teams
                                                        WHERE id = NEW.team_id));
        END""",
    """CREATE TRIGGER teams_lead_changed AFTER UPDATE OF lead_employee_id, active ON teams
        WHEN NEW.lead_employee_id IS NOT OLD.lead_employee_id OR NEW.active IS NOT OLD.active
        BEGIN UPDATE assessments SET needs_reevaluation = 1
            WHERE state = 'draft' AND team_scope != 'none' AND needs_reevaluation = 0
            AND (team_scope = 'rank'
                 OR employee_id IN (OLD.lead_employee_id, NEW.lead_employee_id));
        END""",
]


def _v3_audit_chain(db):
    """Hash-chain the audit trail; from now on no event can be edited or removed unseen."""
    from models.audit.chain import chain_existing

    db.execute("ALTER TABLE audit_events ADD COLUMN prev_hash TEXT")
    db.execute("ALTER TABLE audit_events ADD COLUMN hash TEXT")
    db.execute("DROP TRIGGER audit_events_append_only")
    chain_existing(db)
    db.execute("""CREATE TRIGGER audit_events_append_only BEFORE UPDATE ON audit_events
        BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END""")
    db.execute("""CREATE TRIGGER audit_events_never_deleted BEFORE DELETE ON audit_events
        BEGIN SELECT RAISE(ABORT, 'audit events are never deleted'); END""")
    db.execute("CREATE INDEX audit_events_at ON audit_events(at)")


# Which teams a shift lead works on (a lead without a row here sees no employees). A team can
# only be deleted while it is demo data: its assignments go with it.
V4 = [
    """CREATE TABLE user_teams (
        user_id INTEGER NOT NULL REFERENCES users(id),
        team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        PRIMARY KEY (user_id, team_id)) WITHOUT ROWID""",
    "CREATE INDEX user_teams_team ON user_teams(team_id)",
]


# Migration 5: tamper evidence (docs/reliability.md). Signatures carry a seal (the
# organisation key's signature over the form's SHA-256 and the signature itself); the audit
# chain's head is anchored, signed, in `chain_anchors` and in a log outside the file; nothing
# signed can be deleted, demo or not, and the demo flag never reaches a signed record.
V5 = [
    "ALTER TABLE signatures ADD COLUMN seal TEXT",
    """CREATE TABLE chain_anchors (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        event_id INTEGER NOT NULL,
        hash TEXT NOT NULL,
        why TEXT NOT NULL,
        signature TEXT NOT NULL)""",
    """CREATE TRIGGER chain_anchors_append_only BEFORE UPDATE ON chain_anchors
        BEGIN SELECT RAISE(ABORT, 'chain anchors are append-only'); END""",
    """CREATE TRIGGER chain_anchors_never_deleted BEFORE DELETE ON chain_anchors
        BEGIN SELECT RAISE(ABORT, 'chain anchors are never deleted'); END""",
    # One row naming this store, so its anchor log outside the file is found again.
    """CREATE TABLE store_identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        store_id TEXT NOT NULL,
        created_at TEXT NOT NULL)""",
    """CREATE TRIGGER store_identity_fixed BEFORE UPDATE ON store_identity
        BEGIN SELECT RAISE(ABORT, 'the store identity never changes'); END""",
    """CREATE TRIGGER store_identity_kept BEFORE DELETE ON store_identity
        BEGIN SELECT RAISE(ABORT, 'the store identity never changes'); END""",
    "DROP TRIGGER assessments_no_delete",
    f"""CREATE TRIGGER assessments_no_delete BEFORE DELETE ON assessments
        WHEN OLD.state != 'draft'
        BEGIN SELECT RAISE(ABORT, '{FROZEN_MESSAGE}: it cannot be deleted'); END""",
    "DROP TRIGGER signatures_no_delete",
    """CREATE TRIGGER signatures_no_delete BEFORE DELETE ON signatures
        BEGIN SELECT RAISE(ABORT, 'signatures can never be deleted'); END""",
    """CREATE TRIGGER employees_demo_never_signed BEFORE UPDATE OF demo ON employees
        WHEN NEW.demo = 1 AND OLD.demo = 0 AND EXISTS (
            SELECT 1 FROM assessments a WHERE a.employee_id = NEW.id AND a.state != 'draft')
        BEGIN SELECT RAISE(ABORT, 'an employee with a signed form is never demo data'); END""",
]


def _v5_tamper_evidence(db):
    import uuid

    from models import audit
    from models.storage import clock

    _statements(V5)(db)
    db.execute("INSERT INTO store_identity (id, store_id, created_at) VALUES (1, ?, ?)",
               (uuid.uuid4().hex, clock.stamp()))
    # Signatures made before seals existed stay unsealed; the chain says up to which one.
    last = db.execute("SELECT coalesce(max(id), 0) FROM signatures").fetchone()[0]
    audit.record(db, actor="system", action="introduce_seals", entity="store", entity_id=None,
                 after={"unsealed_up_to": last})


# Migration 6: wrong PINs in a row per user (models/people/users.py): the lock they earn
# survives a restart and every new lock screen.
V6 = [
    """CREATE TABLE pin_failures (
        user_id INTEGER PRIMARY KEY REFERENCES users(id),
        failures INTEGER NOT NULL CHECK (failures >= 0),
        last_failure_at TEXT,
        locked_until TEXT)""",
]


# Migration 7 (issue 11): the reviewer's answer to a dispute, and why a revision corrects the
# form before it. The answer (all four columns together) is given once, while the form is
# disputed, and never changed after; a disputed form is reviewed only once answered. A revision
# made from now on names its reason (older revisions keep none), frozen once it is signed (it is
# also inside its snapshot, so under its SHA-256).
DISPUTE_ANSWERS = ("upheld", "partly_upheld", "rejected")
ANSWER = ("dispute_answer", "dispute_answer_text", "dispute_answered_at", "dispute_answered_by")
ANSWER_MESSAGE = "the answer to a dispute is given once, while the form is disputed"
V7 = [
    f"""ALTER TABLE assessments ADD COLUMN dispute_answer TEXT
        CHECK (dispute_answer IS NULL OR dispute_answer IN ({_sql_list(DISPUTE_ANSWERS)}))""",
    """ALTER TABLE assessments ADD COLUMN dispute_answer_text TEXT
        CHECK (dispute_answer_text IS NULL OR length(trim(dispute_answer_text)) > 0)""",
    "ALTER TABLE assessments ADD COLUMN dispute_answered_at TEXT",
    """ALTER TABLE assessments ADD COLUMN dispute_answered_by TEXT
        CHECK (dispute_answered_by IS NULL OR length(trim(dispute_answered_by)) > 0)""",
    """ALTER TABLE assessments ADD COLUMN correction_reason TEXT
        CHECK (correction_reason IS NULL OR length(trim(correction_reason)) > 0)""",
    f"""CREATE TRIGGER assessments_dispute_answer_new BEFORE INSERT ON assessments
        WHEN {" OR ".join(f"NEW.{c} IS NOT NULL" for c in ANSWER)}
        BEGIN SELECT RAISE(ABORT, '{ANSWER_MESSAGE}'); END""",
    f"""CREATE TRIGGER assessments_dispute_answer_once BEFORE UPDATE ON assessments
        WHEN ({_changed(ANSWER)}) AND NOT (
            OLD.state = 'disputed' AND NEW.state = 'disputed'
            AND {" AND ".join(f"OLD.{c} IS NULL" for c in ANSWER)}
            AND {" AND ".join(f"NEW.{c} IS NOT NULL" for c in ANSWER)})
        BEGIN SELECT RAISE(ABORT, '{ANSWER_MESSAGE}'); END""",
    """CREATE TRIGGER assessments_dispute_answered BEFORE UPDATE OF state ON assessments
        WHEN OLD.state = 'disputed' AND NEW.state IS NOT OLD.state AND NEW.dispute_answer IS NULL
        BEGIN SELECT RAISE(ABORT, 'answer the dispute first'); END""",
    """CREATE TRIGGER assessments_correction_reason BEFORE INSERT ON assessments
        WHEN NEW.previous_id IS NOT NULL AND NEW.correction_reason IS NULL
        BEGIN SELECT RAISE(ABORT, 'a correction needs its reason'); END""",
    f"""CREATE TRIGGER assessments_correction_frozen BEFORE UPDATE OF correction_reason
        ON assessments
        WHEN OLD.state != 'draft' AND NEW.correction_reason IS NOT OLD.correction_reason
        BEGIN SELECT RAISE(ABORT, '{FROZEN_MESSAGE}'); END""",
]


# Migration 8 (issue 11): users can be corrected. A name is unique among the active users only
# (a deactivated user's name may be given again), and a user can be demo data (the demo's own
# users, removed with it). SQLite cannot drop a column's UNIQUE: the table is rebuilt, keeping
# every id (user_teams, signatures and pin_failures refer to them), with foreign keys off while
# the old table is dropped and checked before the step commits (`migrate`).
V8 = [
    """CREATE TABLE users_v8 (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('lead', 'reviewer', 'hr')),
        pin_hash TEXT,
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        demo INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)))""",
    """INSERT INTO users_v8 (id, name, role, pin_hash, active, created_at)
        SELECT id, name, role, pin_hash, active, created_at FROM users ORDER BY id""",
    "DROP TABLE users",
    "ALTER TABLE users_v8 RENAME TO users",
    "CREATE UNIQUE INDEX users_active_name ON users(name) WHERE active = 1",
]


def _v8_users(db):
    _statements(V8)(db)


_v8_users.rebuilds_tables = True


# Migration 9 (issue 11): the full pinyin of each name beside its initials, so the search finds
# 李娜 by "lina" and 欧阳晓雨 by "ouyang" (models/people/names.py); filled here for the people
# already in the file, kept by every later add and rename (models/people/employees.py).
def _v9_full_pinyin(db):
    from models.people.names import full_pinyin

    db.execute("ALTER TABLE employees ADD COLUMN name_pinyin TEXT NOT NULL DEFAULT ''")
    for employee_id, name in db.execute("SELECT id, name FROM employees").fetchall():
        db.execute("UPDATE employees SET name_pinyin = ? WHERE id = ?",
                   (full_pinyin(name), employee_id))


# Migration 10 (issue 12): closing a team's period (models/results/closing.py). A closing row
# starts open, and is closed once: its snapshot (the team's results as canonical JSON), the
# SHA-256 over it and the reviewer's signature with its seal are written together and never
# change again. Reopening is the next revision (an open row, with its reason) pointing to the
# closed one, which stays as it was; nothing is ever deleted. While a closing stands (closed,
# not reopened), the forms it froze are not corrected: a revision of one is refused.
CLOSING_FROZEN = "the results of a closed period are frozen: reopen it (a new revision) first"
CLOSING_REOPEN = "only the latest closed revision of a closing is reopened, by the next revision"
CLOSED_FORMS = "the period of this team is closed: reopen it before correcting its forms"
CLOSING_FIXED = ("id", "team_id", "period_key", "revision", "previous_id", "reason",
                 "created_at", "created_by")
V10 = [
    """CREATE TABLE period_closings (
        id INTEGER PRIMARY KEY,
        team_id INTEGER NOT NULL REFERENCES teams(id),
        period_key TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        previous_id INTEGER REFERENCES period_closings(id),
        state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
        reason TEXT CHECK (reason IS NULL OR length(trim(reason)) > 0),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        snapshot_json TEXT,
        sha256 TEXT,
        closed_at TEXT,
        closed_by TEXT CHECK (closed_by IS NULL OR length(trim(closed_by)) > 0),
        user_id INTEGER REFERENCES users(id),
        pin_verified INTEGER NOT NULL DEFAULT 0 CHECK (pin_verified IN (0, 1)),
        strokes_json TEXT NOT NULL DEFAULT '[]',
        png BLOB,
        seal TEXT,
        UNIQUE (team_id, period_key, revision),
        CHECK ((revision = 1) = (previous_id IS NULL)),
        CHECK (previous_id IS NULL OR reason IS NOT NULL),
        CHECK ((state = 'closed') = (snapshot_json IS NOT NULL)),
        CHECK ((snapshot_json IS NULL) = (sha256 IS NULL)),
        CHECK (state = 'open' OR (closed_at IS NOT NULL AND closed_by IS NOT NULL)),
        CHECK (pin_verified = 0 OR user_id IS NOT NULL))""",
    # Reopenings make a chain, never a fork.
    """CREATE UNIQUE INDEX period_closings_previous ON period_closings(previous_id)
        WHERE previous_id IS NOT NULL""",
    "CREATE INDEX period_closings_team_period ON period_closings(team_id, period_key)",
    """CREATE TRIGGER period_closings_start_open BEFORE INSERT ON period_closings
        WHEN NEW.state != 'open'
        BEGIN SELECT RAISE(ABORT, 'a closing starts open and is then closed once'); END""",
    f"""CREATE TRIGGER period_closings_reopen BEFORE INSERT ON period_closings
        WHEN NEW.previous_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM period_closings p WHERE p.id = NEW.previous_id AND p.state = 'closed'
            AND p.team_id = NEW.team_id AND p.period_key = NEW.period_key
            AND p.revision = NEW.revision - 1)
        BEGIN SELECT RAISE(ABORT, '{CLOSING_REOPEN}'); END""",
    f"""CREATE TRIGGER period_closings_frozen BEFORE UPDATE ON period_closings
        WHEN OLD.state = 'closed'
        BEGIN SELECT RAISE(ABORT, '{CLOSING_FROZEN}'); END""",
    f"""CREATE TRIGGER period_closings_close_once BEFORE UPDATE ON period_closings
        WHEN NEW.state != 'closed' OR ({_changed(CLOSING_FIXED)})
        BEGIN SELECT RAISE(ABORT, '{CLOSING_FROZEN}'); END""",
    """CREATE TRIGGER period_closings_no_delete BEFORE DELETE ON period_closings
        BEGIN SELECT RAISE(ABORT, 'closings are never deleted'); END""",
    f"""CREATE TRIGGER assessments_closed_period BEFORE INSERT ON assessments
        WHEN NEW.previous_id IS NOT NULL AND EXISTS (
            SELECT 1 FROM period_closings c, json_each(CASE WHEN json_valid(c.snapshot_json)
                THEN c.snapshot_json END, '$.form_ids') f
            WHERE c.state = 'closed' AND c.period_key = NEW.period_key
            AND f.value = NEW.previous_id
            AND NOT EXISTS (SELECT 1 FROM period_closings d WHERE d.previous_id = c.id))
        BEGIN SELECT RAISE(ABORT, '{CLOSED_FORMS}'); END""",
]


# Migration 11 (issue 13): which rubric applies to whom (models/rubrics/assignments.py,
# models/work/applicable.py). A row says: from period `from_period` on, this version of the
# rubric applies to everyone with this post (岗位) or in this team; `version_id` NULL says it no
# longer applies there ("ended"). `from_month` (year × 12 + month − 1 of the period's first
# month) orders the keys of months, quarters and years. Rows are evidence: a change is a new
# row, never an UPDATE or DELETE (only the demo team's go, with the demo).
ASSIGNMENTS_FIXED = "rubric assignments are never changed: a change is a new assignment"
V11 = [
    """CREATE TABLE rubric_assignments (
        id INTEGER PRIMARY KEY,
        rubric_id TEXT NOT NULL,
        version_id INTEGER REFERENCES rubric_versions(id),
        post TEXT CHECK (post IS NULL OR length(trim(post)) > 0),
        team_id INTEGER REFERENCES teams(id),
        from_period TEXT NOT NULL,
        from_month INTEGER NOT NULL CHECK (from_month >= 0),
        created_by TEXT NOT NULL CHECK (length(trim(created_by)) > 0),
        created_at TEXT NOT NULL,
        CHECK ((post IS NULL) != (team_id IS NULL)))""",
    "CREATE INDEX rubric_assignments_rubric ON rubric_assignments(rubric_id, from_month)",
    """CREATE TRIGGER rubric_assignments_own_version BEFORE INSERT ON rubric_assignments
        WHEN NEW.version_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM rubric_versions v
            WHERE v.id = NEW.version_id AND v.rubric_id = NEW.rubric_id)
        BEGIN SELECT RAISE(ABORT, 'an assignment names a version of its own rubric'); END""",
    f"""CREATE TRIGGER rubric_assignments_immutable BEFORE UPDATE ON rubric_assignments
        BEGIN SELECT RAISE(ABORT, '{ASSIGNMENTS_FIXED}'); END""",
    f"""CREATE TRIGGER rubric_assignments_no_delete BEFORE DELETE ON rubric_assignments
        WHEN OLD.team_id IS NULL OR (SELECT demo FROM teams WHERE id = OLD.team_id) IS NOT 1
        BEGIN SELECT RAISE(ABORT, '{ASSIGNMENTS_FIXED}'); END""",
]


def _statements(statements):
    def run(db):
        for sql in statements:
            db.execute(sql)
    return run


MIGRATIONS = [
    (1, _statements(V1)),
    (2, _statements(V2)),
    (3, _v3_audit_chain),
    (4, _statements(V4)),
    (5, _v5_tamper_evidence),
    (6, _statements(V6)),
    (7, _statements(V7)),
    (8, _v8_users),
    (9, _v9_full_pinyin),
    (10, _statements(V10)),
    (11, _statements(V11)),
]


def latest_version():
    return MIGRATIONS[-1][0]


def migrate(db, from_version):
    """Run every migration after `from_version`, each in its own transaction.

    A step that rebuilds a table (`rebuilds_tables`, migration 8) runs with foreign keys off:
    dropping the old table would otherwise break every reference to it (and SQLite ignores the
    pragma inside a transaction, so it is set before). Its transaction commits only when every
    foreign key holds again (PRAGMA foreign_key_check); the pragma is put back after."""
    for version, step in MIGRATIONS:
        if version <= from_version:
            continue
        rebuilds = getattr(step, "rebuilds_tables", False)
        keys_on = db.execute("PRAGMA foreign_keys").fetchone()[0]
        if rebuilds:
            db.execute("PRAGMA foreign_keys = OFF")
        try:
            with db.atomic():
                step(db)
                if rebuilds:
                    _check_foreign_keys(db, version)
                db.execute(f"PRAGMA user_version = {int(version)}")
        finally:
            if rebuilds and keys_on:
                db.execute("PRAGMA foreign_keys = ON")


def _check_foreign_keys(db, version):
    broken = db.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise sqlite3.IntegrityError(f"migration {version} would break {len(broken)} foreign "
                                     f"key(s), first in table {broken[0][0]}: nothing changed")
