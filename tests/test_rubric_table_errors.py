"""A template file with mistakes: each problem is named by sheet, row and column (as the
spreadsheet numbers them), every problem of the file in one pass, and nothing can be stored."""

import pytest

from models.rubrics.tables import prepare_save, preview_rubric_file
from tests.ui_store import count

# Lines as a spreadsheet numbers them: 1 [设置 Settings] … 9 服务规范 … 11 业务考试.
GOOD = """[设置 Settings]
项目 Key,值 Value
编号 ID,demo
名称 Name,示例
基准分 Base,30

[评分标准 Items]
""" + ",".join(("考核项目 Section", "项目分值 Section points", "编号 ID", "考核标准 Standard",
                "分值 Points", "每次扣分 Deduct each", "否决 Veto", "评分满分 Rating out of")) + """
服务规范,20,late,迟到每次扣2分,,2,,
,,rude,态度生硬每次扣5分,,5,,
业务考试,10,exam,考试成绩,10,,,100
"""
ITEMS, SETTINGS = "评分标准 Items", "设置 Settings"


def read(tmp_path, text, name="bad.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8-sig")
    return preview_rubric_file(path)


def where(preview):
    return [(p.sheet, p.row, p.column, p.code) for p in preview.problems]


def test_the_good_file_imports(tmp_path):
    preview = read(tmp_path, GOOD)
    assert preview.valid and preview.problems == []
    assert [i.id for s in preview.rubric.sections for i in s.items] == ["late", "rude", "exam"]


def test_a_word_in_a_number_column(tmp_path):
    preview = read(tmp_path, GOOD.replace("考试成绩,10,", "考试成绩,abc,"))
    assert where(preview) == [(ITEMS, 11, "分值 Points", "not_a_number")]
    assert preview.problems[0].args == {"value": "abc"}
    assert "'abc' is not a number" in str(preview.problems[0])
    assert preview.data is None and preview.text == "" and not preview.valid


def test_an_unknown_rule_word(tmp_path):
    preview = read(tmp_path, GOOD.replace(",rude,态度生硬每次扣5分,,5,,",
                                          ",rude,态度生硬,,,清零吧,"))
    assert where(preview) == [(ITEMS, 10, "否决 Veto", "unknown_word")]
    assert preview.problems[0].args["choices"] == "本项清零 / 总分清零 / 最低等级"


def test_a_missing_header_is_named_and_its_rows_are_not_read(tmp_path):
    preview = read(tmp_path, GOOD.replace("考核项目 Section,", "项目名称 Section,"))
    assert where(preview) == [(ITEMS, 8, "考核项目 Section", "missing_column")]


def test_a_duplicate_item_id(tmp_path):
    preview = read(tmp_path, GOOD.replace(",,rude,", ",,late,"))
    assert where(preview) == [(ITEMS, 10, "编号 ID", "duplicate_id")]
    assert preview.problems[0].args == {"id": "late", "first_sheet": ITEMS, "first_row": 9}


def test_points_not_adding_up_to_the_base(tmp_path):
    preview = read(tmp_path, GOOD.replace("基准分 Base,30", "基准分 Base,40"))
    assert where(preview) == [(SETTINGS, 5, "值 Value", "points_sum")]
    assert preview.problems[0].args == {"total": "30", "base": "40"}


def test_an_empty_sheet(tmp_path):
    text = GOOD[:GOOD.index("考核项目 Section")]          # the [评分标准 Items] line, nothing after
    preview = read(tmp_path, text)
    assert where(preview) == [(ITEMS, 7, "", "empty_sheet")]


