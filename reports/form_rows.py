"""The rows of the form's item table: section headings and one row per item, with the
engine's reason and the dated incident notes. Pure Python (no reportlab)."""

from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation

DIGITS = "零一二三四五六七八九"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# Characters a cell piece may hold: ~36 lines in the narrowest text column, half a page.
PIECE_CHARS = 600


@dataclass
class Row:
    section: bool           # a section (or form-level list) heading
    number: str
    name: str
    worth: str = ""         # 分值: "10分", "−10/次", "否决" …
    standard: str = ""
    standard_rule: str = ""  # the one-line rule, printed small under the standard
    method: str = ""
    reasons: list = field(default_factory=list)
    lost: str = ""
    score: str = ""
    alert: bool = False     # a veto that fired, a missing value, awaiting approval
    continued: bool = False  # a continuation piece of the row above
    note: str = ""          # a section heading's alert: its deductions stopped at 0
    weighted: str = ""      # an item of a weighted section: what it moved on the total


def short(value):
    """'10.00' → '10', '88.50' → '88.5'; anything else unchanged."""
    if value is None:
        return ""
    text = str(value)
    try:
        Decimal(text)
    except InvalidOperation:
        return text
    return text.rstrip("0").rstrip(".") if "." in text else text


def table_rows(document, rubric, words, language, included=()):
    """Section headings and item rows in rubric order (sections, then bonuses, deductions and
    vetoes), numbered 一、二 … and 1, 2 …; rows taller than a page are cut into pieces.
    `included`: (part of the document's `included`, its Rubric) for each rubric the form's
    rubric includes (issue 13): its items under the section it fills, or as a group of their
    own after the form's (deductions), numbered on."""
    en = language == "en"
    result = document["result"]
    items = {i["id"]: i for i in result.get("items", [])}
    sections = {s["id"]: s for s in result.get("sections", [])}
    missing = set(result.get("missing") or ())
    notes = _notes_by_item(document.get("incidents", []), words)
    groups = [(s, s.items) for s in rubric.sections]
    groups += [(key, place) for key, place in (("bonuses", rubric.bonuses),
                                                ("deductions", rubric.deductions),
                                                ("vetoes", rubric.vetoes)) if place]
    rows, number = [], 0
    for index, (group, members) in enumerate(groups):
        heading = _group_row(_numeral(index, language), group, sections, words, en)
        rows.append(heading)
        for item in members:
            number += 1
            row = _item_row(number, item, items.get(item.id, {}), notes.get(item.id, []),
                            words, en, missing=item.id in missing)
            if row.method == heading.method:     # printed once, on the section's row
                row.method = ""
            rows += pieces(row, words)
        inside = _filling(included, rubric, getattr(group, "id", None))
        if inside is not None:
            number = _part_rows(rows, *inside, number, words, en)
    section_ids = {s.id for s in rubric.sections}
    groups_after = [pair for pair in included if _filling(
        included, rubric, pair[0].get("section") if pair[0].get("section") in section_ids
        else None) is not pair]
    for index, (part, part_rubric) in enumerate(groups_after, start=len(groups)):
        deducts = part.get("as") == "deductions"
        rows.append(Row(section=True, number=_numeral(index, language),
                        name=text_of(part["rubric"], "name", en),
                        worth=words["included_deductions"] if deducts else "",
                        lost=short(part.get("lost")) if deducts else "",
                        score="" if deducts else short(part.get("score"))))
        number = _part_rows(rows, part, part_rubric, number, words, en)
    return rows


def _filling(included, rubric, section_id):
    """The included (part, Rubric) whose total fills this section of `rubric`, or None."""
    return next((pair for pair in included if pair[0].get("as") == "section"
                 and pair[0].get("into") == rubric.id and pair[0].get("section") == section_id
                 and section_id is not None), None)


def _part_rows(rows, part, rubric, number, words, en):
    """An included rubric's item rows (figures from its own result) appended to `rows`;
    returns the last number used."""
    result = part.get("result") or {}
    items = {i["id"]: i for i in result.get("items", [])}
    missing = set(result.get("missing") or ())
    notes = _notes_by_item(part.get("incidents", []), words)
    for item in rubric.items():
        number += 1
        rows += pieces(_item_row(number, item, items.get(item.id, {}), notes.get(item.id, []),
                                 words, en, missing=item.id in missing), words)
    return number


def pieces(row, words, limit=PIECE_CHARS):
    """`row`, or when its texts are too long for one page, the row and continuation rows
    ("(续)") each holding at most `limit` characters a cell: nothing is cut off, and no row
    is ever taller than a page."""
    standard = _chunks([row.standard], limit)
    method = _chunks([row.method], limit)
    reasons = _chunks(row.reasons, limit)
    count = max(len(standard), len(method), len(reasons))
    if count == 1:
        return [row]
    out = []
    for i in range(count):
        part = replace(row, standard=" ".join(_at(standard, i)), method=" ".join(_at(method, i)),
                       reasons=_at(reasons, i), standard_rule="")
        if i:
            part.number, part.name, part.worth = "", words["continued"], ""
            part.lost = part.score = part.weighted = ""
            part.continued = True
        out.append(part)
    out[-1].standard_rule = row.standard_rule
    return out


