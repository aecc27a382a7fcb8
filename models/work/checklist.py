"""The facade the checklist screen works through: one employee, one period, live figures.

Plain Python (no Qt) so it is tested without a window. Every change is written to the store
first; the figures are then re-read from the store and evaluated by the engine — the screen never
adds numbers up on its own.
"""

from datetime import datetime

from models.people.employees import get_employee
from models.work import incidents, kpis
from models.work.month import month_so_far
from models.work.team_results import team_context


class Checklist:
    def __init__(self, db, *, employee_id, period, inspector=""):
        self.db = db
        self.employee = get_employee(db, employee_id)
        self.period = period
        self.inspector = inspector
        self.view = None
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
        return self.view.result

    def item_incidents(self, item_id):
        return [i for i in self.view.incidents if i["item_id"] == item_id]

    def occurrences(self, item_id):
        return sum(i["count"] for i in self.item_incidents(item_id))

    def value(self, item_id):
        return self.view.sheet.values.get(item_id)

    # -- writing (each call is one transaction in the store) -------------------------------
    def tick(self, item_id, *, severe=False, amount=None, note=""):
        incident_id = incidents.add_incident(
            self.db, employee_id=self.employee["id"], version_id=self.view.version_id,
            item_id=item_id, severe=severe, amount=amount, note=note,
            at=self._now(), by=self.inspector)
        self.refresh()
        return incident_id

    def untick(self, incident_id, *, reason):
        incidents.delete_incident(self.db, incident_id, by=self.inspector, reason=reason)
        self.refresh()

    def restore(self, incident_id):
        incidents.restore_incident(self.db, incident_id, by=self.inspector)
        self.refresh()

    def latest_incident(self, item_id):
        found = self.item_incidents(item_id)
        return max(found, key=lambda i: (i["at"], i["id"])) if found else None

    def set_value(self, item_id, value):
        kpis.set_value(self.db, employee_id=self.employee["id"], period=self.period.key,
                       item_id=item_id, value=value, by=self.inspector)
        self.refresh()

    def _now(self):
        # Ticks outside the period (e.g. catching up last month) are dated inside it.
        now = datetime.now().replace(microsecond=0)
        if self.period.contains(now):
            return now.isoformat()
        return datetime.combine(self.period.end, now.time()).isoformat()
