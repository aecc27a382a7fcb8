"""A form document (models.forms.document) as the rows and lines the PDF prints: `printed_form`
makes the `PrintedForm` that reports/pdf_form.py lays out. No reportlab.

Figures and reasons come only from the document's frozen `result`; names, rule texts and check
methods from the rubric version frozen in the same document. Nothing is recomputed here.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from reports.form_rows import short, table_rows, text_of, when_text
from reports.included_rows import included_parts, included_warnings, with_included
from reports.labels import ROLES, labels
from reports.money_rows import money_summary


@dataclass
class Signature:
    role: str
    name: str = ""
    date: str = ""
    png: bytes | None = None
    strokes: list = field(default_factory=list)
    pin_verified: bool = False
    # The employee's box of a disputed form: her reason (shortened to fit; in full among the
    # notices), never a drawing that would read as her agreement.
    dispute: str = ""
    dispute_signed: bool = False    # she signed the dispute: said in words, not drawn


# The reason as the employee's box shows it (about five lines of the box); longer ones are cut
# with a pointer to the full text under the header.
BOX_CHARS = 60
# A document printed without asking for its standing (models.results.closing.with_standing)
# prints the stars of its result, if any; with it, the closed results' (or "provisional").
NO_STANDING = object()


@dataclass
class PrintedForm:
    title: str
    subtitle: str
    header: list            # [(label, value), …] in print order
    rows: list
    summary: list           # [(label, value, how), …]; how: "" | "total" | "alert"
    warnings: list
    notes: list             # small print under the total
    signatures: list
    footer: str
    qr_text: str
    meta: dict              # form_id, revision, sha256 for the PDF's document info
    notices: list = field(default_factory=list)   # [(label, text, how)] under the header: a
    #                         correction and its reason, a dispute and its answer; how: "" | "alert"


@lru_cache(maxsize=16)
def _rubric(text):
    from scoring import rubric_from_text

    return rubric_from_text(text, file="<form document>")


def printed_form(document, language="zh"):
    words = labels(language)
    en = language == "en"
    rubric = _rubric(document["rubric"]["text"])
    result = document["result"]
    items = {i["id"]: i for i in result.get("items", [])}
    included = included_parts(document, _rubric)    # the rubrics it includes (issue 13)

    signatures = _signatures(document.get("signatures", []))
    if document.get("dispute_reason"):
        signatures["employee"] = _dispute_box(document, signatures.get("employee"), words)
    return PrintedForm(
        title=text_of(document["rubric"], "name", en) or rubric.label(language),
        subtitle=_subtitle(document, words),
        header=_header(document, signatures, words),
        rows=table_rows(document, rubric, words, language, included),
        summary=with_included(_summary(result, rubric, items, words, en,
                                       document.get("standing", NO_STANDING)),
                              included, words, en)
        + money_summary(document.get("money"), words, en, document.get("standing")),
        warnings=_warnings(document, result, rubric, words, en)
        + included_warnings(included, words, en),
        notes=_notes(result, words),
        signatures=[signatures.get(role, Signature(role)) for role in ROLES],
        footer=words["footer"].format(
            form_id=document.get("form_id", ""), revision=document.get("revision", ""),
            state=words["states"].get(document.get("state"), document.get("state", "")),
            sha256=document.get("sha256") or words["unfrozen"]) + _anchor_text(document, words),
        qr_text=qr_text(document),
        meta={"form_id": document.get("form_id"), "revision": document.get("revision"),
              "sha256": document.get("sha256") or "", "anchor": document.get("anchor"),
              "results": _results_of(document)},
        notices=_notices(document, words),
    )


def _dispute_box(document, signed, words):
    """The employee's box of a disputed form: the dispute (reason, date, who), instead of an
    agreement. A signature she gave the dispute is named, not drawn: under 被考核人 a drawing
    reads as "I agree"."""
    reason = document["dispute_reason"].strip()
    if len(reason) > BOX_CHARS:
        reason = reason[:BOX_CHARS] + words["dispute_cut"]
    name = signed.name if signed else document.get("employee", {}).get("name", "")
    when = document.get("disputed_at") or (signed.date if signed else "")
    return Signature(role="employee", name=name, date=when[:10], dispute=reason,
                     dispute_signed=signed is not None)


def _notices(document, words):
    """Under the header: what this revision corrects and why; the employee's dispute and the
    reviewer's answer to it (or that there is none yet)."""
    lines = []
    if document.get("previous_id"):
        revision = document.get("revision") or 2
        old = document.get("previous_revision") or revision - 1     # revisions make a chain
        lines.append((words["correction"], words["corrects_revision"].format(
            n=revision, old=old, id=document["previous_id"]), ""))
        if document.get("correction_reason"):
            lines.append((words["correction_label"], document["correction_reason"], ""))
    if document.get("dispute_reason"):
        who = (document.get("employee", {}).get("name", ""),
               (document.get("disputed_at") or "")[:10])
        lines.append((f"{words['dispute_label']} ({', '.join(filter(None, who))})",
                      document["dispute_reason"], "alert"))
        answer = document.get("dispute_answer")
        if answer:
            who = (document.get("dispute_answered_by") or "",
                   (document.get("dispute_answered_at") or "")[:10])
            lines.append((f"{words['answer_label']} ({', '.join(filter(None, who))})",
                          words["answer_line"].format(
                              answer=words["answers"].get(answer, answer),
                              text=document.get("dispute_answer_text") or ""), ""))
        else:
            lines.append((words["answer_label"], words["unanswered"], "alert"))
    return lines


def _anchor_text(document, words):
    anchor = document.get("anchor")
    if not anchor:
        return ""
    return words["anchor"].format(event_id=anchor["event_id"], hash=anchor["hash"][:16])


