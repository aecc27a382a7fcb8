"""The form document and its fingerprint, and what blocks a draft: missing inputs and entries
waiting for a reviewer's approval."""

import json
from decimal import Decimal

import pytest

from models import forms
from models.forms.form_document import canonical, fingerprint
from models.people.employees import update_employee
from models.work import incidents, kpis
from models.work import settings as app_settings
from tests.forms_fixtures import (
    PERIOD,
    PINS,
    PNG,
    STROKES,
    sign_through,
)


def _tick(office, item, **extra):
    return incidents.add_incident(office.db, employee_id=office.a1,
                                  version_id=office.agent_version, item_id=item,
                                  at=extra.pop("at", "2026-11-12T09:30"), by="李班长", **extra)


def _submit(office, form_id):
    return forms.submit(office.db, form_id, user_id=office.lead_user, pin=PINS["lead"],
                        strokes=STROKES, png=PNG, at="2026-12-01T10:00", by="test")


def test_missing_inputs_block_the_submission_with_the_item_names(office, draft):
    db = office.db
    kpis.set_value(db, employee_id=office.a1, period=PERIOD, item_id="exam", value=None, by="test")
    view = forms.form_view(db, draft)
    assert view.blockers == ["missing inputs: Exam score"]
    assert view.result["complete"] is False and view.result["missing"] == ["exam"]
    with pytest.raises(ValueError, match=r"cannot be submitted: missing inputs: Exam score"):
        _submit(office, draft)
    assert forms.get_form(db, draft)["state"] == "draft"
    assert db.execute("SELECT count(*) FROM signatures").fetchone()[0] == 0
    kpis.set_value(db, employee_id=office.a1, period=PERIOD, item_id="exam", value=75, by="test")
    assert forms.form_view(db, draft).blockers == []
    _submit(office, draft)


def test_an_entry_over_the_approval_threshold_blocks_until_a_reviewer_approves(office, draft):
    db = office.db
    big = _tick(office, "complaint", amount=Decimal(15), note="客户投诉到总部")
    _tick(office, "complaint", amount=Decimal(5), note="小投诉")   # 5 ≤ 9: no approval needed
    view = forms.form_view(db, draft)
    assert view.blockers == ["entries need a reviewer's approval: Customer complaint (1 entry)"]
    assert [row["id"] for row in view.unapproved] == [big]
    with pytest.raises(ValueError, match="needs a reviewer's approval|cannot be submitted"):
        _submit(office, draft)

    with pytest.raises(ValueError, match="李班长 is a lead and cannot approve entries"):
        forms.approve_form_entry(db, draft, incident_id=big, user_id=office.lead_user,
                               pin=PINS["lead"], by="test")
    with pytest.raises(ValueError, match="wrong PIN for 王主任"):
        forms.approve_form_entry(db, draft, incident_id=big, user_id=office.reviewer, pin="0000",
            by="test")
    assert incidents.get_incident(db, big)["approved"] is False
    other = incidents.add_incident(db, employee_id=office.a2, version_id=office.agent_version,
                                   item_id="complaint", amount=Decimal(12),
                                   at="2026-11-12T10:00", by="test")
    with pytest.raises(ValueError, match=f"incident {other} is not an entry of form {draft}"):
        forms.approve_form_entry(db, draft, incident_id=other, user_id=office.reviewer,
                               pin=PINS["reviewer"], by="test")

    forms.approve_form_entry(db, draft, incident_id=big, user_id=office.reviewer,
                           pin=PINS["reviewer"], by="test")
    row = incidents.get_incident(db, big)
    assert (row["approved"], row["approved_by"]) == (True, "王主任")
    view = forms.form_view(db, draft)
    assert view.blockers == [] and view.unapproved == []
    assert view.result["total"] == "72.00"          # 60 − 15 − 5 + 80 × 40 / 100
    with pytest.raises(ValueError, match="already approved by 王主任"):
        forms.approve_form_entry(db, draft, incident_id=big, user_id=office.hr, pin=PINS["hr"],
            by="test")
    _submit(office, draft)
    assert [i["approved_by"] for i in forms.document(db, draft)["incidents"]] == ["王主任", None]


def test_a_draft_document_is_built_live_and_has_no_fingerprint(office, draft):
    db = office.db
    app_settings.put(db, "organisation", "客户服务中心", by="test")
    _tick(office, "late", severe=True, note="迟到20分钟")
    document = forms.document(db, draft)
    json.dumps(document, ensure_ascii=False)             # plain JSON all the way down
    assert (document["state"], document["sha256"], document["signatures"]) == ("draft", None, [])
    assert document["frozen_at"] is None and document["form_id"] == draft
    assert document["organisation"] == "客户服务中心"
    assert document["period"] == {"key": "2026-11", "start": "2026-11-01", "end": "2026-11-30"}
    assert document["employee"] == {"id": office.a1, "code": "A1", "name": "张三", "post": "坐席",
                                    "team": "一班", "probation": False}
    assert document["rubric"]["id"] == "t-agent" and document["rubric"]["version"] == 1
    assert document["rubric"]["sha256"] == fingerprint(document["rubric"]["text"])
    result = document["result"]
    assert (result["total"], result["max_total"]) == ("88.00", "100.00")   # 60 − 2×2 + 32
    late = next(i for i in result["items"] if i["id"] == "late")
    assert late == dict(late, deducted="4.00", why="迟到 ×1 (1 严重 ×2) → −4",
                        why_en="Late ×1 (1 severe ×2) → −4", name="迟到", name_en="Late",
                        kind="deduct", section="conduct", method="现场抽查",
                        method_en="Floor checks", standard="每次扣2分, 严重×2",
                        standard_en="−2 each, severe ×2")
    exam = next(i for i in result["items"] if i["id"] == "exam")
    assert (exam["score"], exam["standard"]) == ("32.00", "评分0–100, 折合40分")
    assert result["sections"][0] == dict(result["sections"][0], id="conduct", name="服务规范",
                                         name_en="Conduct", score="56.00", max="60.00")
    assert document["values"] == {"exam": "80"}
    assert [(i["item_id"], i["severe"], i["note"], i["by"]) for i in document["incidents"]] == [
        ("late", True, "迟到20分钟", "李班长")]


