"""The rubric template's sheets, columns and settings, each named in Chinese and English.

A header (or sheet name, or setting) is recognised by its Chinese name, its English name, both
("考核项目 Section"), or one of its aliases, without regard to case, spaces or full-width
brackets. docs/rubric-template.md describes every one of them for the people who fill them in.
"""

import re
from dataclasses import dataclass


def norm(text):
    """A header as compared: no spaces, lower case, ASCII brackets and colons."""
    text = str(text or "").translate(str.maketrans("（）：，", "():,"))
    return re.sub(r"\s+", "", text).lower()


@dataclass(frozen=True)
class Name:
    key: str
    zh: str
    en: str
    aliases: tuple = ()
    help: str = ""          # one line for the 说明 sheet and the settings' note column

    @property
    def header(self):
        return f"{self.zh} {self.en}"

    def names(self):
        return {norm(n) for n in (self.zh, self.en, self.zh + self.en, *self.aliases)}


def lookup(names):
    """{normalised name → Name} for a list of Names (a name used twice is a bug, said here)."""
    found = {}
    for entry in names:
        for name in entry.names():
            if name in found and found[name] is not entry:
                raise AssertionError(f"{name!r} names both {found[name].key} and {entry.key}")
            found[name] = entry
    return found


# --- sheets (in CSV: blocks headed by a line "[设置 Settings]" …) ---------------------------

SETTINGS = Name("settings", "设置", "Settings", ("基本信息",))
ITEMS = Name("items", "评分标准", "Items", ("考核评分标准", "考核项目", "items"))
FORM_ITEMS = Name("form_items", "加分扣分否决", "Form items",
                  ("加分扣分与否决", "bonuses,deductions,vetoes", "加分扣分", "加减分"))
GRADES = Name("grades", "等级绩效", "Grades & pay",
              ("等级", "grades", "等级与绩效", "gradesandpay"))
README = Name("readme", "说明", "Read me", ("readme", "使用说明"))
SHEETS = (SETTINGS, ITEMS, FORM_ITEMS, GRADES, README)
SHEET_NAMES = lookup(SHEETS)

