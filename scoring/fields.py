"""Typed readers for one mapping of a rubric or sheet, raising located RubricErrors."""

from decimal import Decimal

TEXT_FIELDS = {"name", "text", "method", "source", "notes", "description", "label", "post", "unit"}


def text_keys(*names):
    """The names plus their English twins (`name` → `name`, `name_en`)."""
    return {k for n in names for k in (n, f"{n}_en")}


# The engine computes in Decimal's default context (28 significant digits, exponents to
# ±999999). Inputs within these bounds keep every product and quotient of a form far from an
# overflow and exact to the cent; anything outside is refused where it is read.
MAX_DIGITS = 12                         # before the decimal point
MAX_SIGNIFICANT = 28                    # the default context's precision
LARGEST = Decimal(10) ** MAX_DIGITS     # exclusive
SMALLEST = Decimal(10) ** -MAX_DIGITS   # the smallest size of a non-zero number


def to_decimal(value):
    """Number from YAML into Decimal, through str so 0.1 stays 0.1; None if not a number
    (text, NaN, infinity). See `out_of_range` for the sizes the engine takes."""
    if isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return None
        return Decimal(repr(value))
    return None


def out_of_range(value):
    """Why the finite Decimal `value` is too large, too small or too long for the engine, or
    None. Exact: no context rounding (copy_abs, comparisons, as_tuple)."""
    size = value.copy_abs()
    if size >= LARGEST:
        return f"is too large (at most {MAX_DIGITS} digits before the decimal point)"
    if size and size < SMALLEST:
        return f"is too small (a number other than 0 must be at least {SMALLEST:f})"
    # Trailing zeros say nothing (1.000 is 1); beyond 28 digits the arithmetic would round.
    if len("".join(map(str, value.as_tuple().digits)).strip("0")) > MAX_SIGNIFICANT:
        return f"has more than {MAX_SIGNIFICANT} significant digits"
    return None


def shown(value, limit=40):
    """repr() for a message, cut short: a value may be a 100,000-character text."""
    try:
        text = repr(value)
    except ValueError:  # an int of over 4,300 digits cannot become text
        text = "a number of thousands of digits"
    return text if len(text) <= limit else text[:limit - 1] + "…"


class Fields:
    """One mapping at `path` in a located document, read with checks."""

    def __init__(self, doc, path, data, *, item=None, what="mapping"):
        self.doc = doc
        self.path = tuple(path)
        self.item = item
        if not isinstance(data, dict):
            raise doc.error(f"must be a {what}", self.path, item=item)
        self.data = data

    def fail(self, field, message):
        path = self.path + ((field,) if field is not None else ())
        return self.doc.error(message, path, item=self.item, field=field)

    def refuse_unknown(self, allowed):
        for key in self.data:
            if not isinstance(key, str) or key not in allowed:
                raise self.fail(str(key), f"unknown key (allowed: {', '.join(sorted(allowed))})")

    def has(self, key):
        return key in self.data

    def get(self, key, default=None):
        return self.data.get(key, default)

    def text(self, key, *, required=False, default=""):
        value = self.data.get(key)
        if value is None:
            if required:
                raise self.fail(key, "is required")
            return default
        # A Decimal: a number YAML's int or float cannot hold (see source.py), e.g. a long 工号.
        if isinstance(value, bool) or not isinstance(value, (str, int, float, Decimal)):
            raise self.fail(key, "must be text")
        return str(value)

    def number(self, key, *, required=False, default=None, minimum=None, positive=False):
        if key not in self.data or self.data[key] is None:
            if required:
                raise self.fail(key, "is required")
            return default
        value = self.in_range(key, to_decimal(self.data[key]))
        if value is None:
            raise self.fail(key, f"must be a number, not {shown(self.data[key])}")
        if positive and value <= 0:
            raise self.fail(key, "must be greater than 0")
        if minimum is not None and value < minimum:
            raise self.fail(key, f"must not be negative ({value})" if minimum == 0
                            else f"must be at least {minimum}")
        return value

    def in_range(self, key, value):
        """`value` (a Decimal, or None for no number) unless the engine cannot take it."""
        problem = value is not None and out_of_range(value)
        if problem:
            text = str(value)
            raise self.fail(key, f"{problem}: {text}" if len(text) <= 40 else problem)
        return value

    def whole(self, key, raw, *, minimum, message):
        """`raw` as an int from `minimum`, within the engine's sizes; else `message` with the
        value shown, located at `key`."""
        if isinstance(raw, (int, Decimal)) and not isinstance(raw, bool):
            self.in_range(key, to_decimal(raw))
        if isinstance(raw, bool) or not isinstance(raw, int) or raw < minimum:
            raise self.fail(key, f"{message} (got {shown(raw)})")
        return raw

    def boolean(self, key, default=False):
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, "must be true or false")
        return value

    def mapping(self, key, *, required=False):
        value = self.data.get(key)
        if value is None:
            if required:
                raise self.fail(key, "is required (a mapping)" if key in self.data
                                else "is required")
            return None
        return Fields(self.doc, self.path + (key,), value, item=self.item)

    def listing(self, key, *, required=False):
        value = self.data.get(key)
        if value is None:
            if required:
                raise self.fail(key, "is required")
            return []
        if not isinstance(value, list):
            raise self.fail(key, "must be a list")
        return value

    def texts(self):
        """Every descriptive text field present, for display (name, name_en, method …)."""
        return {k: str(v) for k, v in self.data.items()
                if isinstance(k, str) and k.split("_en")[0] in TEXT_FIELDS and v is not None
                and not isinstance(v, (dict, list))}
