"""The store as a whole, on top of every other package: `store` opens the file (the integrity
and journal checks, pragmas, `migrations` with a copy first, the built-in rubrics and, on a new
file, the `demo` team) and records what the checks of an open store find; `first_run` sets up
the office (the HR admin first) on a store nobody can sign in to, `demo` also makes the demo's
own users for "Just look around"; `backups` takes,
verifies, rotates and lists backups and `backup_restore` puts one back without losing the
current file."""
