"""The 分档 (bands) cell: one band a line, as the seeds print them, read into the engine's
band table — or refused. "≥95%: 100", "≤30 得满分", "90-94: 90", "75%>X≥65%: 80", "其他: 0",
"<50%: 0" (only last, and only below the band above it: then it is the catch-all row).

The engine's bands include their bound (min: value ≥ min; max: value ≤ max), the first
matching row wins, and the table runs from the best band down. A line that says something
else (a strict ">" band, two bounds both inclusive, a gap or an overlap with the band above)
is refused rather than bent to fit.
"""

import re
from decimal import Decimal

from models.rubrics.tables.cells import NUM, CellError, num_text, number, parts, text_of

EXAMPLE = "≥95: 100; ≥90: 80; 其他: 0"
CATCH_ALL = {"其他", "其它", "其余", "否则", "其他情况", "else", "other", "otherwise", "*"}
N = rf"({NUM}%?)"
SPLIT = re.compile(rf"^(?P<cond>.+?)(?:\s*(?::|→|->|=|,)\s*|\s+|(?=得)|(?<=[上下他它余则]))"
                   rf"(?P<score>得满分|满分|不得分|得?{NUM}分?)$")
DOUBLE = re.compile(rf"^{N}([<>≤≥])[^\d<>≤≥]*?([<>≤≥]){N}$")
SINGLE = re.compile(rf"^[^\d<>≤≥+-]*([<>≤≥]){N}$")
WORDS = re.compile(rf"^(不足|低于|超过|高于)?{N}分?(及以上|以上|及以下|以下)?$")
RANGE = re.compile(rf"^{N}分?(?:-|~|～|—|–|至|到){N}分?$")


def _refuse(value):
    return CellError("unreadable_rule", f"cannot read {text_of(value)!r} as bands (write it "
                     f"like {EXAMPLE})", value=text_of(value), example=EXAMPLE)


def _condition(cond, value, percent):
    """(kind, bound, other) of one band's condition; kind: min, max, at_least, at_most,
    below, above, range, catch."""
    def num(text):
        return Decimal(str(number(text, percent=percent)))

    if cond.lower() in CATCH_ALL:
        return "catch", None, None
    match = DOUBLE.fullmatch(cond)
    if match:
        a, op1, op2, b = match.groups()
        if op1 in "<≤" and op2 in "<≤":          # a ≤ X < b
            low, low_in, high, high_in = num(a), op1 == "≤", num(b), op2 == "≤"
        elif op1 in ">≥" and op2 in ">≥":        # a > X ≥ b
            low, low_in, high, high_in = num(b), op2 == "≥", num(a), op1 == "≥"
        else:
            raise _refuse(value)
        if low_in and not high_in:
            return "min", low, high
        if high_in and not low_in:
            return "max", high, low
        raise _refuse(value)
    match = SINGLE.fullmatch(cond)
    if match:
        op, bound = match.groups()
        return {"≥": "min", "≤": "max", "<": "below", ">": "above"}[op], num(bound), None
    match = WORDS.fullmatch(cond)
    if match and (match.group(1) or match.group(3)):
        before, bound, after = match.groups()
        if before and after:
            raise _refuse(value)
        kind = {"不足": "below", "低于": "below", "超过": "above", "高于": "above",
                "及以上": "at_least", "以上": "at_least", "及以下": "at_most",
                "以下": "at_most"}[before or after]
        return kind, num(bound), None
    match = RANGE.fullmatch(cond)
    if match:
        return "range", num(match.group(1)), num(match.group(2))
    raise _refuse(value)


def _score(text, top, value):
    if text in ("得满分", "满分"):
        if top is None:
            raise CellError("full_needs_points", "“满分” needs the row's 分值 (or 分档满分)",
                            value=text_of(value))
        return top
    if text == "不得分":
        return 0
    return number(text.removeprefix("得"))


def _direction(rows, value):
    """True when lower is better: said by ≥ or ≤ rows, else by the first 以上/以下 row, else by
    the order of the ranges (the best band comes first)."""
    kinds = [kind for kind, *_rest in rows]
    if "min" in kinds and "max" in kinds:
        raise _refuse(value)
    if "min" in kinds or "max" in kinds:
        return "max" in kinds
    first = next((kind for kind in kinds if kind in ("at_least", "at_most")), None)
    if first is not None:
        return first == "at_most"
    ranges = [low for kind, low, _high, _s in rows if kind == "range"]
    if len(ranges) >= 2:
        if all(a > b for a, b in zip(ranges, ranges[1:])):
            return False
        if all(a < b for a, b in zip(ranges, ranges[1:])):
            return True
    if ranges:
        raise _refuse(value)                 # one range alone: better up or down?
    return "above" in kinds


def _plain(decimal):
    return number(decimal)


def bands(value, *, top=None, percent="keep"):
    """The `bands` mapping of the cell's text. `top`: what 满分 scores (the item's scale or
    points); `percent`: "fraction" for ratio items (95% is 0.95), else "keep"."""
    rows = []
    for line in parts(text_of(value)):
        line = line.replace(">=", "≥").replace("<=", "≤").replace("=>", "≥")
        match = SPLIT.fullmatch(line)
        if not match:
            raise _refuse(value)
        cond = re.sub(r"\s+", "", match.group("cond"))
        kind, bound, other = _condition(cond, value, percent)
        rows.append((kind, bound, other, _score(match.group("score"), top, value)))
    if not rows:
        raise _refuse(value)
    lower_better = _direction(rows, value)
    table, previous = [], None
    for index, (kind, bound, other, score) in enumerate(rows):
        last = index == len(rows) - 1
        key = "max" if lower_better else "min"
        if kind == "catch":
            table.append({"score": score})
            continue
        if kind in (("below", "at_most") if not lower_better else ("above", "at_least")):
            if not last or previous is None or bound != previous:
                raise _refuse(value)
            table.append({"score": score})     # everything beyond the band above
            continue
        if kind == "range":
            low, high = (bound, other) if bound <= other else (other, bound)
            edge, bound = (low, high) if lower_better else (high, low)
            if previous is not None:
                gap = (edge - previous) if lower_better else (previous - edge)
                if not Decimal(0) < gap <= 1:
                    raise _refuse(value)
        elif kind in ("min", "at_least") and not lower_better or \
                kind in ("max", "at_most") and lower_better:
            if other is not None and previous is not None and other != previous:
                raise _refuse(value)
        else:
            raise _refuse(value)
        table.append({key: _plain(bound), "score": score})
        previous = bound
    spec = {"table": table}
    if lower_better:
        spec["lower_better"] = True
    return spec


def _bound(value, percent):
    if not percent:
        return num_text(value)
    exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    return f"{num_text(exact * 100)}%"


def bands_text(spec, percent=False):
    """The cell for a `bands` mapping, or None when it holds what a cell cannot say (labels).
    `percent`: write the bounds as percentages (a ratio item shown in %)."""
    if set(spec) - {"table", "lower_better"} or not isinstance(spec.get("table"), list):
        return None
    lines = []
    for row in spec["table"]:
        if not isinstance(row, dict) or set(row) - {"min", "max", "score"} or "score" not in row:
            return None
        if "min" in row:
            lines.append(f"≥{_bound(row['min'], percent)}: {num_text(row['score'])}")
        elif "max" in row:
            lines.append(f"≤{_bound(row['max'], percent)}: {num_text(row['score'])}")
        else:
            lines.append(f"其他: {num_text(row['score'])}")
    return "\n".join(lines)
