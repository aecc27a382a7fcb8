"""One item's points from its inputs, with the one-line reason in Chinese and English."""

from decimal import Decimal

from scoring.result import ItemResult, show
from scoring.sheet import Ratio

ZERO = Decimal(0)
SCOPE_ZH = {"section": "本节 0 分", "form": "总分 0", "lowest_grade": "最低等级"}
SCOPE_EN = {"section": "section 0", "form": "total 0", "lowest_grade": "lowest grade"}


def _names(item):
    """The item's name in both languages for its reason: whole, never cut with "…" (the
    reason wraps on screen and on paper). Kept on the (frozen) item: every evaluation asks."""
    names = item.__dict__.get("_reason_names")
    if names is None:
        names = item.__dict__["_reason_names"] = (item.label("zh", limit=0),
                                                  item.label("en", limit=0))
    return names


def clip(value, low, high):
    return max(low, min(high, value))


def score_incidents(item, incidents, approval_over):
    """deduct / add / veto items: per-occurrence amounts, severe multiplier, cap, approvals."""
    zh, en = _names(item)
    result = ItemResult(id=item.id, kind=item.kind, section=item.section, why="", why_en="")
    if item.kind == "veto":
        n = sum(i.count for i in incidents)
        result.fired = n > 0
        if n:
            result.why = f"否决: {zh} ×{n} → {SCOPE_ZH[item.spec]}"
            result.why_en = f"Veto: {en} ×{n} → {SCOPE_EN[item.spec]}"
        else:
            result.why, result.why_en = f"{zh}: 未发生", f"{en}: did not occur"
        return result
    count = severe = 0
    amount = ZERO
    amounts = set()
    for incident in incidents:
        one = incident.amount if incident.amount is not None else item.spec.low
        amounts.add(one)
        if incident.severe:
            one *= item.severe_x
            severe += incident.count
        over = approval_over is not None and one > approval_over
        if (over or item.always_approve) and not incident.approved:
            result.needs_approval = True
        count += incident.count
        amount += one * incident.count
    capped = item.cap is not None and amount > item.cap
    if capped:
        amount = item.cap
    sign = "+" if item.kind == "add" else "−"
    if item.kind == "add":
        result.added = amount
    else:
        result.deducted = amount
    if not count:
        result.why, result.why_en = f"{zh}: 无", f"{en}: none"
        return result
    each = f" [{'/'.join(show(a) for a in sorted(amounts))}]" if item.spec.is_range else ""
    zh_sev = f" ({severe} 严重 ×{show(item.severe_x)})" if severe else ""
    en_sev = f" ({severe} severe ×{show(item.severe_x)})" if severe else ""
    zh_cap = f" (封顶 {show(item.cap)})" if capped else ""
    en_cap = f" (capped at {show(item.cap)})" if capped else ""
    result.why = f"{zh} ×{count}{each}{zh_sev} → {sign}{show(amount)}{zh_cap}"
    result.why_en = f"{en} ×{count}{each}{en_sev} → {sign}{show(amount)}{en_cap}"
    return result


def score_value(item, raw, context):
    """Value items. Returns an ItemResult; `missing` set when no usable input exists."""
    zh, en = _names(item)
    result = ItemResult(id=item.id, kind=item.kind, section=item.section, why="", why_en="")
    if item.kind == "derived":
        return _derived(item, raw, context, result, zh, en)
    if raw is None:
        return _missing(result, zh, en)
    if item.kind == "check":
        result.value = raw
        result.score = item.points if raw else ZERO
        mark = "✓" if raw else "✗"
        result.why = f"{zh} {mark} → {show(result.score)}分"
        result.why_en = f"{en} {mark} → {show(result.score)} pts"
        return result
    if item.kind == "survey":
        return _survey(item, raw, result, zh, en)
    shown = _shown_value(item, raw)
    value = raw.value if isinstance(raw, Ratio) else raw
    if item.relative_to == "team_mean":
        mean = context.get("team_mean", {}).get(item.id)
        if not mean:
            return _missing(result, zh, en, "缺少团队均值", "team mean missing")
        value = value / mean
        shown += f" ÷ 均值 {show(mean)} = {show(value * 100)}%"
    result.value = value
    if item.kind == "shortfall":
        target, per = item.spec
        short = max(ZERO, target - value)
        lost = per * short
        capped = item.cap is not None and lost > item.cap
        result.deducted = item.cap if capped else lost
        result.why = (f"{zh} {shown}/{show(target)} 少 {show(short)} ×{show(per)}"
                      f" → −{show(result.deducted)}")
        result.why_en = (f"{en} {shown} of {show(target)}, {show(short)} short ×{show(per)}"
                         f" → −{show(result.deducted)}")
        return result
    score, band = _rule(item, item.kind, item.spec, value)
    return _scored(result, score, shown, band, zh, en)


