"""Rubrics to the Excel/CSV template and back (models/rubrics/tables): every built-in rubric
exports and imports to the same rubric and the same scores on its sample sheets; two of the
seeds' standards, typed into the template as the seed prints them, import without editing
and score as computed by hand; the checked-in template is what the writer makes."""

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest

from models.rubrics.rubric_yaml import load_rubric_data
from models.rubrics.tables import export_rubric, preview_rubric_file
from models.rubrics.tables.template import stale_templates
from scoring import evaluate, load_sheet, rubric_from_text

ROOT = Path(__file__).resolve().parent.parent
BUILTIN = sorted((ROOT / "resources" / "rubrics").glob("*.yaml"))
SAMPLES = ROOT / "tests" / "samples"
TABLES = SAMPLES / "tables"
TEMPLATES = ROOT / "resources" / "templates"


def sample_sheets(rubric_id):
    return [SAMPLES / f"{rubric_id}.sheet.yaml", *sorted(SAMPLES.glob(f"{rubric_id}.*.sheet.yaml"))]


def imported(path):
    preview = preview_rubric_file(path)
    assert [str(p) for p in preview.problems] == []
    assert preview.valid
    return preview


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize("path", BUILTIN, ids=lambda p: p.stem)
def test_every_builtin_rubric_comes_back_from_the_template_scoring_the_same(path, suffix,
                                                                           tmp_path):
    text = path.read_text(encoding="utf-8")
    original = rubric_from_text(text, file=path.name)
    written = export_rubric(text, tmp_path / f"{path.stem}{suffix}")
    preview = imported(written)
    assert preview.data == load_rubric_data(text)          # every key and value, exactly
    again = rubric_from_text(preview.text, file="imported")
    sheets = [s for s in sample_sheets(original.id) if s.is_file()]
    assert sheets, f"no sample sheet for {original.id} in tests/samples"
    for sheet in sheets:
        before = evaluate(original, load_sheet(str(sheet), original))
        after = evaluate(again, load_sheet(str(sheet), again))
        # every figure of the result: total, sections, items, pay, grade, reasons
        assert dataclasses.asdict(after) == dataclasses.asdict(before), sheet.name


def test_a_yaml_export_is_the_rubric_text_itself(tmp_path):
    text = (ROOT / "resources" / "rubrics" / "cs-service-norms.yaml").read_text(encoding="utf-8")
    written = export_rubric(text, tmp_path / "norms.yaml")
    assert written.read_text(encoding="utf-8") == text     # comments and all


def test_the_checked_in_template_is_what_the_writer_makes():
    assert stale_templates() == [], "run: python -m models.rubrics.tables.template"


@pytest.mark.parametrize("name", ["rubric-template.xlsx", "rubric-template.csv"])
def test_the_template_imports_as_its_example_rubric(name):
    preview = imported(TEMPLATES / name)
    example = load_rubric_data((TEMPLATES / "rubric-template.yaml").read_text(encoding="utf-8"))
    assert preview.data == example
    kinds = {item.kind for section in preview.rubric.sections for item in section.items}
    kinds |= {item.kind for item in preview.rubric.bonuses + preview.rubric.deductions
              + preview.rubric.vetoes}
    assert kinds == {"deduct", "veto", "bands", "linear", "rating", "check", "survey", "add"}


def test_the_csv_template_is_excel_friendly():
    raw = (TEMPLATES / "rubric-template.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")                   # UTF-8 with a BOM
    assert b"\r\n" in raw and b"\n[" not in raw.replace(b"\r\n", b"")
    assert "[评分标准 Items]\r\n" in raw.decode("utf-8-sig")


# --- two seeds' standards typed into the template ------------------------------------------

def test_the_customer_service_operation_standard_of_seed_000_imports_as_typed():
    """docs/seeds/000 lines 161–182: four criteria with weights (30%/30%/20%/20%), each a
    supervisor rating, and the grade table "优秀:90-100分 … 不合格:低于60分"."""
    preview = imported(TABLES / "cs-operation-table.csv")
    rubric = preview.rubric
    assert [(s.id, s.name, s.weight) for s in rubric.sections] == [
        ("s1", "专业性和知识水平", 30), ("s2", "反应速度和效率", 30),
        ("s3", "沟通和协作能力", 20), ("s4", "问题解决能力", 20)]
    assert [(i.id, i.kind, i.points) for s in rubric.sections for i in s.items] == [
        ("s1-1", "rating", 100), ("s2-1", "rating", 100), ("s3-1", "rating", 100),
        ("s4-1", "rating", 100)]
    assert [(g.min, g.label) for g in rubric.grades] == [
        (90, "优秀"), (80, "良好"), (70, "一般"), (60, "需改进"), (0, "不合格")]
    assert rubric.period == "month"
    result = evaluate(rubric, load_sheet(str(TABLES / "cs-operation-table.sheet.yaml"), rubric))
    # 92 × 0.3 + 85 × 0.3 + 78 × 0.2 + 88 × 0.2 = 27.6 + 25.5 + 15.6 + 17.6
    assert [s.score for s in result.sections] == [Decimal("27.6"), Decimal("25.5"),
                                                  Decimal("15.6"), Decimal("17.6")]
    assert result.total == Decimal("86.3")
    assert result.grade == "良好"


