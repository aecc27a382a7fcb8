"""The rubric being edited, as plain data (what `models.rubrics.rubric_yaml` reads and writes),
and its validation by the engine's own loader.

Every edit returns a new copy of the data, so the undo stack can keep each state whole. A node
of the tree is a path into the data: () the rubric, ("sections", i) a section,
("sections", i, "items", j) an item, ("bonuses",) a form-level list, ("bonuses", j) one of
its items, ("grades",) the grade rows, ("pay",) the pay block.
"""

import copy
import re
from dataclasses import dataclass

from models.rubrics.rubric_yaml import dump_rubric
from scoring import RubricError, rubric_from_text
from scoring.item_loader import NUMBER_KINDS, PLACE_KINDS
from scoring.model import SCORED_KINDS

FORM_LISTS = ("bonuses", "deductions", "vetoes")
# What a new item of each kind starts with (the loader then says what is still missing).
KIND_DEFAULTS = {
    "deduct": 1, "add": 1, "shortfall": {"target": 0, "per": 1}, "veto": "form",
    "check": True, "rating": {"max": 5}, "linear": {"zero_at": 0, "full_at": 100},
    "bands": {"table": [{"min": 0, "score": 0}]}, "survey": {"scores": {"1": 0, "5": 100}},
    "derived": {"source": "team_mean_total"},
}
# The modifiers each kind takes (scoring/item_loader.py refuses them on any other kind).
MODIFIERS = {
    "severe_x": ("deduct",), "cap": ("deduct", "add", "shortfall"),
    "ratio": NUMBER_KINDS, "relative_to": NUMBER_KINDS, "scale": ("bands", "derived"),
    "approval": ("deduct", "add"), "points": SCORED_KINDS,
}
KINDS = tuple(KIND_DEFAULTS)
INT = re.compile(r"[+-]?\d+")
DECIMAL = re.compile(r"[+-]?(\d+\.\d*|\.\d+)")
RANGE = re.compile(r"\s*\[?\s*([^\s,\-–~\[\]]+)\s*(?:,|-|–|~)\s*([^\s,\]]+)\s*\]?\s*")


def typed_number(text):
    """What a typed number becomes in the data: an int, a float (read back exactly through its
    text by the engine), or the text itself for the loader to refuse with its message."""
    text = text.strip()
    if INT.fullmatch(text):
        return int(text)
    if DECIMAL.fullmatch(text):
        return float(text)
    return text


def typed_amount(text):
    """An amount per occurrence: one number, or a range "5-20" / "[5, 20]"."""
    match = RANGE.fullmatch(text)
    if match and not text.strip().startswith("-"):
        return [typed_number(match.group(1)), typed_number(match.group(2))]
    return typed_number(text)


