"""Scoring engine: rubric files, sheets, evaluation, stars. Pure Python: no Qt, no SQL.

The names below load on first use (PEP 562): `from scoring import money` reads only
scoring.result, so the app's window shows before the engine (and yaml) are imported.
"""

import sys
from importlib import import_module
from types import ModuleType

_HOMES = {
    "RubricError": "scoring.errors",
    "evaluate": "scoring.evaluate",
    "load_rubric": "scoring.loader", "rubric_from_data": "scoring.loader",
    "rubric_from_text": "scoring.loader",
    "Result": "scoring.result", "money": "scoring.result", "show": "scoring.result",
    "Incident": "scoring.sheet", "Ratio": "scoring.sheet", "Sheet": "scoring.sheet",
    "load_sheet": "scoring.sheet", "sheet_from_data": "scoring.sheet",
    "sheet_from_text": "scoring.sheet",
}

__all__ = sorted(_HOMES)


def __getattr__(name):
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'scoring' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_HOMES))


class _Package(ModuleType):
    def __setattr__(self, name, value):
        # Importing the submodule scoring.evaluate sets `scoring.evaluate` to that module:
        # the name stays the function, as `from scoring.evaluate import evaluate` made it.
        if name in _HOMES and isinstance(value, ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
