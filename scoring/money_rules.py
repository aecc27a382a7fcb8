"""The `money:` block of a rubric (the money side of the format), read and checked.

A rubric's points decide a grade, a rank and a pay share; many standards also count in currency:
元 per ticket, fines and rewards per occurrence, a ‰ commission, a factor on a bonus, caps and
floors, a wage per star level. `read_money` turns the block into a `MoneyRule` (evaluated by
scoring/money.py). Every amount of currency the rubric states is in fen (at most two decimals);
rates may have more (0.205 元 per ticket).
"""

from dataclasses import dataclass, field
from decimal import Decimal

from scoring.fields import Fields, text_keys
from scoring.item_loader import check_id, read_amount
from scoring.model import Item

# What each kind of line takes: a number, incidents, or nothing (it reads the form's total).
VALUE_LINES = ("per_unit", "fine_per_unit", "permille", "factor", "team_mean")
INCIDENT_LINES = ("reward", "fine")
TOTAL_LINES = ("below_total",)
LINE_KINDS = VALUE_LINES + INCIDENT_LINES + TOTAL_LINES
# Kinds that take money off (shown with −); the others add, and `factor` multiplies.
COSTS = ("fine_per_unit", "fine", "below_total")
LINE_KEYS = {"id", "item", "cap", "org_sets"} | set(LINE_KINDS) | text_keys(
    "name", "text", "method", "source", "notes", "unit")
MONEY_KEYS = {"currency", "currency_en", "cap", "floor", "lines", "star_wages", "notes",
              "notes_en", "org_sets"}
CENT = Decimal("0.01")
ZERO = Decimal(0)


@dataclass(frozen=True)
class Steps:
    """An escalating fine: the n-th occurrence of the period costs amounts[n-1]; past the last
    step, `beyond` (e.g. 开除) is flagged and costs nothing more."""

    amounts: tuple
    beyond: str | None = None
    beyond_en: str | None = None


@dataclass(frozen=True)
class Factor:
    """1 − (below_at − v) × below_per under below_at; 1 + (v − above_at) × above_per over
    above_at; 1 between (never below 0)."""

    below_at: Decimal | None = None
    below_per: Decimal = ZERO
    above_at: Decimal | None = None
    above_per: Decimal = ZERO


@dataclass(frozen=True)
class MoneyLine(Item):
    """One line of the money side. An Item so that a sheet, the store and the rubric's id
    namespace take its own inputs like any item's; `of` names the item whose input it reads
    instead (then it takes none of its own)."""

    of: str | None = None

    @property
    def takes_value(self):
        return self.kind in VALUE_LINES and self.of is None

    @property
    def takes_incidents(self):
        return self.kind in INCIDENT_LINES and self.of is None

    @property
    def costs(self):
        return self.kind in COSTS


@dataclass(frozen=True)
class MoneyRule:
    lines: tuple = ()
    currency: str = "元"
    currency_en: str = "yuan"
    cap: Decimal | None = None        # the most the form's money may come to
    floor: Decimal | None = None      # the least (None: it may go below 0, e.g. deductions only)
    star_wages: dict = field(default_factory=dict)   # stars (int) or "none" → amount
    texts: dict = field(default_factory=dict)

    def star_wage(self, stars):
        """The wage of a star level; `stars` None (no star, 试用期) takes the `none` row."""
        return self.star_wages.get("none" if stars is None else stars)


def fen(f, key, value, path=None):
    """`value` (a Decimal) unless it has more than two decimals: currency is in fen."""
    if value is not None and value != value.quantize(CENT):
        raise f.fail(key if path is None else path,
                     f"{value} is not a whole number of fen (at most two decimals)")
    return value


def read_money(doc, f, items, seen, star_count):
    """The rubric's `money:` as a MoneyRule, or None. `items`: the rubric's items by id;
    `seen`: ids in use (line ids join them); `star_count`: how many star levels `stars` has."""
    block = f.mapping("money")
    if block is None:
        return None
    block.refuse_unknown(MONEY_KEYS)
    cap = fen(block, "cap", block.number("cap", minimum=ZERO))
    floor = fen(block, "floor", block.number("floor"))
    if cap is not None and floor is not None and floor > cap:
        raise block.fail("floor", f"{floor} is above the cap {cap}")
    lines = []
    for i, raw in enumerate(block.listing("lines")):
        line = _read_line(doc, ("money", "lines", i), raw, items)
        if line.id in seen:
            raise doc.error(f"duplicate id '{line.id}' (first used on line {seen[line.id]})",
                            ("money", "lines", i, "id"), item=line.id, field="id")
        seen[line.id] = doc.line(("money", "lines", i)) or "?"
        lines.append(line)
    return MoneyRule(lines=tuple(lines), currency=block.text("currency", default="元"),
                     currency_en=block.text("currency_en", default="yuan"), cap=cap,
                     floor=floor, star_wages=_star_wages(block, star_count),
                     texts=block.texts())


def _star_wages(block, star_count):
    wages = block.mapping("star_wages")
    if wages is None:
        return {}
    if not star_count:
        raise block.fail("star_wages", "needs `stars` (a forced distribution) in the rubric")
    allowed = set(range(1, star_count + 1)) | {"none"}
    out = {}
    for key in wages.data:
        if key not in allowed:
            raise wages.fail(str(key), f"unknown star level (allowed: 1–{star_count}, none)")
        out[key] = fen(wages, key, wages.number(key, required=True, minimum=ZERO))
    return out


