"""One cell of the rubric template: read into rubric data, or written from it.

Every reader takes what the spreadsheet holds (a number, a text, a yes, nothing) and returns
plain data, or raises CellError with a code and arguments the interface can say in the user's
language. Nothing is guessed: a cell that does not read exactly is refused, with what it held.
"""

import re
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

from models.rubrics.tables.columns import NO, YES, norm, word_table

NUM = r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?"
NUMBER = re.compile(rf"({NUM})\s*(%?)")
RANGE = re.compile(rf"^\[?\s*({NUM})\s*(?:-|~|～|—|–|至|到|,|，)\s*({NUM})\s*\]?$")
# Full-width and spelled-out signs, as typed on a Chinese keyboard.
SIGNS = str.maketrans({"＞": ">", "＜": "<", "＝": "=", "：": ":", "；": ";", "，": ",",
                       "≧": "≥", "≦": "≤", "＋": "+", "－": "-", "％": "%", "（": "(", "）": ")",
                       "０": "0", "１": "1", "２": "2", "３": "3", "４": "4", "５": "5",
                       "６": "6", "７": "7", "８": "8", "９": "9", "．": "."})


class CellError(ValueError):
    """A cell that cannot be read: the English sentence, and its code and arguments."""

    def __init__(self, code, message, **args):
        super().__init__(message)
        self.code, self.args_ = code, args


def is_blank(value):
    return value is None or (isinstance(value, str) and not value.strip())


def text_of(value):
    """A cell as text: numbers as written (10, not 10.0), texts stripped."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (int, float, Decimal)):
        return num_text(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return str(value).strip()


def num_text(value):
    """A number as exact text, never in exponent form: 10, 0.5, 0.00001."""
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        text = repr(value)
        return format(Decimal(text), "f") if "e" in text else text
    return format(value.normalize(), "f") if value == value.to_integral_value() else \
        format(value, "f")


def _plain(decimal, written):
    """The Decimal as a YAML-ready int or float, refused when a float cannot hold it."""
    if decimal == decimal.to_integral_value() and abs(decimal) < 10 ** 15:
        return int(decimal)
    value = float(decimal)
    if Decimal(repr(value)) != decimal:
        raise CellError("too_precise", f"{written!r} has more digits than can be kept "
                        "(at most 15 significant digits)", value=written)
    return value


def number(value, *, percent=None, prefixes=(), suffixes=("分",)):
    """A number from a cell. `percent`: None refuses "95%", "keep" reads it as 95,
    "fraction" as 0.95. `prefixes`/`suffixes`: words around the number that are allowed
    (每次扣 … 分)."""
    if isinstance(value, (bool, datetime, date, time)):
        raise CellError("not_a_number", f"{text_of(value)!r} is not a number",
                        value=text_of(value))
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise CellError("not_a_number", f"{value!r} is not a number", value=str(value))
        return int(value) if value.is_integer() and abs(value) < 1e15 else value
    if isinstance(value, Decimal):
        return _plain(value, str(value))
    written = text_of(value)
    text = written.translate(SIGNS).replace(" ", "")
    for prefix in sorted(prefixes, key=len, reverse=True):
        if text.startswith(prefix):
            text = text[len(prefix):]
            break
    for suffix in sorted(suffixes, key=len, reverse=True):
        if text.endswith(suffix) and len(text) > len(suffix):
            text = text[:-len(suffix)]
            break
    match = NUMBER.fullmatch(text)
    if not match or (match.group(2) and percent is None):
        raise CellError("not_a_number", f"{written!r} is not a number", value=written)
    try:
        decimal = Decimal(match.group(1))
    except InvalidOperation:
        raise CellError("not_a_number", f"{written!r} is not a number", value=written) from None
    if match.group(2) and percent == "fraction":
        decimal = decimal / 100
    return _plain(decimal, written)


PER_OCCURRENCE = ("分", "分/次", "/次", "分/单", "/单", "分/项", "分/个", "/个", "分/条", "/条",
                  "分/人次", "分每次")


def amount(value, *, prefixes=(), suffixes=PER_OCCURRENCE):
    """N, or a range MIN-MAX as [MIN, MAX] (the appraiser picks the amount)."""
    if not isinstance(value, str):
        return number(value)
    text = value.strip().translate(SIGNS)
    for suffix in sorted(suffixes, key=len, reverse=True):
        if text.endswith(suffix):
            text = text[:-len(suffix)].strip()
            break
    for prefix in sorted(prefixes, key=len, reverse=True):
        if text.startswith(prefix):
            text = text[len(prefix):].strip()
            break
    match = RANGE.fullmatch(text)
    if match:
        return [number(match.group(1)), number(match.group(2))]
    return number(text if text else value)


def amount_text(value):
    if isinstance(value, list) and len(value) == 2:
        return f"{num_text(value[0])}-{num_text(value[1])}"
    return value


def yes_no(value):
    """True, False, or None for a blank cell."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        return value
    text = norm(text_of(value))
    if text in YES:
        return True
    if text in NO:
        return False
    raise CellError("not_yes_no", f"{text_of(value)!r} is not yes or no (是/否)",
                    value=text_of(value))


