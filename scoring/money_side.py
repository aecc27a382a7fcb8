"""The money side of one form (`evaluate_money`) and of a ranked employee (`team_money`).

(Not `scoring/money.py`: that name would shadow `scoring.money`, the rounding function.)

Rounding rule (docs/rubric-format.md §9): every line's amount is rounded to 0.01 (fen), half
up, when it is computed; a form's money is the sum of its rounded lines, so the printed lines
always add up to the printed total. A `factor` line multiplies that running sum and shows the
change as its amount. The form's cap and floor apply to the sum; star wages, streak rewards and
team lines are added after them (they depend on the other employees' results).
Lines read the form's total as printed (0.01), as grades and pay tables do.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from scoring.money_rules import Steps
from scoring.result import money, show
from scoring.sheet import Ratio

ZERO = Decimal(0)
THOUSAND = Decimal(1000)


@dataclass
class LineResult:
    id: str
    kind: str
    name: str
    name_en: str
    amount: Decimal                 # signed, in fen: + earned, − taken off
    why: str
    why_en: str
    missing: bool = False           # a number line without its number: counts 0
    na: bool = False
    flag: str | None = None         # e.g. 开除 (a fine's steps ran out)
    flag_en: str | None = None
    from_team: bool = False         # a team_mean line left to the period's results

    def to_json(self):
        data = {"id": self.id, "kind": self.kind, "name": self.name, "name_en": self.name_en,
                "amount": f"{money(self.amount)}", "why": self.why, "why_en": self.why_en}
        for key in ("missing", "na", "from_team"):
            if getattr(self, key):
                data[key] = True
        if self.flag:
            data.update(flag=self.flag, flag_en=self.flag_en or self.flag)
        return data


@dataclass
class MoneyResult:
    currency: str
    currency_en: str
    pay: Decimal | None             # the rubric's pay amount (its `pay` block), rounded
    lines: list
    subtotal: Decimal               # pay + Σ lines
    total: Decimal                  # the subtotal within the cap and floor
    cap: Decimal | None = None
    floor: Decimal | None = None
    star_wages: dict = field(default_factory=dict)

    @property
    def capped(self):
        return self.cap is not None and self.subtotal > self.cap

    @property
    def floored(self):
        return self.floor is not None and self.subtotal < self.floor

    @property
    def missing(self):
        return [line.id for line in self.lines if line.missing]

    @property
    def flags(self):
        return [(line.flag, line.flag_en or line.flag) for line in self.lines if line.flag]

    def to_json(self):
        data = {"currency": self.currency, "currency_en": self.currency_en,
                "pay": None if self.pay is None else f"{money(self.pay)}",
                "lines": [line.to_json() for line in self.lines],
                "subtotal": f"{money(self.subtotal)}", "total": f"{money(self.total)}",
                "cap": None if self.cap is None else f"{money(self.cap)}",
                "floor": None if self.floor is None else f"{money(self.floor)}",
                "capped": self.capped, "floored": self.floored, "missing": self.missing,
                "flags": [{"label": zh, "label_en": en} for zh, en in self.flags]}
        if self.star_wages:
            data["star_wages"] = {str(k): f"{money(v)}" for k, v in self.star_wages.items()}
        return data


def evaluate_money(rubric, sheet, result):
    """The form's money (a MoneyResult), or None when the rubric has no `money:` block."""
    rule = rubric.money
    if rule is None:
        return None
    pay = None
    if result.pay is not None and result.pay.get("amount") is not None:
        pay = money(result.pay["amount"])
    running = pay if pay is not None else ZERO
    lines = []
    for line in rule.lines:
        found = _line(line, rubric, sheet, result, running)
        lines.append(found)
        running += found.amount
    total = running
    if rule.cap is not None:
        total = min(total, rule.cap)
    if rule.floor is not None:
        total = max(total, rule.floor)
    return MoneyResult(currency=rule.currency, currency_en=rule.currency_en, pay=pay,
                       lines=lines, subtotal=running, total=total, cap=rule.cap,
                       floor=rule.floor, star_wages=dict(rule.star_wages))


def _names(line):
    return line.label("zh", limit=0), line.label("en", limit=0)


