"""The printed form: what it says, how it flows over pages, that Chinese really renders."""

import os
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest

from reports import fonts
from reports.pdf_form import render_form
from tests import form_samples as fs
from tests.form_samples import pdf_pages, pdf_text, poppler

REFERENCE = Path(__file__).parent / "reference" / "form-page1-r50.png"
# Mean absolute difference (0–255 grey levels) a re-render of page 1 may show against the
# reference: anti-aliasing differences between poppler builds stay well below it; different
# text, a missing font or a blank page go far above it.
TOLERANCE = 2.5


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """Every sample printed once, in Chinese: {name: path}."""
    folder = tmp_path_factory.mktemp("forms")
    samples = {"norms": fs.service_norms(), "kpi": fs.ecommerce_kpi(), "veto": fs.veto(),
               "agent": fs.agent_monthly(), "long": fs.long_form()}
    paths = {}
    for name, document in samples.items():
        paths[name] = folder / f"{name}.pdf"
        render_form(document, paths[name])
    return paths


def squash(text):
    """Text with all whitespace removed (table cells wrap Chinese lines anywhere)."""
    return "".join(text.split())


def test_form_states_employee_items_deductions_total_and_signatures(printed):
    text = pdf_text(printed["norms"])
    flat = squash(text)
    for expected in ("客服中心服务规范考核条例及评分标准", "客户服务中心", "2026-11-01",
                     "2026-11-30", "张三", "A001", "客户服务代表", "一班", "李班长", "王主任"):
        assert expected in flat, expected
    for column in ("序号", "项目", "考核标准", "扣分原因", "扣分", "得分"):
        assert column in text
    assert "检查方法" not in text       # no item or section of this rubric has a check method
    # every item line carries the engine's reason; incident notes are printed with their date
    assert "命令语气或不耐烦 ×1 → −10" in text
    assert "提前挂机或与邻座交谈×2(1严重×2)→−18" in flat
    assert "11-20 14:48 (严重) 与邻座交谈,客户投诉" in text
    assert "工单表述不完整或错误×2→−10" in flat
    assert "拒报或错报工号: 无" in text
    assert "本次考核总得分" in text and "24.00 / 100" in text
    # the three signature boxes with the signing dates
    for day in ("2026-12-01", "2026-12-02", "2026-12-03"):
        assert f"日期: {day}" in text
    assert "考核人" in text and "被考核人" in text and "复核人" in text


def test_kpi_lines_show_measured_values_weights_bonus_and_pay(printed):
    flat = squash(pdf_text(printed["kpi"]))
    assert "询单转化率140/200=70%→80分" in flat
    assert "旺旺响应率45s→80分" in flat
    assert "权重35%" in flat
    assert "客户关系管理经验×2→+2" in flat and "+2" in flat
    assert "88.50/100" in flat
    assert "绩效工资88.5%·663.75元" in flat
    assert "王晓燕" in flat and "E207" in flat


def test_veto_is_marked_and_zeroes_its_section(printed):
    text = pdf_text(printed["veto"], layout=True)
    assert "否决: 隐瞒不报 ×1 → 本节 0 分" in text
    assert "否决" in squash(text)
    row = next(line for line in text.splitlines() if "现场监控及故障处理" in line)
    assert row.split()[-2:] == ["3", "0"]          # lost 3 of 3, scores 0
    # a draft: nobody signed yet, and the footer says it is not frozen
    assert "签字:" in text and "日期: 2026" not in text
    assert "草稿 (未冻结)" in text


def test_bonuses_na_ranges_grade_and_stars(printed):
    flat = squash(pdf_text(printed["agent"]))
    assert "客户来电表扬×2[2/3]→+5" in flat
    assert "文本成绩:不适用" in flat and "不适用" in flat
    assert "加分+8.5" in flat and "扣分−17" in flat
    assert "星级★★★☆☆" in flat
    long_flat = squash(pdf_text(printed["long"]))
    assert "等级不合格" in long_flat


