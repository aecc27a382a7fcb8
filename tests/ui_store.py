"""Small helpers of the UI tests (their fixtures are in conftest.py)."""


def count(db, table, where="1", params=()):
    return db.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0]
