"""evaluate(rubric, sheet): sections, total, vetoes, grade and pay — pure Decimal arithmetic."""

from decimal import Decimal

from scoring.item_scores import ZERO, clip, not_applicable, score_incidents, score_value
from scoring.remembered import grouped, memo_of, remembered
from scoring.result import ItemResult, Result, SectionResult, money
from scoring.sheet import Ratio

HUNDRED = Decimal(100)
VETO_RANK = {"form": 0, "lowest_grade": 1, "section": 2}


def evaluate(rubric, sheet):
    memo = memo_of(rubric)      # the last answers (scoring/remembered.py)
    incidents = grouped(memo, sheet.incidents)
    every = tuple(rubric.items())
    items = {item.id: _item_result(rubric, item, sheet, incidents.get(item.id, ()), memo)
             for item in every}

    sections = [_section(section, items, memo) for section in rubric.sections]
    total = _sum_sections(rubric, sections)
    bonus = sum((items[i.id].added for i in rubric.bonuses), ZERO)
    form_deducted = sum((items[i.id].deducted or ZERO for i in rubric.deductions), ZERO)
    unclipped = total + bonus - form_deducted
    total = max(unclipped, rubric.floor) if rubric.uncapped else clip(
        unclipped, rubric.floor, rubric.max_total)

    fired = [i for i in every if i.kind == "veto" and items[i.id].fired]
    fired.sort(key=lambda i: VETO_RANK[i.spec])
    form_veto = any(i.spec == "form" for i in fired)
    if form_veto:
        total = ZERO
    grade = _grade(rubric, total, force_lowest=any(i.spec == "lowest_grade" for i in fired))

    missing = [i.id for i in every if items[i.id].missing]
    return Result(
        rubric=rubric.id, total=total, max_total=rubric.max_total,
        grade=grade and grade.label, grade_en=grade and (grade.label_en or grade.label),
        complete=not missing, missing=missing, sections=sections,
        items=[items[i.id] for i in every], bonus=bonus, deducted=form_deducted,
        approval_needed=[i.id for i in every if items[i.id].needs_approval],
        vetoed=fired[0].id if fired else None, pay=_pay(rubric.pay, rubric.base, total),
        floor=rubric.floor, floored=unclipped < rubric.floor and not form_veto,
    )


def _item_result(rubric, item, sheet, incidents, memo):
    if item.id in sheet.na:
        return not_applicable(item)
    if item.takes_incidents:
        over = (rubric.approval_bonus_over if item.kind == "add"
                else rubric.approval_deduction_over if item.kind == "deduct" else None)
        return remembered(memo, ("incidents", item.id), (over, incidents),
                          lambda: score_incidents(item, incidents, over))
    raw = sheet.values.get(item.id)
    if item.kind == "derived" or item.relative_to is not None or not (
            raw is None or isinstance(raw, (bool, Decimal, Ratio))):
        return score_value(item, raw, sheet.context)    # from the context, or a mutable input
    return remembered(memo, ("value", item.id), (raw,),
                      lambda: score_value(item, raw, sheet.context))


def _copied(result):
    """A shallow copy of an ItemResult (its fields are numbers, text and flags)."""
    made = object.__new__(ItemResult)
    made.__dict__.update(result.__dict__)
    return made


def _section(section, items, memo):
    """clamp(start + Σ scored − Σ deductions, 0, points); N/A scored items rescale the rest."""
    results = tuple(items[i.id] for i in section.items)
    if section.weight is not None:      # writes on its items' results: worked out each time
        return _section_result(section, items, results)
    return remembered(memo, ("section", section.id), results,
                      lambda: _section_result(section, items, results))


def _section_result(section, items, results):
    scored = [(i, r) for i, r in zip(section.items, results) if i.is_scored]
    possible = sum((i.points for i, _ in scored), ZERO)
    applicable = sum((i.points for i, r in scored if not r.na), ZERO)
    earned = sum((r.score for _, r in scored if not r.na), ZERO)
    # A section leaves the form's maximum when nothing in it applies.
    all_na = all(r.na for _, r in scored) if scored else all(r.na for r in results)
    rescaled = not all_na and 0 < applicable < possible
    if rescaled:
        earned = earned * possible / applicable
    lost = sum((r.deducted or ZERO for r in results), ZERO)
    start = section.points if section.start_full else ZERO
    raw = clip(start + earned - lost, ZERO, section.points)
    vetoed = any(r.fired for i, r in zip(section.items, results) if i.spec == "section"
                 and i.kind == "veto")
    floored = start + earned - lost < 0 and not (vetoed or all_na)
    if vetoed or all_na:
        raw = ZERO
    if section.weight is None:
        return SectionResult(section.id, section.name, raw, section.points, raw, all_na, vetoed,
                             floored)
    factor = section.weight / HUNDRED
    for item in section.items:
        # its own copy: the result may be shared with other evaluations (remembered)
        result = items[item.id] = _copied(items[item.id])
        result.factor = factor
        if result.na:
            continue
        if result.deducted:
            result.on_total = -result.deducted * factor
        elif item.is_scored and result.score:
            score = result.score * possible / applicable if rescaled else result.score
            result.on_total = score * factor
    return SectionResult(section.id, section.name, raw * factor, section.weight, raw, all_na,
                         vetoed, floored)


def _sum_sections(rubric, sections):
    """Σ contributions; sections that are wholly N/A leave the maximum, rescaled to base."""
    full = sum((s.max for s in sections), ZERO)
    applicable = sum((s.max for s in sections if not s.na), ZERO)
    earned = sum((s.score for s in sections if not s.na), ZERO)
    if applicable == 0:
        return ZERO
    return earned * full / applicable if applicable < full else earned


def _grade(rubric, total, force_lowest):
    if not rubric.grades:
        return None
    if force_lowest:
        return rubric.grades[-1]
    # Graded on the figure printed on the form, so the form never contradicts itself.
    shown = money(total)
    return next((g for g in rubric.grades if g.min <= shown), None)


def _pay(pay, base, total):
    if pay is None:
        return None
    if pay.proportional:
        percent = total * HUNDRED / base
    else:
        shown = money(total)
        row = next((r for r in pay.table if r.min <= shown), None)
        percent = row.percent if row else ZERO
    if pay.min_percent is not None:
        percent = max(percent, pay.min_percent)
    amount = None
    if pay.amount is not None:
        amount = pay.amount * percent / HUNDRED
        if pay.below_total is not None and total < pay.below_total:
            amount = max(ZERO, amount - pay.below_per_point * (pay.below_total - total))
    return {"percent": percent, "amount": amount}
