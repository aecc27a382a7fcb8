"""The inspection work and its figures: `periods` (months, quarters, years; custom start days),
`settings` (the app's declared settings, stored as JSON), `inspections` and `incidents` (the
ticks), `kpis` (KPI values per employee and period), `month` (one employee's period so far: the
one place the UI gets numbers from), `team_results` (what a lead's form takes from the members'),
`checklist` (the facade the checklist screen works through), `coverage` (each employee's
entries this period and the days since her last inspection, for the employee list) and
`applicable` (which rubrics apply to an employee in a period: assignments, then includes). Imports
models.people and the packages below it, and the engine (scoring/)."""