def test_the_signed_document_is_the_frozen_snapshot_plus_signatures(office, draft):
    db = office.db
    live = forms.document(db, draft)
    sha = _submit(office, draft)
    signed = forms.document(db, draft)
    stored = forms.get_form(db, draft)["snapshot_json"]

    # Built the same way: only the signing fields differ from the live draft.
    signing = {"state", "submitted_at", "due_at", "frozen_at", "sha256", "signatures"}
    assert {k: v for k, v in signed.items() if k not in signing} == \
        {k: v for k, v in live.items() if k not in signing}
    assert (signed["state"], signed["frozen_at"], signed["due_at"]) == (
        "submitted", "2026-12-01T10:00:00", "2026-12-08")
    # The SHA-256 is over the canonical JSON of the stored snapshot, which is the document
    # without its sha256, signatures and lifecycle fields.
    assert stored == canonical(signed) == json.dumps(
        json.loads(stored), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert signed["sha256"] == sha == fingerprint(stored)
    assert {k: v for k, v in signed.items() if k not in ("sha256", "signatures", "state",
                                                         "dispute_reason", "disputed_at",
                                                         "locked_at", "locked_by",
                                                         "superseded_by", "dispute_answer",
                                                         "dispute_answer_text",
                                                         "dispute_answered_at",
                                                         "dispute_answered_by")} == \
        json.loads(stored)
    [appraiser] = signed["signatures"]
    assert (appraiser["role"], appraiser["name"], appraiser["pin_verified"]) == (
        "appraiser", "李班长", True)
    assert appraiser["png_base64"].startswith("iVBORw0KGgo")

    # Later changes to the people, the settings or the inputs elsewhere never reach it.
    update_employee(db, office.a1, name="张三丰", post="高级坐席", by="test")
    app_settings.put(db, "organisation", "新名字", by="test")
    forms.acknowledge(db, draft, name="张三丰", strokes=STROKES, by="李班长")
    again = forms.document(db, draft)
    assert again["employee"]["name"] == "张三" and again["organisation"] == ""
    assert again["state"] == "acknowledged" and len(again["signatures"]) == 2
    assert forms.verify_form(db, draft)


def test_verify_detects_a_tampered_snapshot_even_without_the_triggers(office, draft):
    db = office.db
    sign_through(db, draft, office, until="locked")
    assert forms.verify_form(db, draft) is True
    for name in ("assessments_frozen", "assessments_frozen_lifecycle", "assessments_state_order"):
        db.execute(f"DROP TRIGGER {name}")
    original = forms.get_form(db, draft)

    db.execute("UPDATE assessments SET snapshot_json = replace(snapshot_json, "
               "'\"total\":\"92.00\"', '\"total\":\"99.00\"') WHERE id = ?", (draft,))
    assert forms.get_form(db, draft)["snapshot_json"] != original["snapshot_json"]
    assert forms.verify_form(db, draft) is False

    # Re-hashing the altered text does not help when the rubric inside was swapped …
    snapshot = json.loads(original["snapshot_json"])
    snapshot["rubric"]["text"] = snapshot["rubric"]["text"].replace("deduct: 2", "deduct: 0")
    text = canonical(snapshot)
    db.execute("UPDATE assessments SET snapshot_json = ?, sha256 = ? WHERE id = ?",
               (text, fingerprint(text), draft))
    assert forms.verify_form(db, draft) is False
    # … nor a snapshot that is not in canonical form, nor a copy of another form's.
    db.execute("UPDATE assessments SET snapshot_json = ?, sha256 = ? WHERE id = ?",
               (original["snapshot_json"] + " ", original["sha256"], draft))
    assert forms.verify_form(db, draft) is False
    db.execute("UPDATE assessments SET snapshot_json = ?, sha256 = ? WHERE id = ?",
               (original["snapshot_json"], "0" * 64, draft))
    assert forms.verify_form(db, draft) is False
    for text in ("[]", "not json", '{"rubric": 1}'):
        db.execute("UPDATE assessments SET snapshot_json = ?, sha256 = ? WHERE id = ?",
                   (text, fingerprint(text), draft))
        assert forms.verify_form(db, draft) is False
    db.execute("UPDATE assessments SET snapshot_json = ?, sha256 = ? WHERE id = ?",
               (original["snapshot_json"], original["sha256"], draft))
    assert forms.verify_form(db, draft) is True


def test_a_draft_has_nothing_to_verify(office, draft):
    with pytest.raises(ValueError, match="is a draft: it has no snapshot to verify"):
        forms.verify_form(office.db, draft)