def test_page_x_of_y_and_footer_on_every_page(printed):
    document = fs.service_norms()
    pages = pdf_pages(printed["norms"])
    assert pages == 2
    for page in range(1, pages + 1):
        text = pdf_text(printed["norms"], page)
        assert f"第 {page} 页 / 共 {pages} 页" in text
        assert f"表单 #{document['form_id']} · 第 1 版" in text
        assert document["sha256"] in text


def test_sixty_items_flow_over_pages_with_the_header_repeated(printed):
    pages = pdf_pages(printed["long"])
    assert pages >= 4
    for page in range(1, pages + 1):
        text = pdf_text(printed["long"], page)
        header = next((line for line in text.splitlines() if "扣分原因" in line), "")
        columns = ("序号", "项目", "考核标准", "检查方法", "扣分", "得分")
        assert all(c in header for c in columns), page
        assert f"第 {page} 页 / 共 {pages} 页" in text
    flat = squash(pdf_text(printed["long"]))
    for n in range(1, 61):
        assert f"i{n:02d}" not in flat            # names are printed, never raw ids
    assert "培训考核第10条" in flat and "仪容仪表第1条" in flat
    assert flat.index("仪容仪表第1条") < flat.index("培训考核第10条")


def test_english_labels():
    out = BytesIO()
    render_form(fs.ecommerce_kpi(), out, language="en")
    path = Path(os.environ.get("TMPDIR", "/tmp")) / f"en-{os.getpid()}.pdf"
    path.write_bytes(out.getvalue())
    try:
        text = pdf_text(path)
    finally:
        path.unlink()
    for label in ("Item (points)", "Check method", "Reason", "Total score", "Performance pay",
                  "Page 1 of 2", "Enquiry-to-payment conversion", "weight 35%", "Signatures"):
        assert label in text, label
    assert "ConversionrateX140/200=70%→80pts" in squash(text)


def test_the_minimum_document_prints(tmp_path):
    """A result that is exactly Result.to_json() (no per-item extras) still prints every
    item, named from the rubric frozen in the document."""
    document = fs.service_norms(bare=True)
    render_form(document, tmp_path / "bare.pdf")
    text = pdf_text(tmp_path / "bare.pdf")
    assert "命令语气或不耐烦" in text and "24.00 / 100" in text


def test_chinese_glyphs_are_embedded_truetype(printed):
    listing = subprocess.run([poppler("pdffonts"), str(printed["norms"])], check=True,
                             capture_output=True, text=True).stdout.splitlines()[2:]
    assert listing, "no fonts"
    for line in listing:                 # only the CJK TrueType, embedded and subset
        assert "WenQuanYi" in line or "Hei" in line or "Song" in line, line
        assert " yes yes yes " in line, line


def _raster(pdf, folder, name, page=1):
    out = folder / name
    subprocess.run([poppler("pdftoppm"), "-r", "50", "-png", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(out)], check=True)
    return out.with_suffix(".png")


def _difference(a, b):
    from PIL import Image, ImageChops, ImageStat

    first, second = Image.open(a).convert("L"), Image.open(b).convert("L")
    assert first.size == second.size
    return ImageStat.Stat(ImageChops.difference(first, second)).mean[0]


def test_page_one_renders_like_the_reference(printed, tmp_path):
    """Rasterised page 1 matches the committed reference (the Chinese glyphs are there) within
    a tolerance; a different form is told apart. APPRAISAL_DESK_UPDATE_REFERENCE=1 rewrites
    the reference after a deliberate layout change (look at it before committing)."""
    from PIL import Image, ImageStat

    page = _raster(printed["norms"], tmp_path, "page1")
    if os.environ.get("APPRAISAL_DESK_UPDATE_REFERENCE"):
        REFERENCE.parent.mkdir(exist_ok=True)
        Image.open(page).convert("L").save(REFERENCE, optimize=True)
    grey = Image.open(page).convert("L")
    assert ImageStat.Stat(grey).mean[0] < 245          # not a blank page
    title = grey.crop((100, 15, 315, 45))               # the title line: 客服中心服务规范…
    assert ImageStat.Stat(title).extrema[0][0] < 80     # dark glyph strokes are drawn there
    assert _difference(page, REFERENCE) < TOLERANCE
    other = _raster(printed["kpi"], tmp_path, "other")
    assert _difference(other, REFERENCE) > 2 * TOLERANCE