def word(value, words):
    """The value a word stands for, from a {value: (words…)} table."""
    found = word_table(words).get(norm(text_of(value)))
    if found is None:
        choices = " / ".join(names[0] for names in words.values())
        raise CellError("unknown_word", f"{text_of(value)!r} is not one of {choices}",
                        value=text_of(value), choices=choices)
    return found


def unreadable(value, example):
    return CellError("unreadable_rule", f"cannot read {text_of(value)!r} (write it like "
                     f"{example})", value=text_of(value), example=example)


def parts(text, separators=r"[;\n]"):
    return [p.strip() for p in re.split(separators, text.translate(SIGNS)) if p.strip()]


# --- survey: 很好=100; 一般=75 -------------------------------------------------------------

SURVEY_EXAMPLE = "很好=100; 一般=75; 不好=25"


def survey(value):
    scores = {}
    for part in parts(text_of(value), r"[;\n,、]"):
        match = re.fullmatch(r"(.+?)\s*[=:]\s*(\S+?)\s*分?", part)
        if not match:
            raise unreadable(value, SURVEY_EXAMPLE)
        answer = match.group(1).strip()
        if answer in scores:
            raise unreadable(value, SURVEY_EXAMPLE)
        scores[answer] = number(match.group(2))
    if not scores:
        raise unreadable(value, SURVEY_EXAMPLE)
    return {"scores": scores}


def survey_text(spec):
    return "; ".join(f"{answer}={num_text(score)}" for answer, score in spec["scores"].items())


# --- shortfall: 目标 3, 每少1扣 2 -------------------------------------------------------------

SHORTFALL_EXAMPLE = "目标 3, 每少1扣 2"
SHORTFALL_ZH = re.compile(rf"目标值?:?({NUM}%?)[^\d,;每]*[,;]?每(?:少|差|低)1?[^\d扣]{{0,3}}扣"
                          rf"({NUM})分?")
SHORTFALL_EN = re.compile(rf"target:?=?({NUM}%?),?;?per:?=?({NUM})", re.IGNORECASE)


def shortfall(value, percent):
    text = text_of(value).translate(SIGNS).replace(" ", "")
    match = SHORTFALL_ZH.fullmatch(text) or SHORTFALL_EN.fullmatch(text)
    if not match:
        raise unreadable(value, SHORTFALL_EXAMPLE)
    return {"target": number(match.group(1), percent=percent), "per": number(match.group(2))}


def shortfall_text(spec):
    return f"目标 {num_text(spec['target'])}, 每少1扣 {num_text(spec['per'])}"


# --- derived: 团队均分 ×1.1 / 团队数值 ab-items ---------------------------------------------

DERIVED_EXAMPLE = "团队均分 ×1.2 / 团队数值 ab-items"


def derived(value, words):
    text = re.sub(r"\s+", "", text_of(value).translate(SIGNS))
    # The longest source word the text starts with, then an item id and a factor.
    known = sorted(word_table(words).items(), key=lambda pair: -len(pair[0]))
    source, rest = next(((source, text[len(name):]) for name, source in known
                         if text[:len(name)].lower() == name), (None, ""))
    match = re.fullmatch(rf"([a-z0-9][a-z0-9-]*?)?(?:[×*]({NUM}))?", rest)
    if source is None or not match:
        raise unreadable(value, DERIVED_EXAMPLE)
    spec = {"source": source}
    if match.group(1):
        spec["item"] = match.group(1)
    if match.group(2):
        spec["factor"] = number(match.group(2))
    return spec


def derived_text(spec, write):
    text = write[spec["source"]]
    if "item" in spec:
        text += f" {spec['item']}"
    if "factor" in spec:
        text += f" ×{num_text(spec['factor'])}"
    return text