def _read_line(doc, path, raw, items):
    line_id = raw.get("id") if isinstance(raw, dict) and isinstance(raw.get("id"), str) else None
    f = Fields(doc, path, raw, item=line_id, what="mapping with an `id` and one kind key")
    line_id = check_id(f)
    f.refuse_unknown(LINE_KEYS)
    kinds = [k for k in LINE_KINDS if k in f.data]
    if len(kinds) != 1:
        raise f.fail(kinds[1] if kinds else None,
                     f"two kind keys on one line ({' and '.join(kinds)})" if kinds else
                     f"has no kind key (one of: {', '.join(LINE_KINDS)})")
    kind = kinds[0]
    of = _source_item(f, kind, items)
    cap = fen(f, "cap", f.number("cap", minimum=ZERO))
    if cap is not None and kind in ("factor", "team_mean"):
        raise f.fail("cap", f"does not apply to a {kind} line")
    org_sets = f.get("org_sets")
    if org_sets is not None and not (isinstance(org_sets, list)
                                     and all(isinstance(x, str) for x in org_sets)):
        raise f.fail("org_sets", "must be a list of field names")
    return MoneyLine(id=line_id, kind=kind, spec=_spec(f, kind, of), of=of, cap=cap,
                     text=f.text("text") or f.text("name"), texts=f.texts(),
                     unit=f.text("unit") or None, place="money")


def _source_item(f, kind, items):
    """The `item:` whose input the line reads: a value item for a number, an incident item for
    occurrences (per_unit lines count an incident item's occurrences too)."""
    of = f.text("item") or None
    if of is None:
        return None
    item = items.get(of)
    if item is None:
        raise f.fail("item", f"unknown item '{of}'")
    if kind in TOTAL_LINES or kind == "team_mean":
        raise f.fail("item", f"a {kind} line takes no item")
    if kind in INCIDENT_LINES and not item.takes_incidents:
        raise f.fail("item", f"a {kind} line counts occurrences: '{of}' is a {item.kind} item")
    if kind in ("permille", "factor") and not item.takes_value:
        raise f.fail("item", f"a {kind} line reads a number: '{of}' is a {item.kind} item")
    if kind in VALUE_LINES and item.kind in ("check", "survey"):
        raise f.fail("item", f"'{of}' is a {item.kind} item: it gives no number")
    return of


def _spec(f, kind, of):
    if kind in ("per_unit", "fine_per_unit", "team_mean"):
        return f.number(kind, required=True, minimum=ZERO)
    if kind == "reward":
        return _fen_amount(f, kind, of)
    if kind == "fine":
        if isinstance(f.get("fine"), dict):
            return _steps(f.mapping("fine"))
        return _fen_amount(f, kind, of)
    if kind == "below_total":
        sub = f.mapping(kind, required=True)
        sub.refuse_unknown({"total", "per_point"})
        return (sub.number("total", required=True),
                sub.number("per_point", required=True, minimum=ZERO))
    if kind == "permille":
        return _permille(f.mapping(kind, required=True))
    return _factor(f.mapping(kind, required=True))


def _fen_amount(f, kind, of):
    amount = read_amount(f, kind)
    for value in (amount.low, amount.high):
        fen(f, kind, value)
    if of is not None and amount.is_range:
        raise f.fail(kind, "a line that counts an item's occurrences needs a fixed amount "
                           "(the item's amounts are points)")
    return amount


def _steps(sub):
    sub.refuse_unknown({"steps"} | text_keys("beyond"))
    raw = sub.listing("steps", required=True)
    if not raw:
        raise sub.fail("steps", "needs at least one amount")
    holder = Fields(sub.doc, sub.path + ("steps",), dict(enumerate(raw)), item=sub.item)
    amounts = tuple(fen(holder, i, holder.number(i, required=True, minimum=ZERO))
                    for i in range(len(raw)))
    return Steps(amounts, sub.text("beyond") or None, sub.text("beyond_en") or None)


def _permille(sub):
    sub.refuse_unknown({"table"})
    rows = sub.listing("table", required=True)
    if not rows:
        raise sub.fail("table", "needs at least one row")
    out, previous = [], None
    for i, raw in enumerate(rows):
        row = Fields(sub.doc, sub.path + ("table", i), raw, item=sub.item, what="‰ row")
        row.refuse_unknown({"min", "rate"} | text_keys("label"))
        low = row.number("min", required=True)
        if previous is not None and low >= previous:
            raise row.fail("min", f"rows out of order: {low} after {previous} (descending)")
        previous = low
        out.append((low, row.number("rate", required=True, minimum=ZERO)))
    return tuple(out)


def _factor(sub):
    sub.refuse_unknown({"below", "above"})
    parts = {}
    for side in ("below", "above"):
        part = sub.mapping(side)
        if part is not None:
            part.refuse_unknown({"at", "per"})
            parts[f"{side}_at"] = part.number("at", required=True)
            parts[f"{side}_per"] = part.number("per", required=True, minimum=ZERO)
    if not parts:
        raise sub.fail("below", "give `below`, `above` or both")
    factor = Factor(**parts)
    if (factor.below_at is not None and factor.above_at is not None
            and factor.below_at > factor.above_at):
        raise sub.fail("above", f"above.at {factor.above_at} is under below.at "
                                f"{factor.below_at}")
    return factor
