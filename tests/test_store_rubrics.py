"""Rubric versions: built-ins installed once, same text → same row, edits need a new version."""

import pytest

from models import rubrics
from models.storage.resources import resource_path
from scoring import RubricError

NORMS = resource_path("rubrics", "cs-service-norms.yaml")


def test_builtins_are_installed_once(store):
    ids = {r["rubric_id"]: r["id"] for r in rubrics.list_rubrics(store)}
    assert len(ids) == len(rubrics.builtin_files())
    assert rubrics.install_builtin_rubrics(store) == []
    assert {r["rubric_id"]: r["id"] for r in rubrics.list_rubrics(store)} == ids
    assert all(r["builtin"] for r in rubrics.list_rubrics(store))


def test_same_text_same_row_and_an_edit_needs_a_new_version(store):
    text = NORMS.read_text(encoding="utf-8")
    first = rubrics.latest_version_id(store, "cs-service-norms")
    assert rubrics.save_rubric_text(store, text.replace("\n", "\r\n"), by="test") == first
    edited = text.replace("deduct: 10", "deduct: 12", 1)
    with pytest.raises(RubricError, match="version 1 is already stored with different content"):
        rubrics.save_rubric_text(store, edited, file="mine.yaml", by="test")
    second = rubrics.save_rubric_text(store, edited.replace("version: 1", "version: 2"), by="test")
    assert rubrics.latest_version_id(store, "cs-service-norms") == second != first
    assert rubrics.load_version(store, first).item("command-tone").spec.low == 10
    assert rubrics.load_version(store, second).item("command-tone").spec.low == 12
    # The organisation's own version now serves the post.
    assert rubrics.rubric_for_post(store, "客户服务代表")[0] == second


def test_invalid_rubrics_are_refused_with_their_location(store):
    bad = NORMS.read_text(encoding="utf-8").replace("deduct: 10", "deduct: -1", 1)
    with pytest.raises(RubricError, match=r"mine.yaml:\d+: item 'command-tone', field 'deduct'"):
        rubrics.save_rubric_text(store, bad, file="mine.yaml", by="test")


def test_posts_and_lookup_by_post(store):
    posts = rubrics.list_posts(store)
    assert {"客户服务代表", "领班", "员工", "客服"} <= set(posts) and posts == sorted(posts)
    version_id, rubric = rubrics.rubric_for_post(store, "员工")
    assert rubric.id == "staff-reward-penalty"
    assert rubrics.load_version(store, version_id) is rubric  # parsed once per process
    assert rubrics.rubric_for_post(store, "厨师") is None