def shown_value(value):
    """A data value as the field shows it."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "–".join(shown_value(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def node_kind(path):
    if path == ():
        return "rubric"
    if path[0] == "sections":
        return "section" if len(path) == 2 else "item"
    if path[0] in FORM_LISTS:
        return "group" if len(path) == 1 else "item"
    return path[0]          # "grades", "pay"


def place_of(path):
    """Where an item stands: "section" or the form-level list."""
    return "section" if path[0] == "sections" else path[0]


def get(data, path, default=None):
    for key in path:
        try:
            data = data[key]
        except (KeyError, IndexError, TypeError):
            return default
    return data


def kind_of(item):
    if not isinstance(item, dict):
        return None
    return next((k for k in KINDS if k in item), None)


def all_ids(data):
    ids = set()
    for section in data.get("sections") or []:
        if isinstance(section, dict):
            ids.add(section.get("id"))
            ids.update(i.get("id") for i in section.get("items") or [] if isinstance(i, dict))
    for place in FORM_LISTS:
        ids.update(i.get("id") for i in data.get(place) or [] if isinstance(i, dict))
    return ids


def unused_id(data, stem):
    taken, n = all_ids(data), 1
    while (candidate := stem if n == 1 else f"{stem}-{n}") in taken:
        n += 1
    return candidate


def weighted(data):
    """Weight style (权重): the sections carry `weight` rather than `points`."""
    sections = [s for s in data.get("sections") or [] if isinstance(s, dict)]
    return bool(sections) and all("weight" in s for s in sections)


# -- edits: each returns (new data, the node to select) -------------------------------------
def with_field(data, node, key_path, value):
    """`value` at `key_path` inside the node (None removes the key, and a mapping it leaves
    empty)."""
    data = copy.deepcopy(data)
    target = get(data, node)
    parents = []
    for key in key_path[:-1]:
        if not isinstance(target.get(key), dict):
            if value is None:
                return data
            target[key] = {}
        parents.append((target, key))
        target = target[key]
    if value is None:
        target.pop(key_path[-1], None)
        for parent, key in reversed(parents):
            if parent[key] or key in KINDS:     # an item keeps its kind, however empty
                break
            del parent[key]
    else:
        target[key_path[-1]] = value
    return data


def with_kind(data, node, kind):
    """The item at `node` of another kind: its default rule, and no modifier the kind refuses;
    names, texts and points (for an earning kind) stay."""
    data = copy.deepcopy(data)
    item = get(data, node)
    for old in KINDS:
        item.pop(old, None)
    for key, kinds in MODIFIERS.items():
        if key in item and kind not in kinds:
            del item[key]
    if node[0] == "sections" and kind == "veto":
        item[kind] = "section"
    else:
        item[kind] = copy.deepcopy(KIND_DEFAULTS[kind])
    if kind in SCORED_KINDS:
        item.setdefault("points", 0)
    return data


def with_section(data, after, name):
    data = copy.deepcopy(data)
    sections = data.setdefault("sections", [])
    index = len(sections) if after is None else after + 1
    section = {"id": unused_id(data, "section"), "name": name}
    section["weight" if weighted(data) else "points"] = 10
    section["items"] = []
    sections.insert(index, section)
    return data, ("sections", index)


def with_item(data, node, name):
    """A new item after the selected one, or at the end of the selected section or list."""
    data = copy.deepcopy(data)
    if node_kind(node) == "item":
        holder, index = node[:-1], node[-1] + 1
    elif node_kind(node) == "section":
        holder, index = node + ("items",), None
    elif node_kind(node) == "group":
        holder, index = node, None
    else:
        return data, node
    if len(holder) == 1:
        items = data.setdefault(holder[0], [])
    else:
        items = get(data, holder[:-1]).setdefault("items", [])
    index = len(items) if index is None else index
    kind = PLACE_KINDS[place_of(holder)][0]
    item = {"id": unused_id(data, "item"), "name": name, kind: copy.deepcopy(KIND_DEFAULTS[kind])}
    if kind == "veto":
        item[kind] = "section" if holder[0] == "sections" else "form"
    items.insert(index, item)
    return data, holder + (index,)


def removable(node):
    return node_kind(node) in ("section", "item")


def without(data, node):
    data = copy.deepcopy(data)
    get(data, node[:-1]).pop(node[-1])
    if data.get(node[0]) == [] and node[0] in FORM_LISTS:
        del data[node[0]]
    remaining = len(get(data, node[:-1], []))
    if remaining:
        return data, node[:-1] + (min(node[-1], remaining - 1),)
    return data, (node[0],) if node[0] in FORM_LISTS else node[:-2] if len(node) > 2 else ()


def moved(data, node, step):
    """The section or item one place up (-1) or down (+1) in its list; None at an end."""
    if not removable(node):
        return None
    siblings = get(data, node[:-1], [])
    target = node[-1] + step
    if not 0 <= target < len(siblings):
        return None
    data = copy.deepcopy(data)
    siblings = get(data, node[:-1])
    siblings[node[-1]], siblings[target] = siblings[target], siblings[node[-1]]
    return data, node[:-1] + (target,)


def with_style(data, weight):
    """Every section in points style or weight style: the number moves to the other key."""
    data = copy.deepcopy(data)
    old, new = ("points", "weight") if weight else ("weight", "points")
    for section in data.get("sections") or []:
        if isinstance(section, dict) and old in section:
            value = section.pop(old)
            rebuilt = {}
            for key, item in section.items():
                rebuilt[key] = item
                if key == "name":
                    rebuilt[new] = value
            rebuilt.setdefault(new, value)
            section.clear()
            section.update(rebuilt)
    return data


# -- validation -----------------------------------------------------------------------------
@dataclass
class Checked:
    """The engine's verdict on the data: the Rubric, or the error and where it points."""

    text: str
    rubric: object = None
    error: RubricError | None = None
    node: tuple = ()            # the tree node the error is about
    where: tuple = ()           # the path inside that node (a field, a table cell)

    @property
    def ok(self):
        return self.error is None


def check(data, file):
    """Dump the data as the store will keep it and load it with the engine's loader."""
    text = dump_rubric(data)
    try:
        return Checked(text, rubric=rubric_from_text(text, file=file))
    except RubricError as exc:
        node, where = locate(text, data, exc)
        return Checked(text, error=exc, node=node, where=where)


def locate(text, data, error):
    """The node and field an error names. The loader gives the line (of the deepest part of
    its path it knows) and the field; the text is ours, one key per line, so the deepest
    path on that line is where it points."""
    path = ()
    if error.line:
        from scoring.source import parse_text

        try:
            lines = parse_text(text).lines
        except RubricError:
            lines = {}
        on_line = [p for p, n in lines.items() if n == error.line]
        if on_line:
            path = max(on_line, key=len)
    node = _node_prefix(path)
    if node == () and error.item:
        node = _node_of_id(data, error.item) or ()
    where = path[len(node):]
    if error.field and error.field not in where:
        # A missing key: the line is its holder's, whose deepest path there is its `id`.
        where = (error.field,) if where in ((), ("id",)) else where + (error.field,)
    return node, where


def _node_prefix(path):
    if len(path) >= 4 and path[0] == "sections" and path[2] == "items":
        return path[:4]
    if len(path) >= 2 and path[0] == "sections" and isinstance(path[1], int):
        return path[:2]
    if len(path) >= 2 and path[0] in FORM_LISTS and isinstance(path[1], int):
        return path[:2]
    if path and path[0] in FORM_LISTS + ("grades", "pay"):
        return path[:1]
    return ()


def _node_of_id(data, ident):
    for i, section in enumerate(data.get("sections") or []):
        if not isinstance(section, dict):
            continue
        if section.get("id") == ident:
            return ("sections", i)
        for j, item in enumerate(section.get("items") or []):
            if isinstance(item, dict) and item.get("id") == ident:
                return ("sections", i, "items", j)
    for place in FORM_LISTS:
        for j, item in enumerate(data.get(place) or []):
            if isinstance(item, dict) and item.get("id") == ident:
                return (place, j)
    return None


def with_version(data, version):
    """The data saved as `version`: the key placed after the names, as the built-ins have it."""
    after = "name_en" if "name_en" in data else "name"
    rebuilt = {}
    for key, value in data.items():
        if key != "version":
            rebuilt[key] = copy.deepcopy(value)
        if key == after:
            rebuilt["version"] = version
    rebuilt.setdefault("version", version)
    return rebuilt


def posts_of(data):
    post = data.get("post")
    if isinstance(post, str):
        return [post]
    return [p for p in post or [] if isinstance(p, str)]
