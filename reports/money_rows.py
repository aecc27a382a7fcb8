"""The money block of a printed form: the lines of the document's frozen `money` (a rubric's
`money:` side, models/forms/form_document.py `money_part`), then the form's money, then — once
the team's results are closed and the form prints its standing — the star wage of its star
level. Nothing is recomputed: figures are the document's."""

def money_summary(money, words, en, standing=None):
    """[(label, value, how)] for the summary under the total; [] without a money side."""
    if not money:
        return []
    currency = money.get("currency_en" if en else "currency") or ""
    rows = []
    for line in money.get("lines", []):
        name = (en and line.get("name_en")) or line.get("name", line.get("id", ""))
        why = (en and line.get("why_en")) or line.get("why", "")
        detail = why[len(name):].lstrip(" :：") if why.startswith(name) else why
        if line.get("missing"):
            detail = f"{detail} ({words['money_missing']})" if detail else words["money_missing"]
        rows.append((name, detail, "alert" if line.get("flag") else ""))
    if rows or money.get("pay") is not None:    # a star wage alone has no form money to add
        total = f"{money.get('total')} {currency}"
        if money.get("capped"):
            total += " " + words["money_capped"].format(cap=money.get("cap"))
        if money.get("floored"):
            total += " " + words["money_floored"].format(floor=money.get("floor"))
        rows.append((words["money_total"], total, "total"))
    wage = _star_wage(money, standing)
    if wage is not None:
        rows.append((words["star_wage"], f"{wage} {currency}", ""))
    return rows


def _star_wage(money, standing):
    """The wage of the star level the team's closed results froze (`standing`); a rank left
    out (试用期) takes the `none` row."""
    wages = money.get("star_wages")
    if not wages or not standing:       # not closed yet: no star level to pay
        return None
    stars = standing.get("stars")
    key = "none" if standing.get("excluded") or stars is None else str(stars)
    return wages.get(key)
