"""Typed readers for one mapping of a rubric or sheet, raising located RubricErrors."""

from decimal import Decimal

TEXT_FIELDS = {"name", "text", "method", "source", "notes", "description", "label", "post", "unit"}


def text_keys(*names):
    """The names plus their English twins (`name` → `name`, `name_en`)."""
    return {k for n in names for k in (n, f"{n}_en")}


def to_decimal(value):
    """Number from YAML into Decimal, through str so 0.1 stays 0.1; None if not a number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return None
        return Decimal(repr(value))
    return None


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
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise self.fail(key, "must be text")
        return str(value)

    def number(self, key, *, required=False, default=None, minimum=None, positive=False):
        if key not in self.data or self.data[key] is None:
            if required:
                raise self.fail(key, "is required")
            return default
        value = to_decimal(self.data[key])
        if value is None:
            raise self.fail(key, f"must be a number, not {self.data[key]!r}")
        if positive and value <= 0:
            raise self.fail(key, "must be greater than 0")
        if minimum is not None and value < minimum:
            raise self.fail(key, f"must not be negative ({value})" if minimum == 0
                            else f"must be at least {minimum}")
        return value

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