def _rule(item, kind, spec, value):
    """(points, band note) of a rating, linear or bands rule applied to `value`."""
    points = item.points
    if kind == "rating":
        return points * value / spec, ""
    if kind == "linear":
        zero_at, full_at = spec
        return clip(points * (value - zero_at) / (full_at - zero_at), ZERO, points), ""
    rows, _lower_better = spec
    row = next((r for r in rows if r.matches(value)), None)
    band_score = row.score if row else ZERO
    if item.scale is not None:
        return points * band_score / item.scale, f" {show(band_score)} →"
    return band_score, ""


def _scored(result, score, shown, band, zh, en):
    result.score = score
    result.why = f"{zh} {shown} →{band} {show(score)}分"
    result.why_en = f"{en} {shown} →{band} {show(score)} pts"
    return result


def _shown_value(item, raw):
    unit = item.unit or ""
    if isinstance(raw, Ratio):
        if unit == "%":
            return f"{show(raw.num)}/{show(raw.den)} = {show(raw.value * 100)}%"
        return f"{show(raw.num)}/{show(raw.den)} = {show(raw.value)}{unit}"
    if item.kind == "rating":
        return f"{show(raw)}/{show(item.spec)}"
    if item.ratio and unit == "%":      # a ratio given as a plain fraction
        return f"{show(raw * 100)}%"
    return f"{show(raw)}{unit}"


def _survey(item, counts, result, zh, en):
    answers = sum(counts.values())
    if not answers:
        return _missing(result, zh, en, "无答卷", "no answers")
    average = sum(item.spec[a] * n for a, n in counts.items()) / answers
    result.value = average
    result.score = item.points * average / 100
    result.why = f"{zh} 均分 {show(average)} ({answers} 份) → {show(result.score)}分"
    result.why_en = f"{en} mean {show(average)} ({answers} answers) → {show(result.score)} pts"
    return result


def _derived(item, raw, context, result, zh, en):
    spec = item.spec
    if raw is None:
        raw = _context_value(spec, context)
        if raw is None:
            return _missing(result, zh, en, "缺少团队数据", "team figure missing")
    value = (raw.value if isinstance(raw, Ratio) else raw) * spec.factor
    result.value = value
    shown = show(raw.value if isinstance(raw, Ratio) else raw)
    if spec.factor != 1:
        shown += f" ×{show(spec.factor)}"
    mean = context.get("team_mean_total")
    if spec.require_mean_min is not None and mean is None:
        return _missing(result, zh, en, "缺少团队均分", "team mean missing")
    if spec.require_mean_min is not None and mean < spec.require_mean_min:
        result.score = ZERO
        result.why = f"{zh} 团队均分未达 {show(spec.require_mean_min)} → 0分"
        result.why_en = f"{en} team mean below {show(spec.require_mean_min)} → 0 pts"
        return result
    if spec.rule is None:
        scale = item.scale if item.scale is not None else Decimal(100)
        score, band = clip(item.points * value / scale, ZERO, item.points), ""
    else:
        score, band = _rule(item, *spec.rule, value)
    return _scored(result, score, shown, band, zh, en)


def _context_value(spec, context):
    if spec.source in ("team_mean_total", "team_rank"):
        return context.get(spec.source)
    key = "team_mean_items" if spec.source == "team_mean_item" else "team_values"
    return context.get(key, {}).get(spec.item)


def _missing(result, zh, en, why_zh="缺少数值", why_en="value missing"):
    result.missing = True
    result.score = None if result.kind == "shortfall" else ZERO
    if result.kind == "shortfall":
        result.deducted = ZERO
    result.why, result.why_en = f"{zh}: {why_zh}", f"{en}: {why_en}"
    return result


def not_applicable(item):
    zh, en = _names(item)
    result = ItemResult(id=item.id, kind=item.kind, section=item.section,
                        why=f"{zh}: 不适用", why_en=f"{en}: N/A", na=True)
    if item.is_scored:
        result.score = ZERO
    elif item.kind in ("deduct", "shortfall"):
        result.deducted = ZERO
    elif item.kind == "add":
        result.added = ZERO
    return result
