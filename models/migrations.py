"""Ordered schema migrations. `PRAGMA user_version` holds the version; each step is one
transaction that also bumps the version, so a killed migration leaves the file as it was."""

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


def _statements(statements):
    def run(db):
        for sql in statements:
            db.execute(sql)
    return run


MIGRATIONS = [
    (1, _statements(V1)),
]


def latest_version():
    return MIGRATIONS[-1][0]


def migrate(db, from_version):
    """Run every migration after `from_version`, each in its own transaction."""
    for version, step in MIGRATIONS:
        if version <= from_version:
            continue
        with db.atomic():
            step(db)
            db.execute(f"PRAGMA user_version = {int(version)}")
