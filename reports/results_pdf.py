"""The signed 考核结果汇总表 (results summary) of a closed team period, as an A4 PDF.

Printed only from the closing's frozen document (models.results.closing `closing_document`):
the team, the period, each employee's total, grade, rank, stars, pay and consequences, the
team's mean, the grade and star distribution (bar charts) and the points lost per item (a
Pareto chart), the reviewer's signature (name, time, the strokes as drawn) and, in every page's
footer, the closing's id, revision and SHA-256. Signed (PAdES) with the organisation's
certificate like the forms (reports/pdf_sign.py); its /Keywords name the closing
(`appraisal-desk closing_id=.. revision=.. sha256=..`, reports/pdf_meta.py), which `main.py
verify` compares with the store (`closing_store_check`).

`main.py results --period P --team T --pdf FILE` (`main_results_pdf`) and the app's close
dialog (ui/close_period_dialog.py) write it through `save_results_pdf`.
"""

from pathlib import Path

from reports.results_pdf_charts import distribution, pareto

REASON = "考核结果汇总表 Results summary"

ZH = {
    "title": "考核结果汇总表",
    "team": "班组", "period": "考核期间", "people": "人数", "mean": "班组均分",
    "mean_note": "班组均分 (组长除外): {mean}",
    "closed_by": "封存人", "closed_at": "封存时间", "state": "状态", "revision": "版本",
    "revision_n": "第 {n} 版",
    "closed": "已封存", "superseded": "已重新开启 (第 {n} 版), 本版不再有效",
    "reopen_reason": "重新开启原因 (第 {old} 版 → 第 {n} 版)",
    "reopened": "本版已被重新开启",
    "reopened_line": "{by} 于 {at} 重新开启 (第 {n} 版): {reason}",
    "cols": ("名次", "工号", "姓名", "考核标准", "总分", "等级", "星级", "绩效工资", "后果"),
    "group": "{name}: 参评 {count} 人", "group_mean": "平均分 {mean}",
    "group_cutoffs": "星级分界 {cutoffs}", "group_cap": "超过平均分上限 {cap}",
    "lead": "组长", "probation": "试用期", "excluded": "不参评",
    "charts": "等级与星级分布", "grades": "等级分布", "stars": "星级分布",
    "no_stars": "本期无人评星级", "no_grades": "无等级",
    "pareto": "各项失分 (帕累托图)", "pareto_note": "柱: 全班组在该项失去的分数 (按总分折算); "
              "折线: 累计占比。", "no_losses": "本期没有失分",
    "frozen": "本表由考核结果封存打印, 取自 {forms} 张已锁定的考核表; 封存的 SHA-256: {sha256}。"
              "用 main.py verify 核对本文件与数据库。",
    "signature": "复核人签字", "signer": "签字", "date": "时间", "pin": "已验证 PIN",
    "system": "系统签署 (未验证 PIN)",
    "footer": "考核结果封存 #{id} · 第 {revision} 版 · {state} · SHA-256 {sha256}",
    "anchor": " · 审计链 #{event_id} {hash}",
    "page": "第 {page} 页 / 共 {pages} 页",
}