# --- the items sheets ---------------------------------------------------------------------
# Section columns (the items sheet only): a row that fills one of them starts or continues a
# section.
SECTION_COLUMNS = (
    Name("section_id", "节编号", "Section ID", (),
         "节的编号(小写字母、数字和-);空着则自动编为 s1、s2… · lowercase letters, digits "
         "and -; blank: s1, s2 …"),
    Name("section", "考核项目", "Section", ("项目", "考核维度", "指标类别"),
         "节的名称;同一节的后续行可空着或重复 · the section's name; blank or repeated below"),
    Name("section_points", "项目分值", "Section points", ("节分值",),
         "节的分值,各节相加等于基准分 · the section's points, adding up to the base"),
    Name("weight", "权重", "Weight %", ("权重(%)", "权重%", "比重"),
         "节的权重(%),各节相加等于100 · the section's weight in %, adding up to 100"),
    Name("start", "计分方式", "Scoring", ("起算",),
         "扣分制(从满分扣)或得分制(从0得分);空着按项目自动 · 扣分制 (from full) or "
         "得分制 (from 0)"),
)
# Item columns, in the template's order. The rule columns each make one kind of item.
ITEM_COLUMNS = (
    Name("id", "编号", "ID", ("项目编号", "itemid"),
         "项目编号;空着则自动编为 s1-1、s1-2… · blank: s1-1, s1-2 …"),
    Name("name", "名称", "Name", ("指标名称", "简称"),
         "简短名称,用于扣分理由 · a short label used in the reasons"),
    Name("name_en", "名称(英文)", "Name (English)"),
    Name("text", "考核标准", "Standard",
         ("扣分标准", "评分标准", "考核内容", "考核内容及标准", "考核要求", "详细描述"),
         "考核标准原文 · the rule as printed"),
    Name("text_en", "考核标准(英文)", "Standard (English)"),
    Name("points", "分值", "Points", ("标准分值", "满分"),
         "得分类项目的分值(评分、是否、线性、分档、调查、团队) · points of an earning item"),
    Name("deduct", "每次扣分", "Deduct each", ("扣分", "每次扣"),
         "每次扣N分,或 5-20 由考评人在范围内定 · N per occurrence, or a range 5-20"),
    Name("add", "每次加分", "Add each", ("加分", "每次加"),
         "每次加N分或范围(只在加分扣分否决表) · N or a range (form items only)"),
    Name("severe_x", "严重加倍", "Severe ×", ("严重倍数",),
         "情节严重时 ×N · severe occurrences ×N"),
    Name("cap", "上限", "Cap", ("封顶", "扣分上限", "最多"),
         "本项最多扣(加)N分 · at most N in all"),
    Name("until_zero", "扣完为止", "Until used up", (),
         "是:本项最多扣到其分值为止(填分值) · yes: deduct at most the row's 分值"),
    Name("veto", "否决", "Veto", ("一票否决",), "本项清零 / 总分清零 / 最低等级 · section / form / "
                                           "lowest_grade"),
    Name("check", "是否项", "Yes/no", ("达标项",), "是:做到得分值,否则0分 · yes: points or 0"),
    Name("rating", "评分满分", "Rating out of", ("评分",),
         "按 得分/N × 分值 计 · value / N × points"),
    Name("zero_at", "零分点", "Zero at", ("不得分点",),
         "线性:此值得0分 · linear: 0 points at this value"),
    Name("full_at", "满分点", "Full at", ("得满分点",),
         "线性:此值得满分 · linear: full points here"),
    Name("bands", "分档", "Bands", ("分档标准", "档次"),
         "每行一档:≥95: 100 / ≤30: 100 / 其他: 0;满分 = 分值 · one band a line"),
    Name("scale", "分档满分", "Band scale", ("scale",),
         "分档得分的满分(如100),再按分值折算 · band scores out of this, scaled to the points"),
    Name("shortfall", "未达目标扣分", "Shortfall", ("差额扣分",),
         "目标 3, 每少1扣 2 · target 3, per 2"),
    Name("survey", "调查", "Survey", ("满意度调查", "问卷"),
         "各答案得分:很好=100; 一般=75; 不好=25 · each answer's score (0–100)"),
    Name("derived", "团队数据", "Team figure", ("团队",),
         "团队均分 / 团队名次 / 团队数值 ID / 团队项目均分 ID,可加 ×1.2 · from the team's "
         "results"),
    Name("ratio", "比值", "Ratio", (), "是:数值可填 分子/分母 · yes: the value may be num/den"),
    Name("relative_to", "对比团队均值", "Relative to team mean", ("对比均值",),
         "是:数值先除以团队均值 · yes: divided by the team mean first"),
    Name("approval", "需审批", "Needs approval", ("审批",), "是:每次都需复核人批准 · yes: always"),
    Name("unit", "单位", "Unit", (), "数值的单位,如 % 秒 条 · shown after values"),
    Name("method", "检查方法", "Method", ("考核方法", "数据来源", "检查方式"),
         "检查方法 / 数据来源"),
    Name("method_en", "检查方法(英文)", "Method (English)"),
    Name("source", "来源", "Source", ("原文",), "出处原文 · the passage it comes from"),
    Name("notes", "备注", "Notes", ("说明",), "备注 · notes"),
    Name("notes_en", "备注(英文)", "Notes (English)"),
    Name("advanced", "高级(YAML)", "Advanced (YAML)", ("高级", "advanced"),
         "其他栏表达不了的规则,YAML 写法 · any other rule keys as a YAML mapping"),
)
# Columns of the printed forms the seeds' tables carry; read past without complaint.
IGNORED_COLUMNS = {norm(n) for n in ("序号", "No.", "No", "得分", "Score", "实得分", "加权得分",
                                     "Weighted score", "数据", "考核得分")}
RULE_KEYS = ("deduct", "add", "veto", "check", "rating", "zero_at", "bands", "shortfall",
             "survey", "derived")
# Columns that make a row an item (the others, on a row of section columns alone, describe
# the section: its English name, method, source, notes).
ITEM_ONLY = ("id", "name", "text", "text_en", "points", "deduct", "add", "severe_x", "cap",
             "until_zero", "veto", "check", "rating", "zero_at", "full_at", "bands", "scale",
             "shortfall", "survey", "derived", "ratio", "relative_to", "approval", "unit")
SECTION_EXTRA = ("name_en", "method", "method_en", "source", "notes", "notes_en", "advanced")
ITEMS_REQUIRED = (("section",), ("name", "text"))       # each: one of these columns
FORM_REQUIRED = (("name", "text"),)

# --- the grades and pay sheet -------------------------------------------------------------
GRADE_COLUMNS = (
    Name("min", "分数线", "From", ("分数段", "分数", "总分"),
         "90 / ≥90 / 90-100 / 低于60"),
    Name("label", "等级", "Grade", ("等级名称",)),
    Name("label_en", "等级(英文)", "Grade (English)"),
    Name("percent", "绩效比例", "Pay %", ("绩效工资比例", "绩效%", "绩效比例%"),
         "得绩效工资的百分比"),
)
GRADES_REQUIRED = (("min",), ("label", "percent"))

