"""Disputes on paper and corrections with a reason (issue 11, findings 3 and 6): the reviewer's
answer to a dispute (once, PIN, before the review; the database refuses the same), a disputed
form printed as a dispute and never as an agreement, a correction that says why."""

import sqlite3
import struct
import zlib

import pytest

import main
from models import audit, forms
from models.forms import form_document
from reports.pdf_form import render_form
from tests.form_samples import pdf_text, poppler
from tests.forms_fixtures import PINS, STROKES, count, form_of, sign_through

REASON = "11月3日迟到是因为地铁停运, 有地铁公司证明"
ANSWER = "地铁停运属实, 迟到不扣分"
ANSWER_REFUSED = "the answer to a dispute is given once, while the form is disputed"


def squash(text):
    return "".join(text.split())


def png(width, height):
    """A real PNG of a size no other picture on the form has (pdfimages finds it by size)."""
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))
    rows = b"".join(b"\x00" + b"\x20\x30\x90" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                             0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def image_sizes(path):
    import subprocess

    listing = subprocess.run([poppler("pdfimages"), "-list", str(path)], check=True,
                             capture_output=True, text=True).stdout.splitlines()[2:]
    return {(int(line.split()[3]), int(line.split()[4])) for line in listing}


@pytest.fixture
def disputed(office, draft):
    """张三's form, submitted on 1 December and disputed on the 2nd, the dispute signed with a
    drawing that is only a PNG (123 × 41 pixels)."""
    db = office.db
    forms.submit(db, draft, user_id=office.lead_user, pin=PINS["lead"], strokes=STROKES,
                 at="2026-12-01T10:00", by="test")
    forms.dispute(db, draft, name="张三", reason=REASON, png=png(123, 41), by="李班长",
                  at="2026-12-02T09:30")
    return draft


def _answer(office, form_id, **changes):
    args = dict(answer="partly_upheld", text=ANSWER, user_id=office.reviewer,
                pin=PINS["reviewer"], by="王主任", at="2026-12-03T11:00")
    args.update(changes)
    return forms.answer_dispute(office.db, form_id, **args)


def _answer_columns(db, form_id):
    return db.execute("SELECT dispute_answer, dispute_answer_text, dispute_answered_at, "
                      "dispute_answered_by FROM assessments WHERE id = ?", (form_id,)).fetchone()


# -- the answer -------------------------------------------------------------------------------
def test_a_disputed_form_is_reviewed_only_once_its_dispute_is_answered(office, disputed):
    db = office.db
    with pytest.raises(ValueError, match="answer the dispute first"):
        forms.review(db, disputed, user_id=office.reviewer, pin=PINS["reviewer"],
                     strokes=STROKES, by="test")
    assert count(db, "signatures", "assessment_id = ? AND role = 'reviewer'", (disputed,)) == 0
    _answer(office, disputed)
    form = forms.get_form(db, disputed)
    assert (form["state"], form["dispute_answer"], form["dispute_answer_text"],
            form["dispute_answered_at"], form["dispute_answered_by"]) == (
        "disputed", "partly_upheld", ANSWER, "2026-12-03T11:00:00", "王主任")
    event = audit.events_for(db, entity="assessment", entity_id=disputed)[-1]
    assert (event["action"], event["actor"], event["after"]) == (
        "answer_dispute", "王主任", {"answer": "partly_upheld", "text": ANSWER,
                                   "operated_by": "王主任", "state": "disputed"})
    with pytest.raises(ValueError, match="already answered by 王主任 on 2026-12-03"):
        _answer(office, disputed, answer="rejected", user_id=office.hr, pin=PINS["hr"])
    forms.review(db, disputed, user_id=office.reviewer, pin=PINS["reviewer"], strokes=STROKES,
        by="test")
    forms.lock(db, disputed, user_id=office.hr, pin=PINS["hr"], by="test")
    view = forms.form_view(db, disputed)
    assert view.correction_suggested and forms.verify_form(db, disputed)
    assert view.document["dispute_answer"] == "partly_upheld"
    # outside the hash, like the dispute it answers (models/forms/form_document.py LIFECYCLE)
    assert "dispute_answer" not in form_document.canonical(view.document)
    revision = forms.revise(db, disputed, by="孙人事", reason="异议部分成立")
    assert not forms.form_view(db, disputed).correction_suggested
    assert forms.get_form(db, revision)["dispute_answer"] is None


@pytest.mark.parametrize("case", ["no text", "unknown answer", "lead", "wrong pin",
                                  "the appraiser", "not disputed"])
def test_a_refused_answer_writes_nothing(office, disputed, case):
    db = office.db
    target = disputed
    changes = {"no text": {"text": "   "}, "unknown answer": {"answer": "maybe"},
               "lead": {"user_id": office.lead_user, "pin": PINS["lead"]},
               "wrong pin": {"pin": "999999"}}.get(case, {})
    if case == "the appraiser":         # a reviewer who signed it as its appraiser
        target = form_of(db, office.a2)
        forms.submit(db, target, user_id=office.reviewer, pin=PINS["reviewer"],
                     strokes=STROKES, by="test")
        forms.dispute(db, target, name="李四", reason="不同意", by="李班长")
    if case == "not disputed":
        target = form_of(db, office.a2)
        sign_through(db, target, office, until="acknowledged")
    before = [list(db.execute("SELECT * FROM assessments ORDER BY id")),
              count(db, "audit_events", "action = 'answer_dispute'")]
    why = {"no text": "needs its reasons", "unknown answer": "is one of upheld",
           "lead": "is a lead and cannot answer disputes", "wrong pin": "wrong PIN",
           "the appraiser": "as its appraiser", "not disputed": "only a disputed form can be"}
    with pytest.raises(ValueError, match=why[case]):
        _answer(office, target, **changes)
    assert [list(db.execute("SELECT * FROM assessments ORDER BY id")),
            count(db, "audit_events", "action = 'answer_dispute'")] == before
    assert _answer_columns(db, target) == (None, None, None, None)


def test_the_database_takes_the_answer_once_while_disputed(office, disputed):
    db = office.db
    acknowledged = form_of(db, office.a2)
    sign_through(db, acknowledged, office, until="acknowledged")
    full = ("UPDATE assessments SET dispute_answer = 'upheld', dispute_answer_text = 'x', "
            "dispute_answered_at = '2026-12-03', dispute_answered_by = 'x' WHERE id = ?")
    with pytest.raises(sqlite3.IntegrityError, match=ANSWER_REFUSED):
        db.execute(full, (acknowledged,))                       # not a disputed form
    with pytest.raises(sqlite3.IntegrityError, match=ANSWER_REFUSED):
        db.execute("UPDATE assessments SET dispute_answer = 'upheld' WHERE id = ?",
                   (disputed,))                                  # all four, or nothing
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint"):
        db.execute(full.replace("'upheld'", "'maybe'"), (disputed,))
    # with the reviewer's signature in place, the form still does not move on unanswered
    with pytest.raises(sqlite3.IntegrityError, match="answer the dispute first"), db.atomic():
        db.execute("INSERT INTO signatures (assessment_id, role, signer_name, signed_at) "
                   "VALUES (?, 'reviewer', '王主任', '2026-12-03T15:00')", (disputed,))
        db.execute("UPDATE assessments SET state = 'reviewed' WHERE id = ?", (disputed,))
    assert count(db, "signatures", "assessment_id = ? AND role = 'reviewer'", (disputed,)) == 0
    _answer(office, disputed)
    for sql in ("UPDATE assessments SET dispute_answer = 'upheld' WHERE id = ?",
                "UPDATE assessments SET dispute_answer_text = 'changed' WHERE id = ?",
                "UPDATE assessments SET dispute_answered_by = NULL, dispute_answer = NULL, "
                "dispute_answer_text = NULL, dispute_answered_at = NULL WHERE id = ?"):
        with pytest.raises(sqlite3.IntegrityError, match=ANSWER_REFUSED):
            db.execute(sql, (disputed,))
    forms.review(db, disputed, user_id=office.reviewer, pin=PINS["reviewer"], strokes=STROKES,
        by="test")
    with pytest.raises(sqlite3.IntegrityError, match=ANSWER_REFUSED):
        db.execute("UPDATE assessments SET dispute_answer = 'upheld' WHERE id = ?",
                   (disputed,))
    assert _answer_columns(db, disputed)[:2] == ("partly_upheld", ANSWER)


# -- the correction ---------------------------------------------------------------------------
@pytest.mark.parametrize("reason", [None, "", "   \n"])
def test_a_correction_without_a_reason_is_refused(office, draft, reason):
    db = office.db
    sign_through(db, draft, office)
    events = count(db, "audit_events")
    with pytest.raises(ValueError, match="a correction needs its reason"):
        forms.revise(db, draft, by="孙人事", reason=reason)
    assert count(db, "assessments", "employee_id = ?", (office.a1,)) == 1
    assert count(db, "audit_events") == events
    with pytest.raises(sqlite3.IntegrityError, match="a correction needs its reason"):
        db.execute("INSERT INTO assessments (employee_id, period_key, period_start, period_end, "
                   "rubric_version_id, revision, previous_id, created_at) VALUES "
                   "(?, '2026-11', '2026-11-01', '2026-11-30', ?, 2, ?, 'now')",
                   (office.a1, office.agent_version, draft))


def test_a_correction_keeps_its_reason_in_the_store_the_trail_the_hash_and_on_paper(
        office, draft, tmp_path):
    db = office.db
    sign_through(db, draft, office)
    revision = forms.revise(db, draft, by="孙人事", reason="  考试成绩录错: 应为 85 分  ")
    reason = "考试成绩录错: 应为 85 分"
    assert forms.get_form(db, revision)["correction_reason"] == reason
    event = audit.events_for(db, entity="assessment", entity_id=revision)[-1]
    assert (event["action"], event["after"]["correction_reason"]) == ("create", reason)
    live = forms.document(db, revision)
    assert (live["correction_reason"], live["previous_revision"]) == (reason, 1)
    sign_through(db, revision, office, until="submitted", at="2026-12-08T09:00")
    stored = forms.get_form(db, revision)["snapshot_json"]
    assert reason in stored and forms.verify_form(db, revision)     # under the SHA-256
    with pytest.raises(sqlite3.IntegrityError, match="signed assessment is frozen"):
        db.execute("UPDATE assessments SET correction_reason = 'other' WHERE id = ?",
                   (revision,))
    for language, expected in (("zh", ["更正原因: 考试成绩录错: 应为 85 分",
                                       "本表为第 2 版, 更正第 1 版"]),
                               ("en", ["Correction reason: 考试成绩录错: 应为 85 分",
                                       "correcting revision 1"])):
        out = tmp_path / f"revision-{language}.pdf"
        render_form(forms.document(db, revision), out, language=language)
        text = squash(pdf_text(out))
        for line in expected:
            assert squash(line) in text, (language, line)


# -- on paper ---------------------------------------------------------------------------------
def test_a_disputed_form_prints_the_dispute_and_no_agreement(office, disputed, tmp_path):
    db = office.db
    out = tmp_path / "disputed.pdf"
    render_form(forms.document(db, disputed), out)
    text = pdf_text(out)
    flat = squash(text)
    assert "被考核人(有异议,未同意)" in flat
    assert squash(f"不同意本表: {REASON}") in flat
    assert "异议人:张三(已签字提出异议)" in flat and "异议日期:2026-12-02" in flat
    assert squash(f"被考核人异议 (张三, 2026-12-02): {REASON}") in flat
    assert "复核答复:尚未答复" in flat
    assert "签字:张三" not in flat              # her name never stands as a signature…
    assert (123, 41) not in image_sizes(out)    # …nor does the drawing she gave the dispute

    _answer(office, disputed)
    forms.review(db, disputed, user_id=office.reviewer, pin=PINS["reviewer"], strokes=STROKES,
                 at="2026-12-03T15:20", by="test")
    for language, expected in (
            ("zh", ["复核答复 (王主任, 2026-12-03): 异议部分成立 — " + ANSWER,
                    "被考核人 (有异议, 未同意)", "签字: 王主任"]),
            ("en", ["Reviewer's answer (王主任, 2026-12-03): Dispute partly upheld — " + ANSWER,
                    "Employee (disputed, not agreed)", "Disputed on: 2026-12-02"])):
        out = tmp_path / f"reviewed-{language}.pdf"
        render_form(forms.document(db, disputed), out, language=language)
        flat = squash(pdf_text(out))
        for line in expected:
            assert squash(line) in flat, (language, line)
        assert (123, 41) not in image_sizes(out)


def test_an_acknowledged_form_still_prints_the_employees_signature(office, draft, tmp_path):
    db = office.db
    forms.submit(db, draft, user_id=office.lead_user, pin=PINS["lead"], strokes=STROKES, by="test")
    forms.acknowledge(db, draft, name="张三", strokes=None, png=png(123, 41), by="李班长")
    out = tmp_path / "acknowledged.pdf"
    render_form(forms.document(db, draft), out)
    flat = squash(pdf_text(out))
    assert "签字:张三" in flat and "异议" not in flat
    assert (123, 41) in image_sizes(out)


# -- the store check --------------------------------------------------------------------------
def test_the_store_check_passes_on_answers_and_corrections_and_finds_an_edited_answer(
        office, disputed, store_path, capsys):
    db = office.db
    _answer(office, disputed)
    forms.review(db, disputed, user_id=office.reviewer, pin=PINS["reviewer"], strokes=STROKES,
        by="test")
    forms.lock(db, disputed, user_id=office.hr, pin=PINS["hr"], by="test")
    revision = forms.revise(db, disputed, by="孙人事", reason="异议部分成立")
    sign_through(db, revision, office, until="submitted", at="2026-12-08T09:00")
    assert main.main(["--db", str(store_path), "check"]) == 0, capsys.readouterr().out
    capsys.readouterr()

    trigger = db.execute("SELECT sql FROM sqlite_master WHERE name = "
                         "'assessments_dispute_answer_once'").fetchone()[0]
    conn = sqlite3.connect(store_path)      # as someone holding the file would
    conn.execute("DROP TRIGGER assessments_dispute_answer_once")
    conn.execute("UPDATE assessments SET dispute_answer = 'rejected' WHERE id = ?",
                 (disputed,))
    conn.execute(trigger)                   # put back word for word: the schema looks intact
    conn.commit()
    conn.close()
    assert main.main(["--db", str(store_path), "check"]) == 1
    out = capsys.readouterr().out
    assert f"form {disputed}: its answer to the dispute is not the one the audit trail" in out
    assert "was dropped" not in out and "was rewritten" not in out
