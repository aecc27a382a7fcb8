"""The Results tab: the period's outcome per team (models.results.period_results) — each
employee's total, grade, rank, stars, pay and streak consequence (ui/results_table.py), the
team's mean and the lead's team figures, provisional (a banner, grey italic figures) while any
form is open and final once all are locked; the charts below (ui/results_charts.py); exports
for payroll (reports/results_export.py) off the GUI thread.

It follows the session's period (the picker in the main window) and shows one team or all the
teams she sees (a lead: her own). `close_button` is where "Close period…" goes: hidden until a
callable `on_close(team_id, period)` is set, enabled for one team whose results are final."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.people.teams import list_teams
from scoring import money
from ui.changes import EMPLOYEES, FORMS, INCIDENTS, PERIOD, SESSION, TEAMS, USERS, VALUES
from ui.results_charts import ResultsCharts
from ui.results_files import ResultsFiles, read_results
from ui.results_table import ResultsTable
from ui.shown_reload import ReloadWhenShown

ALL = "all"                     # the team combo's data for every team she sees
MOST_LINES = 3                  # of the summary, one per team: the table keeps six rows
BANNER = ("QLabel {{ background: {bg}; color: {fg}; border: 1px solid {edge}; "
          "border-radius: 4px; padding: 6px 10px; font-size: 14px; font-weight: bold; }}")
PROVISIONAL = BANNER.format(bg="#fff4d6", fg="#6b4e00", edge="#e5c26b")
FINAL = BANNER.format(bg="#e3f3e6", fg="#1e5a2c", edge="#8cc79a")
EMPTY = BANNER.format(bg="#eeeeee", fg="#444444", edge="#cccccc")


class ResultsView(ReloadWhenShown, QWidget):
    def __init__(self, session, parent=None, *, on_close=None):
        super().__init__(parent)
        self.session = session
        self.db, self.language = session.db, session.language
        self.results = None         # the PeriodResults shown
        self.lost = []              # the Pareto's LostPoints
        self.employee_id = None     # whose total over time the trend chart shows
        self.files = ResultsFiles(self)
        self._stale = True
        self.team = QComboBox()
        self.team.setObjectName("results-team")
        self.team.setMinimumContentsLength(8)
        self.team.currentIndexChanged.connect(lambda _: self.reload())
        self.banner = QLabel()
        self.banner.setObjectName("results-status")
        self.banner.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("results-summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.RichText)
        self.excel_button = QPushButton(self.tr("Excel…"))
        self.excel_button.setToolTip(self.tr("Save the results as an Excel workbook: a "
                                             "summary sheet and one sheet per team"))
        self.excel_button.clicked.connect(lambda _c=False: self.export_results("xlsx"))
        self.csv_button = QPushButton(self.tr("CSV…"))
        self.csv_button.setToolTip(self.tr("Save the results as CSV: one line per form"))
        self.csv_button.clicked.connect(lambda _c=False: self.export_results("csv"))
        self.entries_button = QPushButton(self.tr("Entries…"))
        self.entries_button.setToolTip(self.tr("Save every entry behind the totals (Excel or "
                                               "CSV), for payroll to check a total"))
        self.entries_button.clicked.connect(lambda _c=False: self.export_entries())
        self.close_button = QPushButton(self.tr("Close period…"))
        self.close_button.setObjectName("close-period")
        self.close_button.clicked.connect(lambda _c=False: self._close_period())
        self._on_close = None
        self.on_close = on_close
        for widget in (self.team, self.excel_button, self.csv_button, self.entries_button,
                       self.close_button):
            widget.setMinimumHeight(40)
        self.table = ResultsTable(self.language)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(lambda row, _c: self.open_form(
            self.table.form_at(row)))
        self.charts = ResultsCharts(self.language)
        self._lay_out()
        self.reload_teams()
        session.changes.changed.connect(self._changed)

    def _lay_out(self):
        top = QHBoxLayout()
        top.addWidget(self.team)
        top.addWidget(self.banner, 1)
        for button in (self.excel_button, self.csv_button, self.entries_button,
                       self.close_button):
            top.addWidget(button)
        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.charts)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([600, 400])     # the table first: at 1280×700, six rows
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)

    # -- the close-period hook (its dialog and model are another part of issue 12) -------------
    @property
    def on_close(self):
        return self._on_close

    @on_close.setter
    def on_close(self, fn):
        """`fn(team_id, period)` closes the shown team's period; None hides the button."""
        self._on_close = fn if callable(fn) else None
        self.close_button.setVisible(self._on_close is not None)
        self._update_close()

    def _update_close(self):
        team = self.results.teams[0] if self.results and len(self.results.teams) == 1 else None
        self.close_button.setEnabled(self._on_close is not None and self.team.currentData()
                                     not in (None, ALL) and team is not None and team.final)

    def _close_period(self):
        if self._on_close is not None and self.close_button.isEnabled():
            self._on_close(self.team.currentData(), self.period)

    # -- reading -----------------------------------------------------------------------------
    @property
    def period(self):
        """The period shown: the session's, picked in the main window (ui/period_picker.py)."""
        return self.session.period

    def _changed(self, kinds):
        if kinds & {TEAMS, SESSION, USERS}:
            self.reload_teams()                     # and the results of the team chosen
        elif kinds & {FORMS, EMPLOYEES, PERIOD, INCIDENTS, VALUES}:
            self.reload()

    def reload_teams(self):
        """Every team she sees, one by one, and all of them when there are two or more; the
        chosen entry stays chosen while it is listed."""
        chosen = self.team.currentData()
        team_filter = self.session.team_filter
        teams = [t for t in list_teams(self.db)
                 if team_filter is None or t["id"] in team_filter]
        self.team.blockSignals(True)
        self.team.clear()
        if len(teams) > 1:
            self.team.addItem(self.tr("All teams") if team_filter is None
                              else self.tr("All my teams"), ALL)
        for team in teams:
            self.team.addItem(team["name"], team["id"])
        self.team.setCurrentIndex(max(0, self.team.findData(chosen)))
        self.team.blockSignals(False)
        self.reload()

    def _scope(self):
        """(team_id, team_ids) of what is shown: one team, or all she sees."""
        chosen = self.team.currentData()
        if chosen == ALL:
            team_filter = self.session.team_filter
            return None, None if team_filter is None else frozenset(team_filter)
        return chosen, None

    def reload_when_shown(self):
        self.reload(force=True)

    def reload(self, *_, force=False):
        """Read when the tab is shown (start-up need not load the engine)."""
        if self.wait_until_shown(force):
            return
        from models.results import grade_counts, points_lost_by_item, star_counts

        chosen = self.team.currentData()
        if chosen is None:
            self.results, self.lost = None, []
        else:
            team_id, team_ids = self._scope()
            self.results = read_results(self.db, self.period, team_id, team_ids)
            self.lost = points_lost_by_item(self.db, self.period, team_id=team_id,
                                            team_ids=team_ids)
        results = self.results
        members = results.members if results else []
        self.table.blockSignals(True)       # one trend chart at the end, not one per step
        self.table.fill(results or _nothing(self.period), many_teams=chosen == ALL)
        self._show_status()
        self.charts.show_lost(self.tr("Points lost per item, %1").replace(
            "%1", self.period.key), self.lost)
        self.charts.show_distribution(grade_counts(members),
                                      star_counts(results.teams if results else ()))
        for name in ("excel_button", "csv_button", "entries_button"):
            getattr(self, name).setEnabled(bool(members) and self.session.path is not None)
        self._update_close()
        row = next((r for r in range(self.table.rowCount())
                    if self.table.member_at(r).employee_id == self.employee_id), 0)
        if self.table.rowCount():
            self.table.selectRow(row)
        self.table.blockSignals(False)
        self._selection_changed()

    def _selection_changed(self):
        rows = self.table.selectionModel().selectedRows()
        member = self.table.member_at(rows[0].row()) if rows else None
        if member is None:
            self.charts.show_history(None, [])
            return
        from models.results import history_of

        self.employee_id = member.employee_id
        self.charts.show_history(f"{member.name} ({member.code})", history_of(
            self.db, member.employee_id, period=self.period))

    # -- the banner and the summary ----------------------------------------------------------
    def _show_status(self):
        results = self.results
        if results is None:
            self.banner.setStyleSheet(EMPTY)
            self.banner.setText(self.tr("No team to show."))
            self.summary.setText("")
            return
        members = results.members
        if not members:
            self.banner.setStyleSheet(EMPTY)
            self.banner.setText(self.tr("No forms for %1 yet: they are made on the Forms tab.")
                                .replace("%1", results.period))
        elif results.final:
            self.banner.setStyleSheet(FINAL)
            self.banner.setText(self.tr("Final: every form is locked."))
        else:
            still = (sum(1 for m in members if m.state != "locked")
                     + sum(len(t.without_form) for t in results.teams))
            self.banner.setStyleSheet(PROVISIONAL)
            self.banner.setText(self.tr(
                "Provisional: %n form(s) still open. Ranks, stars and pay may change until "
                "every form is locked.", "", still))
        many = len(results.teams) > 1
        lines = [line for line in (self._team_line(team, many) for team in results.teams
                                   if team.members or team.without_form) if line]
        self.summary.setToolTip("")
        if len(lines) > MOST_LINES:     # the table keeps its rows: the rest on pointing
            self.summary.setToolTip("<br>".join(lines))
            lines = lines[:MOST_LINES - 1] + [self.tr(
                "… and %n more team(s): point here to read them all", "",
                len(lines) - MOST_LINES + 1)]
        self.summary.setText("<br>".join(lines))

    def _team_line(self, team, many):
        parts = []
        if team.mean is not None:
            parts.append(self.tr("team mean %1 (the lead left out)").replace(
                "%1", f"{money(team.mean)}"))
        if team.lead_context:
            parts.append(self.tr("the lead's form took: %1").replace(
                "%1", self._context_text(team.lead_context)))
        for group in team.groups:
            if group.average_cap is not None and group.over_cap:
                parts.append("<span style='color:#b00020; font-weight:bold'>" + self.tr(
                    "%1: mean %2 is over the cap %3").replace("%1", _html(group.rubric_name))
                    .replace("%2", f"{money(group.mean)}")
                    .replace("%3", f"{money(group.average_cap)}") + "</span>")
        if team.without_form:
            names = "、".join(f"{e['code']} {e['name']}" for e in team.without_form)
            parts.append("<span style='color:#b00020'>" + self.tr("no form yet: %1").replace(
                "%1", _html(names)) + "</span>")
        if many:
            state = self.tr("final") if team.final else self.tr("provisional")
            return f"<b>{_html(team.name)}</b> ({state}): " + " · ".join(parts)
        return " · ".join(parts)

    def _context_text(self, context):
        names = {"team_mean_total": self.tr("team mean"), "team_rank": self.tr("team rank"),
                 "team_mean_items": self.tr("team item means"),
                 "team_values": self.tr("team figures")}
        out = []
        for key, value in context.items():
            if isinstance(value, dict):
                value = ", ".join(f"{k} {_figure(v)}" for k, v in value.items())
            else:
                value = _figure(value)
            out.append(f"{names.get(key, key)} {_html(value)}")
        return ", ".join(out)

    # -- the form behind a row ---------------------------------------------------------------
    def open_form(self, form_id):
        from ui.form_dialog import FormDialog

        dialog = FormDialog(self.session, form_id, parent=self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # -- exports for payroll, off the GUI thread (ui/results_files.py) -----------------------
    def export_results(self, kind, path=None):
        """The results shown as Excel (`kind` "xlsx") or CSV, into `path` (asked when None)."""
        return self.files.save_results(kind, self.period, self._scope(), path)

    def export_entries(self, path=None):
        """Every entry behind the totals, as Excel or CSV by the file's suffix."""
        return self.files.save_entries(self.period, self._scope(), path)

    @property
    def export(self):
        """The last export (ui/pdf_export.py): its bar and its message."""
        return self.files.export


def _nothing(period):
    from models.results import PeriodResults

    return PeriodResults(period=period.key, start="", end="", teams=())


def _figure(value):
    try:
        return f"{money(value)}"
    except (TypeError, AttributeError):
        return str(value)


def _html(text):
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
