"""One error policy: any exception an action meets becomes one sentence for the user, chosen by
the store's own classification, never by matching the text of an error.

- `models.storage.errors`: a failed write is classified by SQLite's result code (`store_error_for`:
  StoreError.reason "disk_full", "read_only", "locked", "io_error", "damaged"), a trigger's
  refusal by `refusal_for` (SignedPeriodError, reason "signed_period"); other StoreErrors carry
  their own reason; NotFoundError is a record that is gone.
- A refusal (ValueError, RubricError, an IntegrityError of a constraint) is shown with its own
  message: the store's messages name the field or record they are about.
- Anything else is a bug: `attempt` lets it go on to the crash report (ui/crash_report.py),
  which logs the traceback; a worker's (which arrives as a value) is logged here.

`run_op(session, parent, fn, doing=…, changes={…})` is how every action writes: it runs `fn`,
reports `changes` to the hub (ui/changes.py) when the store took them, and otherwise tells the
user why not — in a message box titled `doing`, or through `show` (an inline error label).
"""

import logging
import sqlite3
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from models.storage.errors import NotFoundError, StoreError, refusal_for, store_error_for

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    """What an action came to: `ok` with its `value`, or the `error` the user was told."""

    ok: bool
    value: object = None
    error: BaseException | None = None


def classify(exc):
    """The store's reading of `exc`: a raw sqlite3 error becomes the StoreError or refusal it
    stands for (with a `reason`); anything else is returned as it is."""
    if isinstance(exc, sqlite3.Error):
        return refusal_for(exc) or store_error_for(exc) or exc
    return exc


def reason_of(exc):
    """The stable reason code ("read_only", "signed_period" …), or None."""
    return getattr(classify(exc), "reason", None)


def _report_errors():
    from reports.batch import BatchError
    from reports.fonts import FontError

    return BatchError, FontError


def is_user_error(exc):
    """Something to tell the user (a refusal, the disk, the file), not a bug."""
    exc = classify(exc)
    if getattr(exc, "reason", None) is not None:
        return True
    return isinstance(exc, (ValueError, OSError, sqlite3.IntegrityError, *_report_errors()))


def _reason_sentence(reason):
    translate = QCoreApplication.translate
    if reason == "disk_full":
        return translate("Errors", "The disk is full: nothing was saved. Everything saved "
                                   "before is safe. Free some space and try again.")
    if reason == "read_only":
        return translate("Errors", "The database cannot be written (read-only): nothing was "
                                   "saved. Everything saved before is safe.")
    if reason == "locked":
        return translate("Errors", "Another program is holding the database: nothing was "
                                   "saved. Everything saved before is safe. Close the other "
                                   "program and try again.")
    if reason == "io_error":
        return translate("Errors", "The disk reported an error: nothing was saved. Everything "
                                   "saved before is safe. Check the disk and try again.")
    if reason == "damaged":
        return translate("Errors", "The database file is damaged: nothing was saved. Stop "
                                   "working in it and restore the newest good backup (Tools → "
                                   "Backups); nothing is repaired or overwritten automatically.")
    if reason == "signed_period":
        return translate("Errors", "This period's form is already signed: the entry was not "
                                   "saved. To change it, make a correction (a new revision) "
                                   "of the form.")
    if reason == "backup_folder":
        return translate("Errors", "The backup folder cannot be used (is the USB stick "
                                   "plugged in?): no backup was taken.")
    if reason == "not_allowed":     # models.people.access.NotAllowedError
        return translate("Errors", "Your role does not allow this: nothing was saved. Ask the "
                                   "HR admin if it needs doing.")
    if reason == "key_locked":      # models.trust.keys.KeyLockedError
        return translate("Errors", "The organisation's signing key is locked: nothing was "
                                   "signed or saved. The HR admin unlocks it once per start "
                                   "(Settings → Signing key) with the key passphrase.")
    if reason == "wrong_passphrase":
        return translate("Errors", "Wrong key passphrase: the signing key stays locked.")
    if reason == "tampered":        # models.forms.TamperedFormError
        return translate("Errors", "This form was changed outside the app since it was "
                                   "signed: it is not printed. Ask the HR admin to run the "
                                   "store check and compare it with a backup.")
    if reason in ("backup_failed", "backup_invalid"):
        return translate("Errors", "The backup failed: no backup was taken, the database is "
                                   "unchanged.")
    return None


