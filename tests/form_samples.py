"""Realistic form documents in the shape of `models.forms.document` (docs/dev/forms-design.md),
built from the built-in rubrics and the engine, with drawn signatures as PNG (Pillow).

The PDF tests and bench/bench_pdf.py print from these, so reports/ is tested without the store.
"""

import base64
import hashlib
import json
import random
from io import BytesIO
from pathlib import Path

import yaml

from models.forms.form_document import add_floor_facts
from scoring import evaluate, rubric_from_text, sheet_from_data
from scoring.result import show

ROOT = Path(__file__).resolve().parent.parent
RUBRICS = ROOT / "resources" / "rubrics"
SHEETS = ROOT / "tests" / "samples"
PERIOD = {"key": "2026-11", "start": "2026-11-01", "end": "2026-11-30"}
SIGNED_ON = {"appraiser": "2026-12-01T10:00:00", "employee": "2026-12-02T09:30:00",
             "reviewer": "2026-12-03T15:20:00"}
ROLES_BY_STATE = {"draft": (), "submitted": ("appraiser",),
                  "acknowledged": ("appraiser", "employee"),
                  "disputed": ("appraiser",), "reviewed": ("appraiser", "employee", "reviewer"),
                  "locked": ("appraiser", "employee", "reviewer")}


# As models.forms.form_document: the hash leaves out what still moves after signing.
UNHASHED = ("sha256", "signatures", "state", "dispute_reason", "disputed_at", "locked_at",
            "locked_by", "superseded_by", "dispute_answer", "dispute_answer_text",
            "dispute_answered_at", "dispute_answered_by")


