"""What `evaluate` returns, and its JSON form for the command line."""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, localcontext

CENT = Decimal("0.01")


def money(value):
    """Quantised to 0.01, half up — only ever for showing or printing."""
    with localcontext() as context:
        # Inputs have at most 12 digits before the point, but a product of several (amount ×
        # severe_x × count) may pass the 28 digits quantize would otherwise trap on.
        context.prec = max(context.prec, value.adjusted() + 3)
        return value.quantize(CENT, rounding=ROUND_HALF_UP)


def show(value):
    """A short human figure: 4, 2.5, 3.33 (no trailing zeros)."""
    text = f"{money(Decimal(value)):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def factor_text(value):
    """A weight factor in full: 0.1, 0.125, 0.35 (never rounded to cents)."""
    return f"{Decimal(value).normalize():f}"


def signed(value, sign=None):
    """A figure to show with a sign in front: `sign` ("−" for an amount lost, "+" for one
    added), else the value's own ("−0.20", "+28.00"). A zero never carries one: "0.00", not
    "−0.00"."""
    shown = money(Decimal(value))
    if not shown:
        return f"{abs(shown)}"
    return f"{sign or ('−' if shown < 0 else '+')}{abs(shown)}"


@dataclass
class ItemResult:
    id: str
    kind: str
    section: str | None
    why: str
    why_en: str
    score: Decimal | None = None        # earned, for scored items
    deducted: Decimal | None = None     # lost, for deduct/shortfall items
    added: Decimal | None = None        # for bonuses
    value: object = None                # the input as used (number, ratio value …)
    na: bool = False
    missing: bool = False
    fired: bool = False                 # a veto that acted
    needs_approval: bool = False
    # In a weighted section: the section's weight / 100 (×0.1 for a 10% section), and the
    # item's signed effect on the total (−2 × 0.1 → −0.2; scored items with the section's N/A
    # rescaling). None elsewhere, and on_total None for an item that moved nothing.
    factor: Decimal | None = None
    on_total: Decimal | None = None

    def to_json(self):
        data = {"id": self.id}
        if self.kind == "add":
            data["added"] = f"{money(self.added or Decimal(0))}"
        elif self.kind == "veto":
            data["vetoed"] = self.fired
        elif self.score is not None or self.kind not in ("deduct", "shortfall"):
            data["score"] = f"{money(self.score or Decimal(0))}"
        else:
            data["deducted"] = f"{money(self.deducted or Decimal(0))}"
        data["why"] = self.why
        return data

    def weight_json(self):
        """The weighted-row facts for the printed form (not part of `score`'s contract)."""
        if self.factor is None:
            return {}
        data = {"factor": factor_text(self.factor)}
        if self.on_total is not None:
            data["on_total"] = f"{money(self.on_total)}"
        return data


@dataclass
class SectionResult:
    id: str
    name: str
    score: Decimal          # contribution to the total
    max: Decimal            # the most it can contribute
    raw: Decimal            # on its own scale (points, or 0–100 in weight style)
    na: bool = False
    vetoed: bool = False
    floored: bool = False   # its deductions went below 0: the section stopped at 0

    def to_json(self):
        data = {"id": self.id, "score": f"{money(self.score)}", "max": f"{money(self.max)}"}
        if self.na:
            data["na"] = True
        return data


@dataclass
class Result:
    rubric: str
    total: Decimal
    max_total: Decimal
    grade: str | None
    grade_en: str | None
    complete: bool
    missing: list
    sections: list
    items: list
    bonus: Decimal
    deducted: Decimal
    approval_needed: list
    vetoed: str | None
    pay: dict | None = None
    notes: list = field(default_factory=list)
    floor: Decimal = Decimal(0)
    floored: bool = False   # deductions went below the rubric's floor: the total stopped there
    # The included rubrics' parts (scoring/includes.py IncludedResult), when it has any: the
    # total above is then the combined one.
    included: list = field(default_factory=list)

    def item(self, item_id):
        return next((i for i in self.items if i.id == item_id), None)

    def section(self, section_id):
        return next((s for s in self.sections if s.id == section_id), None)

    def to_json(self):
        data = {
            "rubric": self.rubric,
            "total": f"{money(self.total)}",
            "grade": self.grade,
            "complete": self.complete,
            "missing": list(self.missing),
            "sections": [s.to_json() for s in self.sections],
            "items": [i.to_json() for i in self.items],
            "bonus": f"{money(self.bonus)}",
            "deducted": f"{money(self.deducted)}",
            "approval_needed": list(self.approval_needed),
            "vetoed": self.vetoed,
        }
        if self.pay is not None:
            data["pay"] = {k: (None if v is None else f"{money(v)}") for k, v in self.pay.items()}
        if self.included:       # only a rubric with includes: the contract's keys stay as they are
            data["included"] = [part.to_json() for part in self.included]
        return data