def _line(line, rubric, sheet, result, running):
    zh, en = _names(line)
    out = LineResult(id=line.id, kind=line.kind, name=zh, name_en=en, amount=ZERO, why="",
                     why_en="")
    source = line.of or line.id
    if source in sheet.na:
        out.na = True
        out.why, out.why_en = f"{zh}: 不适用", f"{en}: N/A"
        return out
    if line.kind == "below_total":
        return _below_total(line, out, result, zh, en)
    if line.kind in ("reward", "fine"):
        return _incidents(line, out, [i for i in sheet.incidents if i.item == source], zh, en)
    value = _number(rubric, line, sheet, source)
    if value is None:
        if line.kind == "team_mean":
            out.from_team = True
            out.why, out.why_en = f"{zh}: 待团队结果", f"{en}: from the team's results"
            return out
        out.missing = True
        out.why, out.why_en = f"{zh}: 未填", f"{en}: not entered"
        return out
    figure = _value_text(line, value, rubric)
    if line.kind == "factor":
        return _factor(line, out, figure, value, running, zh, en)
    if line.kind == "permille":
        return _permille(line, out, figure, value, zh, en)
    rate = line.spec
    return _capped(line, out, value * rate, f"{zh} {figure} × {show(rate)}",
                   f"{en} {figure} × {show(rate)}")


def _number(rubric, line, sheet, source):
    """The line's number: its own value, or its item's value (a ratio's quotient) or count."""
    item = rubric.item(source)
    if item.takes_incidents:
        return Decimal(sum(i.count for i in sheet.incidents if i.item == source))
    raw = sheet.values.get(source)
    if isinstance(raw, Ratio):
        return raw.value
    return raw if isinstance(raw, Decimal) else None


def _value_text(line, value, rubric):
    """The number with its unit: the line's, else the unit of the item it reads."""
    unit = line.unit or (line.of and rubric.item(line.of).unit) or ""
    return f"{show(value)}{unit}"


def _capped(line, out, exact, zh, en):
    """The line's amount from its exact figure: capped in size, rounded, signed."""
    capped = line.cap is not None and exact > line.cap
    size = money(line.cap if capped else exact)
    out.amount = -size if line.costs else size
    sign = "−" if line.costs else "+"
    zh_cap = f" (封顶 {show(line.cap)})" if capped else ""
    en_cap = f" (capped at {show(line.cap)})" if capped else ""
    out.why = f"{zh} → {sign}{size}{zh_cap}"
    out.why_en = f"{en} → {sign}{size}{en_cap}"
    return out


def _incidents(line, out, incidents, zh, en):
    count = sum(i.count for i in incidents)
    if not count:
        out.why, out.why_en = f"{zh}: 无", f"{en}: none"
        return out
    spec = line.spec
    if isinstance(spec, Steps):
        paid = spec.amounts[:count]
        exact = sum(paid, ZERO)
        each = " + ".join(show(a) for a in paid)
        if count > len(spec.amounts) and spec.beyond:
            out.flag, out.flag_en = spec.beyond, spec.beyond_en
        result = _capped(line, out, exact, f"{zh} ×{count} [{each}]", f"{en} ×{count} [{each}]")
        if out.flag:
            nth = len(spec.amounts) + 1
            result.why += f"; 第{nth}次: {out.flag}"
            result.why_en += f"; occurrence {nth}: {out.flag_en or out.flag}"
        return result
    amounts = [i.amount if i.amount is not None else spec.low for i in incidents]
    exact = sum((a * i.count for a, i in zip(amounts, incidents)), ZERO)
    each = f"[{'/'.join(show(a) for a in sorted(set(amounts)))}]" if spec.is_range else \
        f"× {show(spec.low)}"
    return _capped(line, out, exact, f"{zh} ×{count} {each}", f"{en} ×{count} {each}")


def _below_total(line, out, result, zh, en):
    limit, per_point = line.spec
    shown = money(result.total)
    if shown >= limit:
        out.why = f"{zh}: 总分 {show(shown)} 不低于 {show(limit)}"
        out.why_en = f"{en}: total {show(shown)} not below {show(limit)}"
        return out
    short = limit - shown
    per = show(per_point)
    return _capped(line, out, short * per_point,
                   f"{zh}: 总分 {show(shown)} 低于 {show(limit)}, {show(short)}分 × {per}",
                   f"{en}: total {show(shown)} below {show(limit)}, {show(short)} pts × {per}")


