"""Reading YAML/JSON text into plain data plus a map of where each value sits."""

import contextlib
import functools
import math
from decimal import Decimal, InvalidOperation
from pathlib import Path

from scoring.errors import RubricError


class Located:
    """Plain data from a YAML document and the line of each path in it."""

    def __init__(self, data, lines, file):
        self.data = data
        self.lines = lines
        self.file = file

    def line(self, path):
        """Line of the deepest known prefix of ``path`` (1-based) or None."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), None)

    def error(self, message, path=(), *, item=None, field=None):
        return RubricError(message, file=self.file, line=self.line(path), item=item, field=field)


def _index_lines(node, path, lines):
    import yaml

    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            _index_lines(value_node, path + (key,), lines)
            lines[path + (key,)] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, child in enumerate(node.value):
            _index_lines(child, path + (i,), lines)


# Real rubrics nest about 6 deep and hold a few thousand values. The composer recurses (in C
# with libyaml: a deep enough file overflows the stack and kills the process) and aliases
# multiply (a "billion laughs" file expands without end), so both are bounded before composing.
MAX_DEPTH = 64
MAX_VALUES = 200_000


def _check_shape(yaml, loader_class, text, file):
    """Walk the parser's events (an iterative pass, no recursion): refuse nesting deeper than
    MAX_DEPTH and more than MAX_VALUES values once every alias is expanded."""
    collections = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
    ends = (yaml.SequenceEndEvent, yaml.MappingEndEvent)
    total, sizes, open_ = 0, {}, []   # open_: (anchor, total when it started)

    def fail(message, event):
        return RubricError(message, file=file, line=event.start_mark.line + 1)

    for event in yaml.parse(text, Loader=loader_class):
        if isinstance(event, collections):
            if len(open_) >= MAX_DEPTH:
                raise fail(f"nested more than {MAX_DEPTH} levels deep", event)
            open_.append((event.anchor, total))
            total += 1
        elif isinstance(event, ends):
            anchor, started = open_.pop()
            if anchor is not None:
                sizes[anchor] = total - started
        elif isinstance(event, yaml.ScalarEvent):
            total += 1
            if event.anchor is not None:
                sizes[event.anchor] = 1
        elif isinstance(event, yaml.AliasEvent):
            if event.anchor not in sizes:  # unknown, or inside the very node it names
                raise fail(f"the alias *{event.anchor} refers to no finished anchor", event)
            total += sizes[event.anchor]
        if total > MAX_VALUES:
            raise fail(f"more than {MAX_VALUES:,} values (with aliases expanded)", event)


# YAML makes any run of digits an int. Past 4,300 digits Python cannot make (or print) one, and a
# long hex or base-60 form may take seconds; no field takes numbers near this long anyway.
MAX_INT_TEXT = 100


def _construct_int(loader, node):
    """YAML's int; a longer one in plain digits becomes an exact Decimal, so the field it stands
    in refuses it with its name and line. Other long forms are refused here, with their line."""
    import yaml

    text = loader.construct_scalar(node).replace("_", "")
    if len(text) <= MAX_INT_TEXT:
        return yaml.constructor.SafeConstructor.construct_yaml_int(loader, node)
    digits = text[1:] if text[0] in "+-" else text
    if digits.isascii() and digits.isdigit() and not digits.startswith("0"):  # 0…: octal
        return Decimal(text)
    raise yaml.constructor.ConstructorError(
        None, None, f"a whole number written with {len(text):,} characters", node.start_mark)


def _construct_float(loader, node):
    """YAML's float; one a float cannot hold (1.0e+999 reads as inf, 1.0e-999 as 0) becomes its
    exact Decimal, for its field to refuse as too large or too small rather than misread."""
    import yaml

    value = yaml.constructor.SafeConstructor.construct_yaml_float(loader, node)
    if math.isinf(value) or value == 0:
        try:
            exact = Decimal(loader.construct_scalar(node).replace("_", ""))
        except InvalidOperation:  # .inf, base 60
            return value
        if exact.is_finite() and exact != 0:
            return exact
    return value


@functools.cache
def _loader_class():
    import yaml

    # libyaml's parser when present (10× faster); the pure-Python one gives the same marks.
    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = type("RubricLoader", (base,), {})
    loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
    loader.add_constructor("tag:yaml.org,2002:float", _construct_float)
    return loader


def parse_text(text, file="<input>"):
    """Parse YAML (or JSON) text; a syntax error becomes a RubricError with its line."""
    import yaml  # imported on first use: it is not needed to start the app

    loader_class = _loader_class()
    with contextlib.suppress(yaml.YAMLError):  # it comes again below, with its line
        _check_shape(yaml, loader_class, text, file)
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise RubricError(
            f"not valid YAML: {problem}", file=file, line=mark.line + 1 if mark else None
        ) from None
    except (ValueError, OverflowError) as exc:  # 2024-02-30, an integer of 5,000 digits …
        raise RubricError(f"not valid YAML: a value cannot be read ({exc})", file=file) from None
    finally:
        loader.dispose()
    lines = {}
    if node is not None:
        _index_lines(node, (), lines)
    return Located(data, lines, file)


def read_file(path):
    """Read a rubric or sheet file; unreadable or undecodable files become RubricError."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise RubricError("no such file", file=path) from None
    except IsADirectoryError:
        raise RubricError("is a folder, not a file", file=path) from None
    except UnicodeDecodeError:
        raise RubricError("not UTF-8 text", file=path) from None
    except OSError as exc:
        raise RubricError(f"cannot be read ({exc.strerror})", file=path) from None
    return parse_text(text, file=str(path))
