"""The rubric as plain frozen records, already validated (see loader.py)."""

from dataclasses import dataclass, field
from decimal import Decimal

# Item kinds: how an item gets its input and what it yields.
INCIDENT_KINDS = ("deduct", "add", "veto")            # ticked as incidents
LOSS_KINDS = ("deduct", "shortfall")                   # lower a section or the total
SCORED_KINDS = ("check", "rating", "linear", "bands", "survey", "derived")  # earn points
VALUE_KINDS = ("shortfall",) + SCORED_KINDS            # take a value in the sheet
ALL_KINDS = ("deduct", "add", "shortfall", "veto") + SCORED_KINDS


@dataclass(frozen=True)
class Amount:
    """A fixed number per occurrence, or a range the appraiser picks from."""

    low: Decimal
    high: Decimal

    @property
    def is_range(self):
        return self.low != self.high


@dataclass(frozen=True)
class Band:
    score: Decimal
    min: Decimal | None = None
    max: Decimal | None = None
    label: str | None = None

    def matches(self, value):
        if self.min is not None:
            return value >= self.min
        if self.max is not None:
            return value <= self.max
        return True


@dataclass(frozen=True)
class Derived:
    source: str                       # team_mean_total | team_rank | team_mean_item | team_value
    item: str | None = None
    factor: Decimal = Decimal(1)
    rule: tuple | None = None         # ("linear", (A, B)) or ("bands", (rows, lower_better))
    require_mean_min: Decimal | None = None


@dataclass(frozen=True)
class Item:
    id: str
    kind: str
    # Amount | (target, per) | scope | max | (A, B) | (bands, lower_better) | scores | Derived
    spec: object
    text: str = ""
    texts: dict = field(default_factory=dict)   # every text field incl. *_en, for display
    points: Decimal | None = None
    severe_x: Decimal | None = None
    cap: Decimal | None = None
    ratio: bool = False
    relative_to: str | None = None
    unit: str | None = None
    scale: Decimal | None = None
    always_approve: bool = False      # `approval: always`: every occurrence needs a reviewer
    place: str = "section"            # section | bonuses | deductions | vetoes
    section: str | None = None

    def label(self, lang="zh", *, limit=None):
        """Short name for lists and titles: `name`, else `text` up to its first comma; cut
        with "…" beyond `limit` characters (0: never cut, as in the engine's reasons)."""
        if lang == "en":
            for key in ("name_en", "text_en"):
                if self.texts.get(key):
                    return _shorten(self.texts[key], limit=40 if limit is None else limit)
        return _shorten(self.texts.get("name") or self.text or self.id,
                        limit=18 if limit is None else limit)

    @property
    def is_scored(self):
        return self.kind in SCORED_KINDS

    @property
    def takes_value(self):
        return self.kind in VALUE_KINDS

    @property
    def takes_incidents(self):
        return self.kind in INCIDENT_KINDS


def _shorten(text, limit=18):
    for sep in (",", "\uff0c", ";", "\uff1b", "\u3002", ":", "\uff1a", "("):
        if sep in text:
            text = text.split(sep, 1)[0]
    text = text.strip()
    return text if not limit or len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class Section:
    id: str
    name: str
    items: tuple
    points: Decimal                   # its scale: points, or 100 in weight style
    weight: Decimal | None = None
    start_full: bool = True
    texts: dict = field(default_factory=dict)
    include: str | None = None        # the id of the rubric whose total fills it (no items)

    @property
    def max_contribution(self):
        return self.weight if self.weight is not None else self.points

    def label(self, lang="zh"):
        return (lang == "en" and self.texts.get("name_en")) or self.name


@dataclass(frozen=True)
class Include:
    """Another rubric counted in this one (scoring/includes.py): its points lost come off the
    total (`mode` "deductions"), or its total fills the section `section` ("section")."""

    rubric: str
    mode: str                         # deductions | section
    section: str | None = None


@dataclass(frozen=True)
class Grade:
    min: Decimal
    label: str
    label_en: str | None = None


@dataclass(frozen=True)
class PayRow:
    min: Decimal
    percent: Decimal


@dataclass(frozen=True)
class Pay:
    amount: Decimal | None
    table: tuple = ()
    proportional: bool = False
    below_total: Decimal | None = None
    below_per_point: Decimal | None = None
    min_percent: Decimal | None = None    # a floor on the share (绩效工资最低不得低于75%)


@dataclass(frozen=True)
class Rubric:
    id: str
    name: str
    version: int
    base: Decimal
    max_total: Decimal
    floor: Decimal
    sections: tuple
    bonuses: tuple = ()
    deductions: tuple = ()
    vetoes: tuple = ()
    grades: tuple = ()
    pay: Pay | None = None
    approval_bonus_over: Decimal | None = None
    approval_deduction_over: Decimal | None = None
    star_shares: tuple = ()
    star_exclude: tuple = ()
    team_average_cap: Decimal | None = None
    consequences: tuple = ()
    weighted: bool = False
    period: str = "month"
    posts: tuple = ()
    includes: tuple = ()              # Include records: sections' first, then `includes:`
    texts: dict = field(default_factory=dict)
    money: object = None              # scoring.money_rules.MoneyRule, or None
    uncapped: bool = False            # `max_total: none`: bonuses may lift the total without end
    data: dict = field(default_factory=dict, compare=False, repr=False)  # the file as parsed

    def items(self):
        """Every item in rubric order: sections first, then form-level lists."""
        for section in self.sections:
            yield from section.items
        yield from self.bonuses
        yield from self.deductions
        yield from self.vetoes

    def item(self, item_id):
        return self._index().get(item_id)

    def _index(self):
        index = self.__dict__.get("_item_index")
        if index is None:
            index = {item.id: item for item in self.items()}
            # Money lines take their own inputs like items (scoring/money_rules.py) but are
            # not scored: found by id, never yielded by items().
            index.update((line.id, line) for line in (self.money.lines if self.money else ()))
            object.__setattr__(self, "_item_index", index)
        return index

    def label(self, lang="zh"):
        return (lang == "en" and self.texts.get("name_en")) or self.name