def _permille(line, out, figure, value, zh, en):
    row = next(((low, rate) for low, rate in line.spec if value >= low), None)
    rate = row[1] if row else ZERO
    return _capped(line, out, value * rate / THOUSAND, f"{zh} {figure} × {show(rate)}‰",
                   f"{en} {figure} × {show(rate)}‰")


def factor_of(spec, value):
    """The multiplier of a factor line at `value` (never below 0)."""
    if spec.below_at is not None and value < spec.below_at:
        return max(ZERO, 1 - (spec.below_at - value) * spec.below_per)
    if spec.above_at is not None and value > spec.above_at:
        return 1 + (value - spec.above_at) * spec.above_per
    return Decimal(1)


def _factor(line, out, figure, value, running, zh, en):
    multiplier = factor_of(line.spec, value)
    out.amount = money(running * multiplier) - running
    change = f"({money(running)} → {money(running + out.amount)})"
    out.why = f"{zh} {figure}: ×{show(multiplier)} {change}"
    out.why_en = f"{en} {figure}: ×{show(multiplier)} {change}"
    return out


# --- the employee's money in the period's results ------------------------------------------

@dataclass(frozen=True)
class TeamMoney:
    """An employee's money in the period's results: the form's, then what the team's results
    add. `total` is None when the form's money is unknown (no figures)."""

    form: Decimal | None
    star_wage: Decimal | None = None
    rewards: Decimal = ZERO           # the consequences reached (连续两月第一 → 200)
    team: Decimal = ZERO              # team_mean lines (组长 = members' mean × 1.2)
    total: Decimal | None = None

    def to_json(self):
        def text(value):
            return None if value is None else f"{money(value)}"
        return {"form": text(self.form), "star_wage": text(self.star_wage),
                "rewards": text(self.rewards), "team": text(self.team), "total": text(self.total)}


def team_money(rubric, form_money, *, stars=None, consequences=(), team_mean=None,
               team_line_open=False):
    """TeamMoney of one ranked employee. `form_money`: the form's money total (Decimal) or
    None; `stars`: as ranked (None: no star or left out); `consequences`: the rules reached;
    `team_mean`: the team members' mean money, for a form whose team_mean line was left open."""
    rule = rubric.money
    if rule is None:
        return None
    star_wage = rule.star_wage(stars) if rule.star_wages else None
    rewards = sum((Decimal(c["amount"]) for c in consequences if c.get("amount") is not None),
                  ZERO)
    team = ZERO
    if team_line_open and team_mean is not None:
        team = sum((money(team_mean * line.spec) for line in rule.lines
                    if line.kind == "team_mean"), ZERO)
    if form_money is None:
        return TeamMoney(form=None, star_wage=star_wage, rewards=rewards, team=team)
    total = form_money + (star_wage or ZERO) + rewards + team
    return TeamMoney(form=form_money, star_wage=star_wage, rewards=rewards, team=team,
                     total=total)


NO_STARS = object()


def render_money(result, stars=NO_STARS, language="zh"):
    """The money side as text lines (`main.py score --money`); `stars` (a level, or None for
    no star) adds the star wage."""
    en = language == "en"
    currency = result.currency_en if en else result.currency
    lines = []
    if result.pay is not None:
        lines.append(f"  {'Pay' if en else '绩效工资'}: {money(result.pay)} {currency}")
    for line in result.lines:
        lines.append(f"  {line.why_en if en else line.why}")
    total = f"{money(result.total)} {currency}"
    if result.capped:
        total += f" ({'capped at' if en else '封顶'} {money(result.cap)})"
    if result.floored:
        total += f" ({'floor' if en else '保底'} {money(result.floor)})"
    lines.append(f"{'Money' if en else '金额合计 Money'}: {total}")
    if stars is not NO_STARS and result.star_wages:
        wage = result.star_wages.get("none" if stars is None else stars)
        if wage is not None:
            level = "★" * stars if stars else ("no star" if en else "无星")
            lines.append(f"{'Star wage' if en else '星级工资 Star wage'} ({level}): "
                         f"{money(wage)} {currency}")
    for zh, flag_en in result.flags:
        lines.append(f"{'Flag' if en else '标记 Flag'}: {flag_en if en else zh}")
    if result.missing:
        lines.append(f"{'Not entered' if en else '未填 Not entered'}: {', '.join(result.missing)}")
    return lines