def test_no_font_is_a_clear_error_not_empty_boxes(monkeypatch, tmp_path):
    cff = tmp_path / "NotoSansCJK-Regular.otf"
    cff.write_bytes(b"OTTO" + b"\0" * 64)            # an OpenType/CFF header
    latin_only = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")   # no Chinese
    for value in (str(tmp_path / "missing.ttc"), str(cff),
                  *([str(latin_only)] if latin_only.is_file() else [])):
        monkeypatch.setenv(fonts.FONT_ENV, value)
        fonts._forget()
        with pytest.raises(fonts.FontError, match="fonts-wqy-microhei") as error:
            render_form(fs.service_norms(), tmp_path / "x.pdf")
        assert value in str(error.value)
        assert not (tmp_path / "x.pdf").exists()
    monkeypatch.delenv(fonts.FONT_ENV)
    fonts._forget()
    assert fonts.cjk_font() == fonts.FONT_NAME


def test_symbols_the_font_lacks_get_stand_ins():
    fonts.cjk_font()
    assert fonts.printable("考试 ✓ → 5分") == "考试 ✓ → 5分"
    assert fonts.printable("考试 ✗ → 0分") == "考试 ✘ → 0分"     # WenQuanYi has no ✗


def test_a_row_taller_than_a_page_still_prints(tmp_path):
    document = fs.service_norms()
    note = "客户多次来电反映同一问题,坐席未按规范登记,造成重复派单。" * 3
    document["incidents"] += [{"item_id": "command-tone", "at": f"2026-11-{d:02d}T09:00",
                               "count": 1, "severe": False, "amount": None, "note": note,
                               "by": "李班长"} for d in range(1, 29)]
    document["result"]["items"][0]["text"] = "对客户使用命令语气。" * 160
    render_form(document, tmp_path / "tall.pdf")
    text = squash(pdf_text(tmp_path / "tall.pdf"))
    assert "(续)" in text                                # continued on rows of its own
    assert text.count("11-2809:00") == 1 and text.count("造成重复派单") == 28 * 3
    assert text.count("对客户使用命令语气。") == 160      # nothing is cut off
    assert "24.00/100" in text


def test_signatures_from_strokes_or_png_or_neither(tmp_path):
    """Strokes print as vector lines; without them the PNG; an unreadable PNG (and no
    strokes) leaves the box empty but keeps the name and the date."""
    from PIL import Image, ImageStat

    boxes = {}
    for case in ("strokes", "png", "broken"):
        document = fs.service_norms()
        for signature in document["signatures"]:
            if case != "strokes":
                signature["strokes"] = []
            if case == "broken":
                signature["png_base64"] = "iVBORw0KGgoAAAAAAAAAAA=="   # a PNG header only
        render_form(document, tmp_path / f"{case}.pdf")
        assert "日期:2026-12-03" in squash(pdf_text(tmp_path / f"{case}.pdf"))
        page = _raster(tmp_path / f"{case}.pdf", tmp_path, case, page=2)
        grey = Image.open(page).convert("L")
        box = grey.crop((30, 0, 380, grey.height))
        boxes[case] = ImageStat.Stat(box).mean[0]
    assert boxes["strokes"] < boxes["broken"] and boxes["png"] < boxes["broken"]


def test_metadata_names_the_form(printed):
    from reports.pdf_meta import parse_keywords

    info = subprocess.run([poppler("pdfinfo"), str(printed["norms"])], check=True,
                          capture_output=True, text=True).stdout
    keywords = next(line for line in info.splitlines() if line.startswith("Keywords:"))
    document = fs.service_norms()
    assert parse_keywords(keywords) == (12, 1, document["sha256"])
    assert "张三 2026-11" in info


def test_importing_reports_loads_no_heavy_library():
    """Start-up speed: reportlab, pyHanko and the engine load only when a PDF is made."""
    code = ("import sys, reports.pdf_form, reports.pdf_sign, reports.batch, reports.cli; "
            "print([m for m in ('reportlab', 'pyhanko', 'cryptography', 'PIL', 'yaml', "
            "'scoring', 'models') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.strip() == "[]"