def test_an_empty_sheet_in_a_workbook(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "设置 Settings"
    for row in (("项目", "值"), ("编号", "demo"), ("名称", "示例"), ("基准分", 30)):
        book.active.append(row)
    book.create_sheet("评分标准 Items")
    book.save(tmp_path / "empty.xlsx")
    preview = preview_rubric_file(tmp_path / "empty.xlsx")
    assert where(preview) == [(ITEMS, 1, "", "empty_sheet")]


def test_a_missing_sheet(tmp_path):
    preview = read(tmp_path, GOOD[GOOD.index("[评分标准"):])
    assert where(preview) == [(SETTINGS, None, "", "missing_sheet")]


def test_two_rules_on_one_row(tmp_path):
    preview = read(tmp_path, GOOD.replace("考试成绩,10,,,100", "考试成绩,10,3,,100"))
    assert where(preview) == [(ITEMS, 11, "评分满分 Rating out of", "two_rules")]
    assert preview.problems[0].args == {"first": "每次扣分 Deduct each",
                                        "second": "评分满分 Rating out of"}


def test_no_rule_on_an_item_row(tmp_path):
    preview = read(tmp_path, GOOD.replace(",,rude,态度生硬每次扣5分,,5,,", ",,rude,态度生硬,,,,"))
    assert where(preview) == [(ITEMS, 10, "每次扣分 Deduct each", "no_rule")]


def test_an_item_before_any_section(tmp_path):
    preview = read(tmp_path, GOOD.replace("服务规范,20,late", ",,late"))
    assert where(preview)[0] == (ITEMS, 9, "考核项目 Section", "section_needed")


def test_an_unknown_setting_and_an_unknown_column_with_data(tmp_path):
    text = GOOD.replace("基准分 Base,30", "基准分 Base,30\n满分线,100").replace(
        "评分满分 Rating out of", "评分满分 Rating out of,扣分上线").replace(",,100\n", ",,100,5\n")
    preview = read(tmp_path, text)
    assert where(preview) == [(SETTINGS, 6, "项目 Key", "unknown_setting"),
                              (ITEMS, 12, "扣分上线", "unknown_column")]


def test_the_engines_own_check_is_mapped_to_the_cell(tmp_path):
    """A deduct item with 分值 is ours; a rating out of 0 is the engine's, found by the line of
    the YAML it would store and mapped back to the row and column."""
    preview = read(tmp_path, GOOD.replace("考试成绩,10,,,100", "考试成绩,10,,,0"))
    assert where(preview) == [(ITEMS, 11, "评分满分 Rating out of", "engine")]
    assert preview.problems[0].message == "must be greater than 0"


def test_a_setting_the_engine_refuses(tmp_path):
    preview = read(tmp_path, GOOD.replace("基准分 Base,30", "基准分 Base,30\n最低分 Floor,50"))
    assert where(preview) == [(SETTINGS, 6, "值 Value", "engine")]
    assert "above max_total 30" in preview.problems[0].message


def test_every_problem_of_the_file_in_one_pass(tmp_path):
    text = (GOOD.replace("考试成绩,10,", "考试成绩,abc,")
                .replace(",,rude,态度生硬每次扣5分,,5,,", ",,late,态度生硬,,5,,")
                .replace("服务规范,20,late,迟到每次扣2分,,2,,", "服务规范,20,late,迟到,,-2,,"))
    preview = read(tmp_path, text)
    assert where(preview) == [(ITEMS, 9, "每次扣分 Deduct each", "engine"),
                              (ITEMS, 10, "编号 ID", "duplicate_id"),
                              (ITEMS, 11, "分值 Points", "not_a_number")]


def test_bands_that_do_not_read_are_refused_not_bent(tmp_path):
    text = GOOD.replace("评分满分 Rating out of", "评分满分 Rating out of,分档 Bands").replace(
        "考试成绩,10,,,100", "考试成绩,10,,,,\"≥90: 10\n≥80: 8\n<70: 0\"")
    preview = read(tmp_path, text)
    assert where(preview) == [(ITEMS, 11, "分档 Bands", "unreadable_rule")]


def test_the_advanced_column_must_be_a_yaml_mapping(tmp_path):
    text = GOOD.replace("评分满分 Rating out of", "评分满分 Rating out of,高级(YAML)").replace(
        "迟到每次扣2分,,2,,", "迟到每次扣2分,,2,,,[cap]").replace(
        "态度生硬每次扣5分,,5,,", "态度生硬每次扣5分,,5,,,\"{text: 另一句}\"")
    preview = read(tmp_path, text)
    assert where(preview) == [(ITEMS, 9, "高级(YAML)", "bad_advanced"),
                              (ITEMS, 10, "高级(YAML)", "advanced_conflict")]


def test_a_grade_line_that_leaves_a_gap(tmp_path):
    text = GOOD + "\n[等级绩效 Grades & pay]\n等级,分数线\n优秀,90-100分\n合格,60-79分\n"
    preview = read(tmp_path, text)
    assert where(preview) == [("等级绩效 Grades & pay", 16, "分数线", "grade_gap")]


def test_a_file_that_is_no_workbook_is_refused_whole(tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_bytes(b"not a zip")
    with pytest.raises(ValueError, match="fake.xlsx: not a readable Excel workbook"):
        preview_rubric_file(path)


def test_nothing_is_stored_from_a_file_with_a_problem(tmp_path, store):
    before = count(store, "rubric_versions")
    preview = read(tmp_path, GOOD.replace("考试成绩,10,", "考试成绩,abc,"))
    with pytest.raises(ValueError, match="nothing can be saved"):
        prepare_save(store, preview)
    assert count(store, "rubric_versions") == before


def test_a_section_repeated_on_each_row_is_one_section_but_not_when_it_comes_back(tmp_path):
    text = GOOD.replace(",,rude,", "服务规范,20,rude,") + "服务规范,,absent,旷工,,10,,\n"
    preview = read(tmp_path, text)
    assert where(preview) == [(ITEMS, 12, "考核项目 Section", "section_again")]
    assert preview.problems[0].args == {"section": "服务规范", "first_row": 9}


def test_a_section_repeated_with_other_points(tmp_path):
    preview = read(tmp_path, GOOD.replace(",,rude,", "服务规范,25,rude,"))
    assert where(preview) == [(ITEMS, 10, "项目分值 Section points", "section_conflict")]
