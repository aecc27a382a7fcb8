"""Decimal and JSON in and out of TEXT columns: exact digits, never floats."""

import json
from datetime import date
from decimal import Decimal, InvalidOperation


def require_decimal(value, *, what="value"):
    """int, str, Decimal (or a float, through its shortest repr, as the engine does) → Decimal;
    anything else, or a value that is not a finite number, raises ValueError naming `what`.
    (`scoring.fields.to_decimal` is the engine's lenient reading: None instead of raising.)"""
    if isinstance(value, bool):
        raise ValueError(f"{what}: expected a number, got {value!r}")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        result = Decimal(repr(value))
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation:
            raise ValueError(f"{what}: {value!r} is not a number") from None
    else:
        raise ValueError(f"{what}: expected a number, got {type(value).__name__}")
    if not result.is_finite():
        raise ValueError(f"{what}: {value!r} is not a finite number")
    return result


def decimal_text(value):
    """How a Decimal is stored: its exact digits ('0.930' stays '0.930')."""
    return None if value is None else str(value)


def decimal_or_none(text):
    return None if text is None else Decimal(text)


def _default(value):
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"cannot store {type(value).__name__} as JSON")


def dumps(value):
    """JSON for TEXT columns; Decimals become strings so no digit is lost."""
    return json.dumps(value, ensure_ascii=False, default=_default, sort_keys=True)


def loads(text):
    return None if text is None else json.loads(text)
