"""Makes ob-satisfaction-table.xlsx: the 2011年OB满意度考核方案 of
docs/seeds/003_bcba6e96c3413e5f.txt (lines 281–346) typed into the rubric template as a clerk
would in Excel — zh headers only, the second section's name and points in merged cells,
"扣3分/个" as the seed prints it.

    python tests/samples/tables/make_ob_satisfaction.py

The workbook is checked in; this script says exactly what was typed into it."""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment

HERE = Path(__file__).resolve().parent

SETTINGS = [
    ("项目", "值"),
    ("编号", "ob-satisfaction-table"),
    ("名称", "2011年OB满意度考核方案"),
    ("岗位", "OB客户服务代表"),
    ("考核周期", "月度"),
    ("基准分", 10),
    ("说明", "考核权重:占月度绩效评估的5%。形式一,针对成功评价的——提取报表统计平台"
             "月度数据;形式二,针对未评价的——质检抽检(占监听总量的30%)。"),
]
ITEMS_HEAD = ("考核项目", "项目分值", "计分方式", "考核标准", "分值", "每次扣分", "调查",
              "检查方法")
ITEMS = [
    ("满意度评价成绩", 5, "得分制",
     "计算公式:(a*1分+b*2分+c*3分+d*4分+e*5分)/(a+b+c+d+e)即,当月满意度评价的总分/月满意度评价"
     "资料总量=月满意度成绩。", 5, None, "5分=100; 4分=80; 3分=60; 2分=40; 1分=20",
     "报表统计平台提取月度数据"),
    ("满意度评价(OB质检考核表)", 5, "扣分制",
     "监听确认无特殊情况,却未向客户提出满意度评价需求,此项5分全扣", None, 5, None,
     "质检员在系统中专门抽取满意度未评价的消费者资料,进行监听"),
    (None, None, None, "系统分值与客户评价分值不符的、客户评价没有填写的,扣3分/个", None,
     "3分/个", None, None),
]


def make(path=HERE / "ob-satisfaction-table.xlsx"):
    book = Workbook()
    settings = book.active
    settings.title = "设置"
    for row in SETTINGS:
        settings.append(row)
    items = book.create_sheet("评分标准")
    items.append(ITEMS_HEAD)
    for row in ITEMS:
        items.append(row)
    for column in "ABC":                      # the section's cells span its two items
        items.merge_cells(f"{column}3:{column}4")
    for row in items.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    book.properties.creator = "HR"
    book.save(path)
    return path


if __name__ == "__main__":
    print(make())
