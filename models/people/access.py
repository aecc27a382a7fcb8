"""Who may do what: the role rules as plain functions (no Qt), shared by the UI and the tests.

Roles (models.people.users.ROLES): a shift lead ("lead") works on her own teams (models.people.users
`user_team_ids`), a reviewer reviews and reads everything, the HR admin ("hr") may do everything.
Signing is separate: each signature checks the signer's own PIN (models.forms).

`user` is a users row (models.people.users.get_user) or None. None means *open mode*: the store has
no user who can sign in, and then everything is allowed. The UI passes None only when
`open_mode(db)` says so; the app itself asks on such a store for the first run's set-up (an HR
admin first, models.database.first_run) or makes the demo's own users (models.database.demo), so
its writes always have a signed-in actor.

A team-limited action asked without a `team_id` means "on every team": a lead is refused it
(she may act on her own teams only), and so is a record without a team.

The write functions of models/ check the same rules (`require`) when their actor (`by=`) is a
`UserActor`, the signed-in user (ui/session.py `Session.actor`): a hidden button is not the only
thing that stops a reviewer from making a draft. A plain string actor ("system", "main.py print",
"start-up check", "daily backup", NO_SIGN_IN in open mode, the tests) is a tool or a start-up job
and is not checked.
"""

ACTIONS = ("tick", "view", "manage_people", "manage_teams", "manage_users", "manage_rubrics",
           "review", "sign_appraiser", "create_forms", "manage_settings", "manage_backups")

# action → roles allowed everywhere; roles allowed on their own teams only
EVERYWHERE = {
    "tick": {"hr"},
    "view": {"reviewer", "hr"},
    "manage_people": {"hr"},
    "manage_teams": {"hr"},          # adding, renaming, (de)activating teams; imports
    "manage_users": {"hr"},
    "manage_rubrics": {"hr"},
    "review": {"reviewer", "hr"},
    "sign_appraiser": {"lead", "reviewer", "hr"},
    "create_forms": {"hr"},
    "manage_settings": {"hr"},       # includes "Remove demo data"
    "manage_backups": {"hr"},        # a restore replaces everyone's data
}
OWN_TEAMS = {"tick": {"lead"}, "view": {"lead"}, "manage_people": {"lead"},
             "create_forms": {"lead"}}


def can(user, action, *, team_id=None, team_ids=None):
    """May `user` do `action` (on `team_id`, when the action concerns one team)?

    `team_ids` are the user's own teams; when not given, `user["team_ids"]` (if present).
    """
    if action not in EVERYWHERE:
        raise ValueError(f"unknown action {action!r} (known: {', '.join(ACTIONS)})")
    if user is None:
        return True
    if not user.get("active", True):
        return False
    role = user.get("role")
    if role in EVERYWHERE[action]:
        return True
    if role in OWN_TEAMS.get(action, ()):
        own = user.get("team_ids", ()) if team_ids is None else team_ids
        return team_id is not None and team_id in set(own)
    return False


# The actor in open mode when the settings name no inspector: every audit event names someone.
NO_SIGN_IN = "(no sign-in)"


class NotAllowedError(ValueError):
    """The signed-in user's role does not allow this write (nothing was written). `reason`
    lets the UI say it in the user's language (ui/errors.py)."""

    reason = "not_allowed"

    def __init__(self, message, *, action=None, team_id=None):
        super().__init__(message)
        self.action = action
        self.team_id = team_id


class UserRuleError(ValueError):
    """A change of users refused by the rules that keep the office able to work (nothing was
    written). `reason` lets the UI say it in the user's language (ui/errors.py), `name` is the
    user (or name) it is about:

    - "name_empty": a user needs a name;
    - "name_taken": another active user has this name (a deactivated user's name may be given
      again; reactivating her then is refused);
    - "first_user_hr": the first user who can sign in must be an HR admin;
    - "deactivate_self": the signed-in user cannot deactivate herself;
    - "last_hr": the change would leave no active HR admin while others can sign in;
    - "demo_pin": a demo user's PIN is the one shown at the sign-in: it is not changed;
    - "set_up_done": the first-run set-up on a store where someone can sign in already.
    """

    REASONS = ("name_empty", "name_taken", "first_user_hr", "deactivate_self", "last_hr",
               "demo_pin", "set_up_done")

    def __init__(self, message, *, reason, name=""):
        if reason not in self.REASONS:
            raise ValueError(f"unknown user rule {reason!r}")
        super().__init__(message)
        self.reason = reason
        self.name = name


