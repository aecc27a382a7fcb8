"""An audit event in words, for the audit viewer (ui/audit_view.py): what was done (the action
named in the interface language), to which record (by its name or 工号, not its id), and what
changed, as "field: old → new" lines instead of the stored JSON.

The names are read through the models' own functions, each record once per reading of the trail.
A record that no longer exists is named by what the event itself says, else by its id.
"""

from PySide6.QtCore import QCoreApplication

from models.storage import clock
from models.storage.errors import NotFoundError
from ui.form_state_names import state_name

# Fields that say nothing to a reader (ids, derived search keys) or that the other columns
# already show (who and when): left out of the change lines.
QUIET = frozenset({"id", "created_at", "created_by", "name_initials", "name_pinyin",
                   "employee_id", "version_id", "inspection_id", "entered_at", "sha256",
                   "deleted", "has_pin_hash", "rank"})
ARROW = " → "


def action_name(action):
    """The action as people say it; an unknown one with its underscores as spaces."""
    names = {
        "add": QCoreApplication.translate("AuditWords", "added"),
        "update": QCoreApplication.translate("AuditWords", "changed"),
        "rename": QCoreApplication.translate("AuditWords", "renamed"),
        "activate": QCoreApplication.translate("AuditWords", "reactivated"),
        "deactivate": QCoreApplication.translate("AuditWords", "deactivated"),
        "delete": QCoreApplication.translate("AuditWords", "deleted"),
        "restore": QCoreApplication.translate("AuditWords", "restored"),
        "approve": QCoreApplication.translate("AuditWords", "approved"),
        "set_note": QCoreApplication.translate("AuditWords", "note changed"),
        "set": QCoreApplication.translate("AuditWords", "set"),
        "clear": QCoreApplication.translate("AuditWords", "cleared"),
        "set_lead": QCoreApplication.translate("AuditWords", "team lead set"),
        "set_pin": QCoreApplication.translate("AuditWords", "PIN set"),
        "wrong_pin": QCoreApplication.translate("AuditWords", "wrong PIN"),
        "upgrade_pin_hash": QCoreApplication.translate("AuditWords", "PIN storage upgraded"),
        "set_teams": QCoreApplication.translate("AuditWords", "teams set"),
        "set_role": QCoreApplication.translate("AuditWords", "role changed"),
        "create": QCoreApplication.translate("AuditWords", "form created"),
        "reevaluate": QCoreApplication.translate("AuditWords", "team figures re-evaluated"),
        "submitted": QCoreApplication.translate("AuditWords", "signed by the appraiser"),
        "acknowledged": QCoreApplication.translate("AuditWords", "signed by the employee"),
        "disputed": QCoreApplication.translate("AuditWords", "disputed"),
        "answer_dispute": QCoreApplication.translate("AuditWords", "dispute answered"),
        "reviewed": QCoreApplication.translate("AuditWords", "signed by the reviewer"),
        "locked": QCoreApplication.translate("AuditWords", "locked"),
        "revise": QCoreApplication.translate("AuditWords", "corrected (new revision)"),
        "backup": QCoreApplication.translate("AuditWords", "backed up"),
        "install": QCoreApplication.translate("AuditWords", "installed"),
        "install_users": QCoreApplication.translate("AuditWords", "demo users installed"),
        "remove": QCoreApplication.translate("AuditWords", "removed"),
        "introduce_seals": QCoreApplication.translate("AuditWords",
                                                      "signature seals introduced"),
        "journal_damaged": QCoreApplication.translate("AuditWords", "damaged journal found"),
        "integrity_check": QCoreApplication.translate("AuditWords", "integrity checked"),
        "integrity_override": QCoreApplication.translate("AuditWords",
                                                         "integrity check overridden"),
        "set_key_passphrase": QCoreApplication.translate("AuditWords",
                                                         "signing key passphrase set"),
        "close": QCoreApplication.translate("AuditWords", "results closed"),
        "reopen": QCoreApplication.translate("AuditWords", "results reopened"),
    }
    return names.get(action) or str(action).replace("_", " ")


