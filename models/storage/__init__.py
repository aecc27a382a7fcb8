"""The bottom of models/: the SQLite file and the plain values written into it, with no domain
in sight. `errors` (StoreError and the refusals the store raises), `clock` (ISO timestamps),
`codec` (exact Decimals and JSON in TEXT columns), `resources` (where resources/ is),
`safe_files` (owner-only copies that survive a power cut), `live_files` (which files this
process has open, by identity), `instance_lock` (one app per file), `wal_check` and
`journal_rescue` (a crash's `-wal` checked and kept before SQLite recovers it) and `integrity`
(read-only checks of a file). Imports no other models package."""
