"""The facade the checklist screen works through: one employee, one period, live figures.

Plain Python (no Qt) so it is tested without a window. Every change is written to the store
first; the figures are then re-read from the store and evaluated by the engine — the screen never
adds numbers up on its own.
"""

from datetime import datetime

from models.people.employees import get_employee
from models.work import incidents, kpis
from models.work.month import month_so_far, month_with_incident
from models.work.team_results import team_context


class Checklist:
    def __init__(self, db, *, employee_id, period, inspector=""):
        self.db = db
        self.employee = get_employee(db, employee_id)
        self.period = period
        self.inspector = inspector
        self.view = None
        self._counts = None     # (view, {item id: occurrences}): counted once per view
        # A lead's team figures (derived items), read once: her own ticks never change them
        # (a lead is not counted in her own team), and re-reading every member per tick would
        # cost the frame.
        self.context = team_context(db, employee_id=employee_id, period=period)
        self.refresh()

    # -- reading ---------------------------------------------------------------------------
    def refresh(self):
        self.view = month_so_far(self.db, employee_id=self.employee["id"], period=self.period,
                                 context=self.context or None)
        return self.view

    @property
    def rubric(self):
        return self.view.rubric

    @property
    def result(self):
        """This rubric's own tally: with included rubrics (issue 13), its figures with its
        included sections filled, the included deductions left out (`combined` has them)."""
        return self.view.tally or self.view.result

    @property
    def combined(self):
        """The monthly form's result: every applying rubric together, one total."""
        return self.view.result

    @property
    def parts(self):
        """One checklist per applying rubric: this one, then one per rubric it includes."""
        return [self] + [IncludedChecklist(self, v.rubric.id) for v in self.view.included]

    def item_incidents(self, item_id):
        return [i for i in self.view.incidents if i["item_id"] == item_id]

    def occurrences(self, item_id):
        if self._counts is None or self._counts[0] is not self.view:
            counts = {}
            for row in self.view.incidents:
                counts[row["item_id"]] = counts.get(row["item_id"], 0) + row["count"]
            self._counts = (self.view, counts)
        return self._counts[1].get(item_id, 0)

    def value(self, item_id):
        return self.view.sheet.values.get(item_id)

    # -- writing (each call is one transaction in the store) -------------------------------
    def tick(self, item_id, *, severe=False, amount=None, note=""):
        incident_id = incidents.add_incident(
            self.db, employee_id=self.employee["id"], version_id=self.view.version_id,
            item_id=item_id, severe=severe, amount=amount, note=note,
            at=self._now(), by=self.inspector)
        self._reread(incident_id)
        return incident_id

    def untick(self, incident_id, *, reason):
        incidents.delete_incident(self.db, incident_id, by=self.inspector, reason=reason)
        self._reread(incident_id)

    def restore(self, incident_id):
        incidents.restore_incident(self.db, incident_id, by=self.inspector)
        self._reread(incident_id)

    def _reread(self, incident_id):
        """After its own write: that incident is read back and the engine runs again
        (models.work.month.month_with_incident); the period's other rows are not re-read."""
        before = self.view
        self.view = month_with_incident(self.db, before, incident_id, employee=self.employee)
        if self._counts is not None and self._counts[0] is before:   # only that row changed
            counts = dict(self._counts[1])
            for view, sign in ((before, -1), (self.view, 1)):
                row = next((r for r in reversed(view.incidents) if r["id"] == incident_id), None)
                if row is not None:
                    counts[row["item_id"]] = counts.get(row["item_id"], 0) + sign * row["count"]
            self._counts = (self.view, counts)

    def latest_incident(self, item_id):
        found = self.item_incidents(item_id)
        return max(found, key=lambda i: (i["at"], i["id"])) if found else None

    def set_value(self, item_id, value):
        kpis.set_value(self.db, employee_id=self.employee["id"], period=self.period.key,
                       item_id=item_id, value=value, by=self.inspector,
                       version_id=self.view.version_id)
        self.refresh()

    def _now(self):
        # Ticks outside the period (e.g. catching up last month) are dated inside it.
        now = datetime.now().replace(microsecond=0)
        if self.period.contains(now):
            return now.isoformat()
        return datetime.combine(self.period.end, now.time()).isoformat()


class IncludedChecklist(Checklist):
    """The checklist of one rubric the main one includes (issue 13): it reads its own view
    inside the main checklist's, stores its ticks and values under its own version, and has the
    main checklist re-read, so the combined total follows."""

    def __init__(self, main, rubric_id):     # no store read of its own
        self.main, self.rubric_id = main, rubric_id
        self.db, self.employee, self.period = main.db, main.employee, main.period
        self.context = main.context
        self._counts = None

    @property
    def view(self):
        found = next((v for v in self.main.view.included if v.rubric.id == self.rubric_id), None)
        if found is None:
            raise ValueError(f"rubric '{self.rubric_id}' no longer applies to employee "
                             f"{self.employee['code']} in {self.period.key}")
        return found

    @property
    def inspector(self):
        return self.main.inspector

    @inspector.setter
    def inspector(self, value):
        self.main.inspector = value

    @property
    def result(self):
        return self.view.result

    def refresh(self):
        self.main.refresh()
        return self.view

    def _reread(self, incident_id):
        self.main._reread(incident_id)
