"""No write function in models/ has a default actor: whoever writes must say who acts, so the
audit trail never records an empty actor by omission. A new function with `by=""` (or
`actor=None`) fails here."""

import importlib
import inspect
import pkgutil

import models

# Parameters named like an actor that are not one: a read-only filter on the audit trail.
# (`authenticate`'s `by`, the operator named in a wrong PIN's event, is required like every
# other: None only on the sign-in screen, where nobody is signed in yet — "unknown" then.)
NOT_AN_ACTOR = {("models.audit.query", "search_events", "actor")}


def _public_functions():
    for info in pkgutil.walk_packages(models.__path__, "models."):
        module = importlib.import_module(info.name)
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn):
                continue
            if fn.__module__ != module.__name__:
                continue        # re-exported: checked where it is defined
            yield module.__name__, name, fn


def test_the_walk_finds_the_write_functions():
    names = {name for _, name, _ in _public_functions()}
    assert {"add_team", "put", "backup_now", "set_value", "commit_import"} <= names


def test_no_actor_parameter_has_a_default():
    defaulted = []
    for module, name, fn in _public_functions():
        for param in inspect.signature(fn).parameters.values():
            if param.name not in ("by", "actor"):
                continue
            if (module, name, param.name) in NOT_AN_ACTOR:
                continue
            if param.default is not inspect.Parameter.empty:
                defaulted.append(f"{module}.{name}({param.name}={param.default!r})")
    assert defaulted == []