def qr_text(document):
    """'APPRAISAL-DESK:<form id>:<revision>:<SHA-256>' in QR alphanumeric characters (the
    densest mode: a 33-module code that stays readable when printed 15 mm wide)."""
    sha256 = (document.get("sha256") or "").upper()
    return f"APPRAISAL-DESK:{document.get('form_id')}:{document.get('revision')}:{sha256}"


def _signatures(raw):
    import base64

    found = {}
    for entry in raw:
        png = entry.get("png_base64")
        found[entry.get("role")] = Signature(
            role=entry.get("role"), name=entry.get("name", ""),
            date=(entry.get("signed_at") or "")[:10],
            png=base64.b64decode(png) if png else None, strokes=entry.get("strokes") or [],
            pin_verified=bool(entry.get("pin_verified")))
    return found


def _subtitle(document, words):
    period = document.get("period", {})
    rubric = document["rubric"]
    parts = [document.get("organisation", ""),
             f"{words['period']} {period.get('start', '')} – {period.get('end', '')}"
             f" ({period.get('key', '')})",
             f"{words['rubric']} {rubric.get('id', '')} v{rubric.get('version', '')}"
             + "".join(f" + {part['rubric'].get('id', '')} v{part['rubric'].get('version', '')}"
                       for part in document.get("included") or ()),     # issue 13
             words["revision"].format(n=document.get("revision", 1))]
    if document.get("previous_id"):
        parts.append(words["corrects"].format(id=document["previous_id"]))
    return " · ".join(p for p in parts if p)


def _header(document, signatures, words):
    employee = document.get("employee", {})
    name = employee.get("name", "")
    if employee.get("probation"):
        name += f" ({words['probation']})"
    return [
        (words["name"], name), (words["code"], employee.get("code", "")),
        (words["post"], employee.get("post", "")), (words["team"], employee.get("team", "")),
        (words["appraiser"], signatures.get("appraiser", Signature("")).name),
        (words["reviewer"], signatures.get("reviewer", Signature("")).name),
        (words["state"], words["states"].get(document.get("state"), document.get("state", ""))),
        (words["frozen_at"], (document.get("frozen_at") or "")[:10] or "—"),
    ]


def _summary(result, rubric, items, words, en, standing=NO_STANDING):
    lines = []
    if Decimal(result.get("bonus") or 0):
        lines.append((words["sum_bonus"], "+" + short(result["bonus"]), ""))
    if Decimal(result.get("deducted") or 0):
        lines.append((words["sum_deducted"], "−" + short(result["deducted"]), ""))
    if result.get("vetoed"):
        item = items.get(result["vetoed"], {})
        lines.append((words["sum_vetoed"], (en and item.get("why_en")) or item.get("why", ""),
                      "alert"))
    total = result.get("total", "")
    total_text = f"{total} / {short(result.get('max_total', rubric.max_total))}"
    if result.get("floored"):
        total_text += " " + words["total_stopped"].format(floor=short(result.get("floor", "0")))
    lines.append((words["total"], total_text, "total"))
    grade = (en and result.get("grade_en")) or result.get("grade")
    if grade:
        lines.append((words["grade"], grade, "total"))
    stars = result.get("stars")
    if standing is not NO_STANDING:     # the rank and stars of the team's closed results
        lines.append((words["standing"], _standing_text(standing, words), ""))
    elif stars is not None:
        count = int(stars)
        lines.append((words["stars"], "★" * count + "☆" * max(0, 5 - count), ""))
    pay = result.get("pay")
    if pay:
        text = words["pay_share"].format(percent=short(pay.get("percent")))
        if pay.get("amount") is not None:
            text += " · " + words["pay_amount"].format(amount=pay["amount"])
        lines.append((words["pay"], text, ""))
    return lines


def _standing_text(standing, words):
    """'第 2 名 (共 6 人) · ★★★☆☆ — 据考核结果封存 #3 第 1 版', or provisional (None)."""
    if standing is None:
        return words["standing_open"]
    if standing.get("excluded"):
        parts = [words["standing_excluded"]]
    else:
        parts = [words["standing_rank"].format(rank=standing.get("rank"),
                                               count=standing.get("count"))]
        stars = standing.get("stars")
        if stars is not None:
            parts.append("★" * int(stars) + "☆" * max(0, 5 - int(stars)))
    return " · ".join(parts) + " — " + words["standing_from"].format(
        id=standing.get("closing_id"), revision=standing.get("revision"))


def _results_of(document):
    """(closing id, revision) the printed rank and stars come from, for the PDF's keywords."""
    standing = document.get("standing")
    return (standing["closing_id"], standing["revision"]) if standing else None


def _notes(result, words):
    """Small print under the total: why it is not the plain sum of the lines above."""
    notes = list(result.get("notes") or [])
    if any(section.get("na") for section in result.get("sections", [])):
        notes.append(words["na_note"])
    return notes


def _warnings(document, result, rubric, words, en):
    def names(ids):
        found = (rubric.item(i) for i in ids)
        return "、".join(i.label("en" if en else "zh") for i in found if i is not None)

    warnings = []
    if result.get("missing"):
        warnings.append(words["incomplete"].format(items=names(result["missing"])))
    if result.get("approval_needed"):
        warnings.append(words["approval"].format(items=names(result["approval_needed"])))
    for entry in document.get("skipped") or []:
        item = rubric.item(entry.get("item_id"))
        label = item.label("en" if en else "zh") if item else entry.get("item_id")
        warnings.append(words["skipped"].format(
            item=label, at=when_text(entry.get("at") or ""), why=entry.get("why", "")))
    return warnings