def entity_name(entity):
    names = {
        "employee": QCoreApplication.translate("AuditWords", "Employee"),
        "team": QCoreApplication.translate("AuditWords", "Team"),
        "user": QCoreApplication.translate("AuditWords", "User"),
        "incident": QCoreApplication.translate("AuditWords", "Entry"),
        "kpi_value": QCoreApplication.translate("AuditWords", "Value"),
        "assessment": QCoreApplication.translate("AuditWords", "Form"),
        "inspection": QCoreApplication.translate("AuditWords", "Inspection"),
        "rubric_version": QCoreApplication.translate("AuditWords", "Rubric"),
        "setting": QCoreApplication.translate("AuditWords", "Setting"),
        "database": QCoreApplication.translate("AuditWords", "Database"),
        "store": QCoreApplication.translate("AuditWords", "Database"),
        "demo": QCoreApplication.translate("AuditWords", "Demo data"),
        "signature": QCoreApplication.translate("AuditWords", "Signature"),
        "period_closing": QCoreApplication.translate("AuditWords", "Closed results"),
    }
    return names.get(entity) or str(entity).replace("_", " ")


def field_name(key):
    names = {
        "name": QCoreApplication.translate("AuditWords", "name"),
        "code": QCoreApplication.translate("AuditWords", "employee no."),
        "post": QCoreApplication.translate("AuditWords", "post"),
        "team_id": QCoreApplication.translate("AuditWords", "team"),
        "team_ids": QCoreApplication.translate("AuditWords", "teams"),
        "hire_date": QCoreApplication.translate("AuditWords", "hire date"),
        "probation": QCoreApplication.translate("AuditWords", "probation"),
        "active": QCoreApplication.translate("AuditWords", "active"),
        "demo": QCoreApplication.translate("AuditWords", "demo"),
        "lead_employee_id": QCoreApplication.translate("AuditWords", "team lead"),
        "role": QCoreApplication.translate("AuditWords", "role"),
        "has_pin": QCoreApplication.translate("AuditWords", "PIN"),
        "item_id": QCoreApplication.translate("AuditWords", "item"),
        "item": QCoreApplication.translate("AuditWords", "item"),
        "count": QCoreApplication.translate("AuditWords", "count"),
        "severe": QCoreApplication.translate("AuditWords", "severe"),
        "amount": QCoreApplication.translate("AuditWords", "amount"),
        "note": QCoreApplication.translate("AuditWords", "note"),
        "at": QCoreApplication.translate("AuditWords", "time"),
        "approved": QCoreApplication.translate("AuditWords", "approved"),
        "approved_by": QCoreApplication.translate("AuditWords", "approved by"),
        "deleted_at": QCoreApplication.translate("AuditWords", "deleted at"),
        "deleted_by": QCoreApplication.translate("AuditWords", "deleted by"),
        "deleted_reason": QCoreApplication.translate("AuditWords", "reason for deleting"),
        "value": QCoreApplication.translate("AuditWords", "value"),
        "period": QCoreApplication.translate("AuditWords", "period"),
        "period_key": QCoreApplication.translate("AuditWords", "period"),
        "source": QCoreApplication.translate("AuditWords", "source"),
        "state": QCoreApplication.translate("AuditWords", "state"),
        "revision": QCoreApplication.translate("AuditWords", "revision"),
        "employee": QCoreApplication.translate("AuditWords", "employee"),
        "dispute_reason": QCoreApplication.translate("AuditWords", "reason for disputing"),
        "disputed_at": QCoreApplication.translate("AuditWords", "disputed at"),
        "rubric_id": QCoreApplication.translate("AuditWords", "rubric"),
        "version": QCoreApplication.translate("AuditWords", "version"),
        "builtin": QCoreApplication.translate("AuditWords", "built in"),
        "started_at": QCoreApplication.translate("AuditWords", "started at"),
        "place": QCoreApplication.translate("AuditWords", "place"),
        "shift": QCoreApplication.translate("AuditWords", "shift"),
        "file": QCoreApplication.translate("AuditWords", "file"),
        "reason": QCoreApplication.translate("AuditWords", "reason"),
        "failures": QCoreApplication.translate("AuditWords", "wrong PINs in a row"),
        "locked_until": QCoreApplication.translate("AuditWords", "locked until"),
        "doing": QCoreApplication.translate("AuditWords", "while"),
        "needs_reevaluation": QCoreApplication.translate("AuditWords", "needs re-evaluation"),
        "due_at": QCoreApplication.translate("AuditWords", "acknowledge by"),
        "total": QCoreApplication.translate("AuditWords", "total"),
        "grade": QCoreApplication.translate("AuditWords", "grade"),
        "submitted_at": QCoreApplication.translate("AuditWords", "signed at"),
        "locked_at": QCoreApplication.translate("AuditWords", "locked at"),
        "locked_by": QCoreApplication.translate("AuditWords", "locked by"),
        "correction_reason": QCoreApplication.translate("AuditWords", "correction reason"),
        "dispute_answer": QCoreApplication.translate("AuditWords", "answer"),
        "dispute_answer_text": QCoreApplication.translate("AuditWords", "answer's reasons"),
        "team_context": QCoreApplication.translate("AuditWords", "team figures"),
        "answer": QCoreApplication.translate("AuditWords", "answer"),
        "text": QCoreApplication.translate("AuditWords", "answer's reasons"),
        "operated_by": QCoreApplication.translate("AuditWords", "operated by"),
        "previous_id": QCoreApplication.translate("AuditWords", "corrects form"),
    }
    return names.get(key) or str(key).replace("_", " ")