def test_the_ob_satisfaction_standard_of_seed_003_imports_as_typed():
    """docs/seeds/003 lines 281–346, typed in Excel with merged section cells and "扣3分/个"."""
    preview = imported(TABLES / "ob-satisfaction-table.xlsx")
    rubric = preview.rubric
    assert [(s.id, s.points, s.start_full) for s in rubric.sections] == [
        ("s1", 5, False), ("s2", 5, True)]
    survey, not_asked, mismatch = [i for s in rubric.sections for i in s.items]
    assert survey.kind == "survey" and survey.spec == {
        "5分": 100, "4分": 80, "3分": 60, "2分": 40, "1分": 20}
    assert (not_asked.id, not_asked.spec.low) == ("s2-1", 5)
    assert (mismatch.id, mismatch.spec.low, mismatch.section) == ("s2-2", 3, "s2")
    result = evaluate(rubric, load_sheet(str(TABLES / "ob-satisfaction-table.sheet.yaml"),
                                         rubric))
    # (140 × 100 + 45 × 80 + 10 × 60 + 3 × 40 + 2 × 20) / 200 = 91.8 → 5 × 91.8 / 100 = 4.59;
    # 5 − 3 = 2
    assert [s.score for s in result.sections] == [Decimal("4.59"), Decimal(2)]
    assert result.total == Decimal("6.59")


def test_an_excel_percentage_cell_reads_as_the_percent_it_shows(tmp_path):
    """Typing 30% into Excel keeps 0.3 with a % format: the weight is 30."""
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "设置"
    for row in (("项目", "值"), ("编号", "pct"), ("名称", "百分比"), ("基准分", 100)):
        book.active.append(row)
    items = book.create_sheet("评分标准")
    items.append(("考核项目", "权重", "考核标准", "分值", "评分满分"))
    items.append(("甲", 0.3, "甲项", 100, 100))
    items.append(("乙", 0.7, "乙项", 100, 100))
    for cell in ("B2", "B3"):
        items[cell].number_format = "0%"
    book.save(tmp_path / "pct.xlsx")
    preview = imported(tmp_path / "pct.xlsx")
    assert [s["weight"] for s in preview.data["sections"]] == [30, 70]


def test_bands_typed_as_the_seeds_print_them(tmp_path):
    """ecommerce seed: "X≥75% 100 75%>X≥65% 80 65%>X≥50% 60 X<50% 0", a ratio in %; and a
    lower-is-better time: "T≤30 100 30<T≤45 80 T>45 0"."""
    text = ("\ufeff[设置]\n项目,值\n编号,kpi\n名称,指标\n基准分,100\n\n[评分标准]\n"
            "考核项目,权重,考核标准,分值,分档,比值,单位\n"
            "询单转化率,60,最终付款人数/询单人数,100,"
            "\"X≥75% 100\n75%>X≥65% 80\n65%>X≥50% 60\nX<50% 0\",是,%\n"
            "旺旺响应,40,平均响应时间(秒),100,\"T≤30 100\n30<T≤45 得80分\nT>45 不得分\",,秒\n")
    (tmp_path / "kpi.csv").write_text(text, encoding="utf-8")
    sections = imported(tmp_path / "kpi.csv").data["sections"]
    assert sections[0]["items"][0]["bands"] == {"table": [
        {"min": 0.75, "score": 100}, {"min": 0.65, "score": 80}, {"min": 0.5, "score": 60},
        {"score": 0}]}
    assert sections[1]["items"][0]["bands"] == {"lower_better": True, "table": [
        {"max": 30, "score": 100}, {"max": 45, "score": 80}, {"score": 0}]}


def test_settings_may_start_without_their_header_row_and_an_empty_optional_sheet_is_fine(
        tmp_path):
    text = (TABLES / "cs-operation-table.csv").read_text(encoding="utf-8-sig")
    assert text.startswith("[设置]\n项目,值\n编号,")
    (tmp_path / "short.csv").write_text(text.replace("项目,值\n", "", 1) + "\n[加分扣分否决]\n",
                                        encoding="utf-8-sig")
    preview = imported(tmp_path / "short.csv")
    assert preview.data == imported(TABLES / "cs-operation-table.csv").data