EN = {
    "title": "Results summary",
    "team": "Team", "period": "Period", "people": "People", "mean": "Team mean",
    "mean_note": "Team mean (lead left out): {mean}",
    "closed_by": "Closed by", "closed_at": "Closed at", "state": "State",
    "revision": "Revision", "revision_n": "revision {n}",
    "closed": "closed", "superseded": "reopened (revision {n}): no longer valid",
    "reopen_reason": "Reopened (revision {old} → {n})",
    "reopened": "This revision was reopened",
    "reopened_line": "{by} reopened it on {at} (revision {n}): {reason}",
    "cols": ("Rank", "No.", "Name", "Rubric", "Total", "Grade", "Stars", "Pay",
             "Consequences"),
    "group": "{name}: {count} ranked", "group_mean": "mean {mean}",
    "group_cutoffs": "star cut-offs {cutoffs}", "group_cap": "over the average cap of {cap}",
    "lead": "lead", "probation": "probation", "excluded": "not ranked",
    "charts": "Grades and stars", "grades": "Grades", "stars": "Stars",
    "no_stars": "nobody was given stars", "no_grades": "no grades",
    "pareto": "Points lost per item (Pareto)", "pareto_note": "Bars: points the team lost on "
              "the item (on the totals' scale); line: cumulative share.",
    "no_losses": "No points were lost this period",
    "frozen": "Printed from the closed results, read from {forms} locked forms; the closing's "
              "SHA-256: {sha256}. Check this file against the store with main.py verify.",
    "signature": "Reviewer's signature", "signer": "Signed", "date": "Time",
    "pin": "PIN verified", "system": "signed by the program (no PIN)",
    "footer": "Results closing #{id} · revision {revision} · {state} · SHA-256 {sha256}",
    "anchor": " · audit trail #{event_id} {hash}",
    "page": "Page {page} of {pages}",
}

# 名次 · 工号 · 姓名 · 考核标准 · 总分 · 等级 · 星级 · 绩效工资 · 后果 (182 mm, the page's width)
COLUMNS_MM = (11, 16, 24, 30, 16, 15, 19, 20, 31)


def words_for(language):
    if language not in ("zh", "en"):
        raise ValueError(f"language must be 'zh' or 'en', not {language!r}")
    return EN if language == "en" else ZH


# -- writing ------------------------------------------------------------------------------------
def save_results_pdf(db, closing_id, target, *, org_dir, language="zh"):
    """The closing's results summary into the file `target` (whole or not at all), signed with
    the certificate in `org_dir` (None: not signed) and carrying the audit trail's head,
    anchored as it is printed. TamperedClosingError for a closing changed in the file (nothing
    is written); ValueError for an open (reopened) revision."""
    from models.results.closing import closing_document
    from reports.batch import print_anchor, with_anchor, write_signed
    from reports.fonts import cjk_font

    cjk_font()                      # a missing font fails before the file is made
    document = closing_document(db, closing_id)
    document = with_anchor(document, print_anchor(db, org_dir))
    return write_signed(render_results, document, target, language=language, org_dir=org_dir,
                        reason=REASON)


def file_name(document):
    """'2026-11_一班_结果汇总_r1.pdf' — safe on Windows and Linux."""
    from reports.batch import UNSAFE

    parts = [document["period"]["key"], document["team"]["name"], "结果汇总",
             f"r{document['revision']}"]
    return "_".join(UNSAFE.sub("-", str(p)).strip(" .") for p in parts) + ".pdf"