def canonical(data):
    frozen = {k: v for k, v in data.items() if k not in UNHASHED}
    return json.dumps(frozen, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def build_document(rubric_text, sheet_data, *, form_id=12, revision=1, state="reviewed",
                   employee=None, organisation="客户服务中心", appraiser="李班长",
                   reviewer="王主任", bare=False, stars=None):
    """A document as models.forms.document returns it; `bare` keeps `result` to exactly
    Result.to_json() (no per-item extras), to prove the PDF copes with the minimum."""
    rubric = rubric_from_text(rubric_text)
    result = evaluate(rubric, sheet_from_data(sheet_data, rubric))
    data = result.to_json()
    if not bare:
        _add_extras(data, rubric, result)
    if stars is not None:
        data["stars"] = stars
    employee = employee or {"code": "A001", "name": "张三", "post": rubric.posts[0]
                            if rubric.posts else "客户服务代表", "team": "一班",
                            "probation": False}
    document = {
        "form_id": form_id, "revision": revision, "previous_id": None, "state": state,
        "organisation": organisation, "period": dict(PERIOD), "employee": employee,
        "rubric": {"id": rubric.id, "version": rubric.version, "name": rubric.name,
                   "name_en": rubric.texts.get("name_en", ""),
                   "sha256": hashlib.sha256(rubric_text.encode()).hexdigest(),
                   "text": rubric_text},
        "result": data,
        "incidents": [_incident(i, appraiser) for i in sheet_data.get("incidents", [])],
        "values": {k: _value_text(v) for k, v in sheet_data.get("values", {}).items()},
        "frozen_at": SIGNED_ON["appraiser"] if state != "draft" else None,
    }
    frozen = state != "draft"
    document["sha256"] = (hashlib.sha256(canonical(document).encode()).hexdigest()
                          if frozen else None)
    names = {"appraiser": appraiser, "employee": employee["name"], "reviewer": reviewer}
    document["signatures"] = [
        {"role": role, "name": names[role], "signed_at": SIGNED_ON[role],
         "png_base64": base64.b64encode(signature_png(names[role])).decode(),
         "strokes": signature_strokes(names[role]), "pin_verified": role != "employee"}
        for role in ROLES_BY_STATE[state]]
    return document


def _add_extras(data, rubric, result):
    data["grade_en"] = result.grade_en
    data["max_total"] = f"{result.max_total}"
    add_floor_facts(data, result)
    for section, figures in zip(data["sections"], result.sections):
        found = next(s for s in rubric.sections if s.id == section["id"])
        section.update(name=found.name, name_en=found.texts.get("name_en", ""),
                       raw=f"{figures.raw:.2f}", vetoed=figures.vetoed)
    for item_json, item_result in zip(data["items"], result.items):
        item = rubric.item(item_result.id)
        item_json.update(
            why_en=item_result.why_en, name=item.texts.get("name") or item.label(),
            name_en=item.texts.get("name_en", ""), text=item.text,
            text_en=item.texts.get("text_en", ""), method=item.texts.get("method", ""),
            method_en=item.texts.get("method_en", ""), standard=standard(item, "zh"),
            standard_en=standard(item, "en"), section=item.section, kind=item.kind,
            na=item_result.na, missing=item_result.missing)


def standard(item, language):
    """One line describing the rule, as models.forms writes it (a stand-in for the tests)."""
    zh = language == "zh"
    spec = item.spec
    if item.kind in ("deduct", "add"):
        amount = show(spec.low) if not spec.is_range else f"{show(spec.low)}–{show(spec.high)}"
        verb = ("扣" if item.kind == "deduct" else "加") if zh else (
            "−" if item.kind == "deduct" else "+")
        line = f"每次{verb}{amount}分" if zh else f"{verb}{amount} each"
        if item.severe_x:
            line += f", 严重 ×{show(item.severe_x)}" if zh else f", severe ×{show(item.severe_x)}"
        if item.cap is not None:
            line += f", 封顶 {show(item.cap)}" if zh else f", at most {show(item.cap)}"
        return line
    if item.kind == "shortfall":
        target, per = spec
        return (f"目标 {show(target)}{item.unit or ''}, 每少 1 扣 {show(per)}" if zh
                else f"target {show(target)}, −{show(per)} per unit short")
    if item.kind == "veto":
        return {"section": "否决: 本节 0 分", "form": "否决: 总分 0",
                "lowest_grade": "否决: 最低等级"}[spec] if zh else f"veto: {spec}"
    if item.kind == "bands":
        rows, _ = spec
        return "; ".join(f"{r.label or ''} {show(r.score)}".strip() for r in rows)
    if item.kind == "linear":
        zero_at, full_at = spec
        return (f"{show(full_at)} 满分, {show(zero_at)} 0 分, 之间线性" if zh
                else f"full at {show(full_at)}, zero at {show(zero_at)}, linear between")
    if item.kind == "rating":
        return f"评分 0–{show(spec)}" if zh else f"rated 0–{show(spec)}"
    if item.kind == "check":
        return f"达标 {show(item.points)} 分, 否则 0" if zh else f"{show(item.points)} or 0"
    return ""


def _incident(raw, by):
    return {"item_id": raw["item"], "at": raw.get("at", ""), "count": raw.get("count", 1),
            "severe": raw.get("severe", False), "amount": raw.get("amount"),
            "note": raw.get("note", ""), "by": by, "approved": raw.get("approved", False),
            "approved_by": raw.get("approved_by")}


def _value_text(value):
    if isinstance(value, dict) and "num" in value:
        return f"{value['num']}/{value['den']}"
    return str(value)


def signature_strokes(name):
    """A fake hand-drawn signature as the pad keeps it: strokes of (x, y) in a 0..1 box
    (y down), a few smooth pen runs per character, seeded by the name."""
    rng = random.Random(name)
    strokes, x = [], 0.06
    for _ in range(len(name) + 1):
        stroke, y = [], rng.uniform(0.35, 0.65)
        for _ in range(rng.randint(5, 9)):
            x = min(0.97, x + rng.uniform(0.015, 0.05))
            y = min(0.9, max(0.1, y + rng.uniform(-0.22, 0.22)))
            stroke.append([round(x, 4), round(y, 4)])
        strokes.append(stroke)
        x += rng.uniform(0.01, 0.04)
    strokes.append([[0.06, 0.85], [round(min(0.97, x), 4), 0.82]])
    return strokes


def signature_png(name, width=600, height=200):
    """The strokes drawn on white as the pad's to_png does (Pillow here, no Qt)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), "white")
    pen = ImageDraw.Draw(image)
    for stroke in signature_strokes(name):
        pen.line([(x * width, y * height) for x, y in stroke], fill=(16, 32, 107), width=3,
                 joint="curve")
    out = BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _builtin(rubric_id, **changes):
    text = (RUBRICS / f"{rubric_id}.yaml").read_text(encoding="utf-8")
    sheet = yaml.safe_load((SHEETS / f"{rubric_id}.sheet.yaml").read_text(encoding="utf-8"))
    return text, sheet


def service_norms(**kw):
    """cs-service-norms: 9 incidents with dated notes, two severe; signed by all three."""
    text, sheet = _builtin("cs-service-norms")
    return build_document(text, sheet, **kw)


def ecommerce_kpi(**kw):
    """ecommerce-cs-kpi: measured KPI values in bands, weights, a bonus, pay share 88.5%."""
    text, sheet = _builtin("ecommerce-cs-kpi")
    kw.setdefault("state", "submitted")
    kw.setdefault("employee", {"code": "E207", "name": "王晓燕", "post": "客服",
                               "team": "电商客服组", "probation": False})
    return build_document(text, sheet, form_id=31, **kw)


def veto(**kw):
    """hotline-12580-shift-lead with 隐瞒不报: section veto → 0; an unsigned draft."""
    text, sheet = _builtin("hotline-12580-shift-lead")
    sheet["incidents"].append({"item": "fault-concealed", "note": "短信平台故障未上报值班经理",
                               "at": "2026-11-12T20:10"})
    kw.setdefault("state", "draft")
    kw.setdefault("employee", {"code": "L012", "name": "赵敏", "post": "12580值班长",
                               "team": "12580 二班", "probation": False})
    return build_document(text, sheet, form_id=44, **kw)


def agent_monthly(**kw):
    """chengdu-agent-monthly: N/A item, bonuses with ranges, an approved entry, 3 stars."""
    text, sheet = _builtin("chengdu-agent-monthly")
    kw.setdefault("stars", 3)
    kw.setdefault("employee", {"code": "C118", "name": "刘洋", "post": "客服专员",
                               "team": "成都客服二组", "probation": False})
    return build_document(text, sheet, form_id=57, **kw)


def long_form(items=60, **kw):
    """A generated rubric of `items` items in six sections, most with incidents and notes."""
    rubric = long_rubric(items)
    text = yaml.safe_dump(rubric, allow_unicode=True, sort_keys=False)
    rng = random.Random(items)
    incidents, values = [], {}
    for section in rubric["sections"]:
        for item in section["items"]:
            if "deduct" in item and rng.random() < 0.7:
                for _ in range(rng.randint(1, 3)):
                    day = rng.randint(1, 30)
                    note = f"第{day}日现场检查发现: {item['name']},已当面指出并记录"
                    incidents.append({"item": item["id"], "note": note,
                                      "at": f"2026-11-{day:02d}T10:{day:02d}"})
            elif "rating" in item:
                values[item["id"]] = rng.randint(6, 10)
    return build_document(text, {"incidents": incidents, "values": values}, form_id=88, **kw)


def long_rubric(items=60):
    sections, per = [], items // 6
    topics = ["仪容仪表", "服务用语", "业务受理", "工单处理", "现场纪律", "培训考核"]
    for s, topic in enumerate(topics):
        members = []
        for i in range(per if s < 5 else items - 5 * per):
            n = s * per + i + 1
            item = {"id": f"i{n:02d}", "name": f"{topic}第{i + 1}条",
                    "name_en": f"{topic} clause {i + 1}",
                    "text": f"{topic}要求第{i + 1}条: 按《客服中心服务规范》执行,发现一次"
                            f"不符合要求的情况扣{1 + n % 3}分,情节严重的加倍扣罚,扣完为止。",
                    "method": ["现场巡查", "录音抽查", "系统报表", "相互监督、随机抽查"][n % 4]}
            if s == 5 and i % 2:
                item.update(rating={"max": 10}, points=10)
                item.pop("text")
                item["text"] = f"培训现场打分第{i + 1}项,满分10分"
            else:
                item.update(deduct=1 + n % 3, severe_x=2)
            members.append(item)
        sections.append({"id": f"s{s + 1}", "name": topic, "points": 20 if s < 5 else 50,
                         "items": members})
    return {"id": "generated-long", "name": "客服中心员工月度综合考核表(60项)",
            "name_en": "Call centre monthly appraisal (60 items)", "version": 1,
            "post": "客户服务代表", "base": 150,
            "grades": [{"min": 135, "label": "优秀", "label_en": "Excellent"},
                       {"min": 120, "label": "良好", "label_en": "Good"},
                       {"min": 90, "label": "合格", "label_en": "Pass"},
                       {"min": 0, "label": "不合格", "label_en": "Fail"}],
            "sections": sections}


def all_samples():
    return [service_norms(), ecommerce_kpi(), veto(), agent_monthly(), long_form()]


# Reading a PDF back (poppler-utils: pdftotext, pdftoppm, pdffonts).

def poppler(tool):
    import shutil

    import pytest

    if shutil.which(tool) is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    return tool


def pdf_text(path, page=None, *, layout=False):
    """The text of a PDF (or of one page, from 1): in drawing order, one cell after another;
    with `layout`, as placed on the page (a table row on one line)."""
    import subprocess

    pages = ["-f", str(page), "-l", str(page)] if page else []
    mode = "-layout" if layout else "-raw"
    return subprocess.run([poppler("pdftotext"), mode, *pages, str(path), "-"],
                          check=True, capture_output=True, text=True).stdout


def pdf_pages(path):
    import re
    import subprocess

    info = subprocess.run([poppler("pdfinfo"), str(path)], check=True, capture_output=True,
                          text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