def value_word(value):
    """Stored words that are codes, not text: a dispute's answer, the step a PIN was typed
    for (models.people.users.authenticate's `doing`). None for any other value."""
    words = {
        "upheld": QCoreApplication.translate("AuditWords", "upheld"),
        "partly_upheld": QCoreApplication.translate("AuditWords", "partly upheld"),
        "rejected": QCoreApplication.translate("AuditWords", "rejected"),
        "sign in": QCoreApplication.translate("AuditWords", "signing in"),
        "sign as appraiser": QCoreApplication.translate("AuditWords", "signing as appraiser"),
        "review forms": QCoreApplication.translate("AuditWords", "reviewing a form"),
        "lock forms": QCoreApplication.translate("AuditWords", "locking a form"),
        "approve entries": QCoreApplication.translate("AuditWords", "approving entries"),
        "answer disputes": QCoreApplication.translate("AuditWords", "answering a dispute"),
    }
    return words.get(value) if isinstance(value, str) else None


class EventWords:
    """Reads an event of models.audit.search_events as (action, record, changes) texts."""

    def __init__(self, db, language="zh"):
        self.db = db
        self.language = language
        self._employees = self._teams = self._users = None
        self._forms = {}
        self._rubrics = {}

    # -- the three columns -------------------------------------------------------------------
    def action(self, event):
        return action_name(event["action"])

    def actor(self, event):
        """Who acted; the program's own names for nobody in particular, in words."""
        from models.people.access import NO_SIGN_IN
        from models.people.users import UNKNOWN_ACTOR

        names = {
            UNKNOWN_ACTOR: QCoreApplication.translate("AuditWords", "(nobody signed in yet)"),
            NO_SIGN_IN: QCoreApplication.translate("AuditWords", "(no sign-in)"),
            "system": QCoreApplication.translate("AuditWords", "(the program)"),
        }
        return names.get(event["actor"], event["actor"])

    def record(self, event):
        """"Employee 张三 (A001)", "Entry 张三 (A001) · 迟到", "Form 张三 (A001) 2026-11" …"""
        entity, entity_id = event["entity"], event["entity_id"]
        before, after = _dict(event["before"]), _dict(event["after"])
        data = {**before, **after}
        word = entity_name(entity)
        name = ""
        if entity == "employee":
            name = self._employee_text(entity_id, data)
        elif entity == "team":
            name = data.get("name") or self._team_name(entity_id)
        elif entity == "user":
            name = data.get("name") or self._user_name(entity_id)
        elif entity == "incident":
            name = self._employee_text(data.get("employee_id"))
            item = self._item_label(data.get("version_id"), data.get("item_id"))
            name = " · ".join(p for p in (name, item) if p)
        elif entity == "kpi_value":
            employee = self._employee(entity_id)
            item = self._item_label(self._post_version(employee), data.get("item"))
            name = " · ".join(p for p in (self._employee_text(entity_id), item,
                                          data.get("period") or "") if p)
        elif entity == "assessment":
            name = self._form_text(entity_id)
        elif entity == "inspection":
            name = self._employee_text(data.get("employee_id"))
        elif entity == "rubric_version":
            if data.get("rubric_id"):
                name = f"{data['rubric_id']} v{data.get('version', '')}".strip()
        elif entity == "setting":
            name = ", ".join(str(key) for key in data)
        elif entity_id is not None:
            name = f"#{entity_id}"
        return f"{word} {name}".strip()

    def changes(self, event):
        """One "field: old → new" line per changed field ("field: value" for a new record,
        "field: value" of what was removed); nothing for an event without data."""
        before, after = event["before"], event["after"]
        if event["entity"] == "kpi_value":
            before, after = _dict(before), _dict(after)
            old, new = before.get("value"), after.get("value")
            if event["action"] == "clear":
                new = None
            return [f"{field_name('value')}: {self.value('value', old)}{ARROW}"
                    f"{self.value('value', new)}"]
        if not isinstance(before, dict) or not isinstance(after, dict):
            shown = after if after is not None else before
            if shown is None:
                return []
            if not isinstance(shown, dict):
                return [self.value("", shown)]
            # a new (or removed) record: what it holds, without the flags it does not have
            return [f"{field_name(k)}: {self.value(k, v, shown)}" for k, v in shown.items()
                    if k not in QUIET and v not in (None, "", [], {}) and v is not False]
        lines = []
        for key in dict.fromkeys([*before, *after]):
            if key in QUIET:
                continue
            old, new = before.get(key), after.get(key)
            if key in before and key in after and old == new:
                continue
            if key not in before:
                if new in (None, "", [], {}):
                    continue
                lines.append(f"{field_name(key)}: {self.value(key, new, after)}")
            else:
                lines.append(f"{field_name(key)}: {self.value(key, old, before)}{ARROW}"
                             f"{self.value(key, new, after)}")
        return lines

    # -- values ------------------------------------------------------------------------------
    def value(self, key, value, record=None):
        """A stored value as a reader reads it: names for ids, words for states and flags,
        times without their "T"."""
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            if value:
                return QCoreApplication.translate("AuditWords", "yes")
            return QCoreApplication.translate("AuditWords", "no")
        if key == "state":
            return state_name(value)
        if key in ("answer", "dispute_answer", "doing") and value_word(value):
            return value_word(value)
        if key == "role":
            from ui.sign_in import role_name

            return role_name(value)
        if key == "team_id":
            return self._team_name(value)
        if key == "team_ids" and isinstance(value, list):
            return ", ".join(self._team_name(v) for v in value) or "—"
        if key in ("lead_employee_id", "employee_id"):
            return self._employee_text(value)
        if key == "item_id" and record:
            return self._item_label(record.get("version_id"), value) or str(value)
        if isinstance(value, list):
            return ", ".join(self.value(key, v) for v in value) or "—"
        if isinstance(value, dict):
            return "; ".join(f"{field_name(k)} {self.value(k, v)}" for k, v in value.items())
        text = str(value)
        if len(text) >= 16 and text[4:5] == "-" and text[10:11] == "T":
            return clock.shown(text)
        return text

    # -- names -------------------------------------------------------------------------------
    def _employee(self, employee_id):
        if self._employees is None:
            from models.people.employees import list_employees

            self._employees = {e["id"]: e for e in list_employees(self.db,
                                                                  include_inactive=True)}
        return self._employees.get(employee_id)

    def _employee_text(self, employee_id, data=None):
        employee = self._employee(employee_id) or data or {}
        if employee.get("name"):
            code = employee.get("code")
            return f"{employee['name']} ({code})" if code else employee["name"]
        return f"#{employee_id}" if employee_id is not None else ""

    def _team_name(self, team_id):
        if self._teams is None:
            from models.people.teams import list_teams

            self._teams = {t["id"]: t["name"] for t in list_teams(self.db,
                                                                  include_inactive=True)}
        if team_id is None:
            return "—"
        return self._teams.get(team_id) or f"#{team_id}"

    def _user_name(self, user_id):
        if self._users is None:
            from models.people.users import list_users

            self._users = {u["id"]: u["name"] for u in list_users(self.db,
                                                                  include_inactive=True)}
        return self._users.get(user_id) or (f"#{user_id}" if user_id is not None else "")

    def _form_text(self, form_id):
        if form_id not in self._forms:
            from models import forms

            try:
                form = forms.get_form(self.db, form_id)
            except NotFoundError:
                form = None
            self._forms[form_id] = form
        form = self._forms[form_id]
        if form is None:
            return f"#{form_id}" if form_id is not None else ""
        revision = QCoreApplication.translate("AuditWords", "revision %1").replace(
            "%1", str(form["revision"]))
        return (f"{self._employee_text(form['employee_id'])} {form['period_key']}"
                + (f" ({revision})" if form["revision"] > 1 else ""))

    def _post_version(self, employee):
        if not employee or not employee.get("post"):
            return None
        key = ("post", employee["post"])
        if key not in self._rubrics:
            from models.rubrics import rubric_for_post

            found = rubric_for_post(self.db, employee["post"])
            self._rubrics[key] = found[0] if found else None
        return self._rubrics[key]

    def _item_label(self, version_id, item_id):
        if not item_id:
            return ""
        if version_id is None:
            return str(item_id)
        if version_id not in self._rubrics:
            from models.rubrics import load_version

            try:
                self._rubrics[version_id] = load_version(self.db, version_id)
            except (NotFoundError, ValueError):
                self._rubrics[version_id] = None
        rubric = self._rubrics[version_id]
        item = rubric.item(item_id) if rubric is not None else None
        return item.label(self.language) if item is not None else str(item_id)


def _dict(value):
    return value if isinstance(value, dict) else {}