# --- the settings sheet: key/value rows ---------------------------------------------------
SETTING_COLUMNS = (
    Name("key", "项目", "Key", ("设置", "setting")),
    Name("value", "值", "Value", ("内容",)),
    Name("note", "说明", "Note", ("备注",)),
)
SETTINGS_REQUIRED = (("key",), ("value",))
# key → its Name; the key is the rubric's key, or a dotted path for a nested one
SETTINGS_KEYS = (
    Name("id", "编号", "ID", ("id",), "小写字母、数字和- · lowercase letters, digits and -"),
    Name("name", "名称", "Name", ("标准名称",), "印在考核表上的标题 · the title on the form"),
    Name("name_en", "名称(英文)", "Name (English)", ("name_en",)),
    Name("version", "版本", "Version", ("version",), "整数,从1起 · a whole number from 1"),
    Name("post", "岗位", "Post", ("post",),
         "适用岗位,多个用、分开 · posts, separated by 、"),
    Name("post_en", "岗位(英文)", "Post (English)", ("post_en",)),
    Name("period", "考核周期", "Period", ("周期", "period"), "月度 / 季度 / 年度"),
    Name("base", "基准分", "Base", ("标准分", "base"),
         "各节分值之和 · the sections' points add up to it"),
    Name("max_total", "最高分", "Max total", ("max_total",), "空着 = 基准分 · blank: the base"),
    Name("floor", "最低分", "Floor", ("floor",), "空着 = 0 · blank: 0"),
    Name("approval.bonus_over", "加分审批线", "Approve bonus over", ("bonus_over",),
         "一次加分超过此数需审批 · a bonus above this needs approval"),
    Name("approval.deduction_over", "扣分审批线", "Approve deduction over", ("deduction_over",),
         "一次扣分超过此数需审批 · a deduction above this needs approval"),
    Name("pay.amount", "绩效工资基数", "Pay amount", ("绩效工资", "pay_amount"),
         "绩效工资总额 · the performance pay amount"),
    Name("pay.proportional", "绩效按比例", "Pay proportional", ("proportional",),
         "是:比例 = 总分 ÷ 基准分 · yes: percent = total × 100 / base"),
    Name("pay.deduct_below.total", "扣钱分数线", "Pay deduct below", ("deduct_below",),
         "低于此总分每少1分扣钱 · below this total, money off per point"),
    Name("pay.deduct_below.per_point", "每少1分扣钱", "Pay per point", ("per_point",)),
    Name("stars.shares", "星级比例", "Star shares", ("shares",),
         "强制分布,最好的一档在前,相加100 · best class first, adding up to 100"),
    Name("stars.exclude", "星级不参评", "Star exclude", ("exclude",), "如 probation"),
    Name("team_average_cap", "团队均分上限", "Team average cap", ("team_average_cap",)),
    Name("notes", "说明", "Notes", ("notes",)),
    Name("notes_en", "说明(英文)", "Notes (English)", ("notes_en",)),
    Name("description", "描述", "Description", ("description",)),
    Name("description_en", "描述(英文)", "Description (English)", ("description_en",)),
    Name("source", "来源", "Source", ("source",)),
    Name("source_en", "来源(英文)", "Source (English)", ("source_en",)),
    Name("method", "检查方法", "Method", ("method",)),
    Name("method_en", "检查方法(英文)", "Method (English)", ("method_en",)),
    Name("advanced", "高级(YAML)", "Advanced (YAML)", ("高级", "advanced"),
         "其他设置,YAML 写法,如 {consequences: [...]} · any other keys as a YAML mapping"),
)
SETTING_NAMES = lookup(SETTINGS_KEYS)
REQUIRED_SETTINGS = ("id", "name", "base")

# --- words --------------------------------------------------------------------------------
YES = {"是", "yes", "y", "true", "√", "✓", "✔", "1", "对"}
NO = {"否", "no", "n", "false", "×", "0", "不"}
VETO_WORDS = {
    "section": ("本项清零", "本项目清零", "本节清零", "本项", "section"),
    "form": ("总分清零", "总分为零", "全部分数清零", "form"),
    "lowest_grade": ("最低等级", "定为最低等级", "lowest_grade", "lowestgrade"),
}
PERIOD_WORDS = {
    "month": ("月", "月度", "每月", "month", "monthly"),
    "quarter": ("季", "季度", "每季度", "quarter", "quarterly"),
    "year": ("年", "年度", "每年", "year", "yearly"),
}
START_WORDS = {
    "full": ("扣分制", "满分起扣", "从满分扣", "full"),
    "empty": ("得分制", "从零得分", "从0得分", "empty"),
}
DERIVED_WORDS = {
    "team_mean_total": ("团队均分", "团队平均分", "team_mean_total"),
    "team_rank": ("团队名次", "团队排名", "team_rank"),
    "team_mean_item": ("团队项目均分", "team_mean_item"),
    "team_value": ("团队数值", "team_value"),
}
# The words the writer uses (the first of each list).
VETO_WRITE = {k: v[0] for k, v in VETO_WORDS.items()}
PERIOD_WRITE = {"month": "月度", "quarter": "季度", "year": "年度"}
START_WRITE = {k: v[0] for k, v in START_WORDS.items()}
DERIVED_WRITE = {k: v[0] for k, v in DERIVED_WORDS.items()}


def word_table(words):
    """{normalised word → value} for a {value: (words…)} table."""
    return {norm(word): value for value, names in words.items() for word in names}
