"""Saving the Results tab's figures for payroll: the results as Excel or CSV and the entries
behind the totals, through reports/results_export.py. The file is asked for, then written off
the GUI thread on a connection of the worker's own (ui/work.py) with the app's progress bar, and
a message names the file and offers "Open folder" (ui/pdf_export.py)."""

import dataclasses
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog


def read_results(db, period, team_id, team_ids):
    """The PeriodResults shown: one team's, or every team's (only those in `team_ids` when it
    is not None: a lead's own)."""
    from models.results import period_results

    results = period_results(db, period, team_id=team_id)
    if team_id is None and team_ids is not None:
        results = dataclasses.replace(results, teams=tuple(
            t for t in results.teams if t.team_id in team_ids))
    return results


def read_entries(db, period, team_id, team_ids):
    """The entries behind those results (models.results.period_entries)."""
    from models.results import period_entries

    if team_id is not None or team_ids is None:
        return period_entries(db, period, team_id=team_id)
    return [e for each in sorted(team_ids) for e in period_entries(db, period, team_id=each)]


def with_suffix(path, suffix):
    """`path` ending in `suffix` ("results" → "results.xlsx"; a file chooser may drop it)."""
    path = Path(path)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


class ResultsFiles(QObject):
    def __init__(self, view):
        super().__init__(view)
        self.view = view            # the Results tab: the parent of the dialogs
        self.session = view.session
        self.export = None          # the last export (ui/pdf_export.py): its bar and message
        self.folder = None          # where the last file went: the next one is offered there

    def save_results(self, kind, period, scope, path=None):
        """The results of `scope` ((team_id, team_ids)) as Excel (`kind` "xlsx") or CSV."""
        if path is None:
            path = self._ask(self.tr("Save the results"), f"results-{period.key}.{kind}",
                             self.tr("Excel workbook (*.xlsx)") if kind == "xlsx"
                             else self.tr("CSV file (*.csv)"))
            if path is None:
                return None
        team_id, team_ids = scope

        def write(db, target):
            from reports import results_export

            results = read_results(db, period, team_id, team_ids)
            if kind == "xlsx":
                return results_export.results_xlsx(results, target)
            return results_export.results_csv(results, target)

        return self._run(write, with_suffix(path, f".{kind}"),
                         self.tr("Saving the results…"))

    def save_entries(self, period, scope, path=None):
        """The entries of `scope`, as Excel or CSV by the file's suffix (Excel without one)."""
        if path is None:
            path = self._ask(self.tr("Save the entries"), f"entries-{period.key}.xlsx",
                             self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
            if path is None:
                return None
        team_id, team_ids = scope
        path = Path(path)
        target = path if path.suffix.lower() == ".csv" else with_suffix(path, ".xlsx")

        def write(db, target):
            from reports import results_export

            entries = read_entries(db, period, team_id, team_ids)
            if target.suffix.lower() == ".csv":
                return results_export.entries_csv(entries, period.key, target)
            return results_export.entries_xlsx(entries, period.key, target)

        return self._run(write, target, self.tr("Saving the entries…"))

    def _ask(self, title, name, filters):
        folder = self.folder or (self.session.path.parent if self.session.path else Path.home())
        path, _chosen = QFileDialog.getSaveFileName(self.view, title,
                                                    str(Path(folder) / name), filters)
        return path or None

    def _run(self, write, target, busy):
        from ui.pdf_export import PdfExport

        self.folder = target.parent
        db_path = self.session.path

        def job(_report, _cancelled):
            from ui.work import on_worker_db

            return [on_worker_db(db_path, lambda db: write(db, target))]

        self.export = PdfExport(
            self.view, folder=target.parent, busy=busy, title=self.tr("Saved"),
            said=lambda paths: self.tr("Saved to %1").replace("%1", str(paths[0])),
            stopped=self.tr("Not saved"))
        return self.export.start(job)
