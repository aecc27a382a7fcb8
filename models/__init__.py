"""Domain records and the SQLite store (sqlite-utils). No Qt; imports scoring/ only.

Packages, each importing only those below it (checked by lint-imports; docs/architecture.md):
`database` (open, migrate, set up, back up, restore) → `forms` (the monthly forms) → `work`
(periods, settings, ticks, KPIs, the month so far) → `people` (employees, teams, users, access)
→ `rubrics` (stored rubric versions) → `audit` (the hash-chained evidence log) → `storage` (the
file, its checks and the values written into it). Open the store with
`models.database.store.open_db(path)` and pass the database to the small per-domain modules.
"""