def render_results(document, out, *, language="zh"):
    """Write the closing `document` (models.results.closing.closing_document) as a PDF to `out`
    (a path or a binary file object). Raises reports.fonts.FontError without a CJK font."""
    from reportlab import rl_config
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from reports.fonts import cjk_font
    from reports.pdf_meta import closing_keywords
    from reports.pdf_page import canvas_maker
    from reports.pdf_styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_H, PAGE_W, WIDTH

    font = cjk_font()
    rl_config.useA85 = 0
    words = words_for(language)
    target = str(out) if isinstance(out, (str, Path)) else out
    body = Frame(MARGIN_X, MARGIN_BOTTOM, WIDTH, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    meta = {"closing_id": document["closing_id"], "revision": document["revision"],
            "sha256": document["sha256"], "anchor": document.get("anchor")}
    pdf = BaseDocTemplate(
        target, pagesize=(PAGE_W, PAGE_H), pageTemplates=[PageTemplate("results", [body])],
        title=f"{words['title']} — {document['team']['name']} {document['period']['key']}",
        author=document.get("organisation", ""), subject=_footer(document, words),
        keywords=closing_keywords(meta), creator="Appraisal Desk 考评台", lang=language,
        initialFontName=font)
    sha = document["sha256"].upper()
    maker = canvas_maker(footer=_footer(document, words), page_text=words["page"],
                         qr_text=f"APPRAISAL-DESK:CLOSING:{document['closing_id']}:"
                                 f"{document['revision']}:{sha}", font=font)
    pdf.build(_story(document, words, font, language), canvasmaker=maker)


def _footer(document, words):
    state = (words["superseded"].format(n=document["reopened"]["revision"])
             if document.get("reopened") else words["closed"])
    text = words["footer"].format(id=document["closing_id"], revision=document["revision"],
                                  state=state, sha256=document["sha256"])
    anchor = document.get("anchor")
    if anchor:
        text += words["anchor"].format(event_id=anchor["event_id"], hash=anchor["hash"][:16])
    return text


# -- the page -----------------------------------------------------------------------------------
def _story(document, words, font, language):
    from types import SimpleNamespace

    from reportlab.platypus import KeepTogether, Spacer

    from reports.pdf_styles import MM, para, styles
    from reports.pdf_table import header_table

    st = styles(font)
    en = language == "en"
    period = document["period"]
    subtitle = " · ".join(p for p in (
        document.get("organisation", ""), f"{words['team']} {document['team']['name']}",
        f"{words['period']} {period['start']} – {period['end']} ({period['key']})",
        words["revision_n"].format(n=document["revision"])) if p)
    signature = document.get("signature") or {}
    state = (words["superseded"].format(n=document["reopened"]["revision"])
             if document.get("reopened") else words["closed"])
    header = SimpleNamespace(header=[
        (words["team"], document["team"]["name"]), (words["period"], period["key"]),
        (words["people"], str(len(document["members"]))),
        (words["mean"], _short(document.get("mean")) or "—"),
        (words["closed_by"], signature.get("name", "")),
        (words["closed_at"], _when(signature.get("signed_at"))),
        (words["state"], state), (words["revision"], str(document["revision"]))])
    story = [para(words["title"], st.title), para(subtitle, st.subtitle), Spacer(0, 3 * MM),
             header_table(header, st), Spacer(0, 3 * MM)]
    if document.get("reason"):
        label = words["reopen_reason"].format(old=document["revision"] - 1,
                                              n=document["revision"])
        story.append(para(f"{label}: {document['reason']}", st.value))
    reopened = document.get("reopened")
    if reopened:
        story.append(para(f"{words['reopened']}: " + words["reopened_line"].format(
            by=reopened["by"], at=_when(reopened["at"]), n=reopened["revision"],
            reason=reopened["reason"]), st.warning))
    if document.get("reason") or reopened:
        story.append(Spacer(0, 2 * MM))
    story += [_member_table(document, words, st, en), Spacer(0, 1.5 * MM)]
    if document.get("mean") is not None:
        story.append(para(words["mean_note"].format(mean=_short(document["mean"])), st.note))
    story += [Spacer(0, 3 * MM),
              KeepTogether([para(words["charts"], st.section),
                            distribution(document, words, font, en)]),
              Spacer(0, 3 * MM),
              KeepTogether([para(words["pareto"], st.section),
                            pareto(document, words, font, en)]),
              Spacer(0, 4 * MM),
              _signature_table(document, signature, words, st)]
    return story


def _short(value):
    from reports.form_rows import short

    return short(value) if value is not None else ""


def _when(at):
    return (at or "").replace("T", " ")[:16]


def _stars_text(member, words):
    if member.get("excluded"):
        return words["excluded"]
    stars = member.get("stars")
    return "—" if stars is None else "★" * int(stars) + "☆" * max(0, 5 - int(stars))


def _pay_text(member):
    pay = member.get("pay")
    if not pay:
        return "—"
    if pay.get("amount") is not None:
        return pay["amount"]
    return f"{_short(pay.get('percent'))}%"


def _member_table(document, words, st, en):
    """One heading row per rubric group (N, mean, cut-offs, the average cap), then its members
    in rank order, as the closing froze them."""
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    from reports.pdf_styles import ALERT, HEAD, MM, RULE, SHADE, para
    from reports.pdf_table import _table

    centre = ParagraphStyle("centre", parent=st.cell, alignment=TA_CENTER)
    data = [[para(title, st.head) for title in words["cols"]]]
    commands = [("GRID", (0, 0), (-1, -1), 0.4, RULE), ("BACKGROUND", (0, 0), (-1, 0), HEAD),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    groups = {g["rubric"]: g for g in document.get("groups", [])}
    shown = None
    for member in document["members"]:
        if member["rubric"] != shown:
            shown = member["rubric"]
            group = groups.get(shown, {})
            parts = [words["group"].format(name=group.get("name") or member["rubric_name"],
                                           count=group.get("count", 0))]
            if group.get("mean") is not None:
                parts.append(words["group_mean"].format(mean=_short(group["mean"])))
            if group.get("cutoffs"):
                parts.append(words["group_cutoffs"].format(
                    cutoffs="/".join(str(c) for c in group["cutoffs"])))
            if group.get("over_cap"):
                parts.append(words["group_cap"].format(cap=_short(group.get("average_cap"))))
            index = len(data)
            data.append([para(" · ".join(parts), st.section)] + [""] * 8)
            commands += [("SPAN", (0, index), (-1, index)),
                         ("BACKGROUND", (0, index), (-1, index), SHADE)]
        employee = member["employee"]
        name = employee["name"]
        notes = [words["lead"]] if member.get("lead") else []
        if employee.get("probation"):
            notes.append(words["probation"])
        if notes:
            name += f" ({', '.join(notes)})"
        grade = (en and member.get("grade_en")) or member.get("grade") or "—"
        consequences = "；".join(((en and c.get("label_en")) or c["label"])
                                for c in member.get("consequences", []))
        index = len(data)
        data.append([para("—" if member.get("rank") is None else str(member["rank"]), centre),
                     para(employee["code"], st.cell), para(name, st.cell),
                     para(member.get("rubric_name") or member["rubric"], st.cell),
                     para(_short(member.get("total")) or "—", centre), para(grade, centre),
                     para(_stars_text(member, words), centre), para(_pay_text(member), centre),
                     para(consequences, st.warning if consequences else st.cell)])
        if consequences:
            commands.append(("TEXTCOLOR", (8, index), (8, index), ALERT))
    return _table(data, st, commands, colWidths=[w * MM for w in COLUMNS_MM], repeatRows=1)


def _signature_table(document, signature, words, st):
    """What the closing froze (beside) and the reviewer's box: the strokes as drawn, her name
    (PIN verified or not) and the time."""
    from reports.pdf_styles import MM, MUTED, RULE, SHADE, WIDTH, markup, para
    from reports.pdf_table import _drawn, _raw, _table
    from reports.printed_form import Signature

    box_w = WIDTH / 3
    drawn = Signature(role="reviewer", name=signature.get("name", ""),
                      strokes=signature.get("strokes") or [],
                      png=_png(signature.get("png_base64")))
    how = words["pin"] if signature.get("pin_verified") else words["system"]
    rows = [[para(words["signature"], st.head)],
            [_drawn(drawn, box_w - 8 * MM, 17 * MM)],
            [_raw(f"{markup(words['signer'])}: {markup(signature.get('name', ''))}"
                  f'  <font size="6.4" color="{MUTED}">{markup(how)}</font>', st.value)],
            [para(f"{words['date']}: {_when(signature.get('signed_at'))}", st.value)]]
    box = _table(rows, st, [("BOX", (0, 0), (-1, -1), 0.6, RULE),
                            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                            ("ALIGN", (0, 1), (-1, 1), "CENTER"),
                            ("VALIGN", (0, 1), (-1, 1), "MIDDLE"),
                            ("TOPPADDING", (0, 2), (-1, -1), 3)],
                 colWidths=[box_w], rowHeights=[None, 20 * MM, None, None])
    facts = [para(words["pareto_note"], st.small),
             para(words["frozen"].format(forms=len(document.get("forms", [])),
                                         sha256=document["sha256"]), st.small)]
    return _table([[facts, box]], st, [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (0, 0), 6 * MM)],
                  colWidths=[WIDTH - box_w, box_w])


def _png(text):
    import base64

    return base64.b64decode(text) if text else None
