"""Domain records and the SQLite store (sqlite-utils). No Qt; imports scoring/ only.

Open the store with `models.store.open_db(path)` and pass the database to the small
per-domain modules (teams, employees, rubrics, incidents, kpis, month …).
"""
