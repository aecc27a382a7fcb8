"""Who is assessed and who works the app: `employees` (工号, name and pinyin initials, team,
post), `teams` (班组 and their leads), `users` (shift leads, reviewers, HR, and their PINs),
`access` (the role rules as plain functions), `names` (pinyin, initials and in full, for
search) and `imports`
(employee lists from HR, previewed and written all or nothing). Imports models.rubrics,
models.audit and models.storage."""
