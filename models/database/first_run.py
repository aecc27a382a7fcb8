"""The first run's set-up of the office: on a store nobody can sign in to (open mode), the
organisation's name, the HR admin and, if wanted, the shift lead at the desk with her teams, in one
transaction. Every audit event of it names the new HR admin as its actor, so the trail starts with
a person, not "(no sign-in)". The other way out of the first run, "Just look around", is the demo's
own users (models.database.demo.install_demo_users)."""

from dataclasses import dataclass

from models.people import access, teams, users
from models.work import settings


@dataclass(frozen=True)
class OfficeSetUp:
    """What the set-up made: the HR admin, the lead (None if none was asked for), her teams."""

    hr_id: int
    lead_id: int | None
    team_ids: tuple

    @property
    def signed_in_id(self):
        """Who works at the desk from now on: the lead if one was made, else the HR admin."""
        return self.lead_id if self.lead_id is not None else self.hr_id


def set_up_office(db, *, hr_name, hr_pin, organisation="", lead_name=None, lead_pin=None,
                  team_ids=(), new_team=None):
    """Make the HR admin (and the lead on `team_ids` plus `new_team`, a team made here or the
    existing one of that name); save `organisation` when given. All or nothing.

    Refused (UserRuleError "set_up_done") when someone can sign in already: then users are
    HR's business (models.people.users). A lead needs at least one team (she would see nobody);
    her name must differ from the HR admin's (names of active users are unique)."""
    if not access.open_mode(db):
        raise access.UserRuleError("the office is set up already: someone can sign in",
                                   reason="set_up_done")
    hr_name = (hr_name or "").strip()
    lead_name = (lead_name or "").strip() or None
    new_team = (new_team or "").strip() or None
    if lead_name is None and (lead_pin or team_ids or new_team):
        raise access.UserRuleError("the shift lead needs a name", reason="name_empty")
    if lead_name is not None and not team_ids and new_team is None:
        raise ValueError(f"{lead_name}: choose at least one team for the shift lead, or name a "
                         "new one (a lead without a team sees nobody)")
    users.check_pin_rules(hr_pin)           # both sign in from now on: no user without a PIN
    if lead_name is not None:
        users.check_pin_rules(lead_pin)
    with db.atomic():
        # Her own user is the first event; every later one is hers, as a signed-in HR admin
        # (so each write checks her role as it would any day).
        hr_id = users.add_user(db, name=hr_name, role="hr", pin=hr_pin, by=hr_name)
        hr = access.UserActor(access.signed_in_user(db, hr_id))
        organisation = (organisation or "").strip()
        if organisation:
            settings.put(db, "organisation", organisation, by=hr)
        chosen = list(dict.fromkeys(team_ids))
        lead_id = None
        if lead_name is not None:
            if new_team is not None:
                existing = teams.team_by_name(db, new_team)
                team_id = existing["id"] if existing else teams.add_team(db, name=new_team, by=hr)
                if team_id not in chosen:
                    chosen.append(team_id)
            lead_id = users.add_user(db, name=lead_name, role="lead", pin=lead_pin, by=hr)
            users.set_user_teams(db, lead_id, chosen, by=hr)
    return OfficeSetUp(hr_id, lead_id, tuple(sorted(chosen)) if lead_id else ())
