"""Teams and employees: unique 工号, search by name / 工号 / pinyin initials, audit, settings."""

import pytest

from models import audit
from models.people.employees import (
    add_employee,
    get_employee,
    list_employees,
    search_employees,
    set_employee_active,
    update_employee,
)
from models.people.teams import add_team, list_teams, rename_team, set_team_active
from models.storage.errors import NotFoundError
from models.work import settings


@pytest.fixture
def people(store):
    one, two = add_team(store, name="一班", by="test"), add_team(store, name="二班", by="test")
    ids = {name: add_employee(store, code=code, name=name, team_id=team, post="客户服务代表",
                              by="test")
           for code, name, team in (("A001", "张三", one), ("A002", "李四", one),
                                    ("B010", "王小明", two), ("B011", "Anna Lee", two),
                                    ("C100", "张珊珊", two))}
    return store, ids, one, two


def names(rows):
    return [r["name"] for r in rows]


def test_search_by_name_code_and_pinyin_initials(people):
    db, ids, _, _ = people
    assert names(search_employees(db, "小明")) == ["王小明"]
    assert names(search_employees(db, "b01")) == ["Anna Lee", "王小明"]  # 工号 prefix, any case
    assert names(search_employees(db, "A001")) == ["张三"]
    assert names(search_employees(db, "zs")) == ["张三", "张珊珊"]       # 张三 zs, 张珊珊 zss
    assert names(search_employees(db, "ZSS")) == ["张珊珊"]
    assert names(search_employees(db, "al")) == ["Anna Lee"]
    assert search_employees(db, "%") == [] and search_employees(db, "_") == []
    set_employee_active(db, ids["张三"], active=False, by="test")
    assert names(search_employees(db, "zs")) == ["张珊珊"]
    assert names(search_employees(db, "zs", include_inactive=True)) == ["张三", "张珊珊"]


def test_duplicate_codes_are_refused_with_the_owner_named(people):
    db, ids, one, _ = people
    with pytest.raises(ValueError, match="工号 'a001' is already used by 张三"):
        add_employee(db, code="a001", name="别人", team_id=one, post="客户服务代表", by="test")
    with pytest.raises(ValueError, match="already used by 李四"):
        update_employee(db, ids["张三"], code="A002", by="test")
    with pytest.raises(ValueError, match="name is empty"):
        add_employee(db, code="Z9", name="  ", team_id=one, post="客户服务代表", by="test")
    with pytest.raises(NotFoundError, match="no team with id 99"):
        add_employee(db, code="Z9", name="某人", team_id=99, post="客户服务代表", by="test")


def test_update_recomputes_initials_and_is_audited(people):
    db, ids, _, two = people
    update_employee(db, ids["李四"], name="刘洋", team_id=two, hire_date="2024-03-01",
                    probation=True, by="HR")
    row = get_employee(db, ids["李四"])
    assert (row["name_initials"], row["team_id"], row["hire_date"], row["probation"]) == \
        ("ly", two, "2024-03-01", True)
    event = audit.events_for(db, entity="employee", entity_id=ids["李四"])[-1]
    assert (event["before"]["name"], event["after"]["name"], event["actor"]) == \
        ("李四", "刘洋", "HR")
    with pytest.raises(ValueError, match="'active' cannot be changed here"):
        update_employee(db, ids["李四"], active=False, by="test")
    with pytest.raises(ValueError, match="hire_date: 'soon' is not a date"):
        update_employee(db, ids["李四"], hire_date="soon", by="test")


def test_teams_list_rename_and_deactivate(people):
    db, _, one, two = people
    assert [(t["name"], t["members"]) for t in list_teams(db)] == [("一班", 2), ("二班", 3)]
    with pytest.raises(ValueError, match="already exists"):
        add_team(db, name="一班", by="test")
    with pytest.raises(ValueError, match="already exists"):
        rename_team(db, two, name="一班", by="test")
    rename_team(db, one, name="甲班", by="test")
    set_team_active(db, two, active=False, by="test")
    assert [t["name"] for t in list_teams(db)] == ["甲班"]
    assert len(list_teams(db, include_inactive=True)) == 2
    assert names(list_employees(db, team_id=one)) == ["张三", "李四"]


def test_settings_have_defaults_and_are_checked(store):
    assert settings.get(store, "period_start_day") == 1
    assert settings.get(store, "language") == ""
    settings.put(store, "inspector_name", "王丽", by="test")
    assert settings.get(store, "inspector_name") == "王丽"
    for key, value, message in (("period_start_day", 31, "outside 1–28"),
                                ("period_kind", "week", "not one of"),
                                ("period_start_day", "26", "expected int"),
                                ("colour", "red", "unknown setting")):
        with pytest.raises(ValueError, match=message):
            settings.put(store, key, value, by="test")
