"""The printed form says why a figure is what it is, and lays its words out whole (issue 11,
findings 9 and 10): a score stopped at 0 says so, a row of a weighted section says what it moved
on the total, English names wrap between words, an empty "检查方法" column is left out."""

import re

import pytest

from reports.pdf_form import render_form
from tests import form_samples as fs
from tests.form_samples import pdf_text

# Points style: one 20-point section of deductions, and deductions on the whole form.
FLOORED = """\
id: t-floored
name: 测试扣分考核
name_en: Test deductions form
version: 1
post: 扣分岗
base: 100
sections:
  - id: conduct
    name: 服务规范
    name_en: Conduct
    points: 20
    items:
      - {id: tone, name: 语气生硬, name_en: Impatient tone, deduct: 10}
  - id: work
    name: 工作质量
    name_en: Work quality
    points: 80
    items:
      - {id: error, name: 工单错误, name_en: Ticket error, deduct: 5}
deductions:
  - {id: absence, name: 旷工, name_en: Absence, deduct: 50}
"""

# Weight style: a late arrival costs 2 of the discipline section's 100, worth 10% of the total.
WEIGHTED = """\
id: t-weighted
name: 测试权重考核
name_en: Test weighted form
version: 1
post: 权重岗
base: 100
sections:
  - id: discipline
    name: 劳动纪律
    name_en: Discipline
    weight: 10
    items:
      - {id: late, name: 迟到, name_en: Late arrival, deduct: 2}
  - id: work
    name: 工作业绩
    name_en: Work
    weight: 90
    method: 现场抽查
    method_en: Floor checks
    items:
      - id: explain
        name: 解释不全
        name_en: Misleading or incomplete explanation causing a dispute
        deduct: 10
"""


def printed(tmp_path, text, sheet, language, name="form"):
    path = tmp_path / f"{name}-{language}.pdf"
    render_form(fs.build_document(text, sheet, state="draft"), path, language=language)
    return pdf_text(path, layout=True)


def squash(text):
    return "".join(text.split())


@pytest.mark.parametrize(("language", "section_note", "total_note"), [
    ("zh", "（已扣至0分）", "0.00/100（已扣至0分）"),
    ("en", "(stoppedat0)", "0.00/100(stoppedat0)"),
])
def test_a_score_stopped_at_zero_says_so(tmp_path, language, section_note, total_note):
    untouched = printed(tmp_path, FLOORED, {"incidents": [{"item": "tone"}]}, language, "one")
    assert section_note not in squash(untouched)        # 20 − 10: nothing stopped
    # 3 × −10 in a 20-point section: it stops at 0 (not −10); the total stops at 0 too
    # (20 − 30 → 0, 80 − 5 = 75, 75 − 2 × 50 = −25 → 0).
    sheet = {"incidents": [{"item": "tone", "count": 3}, {"item": "error"},
                           {"item": "absence", "count": 2}]}
    text = printed(tmp_path, FLOORED, sheet, language)
    conduct = next(line for line in text.splitlines() if "服务规范" in line or "Conduct" in line)
    assert section_note in squash(conduct)
    work = next(line for line in text.splitlines() if "工作质量" in line or "Work quality" in line)
    assert section_note not in squash(work)             # 75 of 80: nothing stopped there
    assert total_note in squash(text)


@pytest.mark.parametrize(("language", "word"), [
    ("zh", "按权重×0.1计入总分:−0.20"),
    ("en", "×0.1weight:−0.20onthetotal"),
])
def test_a_weighted_row_says_what_it_moved_on_the_total(tmp_path, language, word):
    text = printed(tmp_path, WEIGHTED, {"incidents": [{"item": "late"}]}, language)
    flat = squash(text)
    assert word in flat
    assert "9.8" in flat            # the discipline section: 98 of its 100 × 10%


def test_english_names_wrap_between_words_never_inside_one(tmp_path):
    document = fs.service_norms()
    path = tmp_path / "norms-en.pdf"
    render_form(document, path, language="en")
    words = set(re.findall(r"[A-Za-z]+", pdf_text(path, layout=True)))
    # The item names of the form, e.g. "Misleading or incomplete explanation causing a
    # dispute" in a 30 mm column: every word of them is printed whole.
    names = " ".join(item.get("name_en") or "" for item in document["result"]["items"])
    for word in set(re.findall(r"[A-Za-z]{6,}", names)):
        assert word in words, word
    assert "explanatio" not in words


def test_an_empty_check_method_column_is_left_out(tmp_path):
    # cs-service-norms has no check method anywhere: no "检查方法" / "Check method" column,
    # and the other columns share its width.
    zh = pdf_text(_render(tmp_path, fs.service_norms(), "zh"), layout=True)
    en = pdf_text(_render(tmp_path, fs.service_norms(), "en"), layout=True)
    assert "检查方法" not in zh and "扣分原因" in zh and "考核标准" in zh
    assert "Check method" not in en and "Reason" in en
    # A rubric with a method keeps the column.
    kept = printed(tmp_path, WEIGHTED, {"incidents": [{"item": "late"}]}, "en", name="kept")
    assert "Check method" in kept and "Floor checks" in kept


def _render(tmp_path, document, language):
    path = tmp_path / f"doc-{language}.pdf"
    render_form(document, path, language=language)
    return path


def test_reasons_are_printed_whole(tmp_path):
    path = _render(tmp_path, fs.service_norms(), "en")
    flat = squash(pdf_text(path))           # cell after cell, as drawn
    assert "Misleadingorincompleteexplanationcausingadispute×1→−10" in flat
    assert "…" not in flat