def pin_locked_sentence(name, seconds):
    """A user locked after too many wrong PINs (models.people.users.PinLockedError, Lockout):
    who, and how long to wait."""
    translate = QCoreApplication.translate
    if seconds < 120:
        text = translate("Errors", "Too many wrong PINs: %1 is locked. Try again in %2 s.")
    else:
        text = translate("Errors", "Too many wrong PINs: %1 is locked. Try again in %2 min.")
        seconds = -(-seconds // 60)
    return text.replace("%2", str(seconds)).replace("%1", name)


def user_rule_sentence(exc):
    """The rules that keep the office able to work (models.people.access.UserRuleError), in the
    user's language; None for another error."""
    translate = QCoreApplication.translate
    texts = {
        "name_empty": translate("Errors", "Enter a name."),
        "name_taken": translate("Errors", "An active user named %1 already exists: two active "
                                          "users cannot share a name (deactivate the other "
                                          "one first)."),
        "first_user_hr": translate("Errors", "The first user must be an HR admin: only an HR "
                                             "admin can add users, and once a user exists "
                                             "everyone has to sign in."),
        "deactivate_self": translate("Errors", "You cannot deactivate yourself while signed "
                                               "in."),
        "last_hr": translate("Errors", "This would leave no active HR admin, and nobody could "
                                       "manage users any more: add or reactivate another HR "
                                       "admin first."),
        "demo_pin": translate("Errors", "%1 is a demo user: her PIN is the one shown at the "
                                        "sign-in and is not changed. Add a user of your own "
                                        "instead."),
        "set_up_done": translate("Errors", "Users can sign in to this database already: the "
                                           "set-up was not done again."),
    }
    text = texts.get(getattr(exc, "reason", None))
    return None if text is None else text.replace("%1", getattr(exc, "name", "") or "")


def message(exc):
    """The user's sentence for `exc` (any exception)."""
    exc = classify(exc)
    reason = getattr(exc, "reason", None)
    if reason == "pin_locked":
        return pin_locked_sentence(exc.name, exc.seconds_left)
    rule = user_rule_sentence(exc)
    if rule is not None:
        return rule
    sentence = _reason_sentence(reason)
    if sentence is not None:
        # The backup reasons add the folder and the cause, a tampered form which form it is
        # and what failed: only the message names them.
        named = reason.startswith("backup") or reason == "tampered"
        return sentence + ("\n" + str(exc) if named else "")
    if isinstance(exc, NotFoundError):
        return QCoreApplication.translate(
            "Errors", "This record no longer exists (it may have been removed meanwhile): "
                      "nothing was saved.")
    if isinstance(exc, OSError) and not isinstance(exc, StoreError) and exc.strerror:
        where = f" ({exc.filename})" if exc.filename else ""
        return QCoreApplication.translate("Errors", "The file cannot be used: %1").replace(
            "%1", exc.strerror + where)
    if is_user_error(exc):
        return str(exc)
    return QCoreApplication.translate("Errors", "Something unexpected went wrong: %1").replace(
        "%1", f"{type(exc).__name__}: {exc}")


def tell(parent, exc, *, doing, show=None):
    """Say why `doing` did not happen: through `show(text)`, else a message box."""
    if not is_user_error(exc):      # a worker's bug arrives here as a value: keep its trace
        log.error("%s failed", doing, exc_info=(type(exc), exc, exc.__traceback__))
    text = message(exc)
    if show is not None:
        show(text)
    else:
        QMessageBox.warning(parent, doing, text)
    return text


def attempt(parent, fn, *, doing, show=None):
    """Run `fn()`; a refusal or failure is told to the user (nothing is raised), a bug is
    raised on to the crash report. Returns an Outcome."""
    try:
        value = fn()
    except Exception as exc:
        if not is_user_error(exc):
            raise
        tell(parent, exc, doing=doing, show=show)
        return Outcome(False, error=exc)
    return Outcome(True, value)


def run_op(session, parent, fn, *, doing, changes, show=None):
    """One write: `fn()`, then the hub hears `changes` — only when the store took them.
    `changes` may be a function of fn's result (e.g. nothing when nothing differed)."""
    outcome = attempt(parent, fn, doing=doing, show=show)
    if outcome.ok:
        session.changes.report(changes(outcome.value) if callable(changes) else changes)
    return outcome