def _at(chunks, i):
    return chunks[i] if i < len(chunks) else []


def _chunks(lines, limit):
    """Lines grouped into chunks of at most `limit` characters (a longer line is cut)."""
    chunks, current, size = [], [], 0
    for line in lines:
        while line:
            room = limit - size
            if len(line) <= room:
                current.append(line)
                size += len(line)
                line = ""
            elif current:
                chunks.append(current)
                current, size = [], 0
            else:
                chunks.append([line[:limit]])
                line = line[limit:]
    if current or not chunks:
        chunks.append(current)
    return chunks


def text_of(data, key, en):
    return (en and data.get(f"{key}_en")) or data.get(key) or ""


def _numeral(index, language):
    """Section numbers: 一 … 十, 十一 … 九十九 in Chinese; A … Z in English."""
    n = index + 1
    if language == "en":
        return LETTERS[index] if index < len(LETTERS) else str(n)
    if n > 99:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else "十" if tens == 1 else DIGITS[tens] + "十"
    return head + (DIGITS[ones] if ones else "")


def _group_row(numeral, group, sections, words, en):
    if isinstance(group, str):
        return Row(section=True, number=numeral, name=words[group])
    section = group
    figures = sections.get(section.id, {})
    worth = (words["section_weight"].format(weight=short(section.weight))
             if section.weight is not None
             else words["section_points"].format(points=short(section.points)))
    if section.weight is not None and figures.get("raw") is not None and not figures.get("na"):
        worth += " · " + words["section_raw"].format(raw=short(figures["raw"]))
    score, top = figures.get("score"), figures.get("max")
    lost = ""
    if score is not None and top is not None and not figures.get("na"):
        lost = short(Decimal(top) - Decimal(score))
    return Row(section=True, number=numeral, name=section.label("en" if en else "zh"),
               worth=worth, method=text_of(section.texts, "method", en), lost=lost,
               score=words["na"] if figures.get("na") else short(score),
               note=words["section_stopped"] if figures.get("floored") else "")


def _item_row(number, item, figures, notes, words, en, *, missing=False):
    texts = {**item.texts, **{k: v for k, v in figures.items() if isinstance(v, str)}}
    name = text_of(texts, "name", en) or item.label("en" if en else "zh")
    standard = text_of(texts, "text", en)
    rule = text_of(texts, "standard", en)
    if standard == name:
        standard = ""
    why = (en and figures.get("why_en")) or figures.get("why", "")
    row = Row(section=False, number=str(number), name=name, worth=_worth(item, words),
              standard=standard or rule, standard_rule=rule if standard else "",
              method=text_of(texts, "method", en), reasons=[why, *notes] if why else notes)
    if figures.get("vetoed"):
        row.lost, row.alert = words["veto_mark"], True
    elif "added" in figures:
        added = short(figures["added"])
        row.score = added if added == "0" else "+" + added
    elif "deducted" in figures:
        row.lost = short(figures["deducted"])
    elif "score" in figures:
        row.score = short(figures["score"])
    if figures.get("na"):
        row.score, row.lost = words["na"], ""
    if missing or figures.get("missing"):
        row.score, row.alert = words["missing"], True
    if figures.get("needs_approval"):
        row.alert = True
    if figures.get("on_total") is not None and figures.get("factor") and not row.alert:
        from scoring.result import signed  # the engine loads only when a PDF is made

        row.weighted = words["weighted"].format(factor=figures["factor"],
                                                effect=signed(figures["on_total"]))
    return row


def _worth(item, words):
    def amount(spec):
        low, high = short(spec.low), short(spec.high)
        return low if low == high else f"{low}~{high}"

    if item.kind in ("deduct", "add"):
        sign = "+" if item.kind == "add" else "−"
        text = words["per_time"].format(amount=sign + amount(item.spec))
        return text + (f" ({words['severe']} ×{short(item.severe_x)})" if item.severe_x else "")
    if item.kind == "shortfall":
        target, per = item.spec
        return words["shortfall"].format(target=short(target), unit=item.unit or "",
                                         per=short(per))
    if item.kind == "veto":
        return words["veto_mark"]
    return words["section_points"].format(points=short(item.points))


def _notes_by_item(incidents, words):
    notes = {}
    for incident in sorted(incidents, key=lambda i: i.get("at") or ""):
        line = when_text(incident.get("at") or "")
        if incident.get("count", 1) != 1:
            line += f" ×{incident['count']}"
        if incident.get("amount") not in (None, ""):
            line += f" [{short(incident['amount'])}]"
        if incident.get("severe"):
            line += f" ({words['severe']})"
        if incident.get("note"):
            line += f" {incident['note']}"
        if incident.get("approved"):
            by = incident.get("approved_by")
            line += f" ({words['approved']}{' ' + by if by else ''})"
        notes.setdefault(incident.get("item_id"), []).append(line.strip())
    return notes


def when_text(at):
    """'2026-11-04T10:12:00' → '11-04 10:12'; a bare date → '11-04'."""
    day, _, time = at.partition("T")
    day = day[5:] if len(day) == 10 else day
    return f"{day} {time[:5]}".strip()