class UserActor(str):
    """The signed-in user as the actor of a write: the user's name, carrying `user` (the users
    row as `signed_in_user` returns it: id, name, role, active, team_ids).

    A str because every write already takes the actor's name (`by=`) and stores, prints and
    audits it as text: those places keep working, and the write functions can also check the
    user's role (`require`). sqlite3 binds it as the text of the name.
    """

    def __new__(cls, user):
        actor = super().__new__(cls, user["name"])
        actor.user = {"id": user.get("id"), "name": user["name"], "role": user.get("role"),
                      "active": user.get("active", True),
                      "team_ids": tuple(user.get("team_ids", ()))}
        return actor

    def __reduce__(self):       # pickle/copy: rebuilt from the row, not from the bare name
        return type(self), (self.user,)

    def require(self, action, *, team_id=None):
        """`require(self, …)`, for packages below models.people (the rubrics) that cannot
        import the role rules."""
        require(self, action, team_id=team_id)


def allows(by, action, *, team_id=None):
    """May the actor `by` do `action` (on `team_id`)? Always, for a plain-string actor."""
    if action not in EVERYWHERE:
        raise ValueError(f"unknown action {action!r} (known: {', '.join(ACTIONS)})")
    return not isinstance(by, UserActor) or can(by.user, action, team_id=team_id)


def require(by, action, *, team_id=None, own_user_id=None):
    """NotAllowedError when `by` is a signed-in user whose role does not allow `action` (on
    `team_id`); called first in each write function, so a refusal writes nothing.
    `own_user_id`: the user the write is about, when she may do it to herself (her own PIN)."""
    if own_user_id is not None and isinstance(by, UserActor) and by.user["id"] == own_user_id \
            and by.user["active"]:
        return
    if not allows(by, action, team_id=team_id):
        where = "" if team_id is None else f" on team {team_id}"
        state = by.user["role"] if by.user.get("active", True) else "deactivated user"
        raise NotAllowedError(f"{by} ({state}) may not {action.replace('_', ' ')}{where}: "
                              "nothing was changed", action=action, team_id=team_id)


def team_filter(user, team_ids=None):
    """The teams whose people the user sees: None for all of them, else a frozenset."""
    if can(user, "view"):
        return None
    own = user.get("team_ids", ()) if team_ids is None else team_ids
    return frozenset(own)


def can_sign_in(user):
    return bool(user.get("active")) and bool(user.get("has_pin"))


def open_mode(db):
    """True when no active user has a PIN: nobody could sign in, so nobody is asked to.

    (A user without a PIN cannot sign in; counting them would lock everybody out.)
    """
    return db.execute("SELECT 1 FROM users WHERE active = 1 AND pin_hash IS NOT NULL "
                      "LIMIT 1").fetchone() is None


def signed_in_user(db, user_id):
    """The users row with `team_ids` added: what the UI keeps for the signed-in user."""
    from models.people import users

    user = users.get_user(db, user_id)
    user["team_ids"] = users.user_team_ids(db, user_id)
    return user


# -- guards for the users dialog: never lock the office out of its own store ----------------
def check_new_user(db, *, role):
    """ValueError when adding this user would end open mode without an HR admin to manage
    users (the first user who can sign in must be an HR admin)."""
    if open_mode(db) and role != "hr":
        raise UserRuleError("the first user must be an HR admin: only an HR admin can add "
                            "users, and once a user exists everyone has to sign in",
                            reason="first_user_hr")


def has_hr_admin(db):
    """Is there an active HR admin who can sign in (and so manage users)?"""
    return db.execute("SELECT 1 FROM users WHERE role = 'hr' AND active = 1 "
                      "AND pin_hash IS NOT NULL LIMIT 1").fetchone() is not None


def _last_hr(db, user_id):
    """The user is an active HR admin and no other active HR admin can sign in."""
    row = db.execute("SELECT role, active, name FROM users WHERE id = ?", (user_id,)).fetchone()
    if row is None or row[0] != "hr" or not row[1]:
        return None
    others_hr = db.execute("SELECT count(*) FROM users WHERE role = 'hr' AND active = 1 "
                           "AND pin_hash IS NOT NULL AND id != ?", (user_id,)).fetchone()[0]
    return None if others_hr else row[2]


def _last_hr_error(name):
    return UserRuleError(f"{name} is the last active HR admin: add or reactivate another HR "
                         "admin first, or nobody could manage users any more",
                         reason="last_hr", name=name)


def check_deactivate(db, user_id, *, by_user_id=None):
    """UserRuleError when deactivating `user_id` would leave no active HR admin while others can
    still sign in, or when the signed-in user (`by_user_id`) would deactivate herself."""
    if by_user_id is not None and user_id == by_user_id:
        raise UserRuleError("you cannot deactivate yourself while signed in",
                            reason="deactivate_self")
    name = _last_hr(db, user_id)
    if name is None:
        return
    others = db.execute("SELECT count(*) FROM users WHERE active = 1 AND pin_hash IS NOT NULL "
                        "AND id != ?", (user_id,)).fetchone()[0]
    if others:
        raise _last_hr_error(name)


def check_role_change(db, user_id, role):
    """UserRuleError when `user_id` is the last active HR admin and would stop being one: she
    stays able to sign in, so nobody could manage users any more."""
    if role != "hr":
        name = _last_hr(db, user_id)
        if name is not None:
            raise _last_hr_error(name)
