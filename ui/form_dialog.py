"""One assessment form: every input, the engine's breakdown, blockers, and the sign-off steps."""

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from models import forms
from models.storage import clock
from scoring.result import show, signed
from ui.changes import EMPLOYEES, FORMS, INCIDENTS, TEAMS, VALUES
from ui.errors import attempt, run_op
from ui.form_state_names import state_name
from ui.included_tree import add_included
from ui.money_tree import add_money
from ui.screen_fit import fit_to_screen
from ui.wrapping import wrap_tree

ROLE_ORDER = ("appraiser", "employee", "reviewer")


class FormDialog(QDialog):
    def __init__(self, session, form_id, *, parent=None):
        super().__init__(parent)
        self.session = session      # its signed-in user is offered first when signing
        self.db, self.form_id, self.language = session.db, form_id, session.language
        fit_to_screen(self, 1000, 700)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setStyleSheet("font-size: 15px;")
        self.total = QLabel()
        self.total.setObjectName("form-total")
        self.total.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.blockers = QLabel()
        self.blockers.setObjectName("form-blockers")
        self.blockers.setWordWrap(True)
        self.blockers.setStyleSheet("color: #b00020;")
        self.hint = QLabel()        # the suggested next step (a dispute to answer, to correct)
        self.hint.setObjectName("form-next-step")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #1a4f8b; font-weight: bold;")
        self.tree = QTreeWidget()
        wrap_tree(self.tree)                # a long reason wraps, never "…"
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Points"), self.tr("Why")])
        self.tree.setColumnWidth(0, 280)
        self.tree.setColumnWidth(1, 130)
        self.signatures = QLabel()
        self.signatures.setWordWrap(True)
        self.buttons = QHBoxLayout()
        files = QHBoxLayout()       # beside the signatures: the PDF buttons
        files.addWidget(self.signatures, 1)
        self.actions = {}
        self.export = None      # the last "Save signed PDF…" (ui/pdf_export.py)
        self.answer_dialog = self.correction = None     # the last ones opened (window-modal)
        for key, text in (("submit", self.tr("Appraiser signs…")),
                          ("acknowledge", self.tr("Employee signs…")),
                          ("dispute", self.tr("Employee disputes…")),
                          ("approve", self.tr("Approve entries…")),
                          ("answer", self.tr("Answer dispute…")),
                          ("review", self.tr("Reviewer signs…")),
                          ("lock", self.tr("Lock")),
                          ("reevaluate", self.tr("Re-evaluate team figures")),
                          ("revise", self.tr("Correct (new revision)")),
                          ("pdf", self.tr("PDF preview…")),
                          ("save", self.tr("Save signed PDF…"))):
            button = QPushButton(text)
            button.setMinimumHeight(40)
            button.clicked.connect(lambda _=False, k=key: self.run(k))
            self.actions[key] = button
            (files if key in ("pdf", "save") else self.buttons).addWidget(button)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setMinimumHeight(40)
        self.close_button.clicked.connect(self.reject)
        files.addWidget(self.close_button)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.blockers)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)
        layout.addLayout(files)
        layout.addLayout(self.buttons)
        self.load()
        session.changes.changed.connect(self._changed)

    def _changed(self, kinds):
        """The hub: its own steps, and ticks or values entered elsewhere (a draft is live)."""
        if kinds & {FORMS, INCIDENTS, VALUES, EMPLOYEES, TEAMS}:
            self.load()

    # -- showing ---------------------------------------------------------------------------
    def load(self):
        self.view = view = forms.form_view(self.db, self.form_id)
        form, employee, result = view.form, view.employee, view.result
        en = self.language == "en"
        state = state_name(form["state"])
        due = form.get("due_at") or ""
        overdue = (form["state"] == "submitted" and due and date.fromisoformat(due[:10])
                   < date.today())
        # Only while the employee's signature is awaited ("acknowledged acknowledge by" said
        # the same twice).
        due_text = ((self.tr("acknowledge by %s") % due[:10])
                    if due and form["state"] == "submitted" else "")
        if overdue:
            overdue_word = self.tr("OVERDUE")     # lupdate cannot read tr() inside f-strings
            due_text = f"<span style='color:#b00020'>{overdue_word}: {due_text}</span>"
        revision_word = self.tr("revision")
        self.header.setText(
            f"<b>{employee['name']}</b> ({employee['code']}) · {employee['post']} · "
            f"{form['period_key']} · {revision_word} {form['revision']} · "
            f"<b>{state}</b> {due_text}")
        grade = (result.get("grade_en") if en else result.get("grade")) or ""
        total = f"{result.get('total', '?')} / {result.get('max_total', '?')}  {grade}"
        if result.get("floored"):       # the deductions went below the floor: stopped there
            total += "  " + self.tr("(stopped at %1)").replace(
                "%1", show(result.get("floor", "0")))
        self.total.setText(total)
        warnings = list(view.blockers)
        if view.tampered:
            warnings.insert(0, self.tr("This form was changed outside the app since it was "
                                       "signed: it is not printed and no step can be taken. "
                                       "Ask the HR admin to run the store check."))
            warnings += view.tampered
        self.blockers.setText("\n".join(warnings))
        self.blockers.setVisible(bool(warnings))
        if result.get("sections") is not None:
            self._fill_tree(view, en)
        signed = {s["role"]: s for s in view.signatures}
        names = {"appraiser": self.tr("Appraiser"), "employee": self.tr("Employee"),
                 "reviewer": self.tr("Reviewer")}
        parts = []
        for role in ROLE_ORDER:
            s = signed.get(role)
            if role == "employee" and form.get("dispute_reason"):
                # her dispute, never shown as agreement (even when she signed the dispute)
                parts.append(f"{names[role]}: " + self.tr("DISPUTED on %1: %2").replace(
                    "%1", (form.get("disputed_at") or "")[:10]).replace(
                    "%2", form["dispute_reason"]))
                continue
            parts.append(f"{names[role]}: " + (f"{s['name']} {clock.shown(s['signed_at'])}" if s
                                               else self.tr("not signed")))
        if form.get("dispute_answer"):
            parts.append(self.tr("Answer (%1, %2): %3 — %4").replace(
                "%1", form.get("dispute_answered_by") or "").replace(
                "%2", (form.get("dispute_answered_at") or "")[:10]).replace(
                "%3", self._answer_name(form["dispute_answer"])).replace(
                "%4", form.get("dispute_answer_text") or ""))
        elif form.get("dispute_reason"):
            parts.append(self.tr("the dispute is not answered yet"))
        self.signatures.setText("   ·   ".join(parts))
        self._show_next_step(form, view)
        self._enable(form["state"], view)

    def _answer_name(self, answer):
        return {"upheld": self.tr("dispute upheld"),
                "partly_upheld": self.tr("dispute partly upheld"),
                "rejected": self.tr("dispute rejected")}.get(answer, answer)

    def _show_next_step(self, form, view):
        hint = ""
        if view.tampered:
            pass        # a tampered form offers no step at all
        elif view.correction_suggested:
            hint = self.tr("The dispute was upheld: the next step is to correct the form with "
                           "“Correct (new revision)”.")
        elif (form["state"] == "disputed" and not form.get("dispute_answer")
              and not form.get("superseded_by")):
            hint = self.tr("The employee disputes this form: a reviewer or the HR admin answers "
                           "the dispute (“Answer dispute…”) before the review.")
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def _fill_tree(self, view, en):
        self.tree.clear()
        result = view.result
        notes = {}
        for incident in view.incidents:
            notes.setdefault(incident["item_id"], []).append(incident)
        nodes = {}
        for section in result["sections"]:
            name = (en and section.get("name_en")) or section["name"]
            node = QTreeWidgetItem([name, f"{section['score']} / {section['max']}", ""])
            nodes[section["id"]] = node
            self.tree.addTopLevelItem(node)
        extra = QTreeWidgetItem([self.tr("Bonuses, deductions and vetoes"),
                                 f"{signed(result['bonus'], '+')} / "
                                 f"{signed(result['deducted'], '−')}", ""])
        for item in result["items"]:
            figure = item.get("score") or _signed(item)
            why = item.get("why_en") if en else item["why"]
            name = (en and item.get("name_en")) or item["name"]
            node = QTreeWidgetItem(nodes.get(item.get("section"), extra), [name, figure, why])
            for incident in notes.get(item["id"], []):
                line = f"{incident['at'][:16].replace('T', ' ')}  {incident.get('by') or ''}"
                QTreeWidgetItem(node, [line, f"×{incident['count']}", incident["note"]])
            value = view.values.get(item["id"])
            if value is not None:
                QTreeWidgetItem(node, [self.tr("value"), "", str(value)])
        if extra.childCount():
            self.tree.addTopLevelItem(extra)
        add_included(self.tree, view.document, en)     # the rubrics it includes (issue 13)
        add_money(self.tree, view.document.get("money"), en, incidents=view.incidents,
                  values=view.values)     # its money lines and total (a rubric's `money:`)
        self.tree.expandToDepth(0)

    def _enable(self, state, view):
        draft = state == "draft"
        unanswered = state == "disputed" and not view.form.get("dispute_answer")
        allowed = {
            "submit": draft and not view.blockers,
            "acknowledge": state == "submitted", "dispute": state == "submitted",
            "approve": draft and bool(view.unapproved),
            "answer": unanswered and not view.form.get("superseded_by")
            and self.session.allowed("review"),
            "review": state == "acknowledged" or (state == "disputed" and not unanswered),
            "lock": state == "reviewed",
            "reevaluate": draft and view.form.get("team_scope") != "none",
            # Only who may make forms for the team corrects one (the store refuses the rest).
            "revise": not draft and not view.form.get("superseded_by")
            and self.session.allowed("create_forms", view.employee.get("team_id")),
            "pdf": True,
            "save": self.session.path is not None,     # a worker opens the store's file
        }
        for key, button in self.actions.items():
            button.setEnabled(allowed[key] and not view.tampered)
        self.actions["submit"].setToolTip("\n".join(view.blockers))
        self.actions["review"].setToolTip(
            self.tr("Answer the dispute first (“Answer dispute…”).") if unanswered else "")
        self.actions["answer"].setToolTip(
            "" if self.session.allowed("review")
            else self.tr("Only a reviewer or the HR admin answers a dispute."))
        suggested = view.correction_suggested and not view.tampered
        self.actions["revise"].setDefault(suggested)
        self.actions["revise"].setStyleSheet("color: #1a4f8b;" if suggested else "")

    # -- acting ----------------------------------------------------------------------------
    def run(self, key):
        from ui.sign_dialog import SignDialog

        if key == "pdf":
            self._preview()
            return
        if key == "save":
            self.save_pdf()
            return
        if key == "approve":
            self._approve()
            return
        if key == "answer":
            self._answer()
            return
        if key == "revise":
            self._correct()
            return
        employee, by = self.view.employee["name"], self.session.actor
        steps = {
            "submit": ("appraiser", self.tr("Appraiser signs"), forms.submit, {}),
            "acknowledge": ("employee", self.tr("Employee signs"), forms.acknowledge, {}),
            "dispute": ("employee", self.tr("Employee disputes"), forms.dispute,
                        {"reason": True}),
            "review": ("reviewer", self.tr("Reviewer signs"), forms.review, {}),
            "lock": ("lock", self.tr("Lock the form"), forms.lock, {"needs_pad": False}),
        }
        doing = self.actions[key].text()
        if key in steps:
            role, title, action, options = steps[key]
            dialog = SignDialog(self.session, role=role, title=title, employee_name=employee,
                                parent=self, **options)
            if dialog.exec() != QDialog.Accepted:
                return
            # The signed-in user operates: the actor of the step (the employee signs hers) and
            # of a wrong PIN typed in it.
            values = dict(dialog.values(), by=by)
            self._op(title, lambda: action(self.db, self.form_id, **values))
        elif key == "reevaluate":
            self._op(doing, lambda: forms.reevaluate(self.db, self.form_id, by=by))

    def _op(self, doing, fn, changes=frozenset({FORMS})):
        """One step: its refusal is said in a box; done, the hub reloads this dialog, the
        forms panel and whatever else shows the form."""
        return run_op(self.session, self, fn, doing=doing, changes=changes)

    def _answer(self):
        """The reviewer's answer to the dispute (window-modal; her PIN): once, before the
        review."""
        from ui.answer_dialog import AnswerDialog

        form, form_id, by = self.view.form, self.form_id, self.session.actor
        dialog = AnswerDialog(self.session, employee_name=self.view.employee["name"],
                              reason=form.get("dispute_reason") or "",
                              disputed_at=form.get("disputed_at") or "", parent=self)

        def answered():
            values = dialog.values()
            self._op(dialog.windowTitle(), lambda: forms.answer_dispute(
                self.db, form_id, by=by, **values))
        dialog.accepted.connect(answered)
        dialog.finished.connect(dialog.deleteLater)
        self.answer_dialog = dialog
        dialog.open()

    def _correct(self):
        """A correction of the signed form: what will happen, the reason, a confirmation
        (window-modal); Cancel makes nothing. The new revision is shown when the hub reloads
        the dialog."""
        from ui.correction_dialog import CorrectionDialog

        form, form_id, by = self.view.form, self.form_id, self.session.actor
        suggestion = ""
        if self.view.correction_suggested:
            suggestion = self.tr("The reviewer answered the dispute: %1 — %2").replace(
                "%1", self._answer_name(form["dispute_answer"])).replace(
                "%2", form.get("dispute_answer_text") or "")
        dialog = CorrectionDialog(employee_name=self.view.employee["name"],
                                  period_key=form["period_key"], revision=form["revision"],
                                  suggestion=suggestion, parent=self)
        doing = self.actions["revise"].text()

        def confirmed():
            reason = dialog.values()["reason"]

            def revise():
                self.form_id = forms.revise(self.db, form_id, by=by, reason=reason)
            self._op(doing, revise)
        dialog.accepted.connect(confirmed)
        dialog.finished.connect(dialog.deleteLater)
        self.correction = dialog
        dialog.open()

    def _approve(self):
        from ui.sign_dialog import SignDialog

        title = self.tr("Approve entries")
        dialog = SignDialog(self.session, role="approve", title=title, needs_pad=False,
                            parent=self)
        if dialog.exec() != QDialog.Accepted:
            return
        values = dialog.values()
        for row in self.view.unapproved:     # one transaction each: stop at the first refusal
            done = self._op(title, lambda row=row: forms.approve_form_entry(
                self.db, self.form_id, incident_id=row["id"], by=self.session.actor, **values),
                changes={FORMS, INCIDENTS})
            if not done.ok:
                break

    def _preview(self):
        from reports.batch import printable_document
        from ui.pdf_preview import preview_document

        # A form (or its team's closing) changed outside the app is refused with a message.
        document = attempt(self, lambda: printable_document(self.db, self.form_id),
                           doing=self.actions["pdf"].text())
        if document.ok:
            preview_document(document.value, language=self.language, parent=self,
                             session=self.session)

    def save_pdf(self):
        """This form as a signed PDF where she chooses, on the path of `main.py print`
        (reports.batch, the certificate in `signing/` beside the database), off the GUI
        thread; at the end a message with "Open folder"."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from reports.batch import file_name, save_form
        from ui.pdf_export import save_one_signed

        form, employee = self.view.form, self.view.employee
        suggested = file_name({"form_id": self.form_id, "revision": form["revision"],
                               "period": {"key": form["period_key"]},
                               "employee": {"code": employee["code"],
                                            "name": employee["name"]}})
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save signed PDF"),
                                                str(Path.home() / suggested),
                                                self.tr("PDF files (*.pdf)"))
        if not chosen:
            return None
        form_id, language = self.form_id, self.language
        self.export = save_one_signed(self, chosen, self.session.path, lambda db, target, org_dir:
                                      save_form(db, form_id, target, org_dir=org_dir,
                                                language=language))
        return self.export


def _signed(item):
    """−4.00 for a deduction, +3.00 for a bonus, 0.00 when nothing happened (never −0.00)."""
    for key, sign in (("deducted", "−"), ("added", "+")):
        if key in item:
            return item[key] if item[key] in ("0.00", "0") else f"{sign}{item[key]}"
    return ""
