"""One line stating an item's rule, in Chinese and English: the form's 考核标准 column.

Written from the parsed rule (not the rubric's prose), so the printed form states exactly what
the engine computed. Numbers keep their digits (0.975 stays 0.975).
"""

from decimal import Decimal

HUNDRED = Decimal(100)
SCOPE = {"section": ("本节0分", "section scores 0"), "form": ("总分0分", "total 0"),
         "lowest_grade": ("最低等级", "lowest grade")}
SOURCE = {"team_mean_total": ("团队成员平均总分", "team members' mean total"),
          "team_rank": ("团队排名", "team rank"),
          "team_mean_item": ("团队成员平均得分", "team members' mean score"),
          "team_value": ("团队数值", "team figure")}


def number(value):
    text = format(Decimal(value), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def value_text(item, value):
    """A number of this item with its unit; ratios (and team rates) are fractions on the
    rubric and percentages on the form."""
    if item.unit == "%" and (item.ratio or item.kind == "derived"):
        return f"{number(Decimal(value) * HUNDRED)}%"
    unit = item.unit or ""
    if unit.isascii() and unit.isalpha():  # 143 s, but 143秒 and 93.5%
        return f"{number(value)} {unit}"
    return f"{number(value)}{unit}"


def standard(item):
    """(zh, en) one-line rule of `item`."""
    zh, en = _KINDS[item.kind](item)
    if item.relative_to == "team_mean":
        zh, en = f"数值÷团队均值后: {zh}", f"value ÷ team mean, then {en}"
    return zh, en


def _amount(item):
    low, high = item.spec.low, item.spec.high
    amount = number(low) if low == high else f"{number(low)}–{number(high)}"
    if item.kind == "add":
        zh, en = f"每次加{amount}分", f"+{amount} each"
    else:
        zh, en = f"每次扣{amount}分", f"−{amount} each"
    if item.severe_x is not None:
        zh, en = zh + f", 严重×{number(item.severe_x)}", en + f", severe ×{number(item.severe_x)}"
    if item.cap is not None:
        zh, en = zh + f", 最多{number(item.cap)}分", en + f", at most {number(item.cap)}"
    if item.always_approve:
        zh, en = zh + ", 须审批", en + ", needs approval"
    return zh, en


def _veto(item):
    zh, en = SCOPE[item.spec]
    return f"一票否决: {zh}", f"veto: {en}"


def _shortfall(item):
    target, per = item.spec
    zh = f"目标{value_text(item, target)}, 每少1扣{number(per)}分"
    en = f"target {value_text(item, target)}, −{number(per)} per unit short"
    if item.cap is not None:
        zh, en = zh + f", 最多{number(item.cap)}分", en + f", at most {number(item.cap)}"
    return zh, en


def _check(item):
    points = number(item.points)
    return f"达标{points}分, 否则0分", f"{points} pts if met, else 0"


def _rating(item):
    top, points = number(item.spec), number(item.points)
    return f"评分0–{top}, 折合{points}分", f"rated 0–{top}, scaled to {points} pts"


def _linear(item, spec=None):
    zero_at, full_at = spec or item.spec
    points = number(item.points)
    low, high = value_text(item, zero_at), value_text(item, full_at)
    return (f"{low}得0分, {high}得{points}分, 之间线性",
            f"{low} → 0, {high} → {points} pts, linear between")


def _bands(item, spec=None):
    rows, lower_better = spec or item.spec
    zh, en = [], []
    for row in rows:
        score = number(row.score)
        if row.min is not None:
            zh.append(f"≥{value_text(item, row.min)} {score}")
            en.append(f"≥ {value_text(item, row.min)}: {score}")
        elif row.max is not None:
            zh.append(f"≤{value_text(item, row.max)} {score}")
            en.append(f"≤ {value_text(item, row.max)}: {score}")
        else:
            zh.append(f"其余 {score}")
            en.append(f"else {score}")
    zh, en = "; ".join(zh), "; ".join(en)
    if item.scale is not None:
        points, scale = number(item.points), number(item.scale)
        zh, en = zh + f" (满分{scale}折合{points}分)", en + f" (of {scale}, scaled to {points} pts)"
    return zh, en


def _survey(item):
    answers = ", ".join(f"{answer}={number(score)}" for answer, score in item.spec.items())
    points = number(item.points)
    return (f"回访均分×{points}/100 ({answers})",
            f"mean answer score × {points}/100 ({answers})")


def _derived(item):
    spec = item.spec
    zh, en = SOURCE[spec.source]
    if spec.item:
        zh, en = f"{zh}({spec.item})", f"{en} ({spec.item})"
    if spec.factor != 1:
        zh, en = zh + f"×{number(spec.factor)}", en + f" × {number(spec.factor)}"
    if spec.rule is None:
        scale, points = number(item.scale or HUNDRED), number(item.points)
        rule_zh, rule_en = f"×{points}/{scale}", f"× {points}/{scale}"
    elif spec.rule[0] == "linear":
        rule_zh, rule_en = _linear(item, spec.rule[1])
    else:
        rule_zh, rule_en = _bands(item, spec.rule[1])
    zh, en = f"{zh}: {rule_zh}", f"{en}: {rule_en}"
    if spec.require_mean_min is not None:
        gate = number(spec.require_mean_min)
        zh, en = zh + f" (团队均分≥{gate}才计分)", en + f" (only if the team mean ≥ {gate})"
    return zh, en


_KINDS = {"deduct": _amount, "add": _amount, "veto": _veto, "shortfall": _shortfall,
          "check": _check, "rating": _rating, "linear": _linear, "bands": _bands,
          "survey": _survey, "derived": _derived}
